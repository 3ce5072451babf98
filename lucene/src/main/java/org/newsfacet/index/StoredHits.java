package org.newsfacet.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.newsfacet.index.ArticleSearch.Paging;
import org.newsfacet.json.Json;
import org.newsfacet.search.Carrier;
import org.newsfacet.search.Filters;
import org.newsfacet.search.QueryLimits;
import org.newsfacet.search.Results;
import org.newsfacet.search.Syndication;

/**
 * Hits that are stored records of their own, quotations or figures: the matching documents of one
 * type, filtered by name keys, dates and sources, newest first or best first, each read back from
 * its stored JSON record with its article's story, with facet counts. Collapsed (the default), the
 * copies of one quotation or figure in the articles of one story are one hit: the original's,
 * listing every article that carried it.
 *
 * @param <T> the record a hit is read back as
 */
final class StoredHits<T> {
  /**
   * How deep a collapsed page ranks matches at most: four times the deepest page, as copies of one
   * quotation take places of their own before they collapse.
   */
  private static final int MAX_DEPTH = 4 * QueryLimits.MAX_PAGE_END;

  private final Searching searching;
  private final Query type;
  private final String storedField;
  private final Class<T> hitType;
  private final BiFunction<T, Syndication, T> withStory;
  private final BiFunction<T, List<Carrier>, T> withCarriers;

  StoredHits(Searching searching, Query type, String storedField, Class<T> hitType,
      BiFunction<T, Syndication, T> withStory, BiFunction<T, List<Carrier>, T> withCarriers) {
    this.searching = searching;
    this.type = type;
    this.storedField = storedField;
    this.hitType = hitType;
    this.withStory = withStory;
    this.withCarriers = withCarriers;
  }

  /**
   * What a search of stored hits asks: the page, its order, whether copies collapse, and which
   * facets to count, how many values each.
   */
  record Page(int offset, int limit, boolean byRelevance, boolean collapse, List<String> dimensions, int top) {}

  /** The hits matching {@code match} and {@code keys} (null for any), narrowed by {@code filters}. */
  Results<T> find(Query match, Query keys, Filters filters, Page page) throws IOException {
    QueryLimits.checkPage(page.offset(), page.limit());
    return searching.run((searcher, facets) -> {
      DrillDownQuery query = Queries.filtered(match, type, filters, facets, searching.facetsConfig(), keys);
      int wanted = Paging.wanted(page.offset(), page.limit());
      FacetsCollectorManager.FacetsResult result = search(searcher, query, wanted, page.byRelevance());
      FacetsCollector matches = result.facetsCollector();
      List<T> hits = new ArrayList<>();
      long total;
      if (page.collapse()) {
        Collapsing.Entries entries = Collapsing.of(searcher.getIndexReader(), matches);
        total = entries.all().size();
        ScoreDoc[] sorted = result.topDocs().scoreDocs;
        List<Collapsing.Entry> ordered = order(entries, sorted);
        long matched = Paging.total(matches);
        int depth = wanted;
        // Copies took places on the page: rank deeper, a few times at most, never past the cap.
        while (ordered.size() < Math.min(total, (long) page.offset() + page.limit()) && sorted.length < matched
            && depth < MAX_DEPTH) {
          depth = (int) Math.min(Math.min(matched, MAX_DEPTH), (long) depth * 4);
          sorted = search(searcher, query, depth, page.byRelevance()).topDocs().scoreDocs;
          ordered = order(entries, sorted);
        }
        for (Collapsing.Entry e : ordered.subList(Math.min(page.offset(), ordered.size()),
            Math.min(ordered.size(), page.offset() + page.limit()))) {
          hits.add(hit(searcher, e));
        }
      } else {
        total = Paging.total(matches);
        for (ScoreDoc hit : Paging.page(result.topDocs().scoreDocs, page.offset(), page.limit())) {
          hits.add(read(searcher, hit.doc));
        }
      }
      return new Results<>(total, hits, facets.top(matches, page.dimensions(), page.top()));
    });
  }

  /** The hit that stands for a collapsed entry: its original's record, listing every article that carried it. */
  T hit(IndexSearcher searcher, Collapsing.Entry e) throws IOException {
    return withCarriers.apply(read(searcher, e.original().doc()), e.carriers());
  }

  /** The stored record of one matching document, with its article's story. */
  T read(IndexSearcher searcher, int doc) throws IOException {
    String json = searcher.storedFields().document(doc, Set.of(storedField)).get(storedField);
    T hit = Json.mapper().readValue(json, hitType);
    Syndication s = StoryValues.of(searcher.getIndexReader(), doc);
    return s == null ? hit : withStory.apply(hit, s);
  }

  private static FacetsCollectorManager.FacetsResult search(IndexSearcher searcher, Query query, int wanted,
      boolean byRelevance) throws IOException {
    return byRelevance ? FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager())
        : FacetsCollectorManager.search(searcher, query, wanted, Queries.newestFirst(), new FacetsCollectorManager());
  }

  /** The entries in the order of their first document among {@code sorted}. */
  private static List<Collapsing.Entry> order(Collapsing.Entries entries, ScoreDoc[] sorted) {
    // Entries are told apart by identity: each is made once, and comparing their lists would cost.
    Set<Collapsing.Entry> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Collapsing.Entry> out = new ArrayList<>();
    for (ScoreDoc d : sorted) {
      Collapsing.Entry e = entries.byDoc().get(d.doc);
      if (e != null && seen.add(e)) {
        out.add(e);
      }
    }
    return out;
  }
}
