package org.newsfacet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsfacet.json.Json;
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

  @Override
  public Integer call() throws IOException {
    IndexStats stats;
    try (NewsSearch news = engine.openReadOnly(index)) {
      stats = news.stats();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("articles", stats.articles());
      o.put("outlets", counts(stats.outlets()));
      o.put("agencies", counts(stats.agencies()));
      o.put("undated", stats.undated());
      o.put("earliest", stats.earliest() == null ? null : stats.earliest().toString());
      o.put("latest", stats.latest() == null ? null : stats.latest().toString());
      out.println(Json.write(o));
      return 0;
    }
    out.printf(Locale.ROOT, "Index     %s%n", Terminal.field(engine.where(index)));
    out.printf(Locale.ROOT, "Articles  %,d%n", stats.articles());
    out.printf(Locale.ROOT, "Dates     %s to %s (%,d undated)%n",
        stats.earliest() == null ? "-" : stats.earliest(), stats.latest() == null ? "-" : stats.latest(), stats.undated());
    out.printf(Locale.ROOT, "Outlets   %d: %s%n", stats.outlets().size(), join(stats.outlets()));
    out.printf(Locale.ROOT, "Agencies  %d: %s%n", stats.agencies().size(), join(stats.agencies()));
    return 0;
  }

  private static Map<String, Long> counts(List<FacetCount> counts) {
    Map<String, Long> m = new LinkedHashMap<>();
    counts.forEach(c -> m.put(c.value(), c.count()));
    return m;
  }

  private static String join(List<FacetCount> counts) {
    return counts.isEmpty() ? "-" : counts.stream().map(c -> Terminal.field(c.value()) + " (" + c.count() + ")").collect(Collectors.joining(", "));
  }
}
