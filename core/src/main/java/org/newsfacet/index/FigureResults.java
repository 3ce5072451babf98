package org.newsfacet.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a figure search.
 *
 * @param total how many figures match
 * @param hits the requested page, newest first
 * @param facets for each dimension (category, claimant, outlet, agency, published), its most frequent values
 */
public record FigureResults(long total, List<FigureHit> hits, Map<String, List<FacetCount>> facets) {

  /** Copies the collections. */
  public FigureResults {
    hits = List.copyOf(hits);
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }

  /** The counts of one dimension, empty when no match has a value for it. */
  public List<FacetCount> facet(String dimension) {
    return facets.getOrDefault(dimension, List.of());
  }
}
