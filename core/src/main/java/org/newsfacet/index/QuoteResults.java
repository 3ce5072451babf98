package org.newsfacet.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a quotation search.
 *
 * @param total how many quotations match
 * @param hits the requested page, newest first (or best first when words were searched)
 * @param facets for each dimension (speaker, outlet, agency, published), its most frequent values
 */
public record QuoteResults(long total, List<QuoteHit> hits, Map<String, List<FacetCount>> facets) {

  /** Copies the collections. */
  public QuoteResults {
    hits = List.copyOf(hits);
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }

  /** The counts of one dimension, empty when no match has a value for it. */
  public List<FacetCount> facet(String dimension) {
    return facets.getOrDefault(dimension, List.of());
  }
}
