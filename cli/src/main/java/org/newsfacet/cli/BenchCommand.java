package org.newsfacet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsfacet.bench.CorpusGenerator;
import org.newsfacet.bench.BenchReports;
import org.newsfacet.bench.IndexBench;
import org.newsfacet.json.Json;
import org.newsfacet.opensearch.ClusterIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsfacet bench}: what indexing and questions cost on this machine, against plain Lucene. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Benchmark on one generated corpus, in one run: plain Lucene indexing of the bodies with "
        + "EnglishAnalyzer (the baseline), extraction alone, full indexing (ratio to the baseline), then question "
        + "latencies (p50/p95/p99) after warm-up, index size and peak heap. Prints a table; --json writes the same.",
        "The corpus is generated into WORK/corpus-N-S unless it is there already, or given with --corpus.",
        "With --engine opensearch --url URL, the same indexing and questions on the cluster too, in the same run, "
            + "into its index newsfacet-bench (deleted and created again: one primary shard per node, no replica)."})
final class BenchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--articles", defaultValue = "10000", paramLabel = "N",
      description = "Articles to generate (default ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Corpus seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--corpus", paramLabel = "PATH", description = "Articles to use instead of a generated corpus.")
  Path corpus;

  @Option(names = "--work", defaultValue = "bench-work", paramLabel = "DIR",
      description = "Folder for the corpus and the indexes (default ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--threads", paramLabel = "N", description = "Threads for every pass (default: the cores).")
  Integer threads;

  @Option(names = "--queries", defaultValue = "500", paramLabel = "N",
      description = "Timed questions of each kind (default ${DEFAULT-VALUE}), after as many again for warm-up.")
  int queries;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON to this file.")
  Path json;

  /**
   * With {@code --engine opensearch --url URL}: the same indexing and questions on the cluster, into
   * an index of the bench's own, deleted and created again.
   */
  @Mixin
  EngineOption engine;

  /** The cluster index the bench writes: never one that --cluster-index names, since it is deleted first. */
  private static final String CLUSTER_INDEX = "newsfacet-bench";

  @Override
  public Integer call() throws IOException {
    if (articles < 1 || queries < 1 || threads != null && threads < 1) {
      throw new UsageException("--articles, --queries and --threads must be at least 1");
    }
    PrintWriter err = spec.commandLine().getErr();
    Path articlesFolder = corpus;
    if (articlesFolder == null) {
      Path generated = work.resolve(String.format(Locale.ROOT, "corpus-%d-%d", articles, seed));
      Path done = generated.resolve("complete");
      if (!Files.exists(done)) {
        err.println("generating " + articles + " articles into " + generated);
        CorpusGenerator.withSeed(seed).write(articles, generated, m -> progress(err, m));
        Files.writeString(done, "generated\n");
      }
      articlesFolder = generated.resolve("articles");
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    IndexBench.Settings settings = new IndexBench.Settings(articlesFolder, work, n, queries, queries, seed);
    IndexBench.Report report;
    // Only when asked on this command line: the bench deletes its index, which an engine set in the
    // environment for other commands must never do unasked.
    if (spec.commandLine().getParseResult().hasMatchedOption("--engine") && engine.cluster()) {
      try (ClusterIndex cluster = engine.connect(CLUSTER_INDEX)) {
        report = IndexBench.run(settings, cluster, m -> progress(err, m));
      }
    } else {
      report = IndexBench.run(settings, m -> progress(err, m));
    }
    err.println();
    spec.commandLine().getOut().print(BenchReports.table(report));
    if (json != null) {
      Files.writeString(json, Json.write(BenchReports.toMap(report)) + "\n", StandardCharsets.UTF_8);
    }
    return 0;
  }

  private static void progress(PrintWriter err, String message) {
    Terminal.redraw(err, message + "                    ");
    err.flush();
  }
}
