package org.newsfacet.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsfacet.index.FacetCount;
import org.newsfacet.json.Json;

/** Facet counts as the commands print them: a line per dimension, or a JSON object per dimension. */
final class FacetOutput {
  private FacetOutput() {}

  /** {@code {"type":"facet","dim":"outlet","counts":{...}}} per dimension. */
  static void json(PrintWriter out, Map<String, List<FacetCount>> facets) {
    facets.forEach((dim, counts) -> {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("type", "facet");
      o.put("dim", dim);
      Map<String, Long> values = new LinkedHashMap<>();
      counts.forEach(c -> values.put(c.value(), c.count()));
      o.put("counts", values);
      out.println(Json.write(o));
    });
  }

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
