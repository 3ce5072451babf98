package org.newsfacet.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsfacet.search.FacetCount;

/** Facet counts as the commands print them for a reader: a line per dimension. */
final class FacetOutput {
  private FacetOutput() {}

  /** "outlet:   AFP (1), Reuters (1)" per dimension, after a blank line; nothing when there are none. */
  static void text(PrintWriter out, Map<String, List<FacetCount>> facets) {
    if (facets.isEmpty()) {
      return;
    }
    out.println();
    facets.forEach((dim, counts) -> out.printf(Locale.ROOT, "%-9s %s%n", dim + ":",
        counts.stream().map(c -> Terminal.field(c.value()) + " (" + c.count() + ")").collect(Collectors.joining(", "))));
  }
}
