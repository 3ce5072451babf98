package org.newsfacet.index;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search: the total number of matches, the requested page of hits, and facet
 * counts over all matches.
 *
 * @param total how many articles match
 * @param hits the requested page of hits, best first (or newest first)
 * @param facets for each facet dimension (in {@link Schema#FACETS} order), its most frequent values among the matches
 */
public record SearchResults(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {

  /** Copies the collections. */
  public SearchResults {
    hits = List.copyOf(hits);
    facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
  }

  /** The counts of one dimension, empty when no match has a value for it. */
  public List<FacetCount> facet(String dimension) {
    return facets.getOrDefault(dimension, List.of());
  }
}
