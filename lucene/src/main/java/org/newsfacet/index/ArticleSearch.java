package org.newsfacet.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.newsfacet.model.Article;
import org.newsfacet.search.Dimensions;
import org.newsfacet.search.FacetCount;
import org.newsfacet.search.Hit;
import org.newsfacet.search.IndexStats;
import org.newsfacet.search.Leads;
import org.newsfacet.search.QueryLimits;
import org.newsfacet.search.Results;
import org.newsfacet.search.SearchRequest;

/**
 * Searches of articles: full text with snippets and facet counts (drill-sideways for outlets and
 * agencies), an article by id, the values of a facet dimension, and what the index holds.
 */
final class ArticleSearch {
  /** The values each facet dimension of an answer shows. */
  static final int FACET_VALUES = 10;

  private final Searching searching;
  private final Analyzer analyzer = Schema.analyzer();

  ArticleSearch(Searching searching) {
    this.searching = searching;
  }

  /** The requested page of articles with snippets, and facet counts over all matches. */
  Results<Hit> search(SearchRequest request) throws IOException {
    QueryLimits.checkPage(request.offset(), request.limit());
    // Read first: a question that cannot be read is refused before the index does any work.
    Query text = request.text().isEmpty() ? new MatchAllDocsQuery() : Queries.text(request.text(), analyzer);
    return searching.run((searcher, facets) -> {
      List<Query> entities = new ArrayList<>();
      // Entity filters match the cross-article key of any spelling; every entity named must be there.
      request.entities().forEach((type, values) -> values.forEach(name -> entities.add(
          new TermQuery(new Term(Schema.keyField(type), Dimensions.nameKey(name))))));
      DrillDownQuery query = Queries.filtered(text, Queries.ARTICLES, request.filters(), facets,
          searching.facetsConfig(), entities.toArray(Query[]::new));
      int wanted = Paging.wanted(request.offset(), request.limit());
      if (request.sideways() && facets.state() != null
          && (!request.filters().outlets().isEmpty() || !request.filters().agencies().isEmpty())) {
        return sideways(searcher, facets, query, request, wanted);
      }
      FacetsCollectorManager.FacetsResult result = request.byDate()
          ? FacetsCollectorManager.search(searcher, query, wanted, Queries.newestFirst(), new FacetsCollectorManager())
          : FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager());
      ScoreDoc[] page = Paging.page(result.topDocs().scoreDocs, request.offset(), request.limit());
      return new Results<>(Paging.total(result.facetsCollector()), hits(searcher, query, page, request.byDate()),
          request.countStories() ? facets.topStories(result.facetsCollector(), Dimensions.ARTICLES, FACET_VALUES)
              : facets.top(result.facetsCollector(), Dimensions.ARTICLES, FACET_VALUES));
    });
  }

  /**
   * A search whose outlet and agency counts are drill-sideways: each as if its own filter were
   * not there, so that choosing Reuters still shows how many matches AFP has.
   */
  private Results<Hit> sideways(IndexSearcher searcher, FacetState facets, DrillDownQuery query, SearchRequest request,
      int wanted) throws IOException {
    // Drill-sideways scoring must see each segment whole, which a time-limited searcher's interval
    // scoring refuses ("maxDoc must be Integer.MAX_VALUE"): these searches run without the time-out.
    DrillSideways ds = new DrillSideways(new IndexSearcher(searcher.getIndexReader()), searching.facetsConfig(),
        facets.state());
    DrillSideways.DrillSidewaysResult result = ds.search(query, null, null, wanted,
        request.byDate() ? Queries.newestFirst() : null, !request.byDate());
    ScoreDoc[] page = Paging.page(result.hits.scoreDocs, request.offset(), request.limit());
    Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
    for (String dim : Dimensions.ARTICLES) {
      if (facets.indexed(dim)) {
        List<FacetCount> values = FacetState.top(result.facets, dim, FACET_VALUES);
        if (!values.isEmpty()) {
          counts.put(dim, values);
        }
      }
    }
    return new Results<>(Paging.total(result.drillDownFacetsCollector), hits(searcher, query, page, request.byDate()),
        counts);
  }

  private List<Hit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page, boolean byDate) throws IOException {
    if (page.length == 0) {
      return List.of();
    }
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        // Escaped: an article's own markup ("<script>") must never reach a page that shows a snippet.
        .withFormatter(new DefaultPassageFormatter(Hit.OPEN_MARK, Hit.CLOSE_MARK, " … ", true))
        .withMaxNoHighlightPassages(1)
        .build();
    int[] docs = Arrays.stream(page).mapToInt(sd -> sd.doc).toArray();
    String[] snippets = highlighter.highlightFields(new String[] {Schema.BODY}, query, docs, new int[] {1})
        .get(Schema.BODY);
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      float score = byDate ? Float.NaN : page[i].score;
      Article article = Searching.article(searcher, page[i].doc);
      int doc = page[i].doc;
      String snippet = Leads.snippet(snippets[i],
          () -> searcher.storedFields().document(doc, Set.of(Schema.BODY)).get(Schema.BODY), article);
      hits.add(new Hit(article, score, snippet, StoryValues.of(searcher.getIndexReader(), page[i].doc)));
    }
    return hits;
  }

  /** Every value of a facet dimension with how many documents have it, most frequent first. */
  List<FacetCount> values(String dimension) throws IOException {
    return searching.run((searcher, facets) -> {
      if (!facets.indexed(dimension)) {
        return List.of();
      }
      FacetsCollectorManager.FacetsResult all = FacetsCollectorManager.search(searcher, new MatchAllDocsQuery(), 1,
          new FacetsCollectorManager());
      return facets.all(facets.counts(all.facetsCollector()), dimension);
    });
  }

  /** Every value of a flat facet dimension, sorted, without counting, in the latest state of the index. */
  List<String> names(String dimension) throws IOException {
    return searching.run((searcher, facets) -> facets.names(dimension));
  }

  /** Every value of a flat facet dimension as the last search saw them: for suggestions after it. */
  List<String> namesAsSearched(String dimension) throws IOException {
    return searching.currentFacets().names(dimension);
  }

  /** The record of the article with this id, if it is indexed. */
  Optional<Article> get(String id) throws IOException {
    return searching.run((searcher, facets) -> {
      TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
      return top.scoreDocs.length == 0 ? Optional.empty()
          : Optional.of(Searching.article(searcher, top.scoreDocs[0].doc));
    });
  }

  /** The stored body of the article with this id. */
  Optional<String> text(String id) throws IOException {
    return searching.run((searcher, facets) -> {
      TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
      return top.scoreDocs.length == 0 ? Optional.empty() : Optional.ofNullable(
          searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(Schema.BODY)).get(Schema.BODY));
    });
  }

  /** How many articles the index holds, everything written so far counted. */
  long count() throws IOException {
    return searching.runOnLatest((searcher, facets) -> searcher.count(Queries.ARTICLES));
  }

  /** What the index holds: counts per outlet and agency, and the range of publication dates. */
  IndexStats stats() throws IOException {
    return searching.run((searcher, facets) -> {
      long articles = searcher.count(Queries.ARTICLES);
      Facets counts = null;
      if (facets.state() != null) {
        FacetsCollectorManager.FacetsResult all = FacetsCollectorManager.search(searcher, Queries.ARTICLES, 1,
            new FacetsCollectorManager());
        counts = facets.counts(all.facetsCollector());
      }
      long dated = searcher.count(Queries.articlesWith(new FieldExistsQuery(Schema.PUBLISHED_DAY)));
      return new IndexStats(articles, facets.all(counts, Dimensions.OUTLET), facets.all(counts, Dimensions.AGENCY),
          articles - dated, edgeDate(searcher, false), edgeDate(searcher, true));
    });
  }

  private static LocalDate edgeDate(IndexSearcher searcher, boolean latest) throws IOException {
    SortedNumericSortField byDate = new SortedNumericSortField(Schema.PUBLISHED_DAY, SortField.Type.LONG, latest);
    TopDocs top = searcher.search(Queries.articlesWith(new FieldExistsQuery(Schema.PUBLISHED_DAY)), 1, new Sort(byDate));
    return top.scoreDocs.length == 0 ? null : Searching.article(searcher, top.scoreDocs[0].doc).published();
  }

  /** The arithmetic of a page of hits. */
  static final class Paging {
    private Paging() {}

    /**
     * How many top hits to collect for the page at {@code offset}: at least one, as Lucene wants,
     * even for a page of none (a count), which {@link #page} then leaves empty.
     */
    static int wanted(int offset, int limit) {
      if (limit == 0) {
        return 1; // the counts only: Lucene collects one hit at least, none is shown
      }
      return (int) Math.max(1, Math.min(Integer.MAX_VALUE - 1L, (long) offset + limit));
    }

    /** At most {@code limit} of the hits from {@code offset} on. */
    static ScoreDoc[] page(ScoreDoc[] all, int offset, int limit) {
      int from = Math.min(offset, all.length);
      return Arrays.copyOfRange(all, from, (int) Math.min(all.length, (long) from + limit));
    }

    /** How many documents matched in all. */
    static long total(FacetsCollector collector) {
      return collector.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
    }
  }
}
