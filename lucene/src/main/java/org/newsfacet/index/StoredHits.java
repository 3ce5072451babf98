package org.newsfacet.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.newsfacet.index.ArticleSearch.Paging;
import org.newsfacet.json.Json;
import org.newsfacet.search.Filters;
import org.newsfacet.search.QueryLimits;
import org.newsfacet.search.Results;

/**
 * Hits that are stored records of their own, quotations or figures: the matching documents of one
 * type, filtered by name keys, dates and sources, newest first or best first, each read back from
 * its stored JSON record, with facet counts.
 *
 * @param <T> the record a hit is read back as
 */
final class StoredHits<T> {
  private final Searching searching;
  private final Query type;
  private final String storedField;
  private final Class<T> hitType;

  StoredHits(Searching searching, Query type, String storedField, Class<T> hitType) {
    this.searching = searching;
    this.type = type;
    this.storedField = storedField;
    this.hitType = hitType;
  }

  /** What a search of stored hits asks: the page, its order, and which facets to count, how many values each. */
  record Page(int offset, int limit, boolean byRelevance, List<String> dimensions, int top) {}

  /** The hits matching {@code match} and {@code keys} (null for any), narrowed by {@code filters}. */
  Results<T> find(Query match, Query keys, Filters filters, Page page) throws IOException {
    QueryLimits.checkPage(page.offset(), page.limit());
    return searching.run((searcher, facets) -> {
      DrillDownQuery query = Queries.filtered(match, type, filters, facets, searching.facetsConfig(), keys);
      int wanted = Paging.wanted(page.offset(), page.limit());
      FacetsCollectorManager.FacetsResult result = page.byRelevance()
          ? FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager())
          : FacetsCollectorManager.search(searcher, query, wanted, Queries.newestFirst(), new FacetsCollectorManager());
      List<T> hits = new ArrayList<>();
      for (ScoreDoc hit : Paging.page(result.topDocs().scoreDocs, page.offset())) {
        String json = searcher.storedFields().document(hit.doc, Set.of(storedField)).get(storedField);
        hits.add(Json.mapper().readValue(json, hitType));
      }
      return new Results<>(Paging.total(result.facetsCollector()), hits,
          facets.top(result.facetsCollector(), page.dimensions(), page.top()));
    });
  }
}
