package org.newsfacet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsfacet.bench.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsfacet generate}: a deterministic corpus of invented articles, syndicated copies and rewrites among them,
 * with their expected records and the truth about their stories.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Write a deterministic corpus of invented articles (JSON Lines, wire-style text, HTML; 1 to 8 KB; "
        + "quotations and figures of every kind) to OUT/articles, and their expected records to OUT/expected, "
        + "for `bench` and for `eval OUT/expected --root OUT`.",
        "About half the articles are the only one of their story; the others are first reports with syndicated "
        + "copies in other outlets (retitled, trimmed, agency credit kept, moved to a byline or dropped) and "
        + "rewrites that quote a few paragraphs, plus independent reports of the same event. "
        + "OUT/expected/stories.jsonl gives each article's id, source, story (its first report's id) and copies "
        + "(the id of the article whose text it carries).",
        "The same --seed and --articles always give the same files."})
final class GenerateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--articles", required = true, paramLabel = "N", description = "How many articles.")
  int articles;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "PATH", description = "Folder to write to (created).")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (articles < 0) {
      throw new UsageException("--articles must not be negative");
    }
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    CorpusGenerator.Report report = CorpusGenerator.withSeed(seed).write(articles, out, m -> {
      Terminal.redraw(err, m + "   ");
      err.flush();
    });
    spec.commandLine().getOut().printf(Locale.ROOT, "Generated %,d articles of %,d stories (%,.1f MB of text) in %s "
        + "and their expected records and stories in %s, in %.1f s%n", report.articles(), report.stories(),
        report.bytes() / 1e6, report.articlesFolder(), report.expectedFolder(), (System.nanoTime() - start) / 1e9);
    return 0;
  }
}
