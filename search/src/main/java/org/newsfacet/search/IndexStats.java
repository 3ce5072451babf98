package org.newsfacet.search;

import java.time.LocalDate;
import java.util.List;

/**
 * What an index holds.
 *
 * @param articles number of articles
 * @param outlets articles per outlet, most first
 * @param agencies articles per agency, most first
 * @param undated articles without a publication date
 * @param earliest earliest publication date, or null
 * @param latest latest publication date, or null
 */
public record IndexStats(
    long articles, List<FacetCount> outlets, List<FacetCount> agencies, long undated, LocalDate earliest, LocalDate latest) {

  /** Copies the lists. */
  public IndexStats {
    outlets = List.copyOf(outlets);
    agencies = List.copyOf(agencies);
  }

  /**
   * How many articles have none of these values: an article has one outlet and one agency at most.
   *
   * @param counts {@link #outlets()} or {@link #agencies()}
   * @return the articles counted in none of them
   */
  public long without(List<FacetCount> counts) {
    return Math.max(0, articles - counts.stream().mapToLong(FacetCount::count).sum());
  }
}
