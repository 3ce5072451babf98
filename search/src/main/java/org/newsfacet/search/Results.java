package org.newsfacet.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a search: how many match, the requested page of hits, and facet counts over all
 * matches. The hits are articles ({@link Hit}), quotations ({@link QuoteHit}) or figures ({@link FigureHit}).
 *
 * @param total how many match (for quotations and figures collapsed by story,
 *     the entries; the facet counts count documents)
 * @param hits the requested page, best first or newest first
 * @param facets for each facet dimension, in the order the search counts them, its most frequent values
 * @param suggestions when nothing matched, known names near the ones the request gave: a search for
 *     quotations by "Halvorsn" that finds none suggests "Halvorsen" (see {@link Suggestions})
 * @param <T> the kind of hit
 */
public record Results<T>(long total, List<T> hits, Map<String, List<FacetCount>> facets, List<String> suggestions) {

  /** Copies the collections. */
  public Results {
    hits = List.copyOf(hits);
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    suggestions = List.copyOf(suggestions);
  }

  /**
   * Results without suggestions.
   *
   * @param total how many match
   * @param hits the requested page
   * @param facets for each facet dimension, its most frequent values
   */
  public Results(long total, List<T> hits, Map<String, List<FacetCount>> facets) {
    this(total, hits, facets, List.of());
  }

  /** These results with these suggestions. */
  Results<T> suggest(List<String> names) {
    return new Results<>(total, hits, facets, names);
  }

  /**
   * The counts of one dimension, empty when no match has a value for it.
   *
   * @param dimension one of the names in {@link Dimensions}
   * @return the values with their counts, most frequent first
   */
  public List<FacetCount> facet(String dimension) {
    return facets.getOrDefault(dimension, List.of());
  }
}
