package org.newsfacet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.newsfacet.Newsfacet;
import org.newsfacet.extract.Extractor;
import org.newsfacet.index.IndexReport;
import org.newsfacet.index.IndexSettings;
import org.newsfacet.index.NewsIndex;
import org.newsfacet.ingest.ArticleReader;
import org.newsfacet.ingest.Item;
import org.newsfacet.opensearch.ClusterIndex;
import org.newsfacet.opensearch.ClusterWriter;
import org.newsfacet.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsfacet index}: extracts articles and adds them to the index. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Extract articles and add them to the index. An article already indexed (same id) is "
        + "replaced. The index is committed as the run goes, so an interrupted run can simply be run again.")
final class IndexCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Mixin
  IndexOption index;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "10000",
      description = "Commit after every N articles (default ${DEFAULT-VALUE}), and every 30 seconds; an "
          + "interrupted run keeps everything up to its last commit.")
  int commitEvery;

  @Option(names = "--no-stories", description = "Do not look for syndicated copies and rewrites: every article is a "
      + "story of its own (faster; answers then list each copy).")
  boolean noStories;

  @Mixin
  EngineOption engine;

  @Option(names = "--shards", paramLabel = "N", defaultValue = "1",
      description = "With --engine opensearch, when the index is created: its primary shards (default "
          + "${DEFAULT-VALUE}; about one per node, each under 50 GB).")
  int shards;

  @Option(names = "--replicas", paramLabel = "N", defaultValue = "1",
      description = "With --engine opensearch, when the index is created: copies of each shard on other nodes "
          + "(default ${DEFAULT-VALUE}).")
  int replicas;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Files or directories of articles (.txt, .jsonl, .html, .htm); - reads standard input.")
  List<String> paths;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Messages messages = new Messages(err);
    if (commitEvery < 1) {
      throw new UsageException("--commit-every must be at least 1, not " + commitEvery);
    }
    AtomicLong total = new AtomicLong(-1);
    Thread counter = Thread.ofPlatform().daemon().name("newsfacet-count")
        .start(() -> ArticleReader.count(paths).ifPresent(total::set));
    try {
      return index(out, new IndexProgress(err, main.errScreen, messages, System::nanoTime, total::get));
    } finally {
      counter.interrupt(); // a count still running stops with the run (its file channel closes)
    }
  }

  /**
   * Indexes, the total counted ahead on a thread of its own so that indexing starts at once: the
   * progress has no total until it is known, and none for standard input or a pipe.
   */
  private int index(PrintWriter out, IndexProgress progress) throws IOException {
    Encodings encodings = new Encodings();
    IndexReport report;
    if (engine.cluster()) {
      return onCluster(out, progress, encodings);
    }
    IndexSettings settings = IndexSettings.defaults().commitEvery(commitEvery, IndexSettings.defaults().commitInterval())
        .withStories(!noStories);
    try (NewsIndex news = Newsfacet.open(index.index, settings);
        Stream<Item> items = ArticleReader.read(paths, main.stdin).peek(encodings::note)) {
      report = news.add(items, progress);
    } finally {
      progress.end(); // an error message starts on a line of its own, not after the progress line
    }
    Terminal.styled(out, main.outScreen, String.format(Locale.ROOT, "Indexed %,d articles", report.indexed()),
        Terminal.BOLD);
    out.printf(Locale.ROOT, " into %s: %,d new, %,d replaced, %,d skipped.%n",
        Terminal.field(index.index), report.added(), report.replaced(), report.skipped().size());
    for (Item.Skipped s : report.skipped()) {
      out.println("  skipped " + Terminal.field(s.message()));
    }
    if (encodings.summary() != null) {
      out.println(encodings.summary());
    }
    return report.skipped().isEmpty() ? 0 : Main.SKIPPED;
  }

  /**
   * Indexes into an OpenSearch cluster: the same extraction on this machine's cores, the records
   * sent in bulk requests of {@value ClusterWriter#BATCH} articles.
   */
  private int onCluster(PrintWriter out, IndexProgress progress, Encodings encodings) throws IOException {
    if (shards < 1 || replicas < 0) {
      throw new UsageException("--shards must be at least 1 and --replicas at least 0");
    }
    Pipeline.Result result;
    List<ClusterIndex.Failure> refused;
    long filed;
    String where;
    try (ClusterIndex cluster = engine.connect()) {
      where = cluster.describe();
      cluster.create(shards, replicas);
      try (ClusterWriter writer = new ClusterWriter(cluster, ClusterWriter.BATCH, !noStories);
          Stream<Item> items = ArticleReader.read(paths, main.stdin).peek(encodings::note)) {
        result = Pipeline.run(items, Extractor.standard(), IndexSettings.defaults().threads(), writer, progress);
        writer.close(); // the last batch sent, every article filed in its story, the index refreshed
        refused = writer.failures();
        filed = writer.filed();
      } finally {
        progress.end();
      }
    }
    Terminal.styled(out, main.outScreen, String.format(Locale.ROOT, "Indexed %,d articles", result.processed()),
        Terminal.BOLD);
    out.printf(Locale.ROOT, " into %s: %,d skipped, %,d documents refused; %,d filed in stories with others.%n",
        Terminal.field(where), result.skipped().size(), refused.size(), filed);
    for (Item.Skipped s : result.skipped()) {
      out.println("  skipped " + Terminal.field(s.message()));
    }
    for (ClusterIndex.Failure f : refused) {
      out.println("  refused " + Terminal.field(f.documentId() + ": " + f.reason()));
    }
    if (encodings.summary() != null) {
      out.println(encodings.summary());
    }
    return result.skipped().isEmpty() && refused.isEmpty() ? 0 : Main.SKIPPED;
  }
}
