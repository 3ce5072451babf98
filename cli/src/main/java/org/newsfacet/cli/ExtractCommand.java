package org.newsfacet.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsfacet.extract.Extraction;
import org.newsfacet.extract.Extractor;
import org.newsfacet.ingest.ArticleReader;
import org.newsfacet.ingest.Item;
import org.newsfacet.json.Json;
import org.newsfacet.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsfacet extract}: prints what Newsfacet extracts from articles, without indexing them. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract articles' metadata and print it: a readable summary, or with --json the "
        + "extraction record of each article, one JSON object per line, in input order.")
final class ExtractCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Option(names = "--json", description = "Print extraction records as JSON Lines.")
  boolean json;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Files or directories of articles (.txt, .jsonl, .html, .htm); - reads standard input.")
  List<String> paths;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Messages messages = new Messages(spec.commandLine().getErr());
    Encodings encodings = new Encodings();
    try (Stream<Item> items = ArticleReader.read(paths, main.stdin).peek(encodings::note)) {
      items.forEach(item -> {
        switch (item) {
          case Item.Loaded loaded -> {
            loaded.warnings().forEach(w -> messages.warning(loaded.source(), w));
            Article article;
            try {
              Extraction extraction = Extractor.standard().extract(loaded.article());
              extraction.faults().forEach(f -> messages.warning(loaded.source(), f));
              article = extraction.article();
            } catch (RuntimeException e) {
              // One article that breaks extraction must not stop the others.
              messages.skipped(new Item.Skipped(loaded.source(), "extraction failed: " + e));
              return;
            }
            out.println(json ? Json.write(article) : Summary.of(article));
          }
          case Item.Skipped skipped -> messages.skipped(skipped);
        }
        out.flush();
      });
    }
    if (encodings.summary() != null) {
      spec.commandLine().getErr().println("newsfacet: " + encodings.summary()); // standard output holds the records only
    }
    return messages.skippedAny() ? Main.SKIPPED : 0;
  }
}
