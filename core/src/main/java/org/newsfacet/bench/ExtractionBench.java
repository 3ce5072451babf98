package org.newsfacet.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.newsfacet.extract.Extractor;
import org.newsfacet.ingest.RawArticle;

/**
 * Measures extraction speed on articles held in memory: metadata alone (the baseline) and the
 * full extraction, in one run, so that the ratio between them holds whatever the machine.
 */
public final class ExtractionBench {
  private ExtractionBench() {}

  /**
   * One measured configuration.
   *
   * @param name what was measured
   * @param articles articles extracted in the timed rounds
   * @param bytes UTF-8 bytes of their text
   * @param nanos time taken
   */
  public record Result(String name, long articles, long bytes, long nanos) {
    /** Megabytes (10^6 bytes) of text per second. */
    public double megabytesPerSecond() {
      return bytes / 1e6 / (nanos / 1e9);
    }

    /** Articles per second. */
    public double articlesPerSecond() {
      return articles / (nanos / 1e9);
    }
  }

  /**
   * Extracts every article {@code rounds} times with each configuration after a warm-up of as
   * many rounds, alternating configurations so that both see the same machine state.
   */
  public static List<Result> run(List<RawArticle> articles, int rounds, Consumer<String> progress) {
    Objects.requireNonNull(articles, "articles");
    if (articles.isEmpty() || rounds < 1) {
      throw new IllegalArgumentException("need articles and at least one round");
    }
    long bytes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
    Extractor full = Extractor.standard();
    Extractor metadata = full.metadataOnly();
    progress.accept("warming up");
    for (int r = 0; r < rounds; r++) {
      time(metadata, articles);
      time(full, articles);
    }
    long metadataNanos = 0;
    long fullNanos = 0;
    for (int r = 0; r < rounds; r++) {
      progress.accept("round " + (r + 1) + " of " + rounds);
      metadataNanos += time(metadata, articles);
      fullNanos += time(full, articles);
    }
    long n = (long) articles.size() * rounds;
    List<Result> results = new ArrayList<>();
    results.add(new Result("metadata only", n, bytes * rounds, metadataNanos));
    results.add(new Result("full extraction", n, bytes * rounds, fullNanos));
    return results;
  }

  private static long time(Extractor extractor, List<RawArticle> articles) {
    long start = System.nanoTime();
    int sink = 0;
    for (RawArticle a : articles) {
      sink += extractor.extract(a).article().entities().size();
    }
    long elapsed = System.nanoTime() - start;
    if (sink < 0) {
      throw new AssertionError(); // keeps the work from being optimised away
    }
    return elapsed;
  }
}
