package org.newsfacet.cli;

import java.util.List;
import java.util.Map;
import org.newsfacet.model.Article;
import org.newsfacet.model.EntityType;
import org.newsfacet.model.Figure;
import org.newsfacet.model.Quote;
import org.newsfacet.model.QuoteKind;

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
    for (EntityType type : EntityType.values()) {
      List<String> names = a.entities().stream().filter(e -> e.type() == type)
          .map(e -> e.mentions() > 1 ? e.name() + " (" + e.mentions() + ")" : e.name()).toList();
      line(b, LABELS.get(type), names.isEmpty() ? null : String.join(", ", names));
    }
    b.append("  ").append(count(a.quotes().size(), "quotation")).append('\n');
    for (Quote q : a.quotes()) {
      b.append("    ").append(q.speaker() == null ? "(no speaker)" : Terminal.field(q.speaker())).append(": ")
          .append(q.kind() == QuoteKind.DIRECT ? "\u201c" + Terminal.field(q.text()) + "\u201d" : Terminal.field(q.text()))
          .append('\n');
    }
    b.append("  ").append(count(a.figures().size(), "figure")).append('\n');
    for (Figure f : a.figures()) {
      b.append("    ").append(Terminal.field(f.text())).append(" | ").append(f.category().label())
          .append(" | ").append(f.claimant() == null ? "no claimant" : Terminal.field(f.claimant())).append('\n');
    }
    return b.toString();
  }

  /** The label of each entity type's line. */
  private static final Map<EntityType, String> LABELS = Map.of(EntityType.PERSON, "people",
      EntityType.ORGANIZATION, "orgs", EntityType.LOCATION, "places"); // not words: line labels

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  private static void line(StringBuilder b, String label, Object value) {
    b.append("  ").append(String.format(java.util.Locale.ROOT, "%-10s", label))
        .append(value == null ? "-" : Terminal.field(value)).append('\n');
  }
}
