package org.newsfacet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsfacet.json.Json;
import org.newsfacet.query.AnswerJson;
import org.newsfacet.search.FacetCount;
import org.newsfacet.search.IndexStats;
import org.newsfacet.search.NewsSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsfacet stats}: what the index holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Show what the index holds: articles, outlets, agencies and the range of publication dates.")
final class StatsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  IndexOption index;

  @Mixin
  EngineOption engine;

  @Option(names = "--json", description = "Print the statistics as one JSON object.")
  boolean json;

  @Option(names = "--all", description = "List every outlet and agency, not the ten with the most articles.")
  boolean all;

  /** Outlets and agencies listed without --all. */
  private static final int SHOWN = 10;

  @Override
  public Integer call() throws IOException {
    IndexStats stats;
    try (NewsSearch news = engine.openReadOnly(index)) {
      stats = news.stats();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(AnswerJson.stats(stats)));
      return 0;
    }
    out.printf(Locale.ROOT, "Index     %s%n", Terminal.field(engine.where(index)));
    out.printf(Locale.ROOT, "Articles  %,d%n", stats.articles());
    out.printf(Locale.ROOT, "Dates     %s to %s (%,d undated)%n",
        stats.earliest() == null ? "-" : stats.earliest(), stats.latest() == null ? "-" : stats.latest(), stats.undated());
    list(out, "Outlets", "outlet", stats.outlets(), stats.without(stats.outlets()));
    list(out, "Agencies", "agency", stats.agencies(), stats.without(stats.agencies()));
    return 0;
  }

  /** One value a line, most articles first; the first ten unless --all, then how many more. */
  private void list(PrintWriter out, String title, String what, List<FacetCount> counts, long none) {
    out.printf(Locale.ROOT, "%-9s %,d, and %,d articles with no %s%n", title, counts.size(), none, what);
    List<FacetCount> shown = all ? counts : counts.stream().limit(SHOWN).toList();
    int width = String.format(Locale.ROOT, "%,d", shown.isEmpty() ? 0 : shown.get(0).count()).length();
    for (FacetCount c : shown) {
      out.printf(Locale.ROOT, "  %," + width + "d  %s%n", c.count(), Terminal.field(c.value()));
    }
    if (shown.size() < counts.size()) {
      long rest = counts.subList(shown.size(), counts.size()).stream().mapToLong(FacetCount::count).sum();
      out.printf(Locale.ROOT, "  and %,d more with %,d articles (--all lists them)%n", counts.size() - shown.size(), rest);
    }
  }
}
