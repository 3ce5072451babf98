package org.newsfacet.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.newsfacet.extract.Outlets;
import org.newsfacet.search.Dimensions;
import org.newsfacet.search.Filters;
import org.newsfacet.search.QueryLimitException;
import org.newsfacet.search.QueryLimits;
import org.newsfacet.search.QuerySyntaxException;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.BulkByScrollFailure;
import org.opensearch.client.opensearch._types.ErrorCause;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.Time;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.ScrollResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * The query DSL the cluster's searches are made of, as the embedded index's {@code Queries} makes
 * its Lucene queries: the kinds of document, the filters every request shares (dates, sources,
 * outlets and agencies by their indexed names in any case), name keys, the order of hits, and the
 * user's words in Lucene's query syntax, read by the cluster's own parser.
 */
final class ClusterQueries {
  private static final Outlets OUTLETS = Outlets.bundled();
  /** Documents a scroll reads per request. */
  private static final int SCROLL_PAGE = 1000;

  private ClusterQueries() {}

  /** Documents of one type: {@link ClusterMapping#ARTICLE}, {@link ClusterMapping#QUOTE} or {@link ClusterMapping#FIGURE}. */
  static Query type(String type) {
    return Query.of(q -> q.term(t -> t.field(ClusterMapping.TYPE).value(FieldValue.of(type))));
  }

  /** What narrows every request: dates and sources; outlets and agencies too unless {@code sideways}. */
  static List<Query> filters(Filters filters, boolean sideways) {
    List<Query> out = new ArrayList<>();
    if (filters.from() != null || filters.to() != null) {
      out.add(Query.of(q -> q.range(r -> {
        r.field(Dimensions.PUBLISHED);
        if (filters.from() != null) {
          r.gte(JsonData.of(filters.from().toString()));
        }
        if (filters.to() != null) {
          r.lte(JsonData.of(filters.to().toString()));
        }
        return r;
      })));
    }
    if (!filters.sources().isEmpty()) {
      List<Query> any = new ArrayList<>();
      for (String source : filters.sources()) {
        any.add(named(Dimensions.OUTLET, source));
        any.add(named(Dimensions.AGENCY, source));
      }
      out.add(Query.of(q -> q.bool(b -> b.should(any).minimumShouldMatch("1"))));
    }
    if (!sideways) {
      Query outlets = anyNamed(Dimensions.OUTLET, filters.outlets());
      Query agencies = anyNamed(Dimensions.AGENCY, filters.agencies());
      if (outlets != null) {
        out.add(outlets);
      }
      if (agencies != null) {
        out.add(agencies);
      }
    }
    return out;
  }

  /** Documents whose {@code dim} is any of {@code names} (each as {@link #named} reads it); null for no names. */
  static Query anyNamed(String dim, List<String> names) {
    if (names.isEmpty()) {
      return null;
    }
    List<Query> any = names.stream().map(n -> named(dim, n)).toList();
    return Query.of(q -> q.bool(b -> b.should(any).minimumShouldMatch("1")));
  }

  /**
   * Documents whose {@code dim} is the value a user's name stands for: the registry's canonical
   * name for an alias ("Associated Press" is "AP"), or the name itself, in any case.
   */
  static Query named(String dim, String name) {
    String canonical = OUTLETS.canonical(name);
    List<Query> any = new ArrayList<>();
    for (String value : canonical.equals(name) ? List.of(name) : List.of(canonical, name)) {
      any.add(Query.of(q -> q.term(t -> t.field(dim).value(FieldValue.of(value)).caseInsensitive(true))));
    }
    return Query.of(q -> q.bool(b -> b.should(any).minimumShouldMatch("1")));
  }

  /** Documents filed under the name key of any of {@code names} in {@code field}; null for no names. */
  static Query anyKey(String field, List<String> names) {
    if (names.isEmpty()) {
      return null;
    }
    List<FieldValue> keys = names.stream().map(n -> FieldValue.of(Dimensions.nameKey(n))).toList();
    return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(keys))));
  }

  /**
   * The user's words in Lucene's classic syntax over these fields ({@code title^2}), every word
   * required, as the embedded index reads them; refused here when they cost too much.
   */
  static Query text(String text, String... fields) {
    QueryLimits.checkSyntax(text);
    return Query.of(q -> q.queryString(s -> s.query(text).fields(List.of(fields)).defaultOperator(Operator.And)
        .allowLeadingWildcard(false)));
  }

  /** Newest first, undated last; ties best first. */
  static List<SortOptions> newestFirst() {
    return List.of(SortOptions.of(o -> o.field(f -> f.field(Dimensions.PUBLISHED).order(SortOrder.Desc)
            .missing(FieldValue.of("_last")))),
        SortOptions.of(o -> o.score(s -> s.order(SortOrder.Desc))));
  }

  /**
   * The exception a refused search stands for: words the cluster's parser could not read are a
   * {@link QuerySyntaxException} with the same message as the embedded index gives, a pattern too
   * costly a {@link QueryLimitException}, anything else an {@link IOException}.
   */
  static RuntimeException refused(OpenSearchException e, String words) throws IOException {
    String reason = rootReason(e);
    String types = causeTypes(e.error());
    if (e.status() == 400 && words != null && !words.isEmpty()) {
      if (types.contains("too_complex") || types.contains("too_many")) {
        return new QueryLimitException("the question is too costly to search for: '" + words + "': " + reason, e);
      }
      // The parser's errors come under several types (query_shard_exception, parse_exception,
      // token_mgr_error, ...), as the first shard to fail reports them: with words given, a refused
      // request is words the parser could not read.
      return new QuerySyntaxException("cannot read the query '" + words + "': " + reason, e);
    }
    throw new IOException("the cluster refused the search: " + reason, e);
  }

  /** The types of an error and of everything that caused it, space-separated. */
  private static String causeTypes(ErrorCause cause) {
    StringBuilder out = new StringBuilder();
    for (ErrorCause c = cause; c != null; c = c.causedBy()) {
      out.append(c.type()).append(' ');
      if (c.rootCause() != null) {
        c.rootCause().forEach(r -> out.append(r.type()).append(' '));
      }
    }
    return out.toString();
  }

  private static String rootReason(OpenSearchException e) {
    ErrorCause cause = e.error();
    String reason = cause.reason();
    if (cause.rootCause() != null) {
      for (ErrorCause root : cause.rootCause()) {
        if (root.reason() != null) {
          reason = root.reason();
        }
      }
    }
    if (cause.causedBy() != null && cause.causedBy().reason() != null) {
      reason = cause.causedBy().reason();
    }
    return reason == null ? e.getMessage() : reason;
  }

  /** What an update or a delete by query did not do: documents that changed meanwhile, and failures. */
  record ByQuery(Long conflicts, List<BulkByScrollFailure> failures) {}

  /** An update or a delete by query. */
  interface ByQueryCall {
    ByQuery run() throws IOException;
  }

  /** Tries of an update or a delete by query whose documents changed meanwhile. */
  private static final int BY_QUERY_TRIES = 5;

  /**
   * Runs an update or a delete by query until no document it matched changed meanwhile (another
   * machine writing the same articles): each try after a refresh, so that it sees the new
   * versions; a failure, or documents still changing after {@value #BY_QUERY_TRIES} tries, is an
   * {@link IOException} that says what could not be done.
   */
  static void byQuery(OpenSearchClient client, String index, String what, ByQueryCall call) throws IOException {
    for (int attempt = 1; ; attempt++) {
      ByQuery r;
      try {
        r = call.run();
      } catch (OpenSearchException e) {
        throw new IOException("the cluster refused to " + what + ": " + rootReason(e), e);
      }
      if (r.failures() != null && !r.failures().isEmpty()) {
        BulkByScrollFailure f = r.failures().get(0);
        throw new IOException("the cluster could not " + what + ": document " + f.id() + ": "
            + (f.cause() == null ? "status " + f.status() : f.cause().reason()));
      }
      if (r.conflicts() == null || r.conflicts() == 0) {
        return;
      }
      if (attempt == BY_QUERY_TRIES) {
        throw new IOException("the cluster could not " + what + ": " + r.conflicts() + " documents kept changing "
            + "while it tried (another machine writing the same articles); index them again");
      }
      client.indices().refresh(x -> x.index(index));
    }
  }

  /** Reads the id and the chosen source fields of every document {@code query} matches, in no particular order. */
  @SuppressWarnings("rawtypes")
  static void scroll(OpenSearchClient client, String index, Query query, List<String> fields,
      BiConsumer<String, Map<?, ?>> each) throws IOException {
    scroll(client, index, query, fields, Long.MAX_VALUE, each);
  }

  /** Reads the id and the chosen source fields of the first {@code max} documents {@code query} matches. */
  @SuppressWarnings("rawtypes")
  static void scroll(OpenSearchClient client, String index, Query query, List<String> fields, long max,
      BiConsumer<String, Map<?, ?>> each) throws IOException {
    Time keep = Time.of(t -> t.time("1m"));
    SearchResponse<Map> page = client.search(s -> s.index(index).size(SCROLL_PAGE).scroll(keep).query(query)
        .sort(o -> o.doc(d -> d.order(SortOrder.Asc))).source(c -> c.filter(f -> f.includes(fields))), Map.class);
    String scrollId = page.scrollId();
    long read = 0;
    try {
      while (!page.hits().hits().isEmpty() && read < max) {
        for (Hit<Map> hit : page.hits().hits()) {
          if (read++ >= max) {
            break;
          }
          each.accept(hit.id(), hit.source());
        }
        if (read >= max) {
          break;
        }
        String id = scrollId;
        ScrollResponse<Map> next = client.scroll(r -> r.scrollId(id).scroll(keep), Map.class);
        scrollId = next.scrollId();
        page = next;
      }
    } finally {
      if (scrollId != null) {
        String id = scrollId;
        client.clearScroll(c -> c.scrollId(id));
      }
    }
  }
}
