package org.newsfacet.opensearch;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsfacet.json.Json;
import org.newsfacet.model.Article;
import org.newsfacet.search.Carrier;
import org.newsfacet.search.Dimensions;
import org.newsfacet.search.FacetCount;
import org.newsfacet.search.FigureGroup;
import org.newsfacet.search.FigureHit;
import org.newsfacet.search.FigureRequest;
import org.newsfacet.search.Filters;
import org.newsfacet.search.Hit;
import org.newsfacet.search.Leads;
import org.newsfacet.search.QueryLimitException;
import org.newsfacet.search.QueryLimits;
import org.newsfacet.search.QuoteHit;
import org.newsfacet.search.QuoteRequest;
import org.newsfacet.search.Related;
import org.newsfacet.search.Results;
import org.newsfacet.search.SearchRequest;
import org.newsfacet.search.Syndication;
import org.newsfacet.story.Originals;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.CalendarInterval;
import org.opensearch.client.opensearch._types.aggregations.DateHistogramBucket;
import org.opensearch.client.opensearch._types.aggregations.LongTermsBucket;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.MgetResponse;
import org.opensearch.client.opensearch.core.SearchRequest.Builder;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.get.GetResult;
import org.opensearch.client.opensearch.core.mget.MultiGetResponseItem;

/**
 * The questions of {@link org.newsfacet.search.NewsSearch} in the query DSL, answered as the
 * embedded index answers them: facet counts as terms aggregations (drill-sideways by filter
 * aggregations and a post filter), snippets by the cluster's highlighter, escaped as the embedded
 * index escapes them; copies of one quotation or figure in one story collapsed into one entry by
 * field collapsing on the entry, the original's record shown with every article that carried it;
 * comparisons by terms aggregations with {@code top_hits}, or, collapsed, from every match's keys.
 */
final class ClusterSearch {
  /** The values each facet dimension of an answer shows. */
  static final int FACET_VALUES = 10;
  /**
   * The values each shard counts for a facet before the top ones are merged: a value's documents
   * lie on every shard, so a shard's top few would miss a value that is near the top everywhere but
   * first nowhere. Counts stay exact while each shard has at most this many values in a dimension.
   */
  private static final int SHARD_VALUES = 500;
  /** The most groups a comparison shows (the figures without a key come on top of these). */
  private static final int MAX_GROUPS = 20;
  /**
   * The most carriers an entry lists, the earliest first (the index allows inner hits this deep);
   * the embedded index lists every one.
   */
  private static final int MAX_CARRIERS = QueryLimits.MAX_PAGE;
  /** The most matches a collapsed comparison reads: each match's keys come over the network. */
  private static final int MAX_COMPARED = 200_000;
  /**
   * Marks around a highlighted word before escaping: Unicode noncharacters, which the indexed body
   * never holds ({@link org.newsfacet.search.SharedFields#body} removes them), and which the
   * highlighter does not trim away from a passage's ends as it trims control characters.
   */
  private static final char OPEN = '\uFDD0';
  private static final char CLOSE = '\uFDD1';
  /**
   * The length of a snippet's passage: the cluster's highlighter takes the sentence that matches
   * and the sentences after it while they fit, and cuts a longer sentence after this many
   * characters; the embedded index's highlighter gives the one sentence.
   */
  private static final int PASSAGE = 200;
  /** What a hit is read from. */
  private static final List<String> HIT_FIELDS = List.of(ClusterMapping.RECORD, ClusterMapping.ARTICLE_ID,
      ClusterMapping.STORY, ClusterMapping.COPY_OF, ClusterMapping.INFERRED_AGENCY);
  /** What an article hit is read from: its body too, for the lead it shows when no word is marked. */
  private static final List<String> ARTICLE_FIELDS =
      Stream.concat(HIT_FIELDS.stream(), Stream.of(ClusterMapping.BODY)).toList();
  /** What collapsing reads of every match. */
  private static final List<String> MATCH_FIELDS = List.of(ClusterMapping.ARTICLE_ID, Dimensions.OUTLET,
      Dimensions.AGENCY, Dimensions.PUBLISHED, Dimensions.SPEAKER, Dimensions.CLAIMANT, ClusterMapping.STORY,
      ClusterMapping.COPY_OF, ClusterMapping.INFERRED_AGENCY, ClusterMapping.CLAIM);

  private final OpenSearchClient client;
  private final String index;

  ClusterSearch(OpenSearchClient client, String index) {
    this.client = client;
    this.index = index;
  }

  // ---------------------------------------------------------------- articles

  Results<Hit> search(SearchRequest request) throws IOException {
    QueryLimits.checkPage(request.offset(), request.limit());
    Query text = request.text().isEmpty() ? Query.of(q -> q.matchAll(m -> m))
        : ClusterQueries.text(request.text(), ClusterMapping.TITLE + "^2", ClusterMapping.BODY);
    Filters filters = request.filters();
    boolean sideways = request.sideways() && (!filters.outlets().isEmpty() || !filters.agencies().isEmpty());
    List<Query> filter = new ArrayList<>(ClusterQueries.filters(filters, sideways));
    filter.add(ClusterQueries.type(ClusterMapping.ARTICLE));
    request.entities().forEach((type, names) -> names.forEach(name -> filter.add(Query.of(q -> q.term(t -> t
        .field(ClusterMapping.keyField(type)).value(FieldValue.of(Dimensions.nameKey(name))))))));
    Query query = Query.of(q -> q.bool(b -> b.must(text).filter(filter)));
    Query outlets = ClusterQueries.anyNamed(Dimensions.OUTLET, filters.outlets());
    Query agencies = ClusterQueries.anyNamed(Dimensions.AGENCY, filters.agencies());
    Map<String, Aggregation> aggregations = new LinkedHashMap<>();
    for (String dim : Dimensions.ARTICLES) {
      // Drill-sideways: each of outlet and agency counted as if its own filter were not there.
      Query narrow = !sideways ? null : Dimensions.OUTLET.equals(dim) ? agencies
          : Dimensions.AGENCY.equals(dim) ? outlets : both(outlets, agencies);
      aggregations.put(dim, facet(dim, FACET_VALUES, request.countStories() && !sideways, narrow));
    }
    SearchResponse<Map> response = run(request.text(), s -> {
      s.index(index).query(query).from(request.offset()).size(request.limit()).trackTotalHits(t -> t.enabled(true))
          .aggregations(aggregations).source(c -> c.filter(f -> f.includes(ARTICLE_FIELDS)))
          .highlight(h -> h.preTags(String.valueOf(OPEN)).postTags(String.valueOf(CLOSE))
              .fields(ClusterMapping.BODY, f -> f.numberOfFragments(1).fragmentSize(PASSAGE).noMatchSize(PASSAGE)));
      if (sideways) {
        s.postFilter(both(outlets, agencies));
      }
      if (request.byDate()) {
        s.sort(ClusterQueries.newestFirst()).trackScores(false);
      }
      return s;
    });
    List<Hit> hits = new ArrayList<>();
    for (org.opensearch.client.opensearch.core.search.Hit<Map> h : response.hits().hits()) {
      Article a = Json.readArticle((String) h.source().get(ClusterMapping.RECORD));
      List<String> passages = h.highlight() == null ? null : h.highlight().get(ClusterMapping.BODY);
      String passage = passages == null || passages.isEmpty() ? "" : snippet(String.join(" … ", passages));
      String snippet = Leads.snippet(passage, () -> h.source().get(ClusterMapping.BODY) instanceof String body
          ? body : null, a);
      float score = request.byDate() || h.score() == null ? Float.NaN : h.score().floatValue();
      hits.add(new Hit(a, score, snippet, ClusterStories.syndication(h.source(), a.id())));
    }
    return new Results<>(response.hits().total().value(), hits,
        facets(response, Dimensions.ARTICLES, FACET_VALUES, request.countStories() && !sideways));
  }

  private static Query both(Query a, Query b) {
    List<Query> all = new ArrayList<>();
    if (a != null) {
      all.add(a);
    }
    if (b != null) {
      all.add(b);
    }
    return all.isEmpty() ? null : Query.of(q -> q.bool(x -> x.filter(all)));
  }

  /**
   * A highlighted passage escaped as the embedded index escapes snippets (the six characters
   * OWASP names), its marks made {@link Hit#OPEN_MARK} and {@link Hit#CLOSE_MARK}.
   */
  static String snippet(String marked) {
    return Hit.escape(marked).replace(String.valueOf(OPEN), Hit.OPEN_MARK).replace(String.valueOf(CLOSE), Hit.CLOSE_MARK);
  }


  // ---------------------------------------------------------------- quotations and figures

  Results<QuoteHit> quotes(QuoteRequest request) throws IOException {
    Query words = request.words().isEmpty() ? null : ClusterQueries.text(request.words(), ClusterMapping.QUOTE_TEXT);
    List<Query> match = new ArrayList<>();
    if (request.kind() != null) {
      match.add(term(Dimensions.KIND, request.kind().label()));
    }
    addIfSet(match, ClusterQueries.anyKey(ClusterMapping.SPEAKER_KEY, request.speakers()));
    return stored(new Stored<>(ClusterMapping.QUOTE, QuoteHit.class, QuoteHit::with, QuoteHit::carriedBy), words,
        match, request.filters(), request.words(), new Page(request.offset(), request.limit(),
            !request.words().isEmpty(), !request.copies(), Dimensions.QUOTES, FACET_VALUES));
  }

  Results<FigureHit> figures(FigureRequest request) throws IOException {
    return figures(request, List.of(), FACET_VALUES, Dimensions.FIGURES);
  }

  private Results<FigureHit> figures(FigureRequest request, List<Query> extra, int top, List<String> dimensions)
      throws IOException {
    Query words = request.words().isEmpty() ? null : ClusterQueries.text(request.words(), ClusterMapping.FIGURE_TEXT);
    return stored(FIGURES, words, figureFilters(request, extra), request.filters(), request.words(),
        new Page(request.offset(), request.limit(), false, !request.copies(), dimensions, top));
  }

  private static final Stored<FigureHit> FIGURES = new Stored<>(ClusterMapping.FIGURE, FigureHit.class, FigureHit::with,
      FigureHit::carriedBy);

  /** What a figure must match besides words: category, values, claimants and {@code extra}. */
  private static List<Query> figureFilters(FigureRequest request, List<Query> extra) {
    List<Query> match = new ArrayList<>(extra);
    if (request.category() != null) {
      match.add(term(Dimensions.CATEGORY, request.category().label()));
    }
    if (request.min() != null) {
      match.add(Query.of(q -> q.range(r -> r.field(ClusterMapping.HIGH).gte(JsonData.of(request.min())))));
    }
    if (request.max() != null) {
      match.add(Query.of(q -> q.range(r -> r.field(ClusterMapping.LOW).lte(JsonData.of(request.max())))));
    }
    addIfSet(match, ClusterQueries.anyKey(ClusterMapping.CLAIMANT_KEY, request.claimants()));
    return match;
  }

  /** A kind of stored hit: its document type, its record class, and how story and carriers are added. */
  private record Stored<T>(String type, Class<T> hitType, BiFunction<T, Syndication, T> withStory,
      BiFunction<T, List<Carrier>, T> withCarriers) {}

  /** The page of a search of stored hits, its order, whether copies collapse, and the facets to count. */
  private record Page(int offset, int limit, boolean byRelevance, boolean collapse, List<String> dimensions, int top) {}

  /** The stored hits that match {@code words} (null for any) and {@code match}, narrowed by {@code filters}. */
  private <T> Results<T> stored(Stored<T> kind, Query words, List<Query> match, Filters filters, String text, Page page)
      throws IOException {
    QueryLimits.checkPage(page.offset(), page.limit());
    Query query = query(kind.type(), words, match, filters);
    Map<String, Aggregation> aggregations = new LinkedHashMap<>();
    if (page.top() > 0) {
      page.dimensions().forEach(dim -> aggregations.put(dim, facet(dim, page.top(), false, null)));
    }
    if (page.collapse()) {
      aggregations.put("entries", Aggregation.of(a -> a.cardinality(c -> c.field(ClusterMapping.ENTRY)
          .precisionThreshold(40_000))));
    }
    SearchResponse<Map> response = run(text, s -> {
      s.index(index).query(query).from(page.offset()).size(page.limit()).trackTotalHits(t -> t.enabled(true))
          .aggregations(aggregations).source(c -> c.filter(f -> f.includes(HIT_FIELDS)));
      s.sort(page.byRelevance() ? List.of(SortOptions.of(o -> o.score(x -> x.order(SortOrder.Desc))))
          : ClusterQueries.newestFirst());
      if (page.collapse() && page.limit() > 0) { // a count (size 0) has no hits to collapse; the cardinality counts
        s.collapse(c -> c.field(ClusterMapping.ENTRY).innerHits(i -> i.name("carriers").size(MAX_CARRIERS)
            .sort(o -> o.field(f -> f.field(Dimensions.PUBLISHED).order(SortOrder.Asc).missing(FieldValue.of("_last"))))
            .sort(o -> o.field(f -> f.field(ClusterMapping.ARTICLE_ID).order(SortOrder.Asc)))
            .source(x -> x.filter(f -> f.includes(MATCH_FIELDS)))));
      }
      return s;
    });
    List<T> hits = new ArrayList<>();
    long total;
    if (page.collapse()) {
      // Entries counted by the cluster's cardinality estimate: exact in practice below 40,000
      // entries, within a few percent above; the embedded index counts them exactly.
      total = Math.round(response.aggregations().get("entries").cardinality().value());
      List<List<Match>> entries = new ArrayList<>();
      for (var h : response.hits().hits()) {
        List<Match> matches = new ArrayList<>();
        for (var inner : h.innerHits().get("carriers").hits().hits()) {
          matches.add(Match.of(inner.id(), plain(inner.source())));
        }
        matches.sort(Match.ORIGINAL_FIRST);
        entries.add(matches);
      }
      Map<String, Map<?, ?>> records = records(entries.stream().map(e -> e.get(0).docId()).toList());
      for (List<Match> e : entries) {
        hits.add(kind.withCarriers().apply(read(kind, records.get(e.get(0).docId())), carriers(e)));
      }
    } else {
      total = response.hits().total().value();
      for (var h : response.hits().hits()) {
        hits.add(read(kind, h.source()));
      }
    }
    return new Results<>(total, hits, facets(response, page.dimensions(), page.top(), false));
  }

  private Query query(String type, Query words, List<Query> match, Filters filters) {
    List<Query> filter = new ArrayList<>(ClusterQueries.filters(filters, false));
    filter.add(ClusterQueries.type(type));
    filter.addAll(match);
    return Query.of(q -> q.bool(b -> {
      b.filter(filter);
      if (words != null) {
        b.must(words);
      }
      return b;
    }));
  }

  private static <T> T read(Stored<T> kind, Map<?, ?> source) throws IOException {
    T hit = Json.mapper().readValue((String) source.get(ClusterMapping.RECORD), kind.hitType());
    return kind.withStory().apply(hit, ClusterStories.syndication(source, (String) source.get(ClusterMapping.ARTICLE_ID)));
  }

  /** The records and story fields of these documents, by document id, in one request. */
  private Map<String, Map<?, ?>> records(List<String> docIds) throws IOException {
    Map<String, Map<?, ?>> out = new HashMap<>();
    if (docIds.isEmpty()) {
      return out;
    }
    MgetResponse<Map> response = client.mget(m -> m.index(index).ids(docIds).sourceIncludes(HIT_FIELDS), Map.class);
    for (MultiGetResponseItem<Map> item : response.docs()) {
      if (item.isResult()) {
        GetResult<Map> doc = item.result();
        if (doc.found()) {
          out.put(doc.id(), doc.source());
        }
      }
    }
    for (String id : docIds) {
      if (!out.containsKey(id)) {
        throw new IOException("the cluster lost document " + id + " while it was read");
      }
    }
    return out;
  }

  /** Every article that carried an entry, once each, the original first; empty when one article did. */
  private static List<Carrier> carriers(List<Match> entry) {
    Map<String, Carrier> out = new LinkedHashMap<>();
    entry.forEach(m -> out.putIfAbsent(m.articleId(), m.carrier()));
    return out.size() < 2 ? List.of() : List.copyOf(out.values());
  }

  /** A matching quotation or figure, as collapsing reads it. */
  private record Match(String docId, String articleId, String outlet, String agency, String name, LocalDate published,
      Syndication syndication, String claim) {
    static final Comparator<Match> ORIGINAL_FIRST = Originals.<Match>first(Match::outlet, Match::agency,
        Match::published, Match::articleId).thenComparing(Match::docId);

    static Match of(String docId, Map<?, ?> source) {
      String articleId = (String) source.get(ClusterMapping.ARTICLE_ID);
      Object published = source.get(Dimensions.PUBLISHED);
      Object name = source.get(Dimensions.SPEAKER) != null ? source.get(Dimensions.SPEAKER)
          : source.get(Dimensions.CLAIMANT);
      return new Match(docId, articleId, (String) source.get(Dimensions.OUTLET), (String) source.get(Dimensions.AGENCY),
          (String) name, published == null ? null : LocalDate.parse((String) published),
          ClusterStories.syndication(source, articleId), (String) source.get(ClusterMapping.CLAIM));
    }

    Carrier carrier() {
      return new Carrier(articleId, outlet, agency, syndication.inferredAgency(), published);
    }

    /** The collapse key of its words or values, without the name. */
    String key() {
      int slash = claim == null ? -1 : claim.indexOf('/');
      return slash < 0 ? docId : claim.substring(0, slash);
    }
  }

  // ---------------------------------------------------------------- comparisons

  List<FigureGroup> compare(FigureRequest request, FigureGroup.GroupBy by) throws IOException {
    if (!request.copies() || by == FigureGroup.GroupBy.STORY) {
      return collapsed(request, by);
    }
    if (by == FigureGroup.GroupBy.DATE) {
      return byDay(request);
    }
    QueryLimits.checkPage(0, request.limit());
    boolean byTime = FigureGroup.byTime(by);
    String dim = switch (by) {
      case OUTLET -> Dimensions.OUTLET;
      case AGENCY -> Dimensions.AGENCY;
      case CLAIMANT -> Dimensions.CLAIMANT;
      case MONTH, WEEK -> Dimensions.PUBLISHED;
      case DATE, STORY -> throw new IllegalStateException();
    };
    Query words = request.words().isEmpty() ? null : ClusterQueries.text(request.words(), ClusterMapping.FIGURE_TEXT);
    Query query = query(ClusterMapping.FIGURE, words, figureFilters(request, List.of()), request.filters());
    // top_hits of size 0 is an error on some versions: a count of each group (limit 0) asks for no figures at all.
    Map<String, Aggregation> newest = request.limit() == 0 ? Map.of() : Map.of("newest", Aggregation.of(
        a -> a.topHits(t -> t.size(request.limit()).sort(ClusterQueries.newestFirst())
            .source(c -> c.filter(f -> f.includes(HIT_FIELDS))))));
    // By month or week: the cluster's calendar months and weeks (Monday to Sunday, as ISO weeks),
    // newest first; the embedded index keeps the twenty newest of them, and so does this.
    CalendarInterval interval = by == FigureGroup.GroupBy.WEEK ? CalendarInterval.Week : CalendarInterval.Month;
    SearchResponse<Map> response = run(request.words(), s -> s.index(index).query(query).size(0)
        .aggregations("groups", a -> (byTime
            ? a.dateHistogram(d -> d.field(dim).calendarInterval(interval).minDocCount(1))
            : a.terms(t -> t.field(dim).size(MAX_GROUPS).shardSize(SHARD_VALUES)
                .order(List.of(Map.of("_count", SortOrder.Desc), Map.of("_key", SortOrder.Asc)))))
            .aggregations(newest))
        .aggregations("none", a -> a.filter(f -> f.bool(b -> b.mustNot(m -> m.exists(e -> e.field(dim)))))
            .aggregations(newest)));
    List<FigureGroup> out = new ArrayList<>();
    Aggregate groups = response.aggregations().get("groups");
    if (byTime) {
      for (DateHistogramBucket b : groups.dateHistogram().buckets().array().stream()
          .sorted(Comparator.comparingLong(DateHistogramBucket::key).reversed()).limit(MAX_GROUPS).toList()) {
        LocalDate start = LocalDate.ofEpochDay(Math.floorDiv(b.key(), 86_400_000L));
        out.add(new FigureGroup(by, FigureGroup.timeKey(by, start), topHits(b.aggregations().get("newest")),
            b.docCount()));
      }
    }
    for (StringTermsBucket b : byTime ? List.<StringTermsBucket>of() : groups.sterms().buckets().array()) {
      out.add(new FigureGroup(by, b.key(), topHits(b.aggregations().get("newest")), b.docCount()));
    }
    var none = response.aggregations().get("none").filter();
    if (none.docCount() > 0) {
      out.add(new FigureGroup(by, null, topHits(none.aggregations().get("newest")), none.docCount()));
    }
    return out;
  }

  private List<FigureHit> topHits(Aggregate aggregate) throws IOException {
    List<FigureHit> out = new ArrayList<>();
    if (aggregate == null) {
      return out; // none asked for (limit 0)
    }
    for (var h : aggregate.topHits().hits().hits()) {
      out.add(read(FIGURES, plain(h.source())));
    }
    return out;
  }

  /** The figures grouped by publication day, newest day first; the request's limit caps how many are read. */
  private List<FigureGroup> byDay(FigureRequest request) throws IOException {
    return FigureGroup.byDay(figures(request, List.of(), 0, List.of()).hits());
  }


  /** Entries newest first (by their original's date), undated last; the same date by the original's document. */
  private static final Comparator<List<Match>> NEWEST_FIRST = Comparator
      .comparing((List<Match> e) -> e.get(0).published(), Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(e -> e.get(0).docId());

  /**
   * The comparison with each story's copies of a figure collapsed into one entry, filed under its
   * original's outlet, agency, claimant, day or story, each entry counting the independent sources
   * of its value, as the embedded index compares: from the keys of every match, read page by page.
   */
  private List<FigureGroup> collapsed(FigureRequest request, FigureGroup.GroupBy by) throws IOException {
    QueryLimits.checkPage(request.offset(), request.limit());
    Query words = request.words().isEmpty() ? null : ClusterQueries.text(request.words(), ClusterMapping.FIGURE_TEXT);
    Query query = query(ClusterMapping.FIGURE, words, figureFilters(request, List.of()), request.filters());
    long matched;
    try {
      matched = client.count(c -> c.index(index).query(query)).count();
    } catch (OpenSearchException e) {
      throw ClusterQueries.refused(e, request.words());
    }
    if (matched > MAX_COMPARED) {
      throw new QueryLimitException(String.format(java.util.Locale.ROOT, "%,d figures match; a comparison that "
          + "collapses copies reads %,d at most on a cluster: narrow the question (a date, a category, a source), "
          + "or compare every copy (--copies)", matched, MAX_COMPARED));
    }
    Map<String, Map<String, List<Match>>> grouped = new HashMap<>();
    ClusterQueries.scroll(client, index, query, MATCH_FIELDS, (id, source) -> {
      Match m = Match.of(id, source);
      String claim = m.claim() == null ? id : m.claim();
      grouped.computeIfAbsent(m.syndication().story(), s -> new HashMap<>())
          .computeIfAbsent(claim, k -> new ArrayList<>()).add(m);
    });
    List<List<Match>> entries = new ArrayList<>();
    grouped.values().forEach(byClaim -> byClaim.values().forEach(list -> {
      list.sort(Match.ORIGINAL_FIRST);
      entries.add(list);
    }));
    // The independent sources of a value: the stories that report it, however many entries each has.
    Map<String, Long> sources = entries.stream().collect(Collectors.groupingBy(e -> e.get(0).key(),
        Collectors.mapping(e -> e.get(0).syndication().story(),
            Collectors.collectingAndThen(Collectors.toSet(), x -> (long) x.size()))));
    List<List<Match>> filed = by == FigureGroup.GroupBy.DATE
        ? entries.stream().sorted(NEWEST_FIRST).limit(request.limit()).toList() : entries;
    Map<String, List<List<Match>>> groups = new HashMap<>();
    List<List<Match>> none = new ArrayList<>();
    for (List<Match> e : filed) {
      String key = groupKey(e, by);
      if (key == null) {
        none.add(e);
      } else {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
      }
    }
    Comparator<Map.Entry<String, List<List<Match>>>> order = FigureGroup.byTime(by)
        ? Map.Entry.<String, List<List<Match>>>comparingByKey().reversed()
        : Comparator.<Map.Entry<String, List<List<Match>>>>comparingInt(g -> -g.getValue().size())
            .thenComparing(Map.Entry.comparingByKey());
    List<Map.Entry<String, List<List<Match>>>> shown = groups.entrySet().stream().sorted(order)
        .limit(by == FigureGroup.GroupBy.DATE ? Integer.MAX_VALUE : MAX_GROUPS).toList();
    // Each group's newest entries are shown; their originals' records are read in one request.
    Map<String, List<List<Match>>> newest = new LinkedHashMap<>();
    shown.forEach(g -> newest.put(g.getKey(), g.getValue().stream().sorted(NEWEST_FIRST).limit(request.limit()).toList()));
    List<List<Match>> noneShown = none.stream().sorted(NEWEST_FIRST).limit(request.limit()).toList();
    List<String> ids = new ArrayList<>();
    newest.values().forEach(list -> list.forEach(e -> ids.add(e.get(0).docId())));
    noneShown.forEach(e -> ids.add(e.get(0).docId()));
    Map<String, Map<?, ?>> records = records(ids);
    List<FigureGroup> out = new ArrayList<>();
    for (Map.Entry<String, List<List<Match>>> g : shown) {
      out.add(new FigureGroup(by, g.getKey(), collapsedHits(newest.get(g.getKey()), records, sources),
          g.getValue().size()));
    }
    if (!none.isEmpty()) {
      out.add(new FigureGroup(by, null, collapsedHits(noneShown, records, sources), none.size()));
    }
    return out;
  }

  private static List<FigureHit> collapsedHits(List<List<Match>> entries, Map<String, Map<?, ?>> records,
      Map<String, Long> sources) throws IOException {
    List<FigureHit> out = new ArrayList<>();
    for (List<Match> e : entries) {
      out.add(read(FIGURES, records.get(e.get(0).docId())).carriedBy(carriers(e))
          .independentSources(sources.get(e.get(0).key()).intValue()));
    }
    return out;
  }

  /** What an entry is filed under: its original's outlet, agency, claimant, day, month or week, or its story. */
  private static String groupKey(List<Match> e, FigureGroup.GroupBy by) {
    Match m = e.get(0);
    return switch (by) {
      case OUTLET -> m.outlet();
      case AGENCY -> m.agency() != null ? m.agency() : m.syndication().inferredAgency();
      case CLAIMANT -> m.name();
      case DATE, MONTH, WEEK -> m.published() == null ? null : FigureGroup.timeKey(by, m.published());
      case STORY -> m.syndication().story();
    };
  }

  // ---------------------------------------------------------------- stories

  /** The article's story (copies first, then rewrites, the original first), then up to {@code limit} other stories. */
  List<Related> similar(String id, int limit) throws IOException {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    QueryLimits.checkPage(0, limit);
    var self = client.get(g -> g.index(index).id(id).sourceIncludes(HIT_FIELDS), Map.class);
    if (!self.found() || self.source() == null || self.source().get(ClusterMapping.RECORD) == null
        || !id.equals(self.source().get(ClusterMapping.ARTICLE_ID))) {
      return List.of();
    }
    Syndication own = ClusterStories.syndication(self.source(), id);
    String group = own.copyOf() == null ? id : own.copyOf();
    List<Related> out = new ArrayList<>();
    Query members = Query.of(q -> q.bool(b -> b.filter(ClusterQueries.type(ClusterMapping.ARTICLE))
        .filter(term(ClusterMapping.STORY, own.story()))));
    List<Map<?, ?>> story = new ArrayList<>();
    // A story carried by thousands of outlets lists the first of them only, as the embedded index does.
    ClusterQueries.scroll(client, index, members, HIT_FIELDS, QueryLimits.MAX_PAGE_END,
        (doc, source) -> story.add(source));
    for (Map<?, ?> source : story) {
      Article a = Json.readArticle((String) source.get(ClusterMapping.RECORD));
      if (a.id().equals(id)) {
        continue;
      }
      Syndication s = ClusterStories.syndication(source, a.id());
      boolean copy = group.equals(s.copyOf()) || a.id().equals(group) && own.copyOf() != null;
      out.add(new Related(copy ? Related.Relation.COPY : Related.Relation.STORY, new Hit(a, Float.NaN, "", s)));
    }
    Comparator<Related> original = Originals.first(r -> r.hit().article().outlet(), r -> r.hit().article().agency(),
        r -> r.hit().article().published(), r -> r.hit().article().id());
    out.sort(Comparator.comparing(Related::relation).thenComparing(original));
    if (limit == 0) {
      return out;
    }
    // As Lucene's MoreLikeThis weighs them: any of the article's chosen words, not the cluster's default 30 %.
    Query like = Query.of(q -> q.bool(b -> b.filter(ClusterQueries.type(ClusterMapping.ARTICLE))
        .must(m -> m.moreLikeThis(t -> t.fields(ClusterMapping.TITLE, ClusterMapping.BODY)
            .like(l -> l.document(d -> d.index(index).id(id))).minTermFreq(1).minDocFreq(2)
            .minimumShouldMatch("1")))));
    SearchResponse<Map> similar = client.search(s -> s.index(index).query(like).size((limit + 1) * 5)
        .source(c -> c.filter(f -> f.includes(HIT_FIELDS))), Map.class);
    Set<String> seen = new HashSet<>();
    seen.add(own.story());
    for (var h : similar.hits().hits()) {
      Article a = Json.readArticle((String) h.source().get(ClusterMapping.RECORD));
      Syndication s = ClusterStories.syndication(h.source(), a.id());
      if (seen.add(s.story())) {
        out.add(new Related(Related.Relation.SIMILAR, new Hit(a, h.score() == null ? Float.NaN : h.score().floatValue(),
            "", s)));
        if (seen.size() > limit) {
          break;
        }
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- facets

  /**
   * The counts of one dimension, {@code top} values, most frequent first, then by value; narrowed
   * by {@code narrow} when not null (drill-sideways). The date counts by year, and by month and by
   * day besides, for {@link #facets} to show the level that splits the matches, as the embedded
   * index does: the days are the terms of the date, as many as a month has days, since they are
   * shown only when every match falls in one month.
   */
  private static Aggregation facet(String dim, int top, boolean stories, Query narrow) {
    boolean dates = Dimensions.PUBLISHED.equals(dim);
    Aggregation counts = Aggregation.of(a -> {
      var container = dates
          ? a.dateHistogram(d -> d.field(dim).calendarInterval(CalendarInterval.Year).format("yyyy").minDocCount(1))
          : a.terms(t -> t.field(dim).size(top).shardSize(SHARD_VALUES)
              .order(List.of(Map.of(stories ? "stories" : "_count", SortOrder.Desc), Map.of("_key", SortOrder.Asc))));
      return stories ? container.aggregations("stories", storyCount()) : container;
    });
    Aggregation months = Aggregation.of(a -> {
      var container = a.dateHistogram(d -> d.field(dim).calendarInterval(CalendarInterval.Month).format("yyyy-MM")
          .minDocCount(1));
      return stories ? container.aggregations("stories", storyCount()) : container;
    });
    Aggregation days = Aggregation.of(a -> {
      var container = a.terms(t -> t.field(dim).size(DAYS_OF_A_MONTH).format("yyyy-MM-dd"));
      return stories ? container.aggregations("stories", storyCount()) : container;
    });
    Query filter = narrow != null ? narrow : Query.of(q -> q.matchAll(m -> m));
    return Aggregation.of(a -> {
      var container = a.filter(filter).aggregations("counts", counts);
      return dates ? container.aggregations("months", months).aggregations("days", days) : container;
    });
  }

  /** The most days a month has: the day counts of matches within one month are all of its days. */
  private static final int DAYS_OF_A_MONTH = 31;

  private static Aggregation storyCount() {
    return Aggregation.of(a -> a.cardinality(c -> c.field(ClusterMapping.STORY).precisionThreshold(40_000)));
  }

  private static Map<String, List<FacetCount>> facets(SearchResponse<Map> response, List<String> dimensions, int top,
      boolean stories) {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    if (top <= 0 || response.aggregations() == null) {
      return out;
    }
    for (String dim : dimensions) {
      Aggregate wrapper = response.aggregations().get(dim);
      if (wrapper == null) {
        continue;
      }
      Map<String, Aggregate> levels = wrapper.filter().aggregations();
      List<FacetCount> values = counted(levels.get("counts"), stories);
      if (Dimensions.PUBLISHED.equals(dim) && values.size() == 1) {
        // One year: its months, and one month: its days, as the embedded index counts dates.
        values = counted(levels.get("months"), stories);
        values = values.size() == 1 ? counted(levels.get("days"), stories) : values;
      }
      values = values.stream()
          .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
          .limit(top).toList();
      if (!values.isEmpty()) {
        out.put(dim, values);
      }
    }
    return out;
  }

  /** The values of a histogram or terms aggregation with a count above zero. */
  private static List<FacetCount> counted(Aggregate counts, boolean stories) {
    List<FacetCount> values = new ArrayList<>();
    if (counts.isDateHistogram()) {
      for (DateHistogramBucket b : counts.dateHistogram().buckets().array()) {
        values.add(new FacetCount(b.keyAsString(), stories ? stories(b.aggregations()) : b.docCount()));
      }
    } else if (counts.isLterms()) {
      for (LongTermsBucket b : counts.lterms().buckets().array()) {
        values.add(new FacetCount(b.keyAsString(), stories ? stories(b.aggregations()) : b.docCount()));
      }
    } else {
      for (StringTermsBucket b : counts.sterms().buckets().array()) {
        values.add(new FacetCount(b.key(), stories ? stories(b.aggregations()) : b.docCount()));
      }
    }
    return values.stream().filter(v -> v.count() > 0).toList();
  }

  private static long stories(Map<String, Aggregate> sub) {
    return Math.round(sub.get("stories").cardinality().value());
  }

  // ---------------------------------------------------------------- helpers

  /** An inner or top hit's source (the client's JSON values) as plain maps, strings and numbers. */
  private static Map<?, ?> plain(JsonData source) throws IOException {
    return Json.mapper().readValue(source.toJson().toString(), Map.class);
  }

  private static Query term(String field, String value) {
    return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
  }

  private static void addIfSet(List<Query> list, Query q) {
    if (q != null) {
      list.add(q);
    }
  }

  private interface SearchSpec {
    Builder apply(Builder s);
  }

  /** Runs a search, turning the cluster's refusal of the user's words into the embedded index's exceptions. */
  @SuppressWarnings("rawtypes")
  private SearchResponse<Map> run(String words, SearchSpec spec) throws IOException {
    try {
      return client.search(s -> spec.apply(s), Map.class);
    } catch (OpenSearchException e) {
      throw ClusterQueries.refused(e, words);
    }
  }
}
