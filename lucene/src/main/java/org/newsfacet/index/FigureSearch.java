package org.newsfacet.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.newsfacet.search.Dimensions;
import org.newsfacet.search.FacetCount;
import org.newsfacet.search.FigureGroup;
import org.newsfacet.search.FigureHit;
import org.newsfacet.search.FigureRequest;
import org.newsfacet.search.Filters;
import org.newsfacet.search.QueryLimits;
import org.newsfacet.search.Results;

/**
 * Searches of figures: of a category, claimed by someone in any spelling, within a range of values,
 * from given sources and dates, newest first; and the comparison of what each source reported.
 */
final class FigureSearch {
  /** The most groups a comparison shows (the figures without a key come on top of these). */
  private static final int MAX_GROUPS = 20;

  private final Searching searching;
  private final StoredHits<FigureHit> hits;
  private final Analyzer analyzer = Schema.analyzer();

  FigureSearch(Searching searching) {
    this.searching = searching;
    this.hits = new StoredHits<>(searching, Queries.FIGURES, Schema.FIGURE_RECORD, FigureHit.class, FigureHit::with,
        FigureHit::carriedBy);
  }

  /** The requested page of figures, with counts by category, claimant, outlet, agency and date. */
  Results<FigureHit> figures(FigureRequest request) throws IOException {
    return figures(request, null, ArticleSearch.FACET_VALUES, Dimensions.FIGURES);
  }

  /** The figures, narrowed by {@code extra} when not null, counted in {@code dimensions}, {@code top} values each. */
  private Results<FigureHit> figures(FigureRequest request, Query extra, int top, List<String> dimensions)
      throws IOException {
    return hits.find(match(request, extra), Queries.anyKey(Schema.CLAIMANT_KEY, request.claimants()), request.filters(),
        new StoredHits.Page(request.offset(), request.limit(), false, !request.copies(), dimensions, top));
  }

  /** What a figure must match: words, category, values, and {@code extra} when not null. */
  private Query match(FigureRequest request, Query extra) {
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
    return match.build();
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
   * days, newest first, and the limit caps the figures read. By month or week, the groups are the
   * twenty newest months or weeks, each with its newest figures and its total, the undated last.
   */
  List<FigureGroup> compare(FigureRequest request, FigureGroup.GroupBy by) throws IOException {
    if (!request.copies() || by == FigureGroup.GroupBy.STORY) {
      return collapsed(request, by);
    }
    if (by == FigureGroup.GroupBy.DATE) {
      return byDay(request);
    }
    if (FigureGroup.byTime(by)) {
      return byMonthOrWeek(request, by);
    }
    String dim = switch (by) {
      case OUTLET -> Dimensions.OUTLET;
      case AGENCY -> Dimensions.AGENCY;
      case CLAIMANT -> Dimensions.CLAIMANT;
      case DATE, MONTH, WEEK, STORY -> throw new IllegalStateException();
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

  /**
   * The comparison with each story's copies of a figure collapsed into one entry, filed under its
   * original's outlet, agency, claimant, day or story, and each entry counting the independent
   * sources of its value: the stories, not the articles, that report it. Reads doc values of every
   * match and stored records of the entries shown only.
   */
  private List<FigureGroup> collapsed(FigureRequest request, FigureGroup.GroupBy by) throws IOException {
    QueryLimits.checkPage(request.offset(), request.limit());
    return searching.run((searcher, facets) -> {
      Query query = Queries.filtered(match(request, null), Queries.FIGURES, request.filters(), facets,
          searching.facetsConfig(), Queries.anyKey(Schema.CLAIMANT_KEY, request.claimants()));
      FacetsCollector all = FacetsCollectorManager.search(searcher, query, 1, new FacetsCollectorManager())
          .facetsCollector();
      Collapsing.Entries entries = Collapsing.of(searcher.getIndexReader(), all);
      // The independent sources of a value: the stories that report it, however many entries each has.
      Map<Long, Long> sources = entries.all().stream().collect(Collectors.groupingBy(Collapsing.Entry::key,
          Collectors.mapping(Collapsing.Entry::story, Collectors.collectingAndThen(Collectors.toSet(), x -> (long) x.size()))));
      Map<String, List<Collapsing.Entry>> groups = new HashMap<>();
      List<Collapsing.Entry> none = new ArrayList<>();
      // By day, as without collapsing, the request's limit caps the figures read, newest first.
      List<Collapsing.Entry> filed = by == FigureGroup.GroupBy.DATE
          ? entries.all().stream().sorted(NEWEST_FIRST).limit(request.limit()).toList() : entries.all();
      for (Collapsing.Entry e : filed) {
        String key = groupKey(e, by);
        if (key == null) {
          none.add(e);
        } else {
          groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
      }
      Comparator<Map.Entry<String, List<Collapsing.Entry>>> order = FigureGroup.byTime(by)
          ? Map.Entry.<String, List<Collapsing.Entry>>comparingByKey().reversed()
          : Comparator.<Map.Entry<String, List<Collapsing.Entry>>>comparingInt(g -> -g.getValue().size())
              .thenComparing(Map.Entry.comparingByKey());
      List<FigureGroup> out = new ArrayList<>();
      for (Map.Entry<String, List<Collapsing.Entry>> g : groups.entrySet().stream().sorted(order)
          .limit(by == FigureGroup.GroupBy.DATE ? Integer.MAX_VALUE : MAX_GROUPS).toList()) {
        out.add(group(searcher, by, g.getKey(), g.getValue(), sources, request.limit()));
      }
      if (!none.isEmpty()) {
        out.add(group(searcher, by, null, none, sources, request.limit()));
      }
      return out;
    });
  }

  private FigureGroup group(IndexSearcher searcher, FigureGroup.GroupBy by, String key, List<Collapsing.Entry> entries,
      Map<Long, Long> sources, int limit) throws IOException {
    List<FigureHit> figures = new ArrayList<>();
    for (Collapsing.Entry e : entries.stream().sorted(NEWEST_FIRST).limit(limit).toList()) {
      figures.add(hits.hit(searcher, e).independentSources(sources.get(e.key()).intValue()));
    }
    return new FigureGroup(by, key, figures, entries.size());
  }

  /** Entries newest first (by their original's date), undated last; the same date in document order. */
  private static final Comparator<Collapsing.Entry> NEWEST_FIRST = Comparator
      .comparing((Collapsing.Entry e) -> e.original().published(), Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparingInt(e -> e.original().doc());

  /** What an entry is filed under: its original's outlet, agency, claimant, day, month or week, or its story. */
  private static String groupKey(Collapsing.Entry e, FigureGroup.GroupBy by) {
    Collapsing.Match m = e.original();
    return switch (by) {
      case OUTLET -> m.outlet();
      case AGENCY -> m.agency() != null ? m.agency() : m.syndication().inferredAgency();
      case CLAIMANT -> m.name();
      case DATE, MONTH, WEEK -> m.published() == null ? null : FigureGroup.timeKey(by, m.published());
      case STORY -> e.story();
    };
  }

  /**
   * The figures grouped by month or week, newest first, at most {@link #MAX_GROUPS}: the periods
   * come from the publication days of every match (doc values, no stored record), then each reads
   * its newest figures, the request's limit of them, and its total with its days as a date filter.
   */
  private List<FigureGroup> byMonthOrWeek(FigureRequest request, FigureGroup.GroupBy by) throws IOException {
    QueryLimits.checkPage(0, request.limit());
    Map<String, LocalDate> periods = new TreeMap<>(Comparator.reverseOrder()); // each key to a day in it
    boolean undated = searching.run((searcher, facets) -> {
      Query query = Queries.filtered(match(request, null), Queries.FIGURES, request.filters(), facets,
          searching.facetsConfig(), Queries.anyKey(Schema.CLAIMANT_KEY, request.claimants()));
      FacetsCollector all = FacetsCollectorManager.search(searcher, query, 1, new FacetsCollectorManager())
          .facetsCollector();
      boolean none = false;
      for (FacetsCollector.MatchingDocs m : all.getMatchingDocs()) {
        if (m.bits() == null) {
          continue;
        }
        SortedNumericDocValues day = m.context().reader().getSortedNumericDocValues(Schema.PUBLISHED_DAY);
        DocIdSetIterator docs = m.bits().iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if (day != null && day.advanceExact(doc)) {
            LocalDate d = LocalDate.ofEpochDay(day.nextValue());
            periods.putIfAbsent(FigureGroup.timeKey(by, d), d);
          } else {
            none = true;
          }
        }
      }
      return none;
    });
    List<FigureGroup> out = new ArrayList<>();
    for (LocalDate day : periods.values().stream().limit(MAX_GROUPS).toList()) {
      LocalDate start = FigureGroup.timeStart(by, day);
      LocalDate end = FigureGroup.timeEnd(by, day);
      Filters f = request.filters();
      Results<FigureHit> in = uncounted(request.offset(0).from(f.from() != null && f.from().isAfter(start) ? f.from()
          : start).to(f.to() != null && f.to().isBefore(end) ? f.to() : end), null);
      out.add(new FigureGroup(by, FigureGroup.timeKey(by, day), in.hits(), in.total()));
    }
    if (undated) {
      Query none = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
          .add(new FieldExistsQuery(Schema.PUBLISHED_DAY), BooleanClause.Occur.MUST_NOT).build();
      Results<FigureHit> without = uncounted(request.offset(0), none);
      out.add(new FigureGroup(by, null, without.hits(), without.total()));
    }
    return out;
  }

  /** The figures grouped by publication day, newest day first; the request's limit caps how many are read. */
  private List<FigureGroup> byDay(FigureRequest request) throws IOException {
    return FigureGroup.byDay(uncounted(request, null).hits());
  }

}
