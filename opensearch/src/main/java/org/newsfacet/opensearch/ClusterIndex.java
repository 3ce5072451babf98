package org.newsfacet.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.hc.core5.http.HttpHost;
import org.newsfacet.extract.Extraction;
import org.newsfacet.json.Json;
import org.newsfacet.model.Article;
import org.newsfacet.search.Dimensions;
import org.newsfacet.search.FacetCount;
import org.newsfacet.search.IndexStats;
import org.newsfacet.search.FigureGroup;
import org.newsfacet.search.FigureHit;
import org.newsfacet.search.FigureRequest;
import org.newsfacet.search.NewsSearch;
import org.newsfacet.search.QueryLimits;
import org.newsfacet.search.QuoteHit;
import org.newsfacet.search.QuoteRequest;
import org.newsfacet.search.Related;
import org.newsfacet.search.Results;
import org.newsfacet.search.SearchRequest;
import org.newsfacet.search.Syndication;
import org.newsfacet.story.Stories;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.Conflicts;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.aggregations.CompositeAggregate;
import org.opensearch.client.opensearch._types.aggregations.CompositeAggregationSource;
import org.opensearch.client.opensearch._types.aggregations.CompositeBucket;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.DeleteByQueryResponse;
import org.opensearch.client.opensearch.core.GetResponse;
import org.opensearch.client.opensearch.core.MgetResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.mget.MultiGetResponseItem;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * Newsfacet's records on an OpenSearch cluster: one index holds every article's documents (see
 * {@link ClusterDocuments}), created with an explicit, strict mapping ({@link ClusterMapping}).
 * Writing is idempotent (document ids come from article ids), so several machines may index
 * disjoint inputs into one index at once, and a run may be repeated.
 */
public final class ClusterIndex implements NewsSearch {
  /** Tries of a bulk item the cluster refused for being busy (HTTP 429) before it is reported failed. */
  private static final int TRIES = 5;
  /** Values per page of a composite aggregation. */
  private static final int PAGE = 1000;

  private final OpenSearchTransport transport;
  private final OpenSearchClient client;
  private final String name;
  /** The nodes, as the user gave them, for messages. */
  private final String where;
  private final ClusterSearch search;

  private ClusterIndex(OpenSearchTransport transport, String name, String where) {
    this.transport = transport;
    this.client = new OpenSearchClient(transport);
    this.name = name;
    this.where = where;
    this.search = new ClusterSearch(client, name);
  }

  /**
   * Connects to a cluster: nothing is sent until the index is used.
   *
   * @param nodes the HTTP addresses of one or more of its nodes ({@code http://127.0.0.1:9200})
   * @param index the index that holds the records
   * @return the index on that cluster
   * @throws IllegalArgumentException when no node is given, or an address lacks its scheme, host or port
   */
  public static ClusterIndex connect(List<URI> nodes, String index) {
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("no cluster node given");
    }
    for (URI u : nodes) {
      if (u.getScheme() == null || u.getHost() == null || u.getPort() < 0) {
        throw new IllegalArgumentException("not a node's HTTP address (such as http://127.0.0.1:9200): " + u);
      }
    }
    HttpHost[] hosts = nodes.stream().map(u -> new HttpHost(u.getScheme(), u.getHost(), u.getPort()))
        .toArray(HttpHost[]::new);
    OpenSearchTransport transport = ApacheHttpClient5TransportBuilder.builder(hosts)
        .setMapper(new JacksonJsonpMapper(Json.mapper())).build();
    return new ClusterIndex(transport, Objects.requireNonNull(index, "index"),
        String.join(", ", nodes.stream().map(URI::toString).toList()));
  }

  /**
   * Whether the index is on the cluster.
   *
   * @return true when it exists
   * @throws IOException when the cluster cannot be reached (the message names its nodes)
   */
  public boolean exists() throws IOException {
    try {
      return client.indices().exists(e -> e.index(name)).value();
    } catch (IOException e) {
      throw new IOException("cannot reach the OpenSearch cluster at " + where + ": " + e.getMessage(), e);
    }
  }

  /**
   * Deletes the index and everything in it, if it exists.
   *
   * @throws IOException when the cluster cannot be reached or refuses
   */
  public void delete() throws IOException {
    if (exists()) {
      try {
        client.indices().delete(d -> d.index(name));
      } catch (OpenSearchException e) {
        throw new IOException("the cluster refused to delete the index " + name + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Creates the index with its mapping unless it exists.
   *
   * @param shards primary shards (more spread the index over more nodes)
   * @param replicas copies of each shard on other nodes
   * @return true when it was created now
   * @throws IOException when the cluster cannot be reached or refuses
   */
  public boolean create(int shards, int replicas) throws IOException {
    if (exists()) {
      return false;
    }
    TypeMapping mapping = parse(ClusterMapping.mapping());
    try {
      client.indices().create(c -> c.index(name)
          // Inner and top hits as deep as a page may be: a comparison's groups list up to a page each.
          .settings(s -> s.numberOfShards(shards).numberOfReplicas(replicas).maxInnerResultWindow(QueryLimits.MAX_PAGE))
          .mappings(mapping));
    } catch (OpenSearchException e) {
      if ("resource_already_exists_exception".equals(e.error().type())) {
        return false; // another machine created it first
      }
      throw new IOException("the cluster refused to create the index " + name + ": " + e.getMessage(), e);
    }
    return true;
  }

  /**
   * A document that could not be written.
   *
   * @param documentId its id (an article's, or an article's id and {@code #q} or {@code #f} and a number)
   * @param reason what the cluster said
   */
  public record Failure(String documentId, String reason) {}

  /**
   * Writes the documents of extracted articles in one bulk request; items the cluster refused for
   * being busy are sent again, with a pause that doubles, up to {@value #TRIES} times.
   *
   * @param extractions the articles
   * @return the documents that could not be written (empty when all were)
   * @throws IOException when the cluster cannot be reached
   */
  public List<Failure> write(List<Extraction> extractions) throws IOException {
    return write(extractions, UnaryOperator.identity()).failures();
  }

  /**
   * What a bulk write did: the documents refused, and the stories that articles written again
   * were filed in before (a story that lost or changed an article is checked again when filed).
   */
  record Written(List<Failure> failures, Set<String> formerStories) {}

  /** {@link #write(List)}, each document passed through {@code edit} first (for tests). */
  Written write(List<Extraction> extractions, UnaryOperator<ClusterDocuments.Doc> edit) throws IOException {
    List<ClusterDocuments.Doc> pending = new ArrayList<>();
    for (Extraction e : extractions) {
      for (ClusterDocuments.Doc d : ClusterDocuments.of(e)) {
        pending.add(edit.apply(d));
      }
    }
    List<String> all = pending.stream().map(ClusterDocuments.Doc::id).toList();
    Set<String> articles = new HashSet<>();
    extractions.forEach(e -> articles.add(e.article().id()));
    Set<String> formerStories = formerStories(articles);
    // Articles the index held before: only their earlier versions may have left documents behind.
    List<String> replaced = new ArrayList<>();
    List<Failure> failed = new ArrayList<>();
    long pause = 100;
    for (int attempt = 1; !pending.isEmpty(); attempt++) {
      BulkRequest.Builder bulk = new BulkRequest.Builder().index(name);
      List<ClusterDocuments.Doc> sent = pending;
      for (ClusterDocuments.Doc d : sent) {
        bulk.operations(op -> op.index(i -> i.id(d.id()).document(d.source())));
      }
      BulkResponse response;
      try {
        response = client.bulk(bulk.build());
      } catch (OpenSearchException e) {
        if ((e.status() == 429 || e.status() == 503) && attempt < TRIES) {
          sleep(pause);
          pause *= 2;
          continue; // the whole request was refused for being busy: all of it again
        }
        throw new IOException("the cluster refused a bulk request of " + sent.size() + " documents: "
            + e.getMessage(), e);
      }
      List<ClusterDocuments.Doc> busy = new ArrayList<>();
      for (int i = 0; i < response.items().size(); i++) {
        BulkResponseItem item = response.items().get(i);
        if (item.error() == null) {
          if (articles.contains(item.id()) && !"created".equals(item.result())) {
            replaced.add(item.id());
          }
          continue;
        }
        if (item.status() == 429 && attempt < TRIES) {
          busy.add(sent.get(i));
        } else {
          failed.add(new Failure(item.id(), item.error().type() + ": " + item.error().reason()));
        }
      }
      pending = busy;
      if (!pending.isEmpty()) {
        sleep(pause);
        pause *= 2;
      }
    }
    removeStale(replaced, all);
    return new Written(failed, formerStories);
  }

  /** The stories that these articles, where the index holds them already, are filed in now. */
  private Set<String> formerStories(Set<String> articles) throws IOException {
    Set<String> out = new HashSet<>();
    if (articles.isEmpty()) {
      return out;
    }
    MgetResponse<Map> response = client.mget(m -> m.index(name).ids(List.copyOf(articles))
        .sourceIncludes(ClusterMapping.STORY), Map.class);
    for (MultiGetResponseItem<Map> item : response.docs()) {
      if (item.isResult() && item.result().found() && item.result().source() != null
          && item.result().source().get(ClusterMapping.STORY) instanceof String story) {
        out.add(story);
      }
    }
    return out;
  }

  /**
   * Deletes the quotation and figure documents that earlier versions of these articles had and
   * the new ones do not (an article indexed again with fewer quotations), as the embedded index
   * replaces an article's whole block: {@code replaced} are the articles whose own document was
   * there before, {@code current} the ids of the documents just written.
   */
  private void removeStale(List<String> replaced, List<String> current) throws IOException {
    List<FieldValue> articles = replaced.stream().map(FieldValue::of).toList();
    if (articles.isEmpty()) {
      return;
    }
    ClusterQueries.byQuery(client, name, "remove earlier versions' documents", () -> {
      DeleteByQueryResponse r = client.deleteByQuery(d -> d.index(name).conflicts(Conflicts.Proceed)
          .query(q -> q.bool(b -> b
              .filter(f -> f.terms(t -> t.field(ClusterMapping.ARTICLE_ID).terms(v -> v.value(articles))))
              .mustNot(m -> m.ids(i -> i.values(current))))));
      return new ClusterQueries.ByQuery(r.versionConflicts(), r.failures());
    });
  }

  /**
   * Makes what was written visible to searches now, rather than at the cluster's next refresh.
   *
   * @throws IOException when the cluster cannot be reached
   */
  public void refresh() throws IOException {
    client.indices().refresh(r -> r.index(name));
  }

  /**
   * How many documents of one type the index holds.
   *
   * @param type {@code article}, {@code quote} or {@code figure}
   * @return the count
   * @throws IOException when the cluster cannot be reached
   */
  public long count(String type) throws IOException {
    return client.count(c -> c.index(name)
        .query(q -> q.term(t -> t.field(ClusterMapping.TYPE).value(FieldValue.of(type))))).count();
  }

  /**
   * Files articles in their stories: each is compared with the articles that share its passages,
   * by the rules of the embedded index, and every document of an article that changed story is
   * updated. The cluster is refreshed before (every article written so far is a candidate) and
   * after (searches see the stories).
   *
   * @param added ids of the articles written since the last filing
   * @return what was compared and filed
   * @throws IOException when the cluster cannot be reached or refuses
   */
  public Stories.Round fileStories(Collection<String> added) throws IOException {
    return fileStories(added, List.of());
  }

  /**
   * Files articles in their stories, and checks again the stories that lost or changed an article.
   *
   * @param added ids of the articles written since the last filing
   * @param changed ids of stories that articles written again were filed in before
   * @return what was compared and filed
   * @throws IOException when the cluster cannot be reached or refuses
   */
  public Stories.Round fileStories(Collection<String> added, Collection<String> changed) throws IOException {
    return ClusterStories.file(client, name, added, changed);
  }

  @Override
  public Results<org.newsfacet.search.Hit> search(SearchRequest request) throws IOException {
    return search.search(request);
  }

  @Override
  public Results<QuoteHit> quotes(QuoteRequest request) throws IOException {
    return search.quotes(request);
  }

  @Override
  public Results<FigureHit> figures(FigureRequest request) throws IOException {
    return search.figures(request);
  }

  @Override
  public List<FigureGroup> compare(FigureRequest request, FigureGroup.GroupBy by) throws IOException {
    return search.compare(request, by);
  }

  @Override
  public List<Related> similar(String articleId, int limit) throws IOException {
    return search.similar(articleId, limit);
  }

  @Override
  public Map<String, Syndication> stories() throws IOException {
    return ClusterStories.all(client, name);
  }

  /**
   * Every value of a facet dimension with how many documents (articles, quotations and figures)
   * have it, most frequent first, then by value: as the embedded index counts them. Read page by
   * page with a composite aggregation, so however many values there are; the publication date
   * counts by year.
   *
   * @param dimension one of the names in {@link Dimensions}
   * @return each value with its count; empty for a dimension nothing has or one the index does not know
   * @throws IOException when the cluster cannot be reached
   */
  @Override
  public List<FacetCount> values(String dimension) throws IOException {
    return counts(dimension, null);
  }

  /**
   * What the index holds: its articles, counted per outlet and agency, how many carry no date, and
   * the first and last dates, as the embedded index's {@code stats} gives them.
   *
   * @return the counts and the date range
   * @throws IOException when the cluster cannot be reached
   */
  @Override
  public IndexStats stats() throws IOException {
    Query articles = Query.of(q -> q.term(t -> t.field(ClusterMapping.TYPE).value(FieldValue.of(ClusterMapping.ARTICLE))));
    long count = count(ClusterMapping.ARTICLE);
    SearchResponse<Void> dates = client.search(s -> s.index(name).size(0).query(articles)
        .aggregations("earliest", a -> a.min(m -> m.field(Dimensions.PUBLISHED)))
        .aggregations("latest", a -> a.max(m -> m.field(Dimensions.PUBLISHED)))
        .aggregations("dated", a -> a.valueCount(v -> v.field(Dimensions.PUBLISHED))), Void.class);
    Double datedValues = dates.aggregations().get("dated").valueCount().value(); // one date per article
    long dated = datedValues == null ? 0 : datedValues.longValue();
    return new IndexStats(count, counts(Dimensions.OUTLET, articles), counts(Dimensions.AGENCY, articles),
        count - dated, day(dates.aggregations().get("earliest").min().value()),
        day(dates.aggregations().get("latest").max().value()));
  }

  /** The day of a date aggregation's value (epoch milliseconds), or null when no document had one. */
  private static LocalDate day(Double millis) {
    return millis == null || millis.isInfinite() || millis.isNaN() ? null
        : LocalDate.ofEpochDay(Math.floorDiv(millis.longValue(), 86_400_000L));
  }

  /** A dimension's values and their counts over the documents {@code filter} matches (all when null). */
  private List<FacetCount> counts(String dimension, Query filter) throws IOException {
    if (!ClusterMapping.DIMENSIONS.contains(dimension)) {
      return List.of();
    }
    boolean years = Dimensions.PUBLISHED.equals(dimension);
    CompositeAggregationSource source = years
        ? CompositeAggregationSource.of(x -> x.dateHistogram(d -> d.field(dimension)
            .calendarInterval(t -> t.time("year")).format("yyyy")))
        : CompositeAggregationSource.of(x -> x.terms(t -> t.field(dimension)));
    List<FacetCount> out = new ArrayList<>();
    Map<String, FieldValue> after = Map.of();
    while (true) {
      Map<String, FieldValue> from = after;
      SearchResponse<Void> response = client.search(s -> s.index(name).size(0)
          .query(filter != null ? filter : Query.of(q -> q.matchAll(m -> m)))
          .aggregations("values", a -> a.composite(c -> {
            c.size(PAGE).sources(Map.of("v", source));
            if (!from.isEmpty()) {
              c.after(from);
            }
            return c;
          })), Void.class);
      CompositeAggregate values = response.aggregations().get("values").composite();
      List<CompositeBucket> buckets = values.buckets().array();
      for (CompositeBucket b : buckets) {
        out.add(new FacetCount(String.valueOf(b.key().get("v")._get()), b.docCount()));
      }
      if (buckets.size() < PAGE || values.afterKey() == null || values.afterKey().isEmpty()) {
        break;
      }
      after = values.afterKey();
    }
    out.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
    return out;
  }

  /**
   * Every value of a facet dimension, sorted by name: the names a question may use.
   *
   * @param dimension one of the names in {@link Dimensions}
   * @return the values in name order
   * @throws IOException when the cluster cannot be reached
   */
  @Override
  public List<String> names(String dimension) throws IOException {
    return values(dimension).stream().map(FacetCount::value).sorted().toList();
  }

  /**
   * The record of the article with this id.
   *
   * @param id an article id
   * @return the record, or empty when no article has the id
   * @throws IOException when the cluster cannot be reached
   */
  @Override
  public Optional<Article> get(String id) throws IOException {
    GetResponse<Map> doc = client.get(g -> g.index(name).id(id), Map.class);
    if (!doc.found() || doc.source() == null || !ClusterMapping.ARTICLE.equals(doc.source().get(ClusterMapping.TYPE))) {
      return Optional.empty();
    }
    return Optional.of(Json.readArticle((String) doc.source().get(ClusterMapping.RECORD)));
  }

  /**
   * The text of the article with this id as the cluster holds it: its indexed body.
   *
   * @param id an article id
   * @return the text, or empty when no article has the id
   * @throws IOException when the cluster cannot be reached
   */
  @Override
  public Optional<String> text(String id) throws IOException {
    GetResponse<Map> doc = client.get(g -> g.index(name).id(id).sourceIncludes(ClusterMapping.TYPE, ClusterMapping.BODY),
        Map.class);
    if (!doc.found() || doc.source() == null || !ClusterMapping.ARTICLE.equals(doc.source().get(ClusterMapping.TYPE))) {
      return Optional.empty();
    }
    return Optional.ofNullable((String) doc.source().get(ClusterMapping.BODY));
  }

  /**
   * Where the index is, for messages.
   *
   * @return the index name and the nodes given
   */
  public String describe() {
    return name + " on " + where;
  }

  /**
   * The bytes the index's primary shards hold on disk (replicas hold as much again each).
   *
   * @return the primaries' store size; 0 when the index does not exist
   * @throws IOException when the cluster cannot be reached
   */
  public long storeBytes() throws IOException {
    var stats = client.indices().stats(s -> s.index(name)).indices().get(name);
    return stats == null || stats.primaries() == null || stats.primaries().store() == null ? 0
        : stats.primaries().store().sizeInBytes();
  }

  /**
   * How many nodes the cluster has.
   *
   * @return the number of nodes in the cluster
   * @throws IOException when the cluster cannot be reached
   */
  public int nodes() throws IOException {
    return client.cluster().health().numberOfNodes();
  }

  private static <T> T read(String json, Class<T> type) throws JsonProcessingException {
    return Json.mapper().readValue(json, type);
  }

  private TypeMapping parse(Map<String, Object> mapping) throws JsonProcessingException {
    JsonpMapper mapper = transport.jsonpMapper();
    String json = Json.mapper().writeValueAsString(mapping);
    return TypeMapping._DESERIALIZER.deserialize(mapper.jsonProvider().createParser(new StringReader(json)), mapper);
  }

  private static void sleep(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the cluster was busy", e);
    }
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }
}
