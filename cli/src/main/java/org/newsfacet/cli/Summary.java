package org.newsfacet.cli;

import org.newsfacet.model.Article;

/** The readable form of an extraction record. */
final class Summary {
  private Summary() {}

  static String of(Article a) {
    StringBuilder b = new StringBuilder();
    b.append(Terminal.field(a.source())).append('\n');
    line(b, "title", a.title());
    line(b, "published", a.published());
    line(b, "outlet", a.outlet());
    line(b, "agency", a.agency());
    line(b, "dateline", a.dateline());
    line(b, "url", a.url());
    line(b, "authors", a.authors().isEmpty() ? null : String.join(", ", a.authors()));
    line(b, "id", a.id());
    return b.toString();
  }

  private static void line(StringBuilder b, String label, Object value) {
    b.append("  ").append(String.format(java.util.Locale.ROOT, "%-10s", label))
        .append(value == null ? "-" : Terminal.field(value)).append('\n');
  }
}
