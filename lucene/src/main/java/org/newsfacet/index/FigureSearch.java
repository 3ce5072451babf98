package org.newsfacet.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.newsfacet.search.Dimensions;
import org.newsfacet.search.FacetCount;
import org.newsfacet.search.FigureGroup;
import org.newsfacet.search.FigureHit;
import org.newsfacet.search.FigureRequest;
import org.newsfacet.search.Results;

/**
 * Searches of figures: of a category, claimed by someone in any spelling, within a range of values,
 * from given sources and dates, newest first; and the comparison of what each source reported.
 */
final class FigureSearch {
  /** The most groups a comparison shows (the figures without a key come on top of these). */
  private static final int MAX_GROUPS = 20;

  private final StoredHits<FigureHit> hits;
  private final Analyzer analyzer = Schema.analyzer();

  FigureSearch(Searching searching) {
    this.hits = new StoredHits<>(searching, Queries.FIGURES, Schema.FIGURE_RECORD, FigureHit.class);
  }

  /** The requested page of figures, with counts by category, claimant, outlet, agency and date. */
  Results<FigureHit> figures(FigureRequest request) throws IOException {
    return figures(request, null, ArticleSearch.FACET_VALUES, Dimensions.FIGURES);
  }

  /** The figures, narrowed by {@code extra} when not null, counted in {@code dimensions}, {@code top} values each. */
  private Results<FigureHit> figures(FigureRequest request, Query extra, int top, List<String> dimensions)
      throws IOException {
    Query words = request.words().isEmpty() ? new MatchAllDocsQuery()
        : Queries.text(request.words(), Schema.FIGURE_TEXT, analyzer);
    BooleanQuery.Builder match = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
    if (request.category() != null) {
      match.add(new TermQuery(new Term(Dimensions.CATEGORY, request.category().label())), BooleanClause.Occur.FILTER);
    }
    if (request.min() != null) {
      match.add(DoublePoint.newRangeQuery(Schema.HIGH, request.min(), Double.POSITIVE_INFINITY), BooleanClause.Occur.FILTER);
    }
    if (request.max() != null) {
      match.add(DoublePoint.newRangeQuery(Schema.LOW, Double.NEGATIVE_INFINITY, request.max()), BooleanClause.Occur.FILTER);
    }
    if (extra != null) {
      match.add(extra, BooleanClause.Occur.FILTER);
    }
    return hits.find(match.build(), Queries.anyKey(Schema.CLAIMANT_KEY, request.claimants()), request.filters(),
        new StoredHits.Page(request.offset(), request.limit(), false, dimensions, top));
  }

  /** The figures alone, without facet counts. */
  private Results<FigureHit> uncounted(FigureRequest request, Query extra) throws IOException {
    return figures(request, extra, 0, List.of());
  }

  /**
   * The comparison view: the matching figures grouped by outlet, agency or claimant, groups with
   * the most figures first and the figures without one last, so that a reader sees at a glance
   * that one outlet carried a higher figure than the others. At most twenty groups, the largest;
   * the request's limit caps how many figures each lists, newest first. By date, the groups are
   * days, newest first, and the limit caps the figures read.
   */
  List<FigureGroup> compare(FigureRequest request, FigureGroup.GroupBy by) throws IOException {
    if (by == FigureGroup.GroupBy.DATE) {
      return byDay(request);
    }
    String dim = switch (by) {
      case OUTLET -> Dimensions.OUTLET;
      case AGENCY -> Dimensions.AGENCY;
      case CLAIMANT -> Dimensions.CLAIMANT;
      case DATE -> throw new IllegalStateException();
    };
    // The groups come from the facet counts of all matches; each group then reads its newest figures
    // only, so that comparing stays fast however many figures an index holds.
    List<FacetCount> keys = figures(request.limit(0), null, MAX_GROUPS, List.of(dim)).facet(dim);
    List<FigureGroup> out = new ArrayList<>();
    for (FacetCount key : keys) {
      out.add(new FigureGroup(by, key.value(), uncounted(request.offset(0), Queries.dimensionIs(dim, key.value())).hits(),
          key.count()));
    }
    Query none = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
        .add(Queries.dimensionIs(dim), BooleanClause.Occur.MUST_NOT).build();
    Results<FigureHit> without = uncounted(request.offset(0), none);
    if (without.total() > 0) {
      out.add(new FigureGroup(by, null, without.hits(), without.total()));
    }
    return out;
  }

  /** The figures grouped by publication day, newest day first; the request's limit caps how many are read. */
  private List<FigureGroup> byDay(FigureRequest request) throws IOException {
    Map<String, List<FigureHit>> groups = new LinkedHashMap<>();
    List<FigureHit> none = new ArrayList<>();
    for (FigureHit hit : uncounted(request, null).hits()) {
      if (hit.published() == null) {
        none.add(hit);
      } else {
        groups.computeIfAbsent(hit.published().toString(), k -> new ArrayList<>()).add(hit);
      }
    }
    List<FigureGroup> out = new ArrayList<>();
    groups.forEach((day, hits) -> out.add(new FigureGroup(FigureGroup.GroupBy.DATE, day, hits, hits.size())));
    if (!none.isEmpty()) {
      out.add(new FigureGroup(FigureGroup.GroupBy.DATE, null, none, none.size()));
    }
    return out;
  }
}
