package org.newsfacet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.newsfacet.index.FigureGroup;
import org.newsfacet.index.FigureHit;
import org.newsfacet.index.FigureRequest;
import org.newsfacet.index.Results;
import org.newsfacet.index.NewsIndex;
import org.newsfacet.json.Json;
import org.newsfacet.model.Figure;
import org.newsfacet.model.FigureCategory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsfacet figures}: which numbers each source reported, and on whose word. */
@Command(name = "figures", mixinStandardHelpOptions = true,
    description = "List the figures the articles report: of a category, by claimant, outlet, agency and date; "
        + "with --by, grouped by outlet, agency or claimant to compare what each source carried.")
final class FiguresCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  IndexOption index;

  @Mixin
  SourceFilters filters;

  @Option(names = "--category", paramLabel = "NAME",
      description = "Only figures of this category: troops, casualties, people, money, percent, weapons, other.")
  String category;

  @Option(names = "--by", paramLabel = "outlet|agency|claimant", description = "Group the figures to compare sources.")
  String by;

  @Option(names = "--claimant", paramLabel = "NAME", description = "Only figures claimed by this source (repeatable).")
  List<String> claimants = List.of();

  @Option(names = "--min", description = "Only figures reaching at least this value.")
  Double min;

  @Option(names = "--max", description = "Only figures starting at most at this value.")
  Double max;

  @Option(names = "--limit", defaultValue = "200", description = "Figures to show or group (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print one JSON object per figure, per group and per facet dimension.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    filters.check();
    if (limit < 0) {
      throw new UsageException("--limit must not be negative");
    }
    FigureRequest request = FigureRequest.all().category(category(category)).from(filters.from).to(filters.to).limit(limit);
    for (String c : claimants) {
      request = request.claimant(c);
    }
    for (String o : filters.outlets) {
      request = request.outlet(o);
    }
    for (String a : filters.agencies) {
      request = request.agency(a);
    }
    if (min != null) {
      request = request.atLeast(min);
    }
    if (max != null) {
      request = request.atMost(max);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (NewsIndex news = NewsIndex.openReadOnly(index.existing())) {
      if (by != null) {
        printGroups(out, news.compare(request, groupBy(by)));
      } else {
        Results<FigureHit> results = news.figures(request);
        printList(out, results);
      }
    }
    return 0;
  }

  private static FigureCategory category(String name) {
    if (name == null) {
      return null;
    }
    try {
      return FigureCategory.of(name);
    } catch (IllegalArgumentException e) {
      throw new UsageException("no category '" + name + "'; the categories are troops, casualties, people, money, "
          + "percent, weapons, other");
    }
  }

  private static FigureGroup.GroupBy groupBy(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "outlet", "source" -> FigureGroup.GroupBy.OUTLET;
      case "agency" -> FigureGroup.GroupBy.AGENCY;
      case "claimant" -> FigureGroup.GroupBy.CLAIMANT;
      default -> throw new UsageException("--by takes outlet, agency or claimant, not '" + name + "'");
    };
  }

  private void printGroups(PrintWriter out, List<FigureGroup> groups) {
    String what = category == null ? "Figures" : category.toLowerCase(Locale.ROOT) + " figures";
    for (FigureGroup g : groups) {
      if (json) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "group");
        o.put("by", g.by().name().toLowerCase(Locale.ROOT));
        o.put("key", g.key());
        List<Map<String, Object>> figures = new ArrayList<>();
        g.figures().forEach(h -> figures.add(figureJson(h)));
        o.put("figures", figures);
        out.println(Json.write(o));
        continue;
      }
      out.printf(Locale.ROOT, "%s%n", g.key() == null ? "(no " + g.by().name().toLowerCase(Locale.ROOT) + ")" : g.key());
      for (FigureHit h : g.figures()) {
        out.println("  " + line(h));
      }
    }
    if (!json && groups.isEmpty()) {
      out.println("No " + what + ".");
    }
  }

  private void printList(PrintWriter out, Results<FigureHit> results) {
    if (json) {
      results.hits().forEach(h -> out.println(Json.write(figureJson(h))));
      FacetOutput.json(out, results.facets());
      return;
    }
    out.printf(Locale.ROOT, "%,d figure%s%n", results.total(), results.total() == 1 ? "" : "s");
    results.hits().forEach(h -> out.println("  " + line(h)));
    FacetOutput.text(out, results.facets());
  }

  private static String line(FigureHit h) {
    Figure f = h.figure();
    String value = f.low() == f.high() ? number(f.low()) : number(f.low()) + "-" + number(f.high());
    return String.format(Locale.ROOT, "%-14s %-9s %s | %s | %s, %s", value, f.category().label(),
        f.text().replaceAll("\\s+", " "), Objects.requireNonNullElse(f.claimant(), "stated by the article"),
        Objects.requireNonNullElse(h.outlet(), "unknown outlet"), Objects.requireNonNullElse(h.published(), "undated"));
  }

  private static String number(double d) {
    return d == Math.rint(d) ? String.format(Locale.ROOT, "%,d", (long) d) : String.format(Locale.ROOT, "%,.2f", d);
  }

  /** A figure as the query output format has it. */
  static Map<String, Object> figureJson(FigureHit h) {
    Figure f = h.figure();
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("type", "figure");
    o.put("text", f.text());
    o.put("low", f.low());
    o.put("high", f.high());
    o.put("category", f.category().label());
    o.put("claimant", f.claimant());
    o.put("articleId", h.articleId());
    o.put("outlet", h.outlet());
    o.put("agency", h.agency());
    o.put("published", h.published() == null ? null : h.published().toString());
    return o;
  }
}
