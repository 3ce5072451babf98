package org.newsfacet.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsfacet.bench.ExtractionBench;
import org.newsfacet.ingest.ArticleReader;
import org.newsfacet.ingest.Item;
import org.newsfacet.ingest.RawArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsfacet bench}: how fast extraction runs on this machine. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure extraction speed on articles held in memory, on one thread: metadata alone "
        + "(the baseline) and the full extraction (entities, quotes and figures as well), in one run, with the ratio between them.")
final class BenchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--rounds", defaultValue = "20", description = "Timed passes over the articles (default ${DEFAULT-VALUE}).")
  int rounds;

  @Parameters(paramLabel = "PATH", arity = "0..*", defaultValue = "testdata/articles",
      description = "Articles to extract (default: ${DEFAULT-VALUE}).")
  List<String> paths;

  @Override
  public Integer call() {
    if (rounds < 1) {
      throw new UsageException("--rounds must be at least 1");
    }
    List<RawArticle> articles = new ArrayList<>();
    try (Stream<Item> items = ArticleReader.read(paths, java.io.InputStream.nullInputStream())) {
      items.forEach(i -> {
        if (i instanceof Item.Loaded l) {
          articles.add(l.article());
        }
      });
    }
    if (articles.isEmpty()) {
      throw new UsageException("no readable articles in " + paths);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<ExtractionBench.Result> results = ExtractionBench.run(articles, rounds, m -> {
      err.print("\r" + m + "   ");
      err.flush();
    });
    err.println();
    out.printf(Locale.ROOT, "%d articles x %d rounds, one thread, %s, Java %s%n%n", articles.size(), rounds,
        Runtime.getRuntime().availableProcessors() + " cores", Runtime.version());
    out.printf(Locale.ROOT, "%-24s %12s %10s %8s%n", "extraction", "articles/s", "MB/s", "ratio");
    double base = results.get(0).megabytesPerSecond();
    for (ExtractionBench.Result r : results) {
      out.printf(Locale.ROOT, "%-24s %12.0f %10.2f %8.2f%n", r.name(), r.articlesPerSecond(), r.megabytesPerSecond(),
          r.megabytesPerSecond() / base);
    }
    return 0;
  }
}
