package org.newsfacet.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a benchmark run measured, as a table for people and as a JSON-ready map for programs. */
public final class BenchReports {
  private BenchReports() {}

  /**
   * The report as a JSON-ready map, for {@code --json}.
   *
   * @param report what a run measured
   * @return nested maps and lists of numbers and strings, in a fixed order
   */
  public static Map<String, Object> toMap(IndexBench.Report report) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("machine", report.machine());
    o.put("threads", report.threads());
    IndexBench.Pass base = report.pass("baseline: Lucene");
    List<Map<String, Object>> passes = new ArrayList<>();
    for (IndexBench.Pass p : report.passes()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", p.name());
      m.put("articles", p.articles());
      m.put("megabytes", p.bytes() / 1e6);
      m.put("seconds", p.nanos() / 1e9);
      m.put("articlesPerSecond", p.articlesPerSecond());
      m.put("megabytesPerSecond", p.megabytesPerSecond());
      m.put("megabytesPerSecondPerThread", p.megabytesPerSecond() / report.threads());
      m.put("ratioToBaseline", p.megabytesPerSecond() / base.megabytesPerSecond());
      m.put("peakHeapMb", p.peakHeapBytes() / (1024.0 * 1024));
      passes.add(m);
    }
    o.put("passes", passes);
    List<Map<String, Object>> latencies = new ArrayList<>();
    for (IndexBench.Latency l : report.latencies()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("question", l.name());
      m.put("example", report.queryMix().get(l.name()));
      m.put("count", l.count());
      m.put("p50Ms", l.p50());
      m.put("p95Ms", l.p95());
      m.put("p99Ms", l.p99());
      m.put("perSecond", l.perSecond());
      latencies.add(m);
    }
    o.put("questions", latencies);
    IndexBench.Pass full = report.pass("full indexing");
    Map<String, Object> size = new LinkedHashMap<>();
    size.put("indexMb", report.indexBytes() / 1e6);
    size.put("baselineIndexMb", report.baselineIndexBytes() / 1e6);
    size.put("rawTextMb", full.bytes() / 1e6);
    size.put("indexToRawText", (double) report.indexBytes() / Math.max(1, full.bytes()));
    size.put("indexBytesPerArticle", (double) report.indexBytes() / Math.max(1, full.articles()));
    o.put("size", size);
    Map<String, Object> stories = new LinkedHashMap<>();
    stories.put("indexingTimeRatio", full.nanos() / (double) report.pass(IndexBench.NO_STORIES).nanos());
    report.passes().stream().filter(p -> p.name().equals(IndexBench.CLUSTER_INDEXING)).findFirst()
        .ifPresent(c -> o.put("clusterIndexingTimeRatio", c.nanos() / (double) full.nanos()));
    if (report.cluster() != null) {
      IndexBench.ClusterFigures c = report.cluster();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("nodes", c.nodes());
      m.put("shards", c.shards());
      m.put("bulkSeconds", c.writeNanos() / 1e9);
      m.put("storyFilingSeconds", c.filingNanos() / 1e9);
      m.put("documents", c.documents());
      m.put("storeMb", c.storeBytes() / 1e6);
      m.put("documentsPerBulkSecond", c.documents() / Math.max(1e-9, c.writeNanos() / 1e9));
      o.put("cluster", m);
    }
    report.stories().forEach((level, p) -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("precision", p.precision());
      m.put("recall", p.recall());
      m.put("f1", p.f1());
      m.put("truePairs", p.truePairs());
      m.put("foundPairs", p.predictedPairs());
      m.put("rightPairs", p.correctPairs());
      stories.put(level, m);
    });
    o.put("stories", stories);
    return o;
  }

  /**
   * The report as a table.
   *
   * @param report what a run measured
   * @return lines of aligned columns, ending with a line break
   */
  public static String table(IndexBench.Report report) {
    StringBuilder t = new StringBuilder();
    Map<String, Object> m = report.machine();
    t.append(String.format(Locale.ROOT, "Machine: %s, %s cores, max heap %s MB, Java %s, %s; %d threads%n%n",
        m.get("cpu"), m.get("cores"), m.get("maxHeapMb"), m.get("java"), m.get("os"), report.threads()));
    IndexBench.Pass base = report.pass("baseline: Lucene");
    t.append(String.format(Locale.ROOT, "%-22s %10s %9s %11s %9s %8s %10s%n", "pass", "articles", "seconds", "articles/s",
        "MB/s", "ratio", "peak heap"));
    for (IndexBench.Pass p : report.passes()) {
      t.append(String.format(Locale.ROOT, "%-22s %,10d %9.1f %,11.0f %9.2f %8.2f %7.0f MB%n", p.name(), p.articles(),
          p.nanos() / 1e9, p.articlesPerSecond(), p.megabytesPerSecond(), p.megabytesPerSecond() / base.megabytesPerSecond(),
          p.peakHeapBytes() / (1024.0 * 1024)));
    }
    IndexBench.Pass extraction = report.pass("extraction alone");
    t.append(String.format(Locale.ROOT, "extraction per thread: %.2f MB/s%n%n", extraction.megabytesPerSecond() / report.threads()));
    t.append(String.format(Locale.ROOT, "%-32s %7s %9s %9s %9s %10s%n", "question", "count", "p50 ms", "p95 ms", "p99 ms",
        "per second"));
    for (IndexBench.Latency l : report.latencies()) {
      t.append(String.format(Locale.ROOT, "%-32s %7d %9.2f %9.2f %9.2f %10.1f%n", l.name(), l.count(), l.p50(), l.p95(),
          l.p99(), l.perSecond()));
    }
    IndexBench.Pass full = report.pass("full indexing");
    t.append(String.format(Locale.ROOT, "%nindex: %,.1f MB on disk, %,.0f bytes per article, %.2f x the raw text "
        + "(%,.1f MB); plain Lucene index %,.1f MB%n", report.indexBytes() / 1e6,
        (double) report.indexBytes() / Math.max(1, full.articles()), (double) report.indexBytes() / Math.max(1, full.bytes()),
        full.bytes() / 1e6, report.baselineIndexBytes() / 1e6));
    t.append(String.format(Locale.ROOT, "stories: full indexing takes %.3f x the time of indexing without them%n",
        full.nanos() / (double) report.pass(IndexBench.NO_STORIES).nanos()));
    report.passes().stream().filter(p -> p.name().equals(IndexBench.CLUSTER_INDEXING)).findFirst()
        .ifPresent(c -> t.append(String.format(Locale.ROOT, "cluster: indexing takes %.3f x the time of the embedded "
            + "index's full indexing%n", c.nanos() / (double) full.nanos())));
    if (report.cluster() != null) {
      IndexBench.ClusterFigures c = report.cluster();
      t.append(String.format(Locale.ROOT, "cluster: %d nodes, %d primary shards, no replica; %,d documents, %,.1f MB on "
          + "disk (%.2f x the raw text); bulk requests %.1f s (%,.0f documents/s), story filing %.1f s%n", c.nodes(),
          c.shards(), c.documents(), c.storeBytes() / 1e6, (double) c.storeBytes() / Math.max(1, full.bytes()),
          c.writeNanos() / 1e9, c.documents() / Math.max(1e-9, c.writeNanos() / 1e9), c.filingNanos() / 1e9));
    }
    report.stories().forEach((level, p) -> t.append(String.format(Locale.ROOT,
        "  %-17s pair precision %.4f, recall %.4f, F1 %.4f (%,d true pairs, %,d found)%n", level, p.precision(),
        p.recall(), p.f1(), p.truePairs(), p.predictedPairs())));
    return t.toString();
  }
}
