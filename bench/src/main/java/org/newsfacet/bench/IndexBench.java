package org.newsfacet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.newsfacet.eval.Evaluation;
import org.newsfacet.eval.PairScore;
import org.newsfacet.eval.StoryTruth;
import org.newsfacet.extract.Extractor;
import org.newsfacet.index.IndexListener;
import org.newsfacet.index.IndexSettings;
import org.newsfacet.index.NewsIndex;
import org.newsfacet.ingest.ArticleReader;
import org.newsfacet.ingest.Item;
import org.newsfacet.ingest.RawArticle;
import org.newsfacet.opensearch.ClusterIndex;
import org.newsfacet.opensearch.ClusterWriter;
import org.newsfacet.pipeline.Pipeline;
import org.newsfacet.query.Questions;
import org.newsfacet.search.Dimensions;
import org.newsfacet.search.FacetCount;
import org.newsfacet.search.IndexStats;
import org.newsfacet.search.NewsSearch;
import org.newsfacet.search.SearchRequest;

/**
 * The benchmark: on one corpus, in one run, plain Lucene indexing of the bodies (the baseline),
 * extraction alone, full Newsfacet indexing, then questions against the index, with sizes and
 * peak heap. Every throughput reads the corpus from disk the same way, on the same number of
 * threads, so the ratios compare like with like.
 */
public final class IndexBench {
  private IndexBench() {}

  /**
   * What to measure.
   *
   * @param corpus folder (or file) of articles
   * @param work folder for the two indexes (emptied first)
   * @param threads threads for the baseline, extraction and indexing alike
   * @param warmup questions of each kind before timing
   * @param queries timed questions of each kind
   * @param seed picks the questions
   */
  public record Settings(Path corpus, Path work, int threads, int warmup, int queries, long seed) {
    /** Validates. */
    public Settings {
      Objects.requireNonNull(corpus, "corpus");
      Objects.requireNonNull(work, "work");
      if (threads < 1 || warmup < 0 || queries < 1) {
        throw new IllegalArgumentException("threads and queries must be at least 1, warmup not negative");
      }
    }
  }

  /**
   * One pass over the corpus.
   *
   * @param name what was measured
   * @param articles articles processed
   * @param bytes UTF-8 bytes of their text
   * @param nanos wall time
   * @param peakHeapBytes the heap's peak use during the pass
   */
  public record Pass(String name, long articles, long bytes, long nanos, long peakHeapBytes) {
    /**
     * Megabytes (10^6 bytes) of text per second.
     *
     * @return throughput in megabytes of text
     */
    public double megabytesPerSecond() {
      return bytes / 1e6 / (nanos / 1e9);
    }

    /**
     * Articles per second.
     *
     * @return throughput in articles
     */
    public double articlesPerSecond() {
      return articles / (nanos / 1e9);
    }
  }

  /**
   * The latency of one kind of question, in milliseconds, and how many a second one thread answers.
   *
   * @param name the kind of question
   * @param count how many were timed
   * @param p50 median latency
   * @param p95 95th percentile
   * @param p99 99th percentile
   * @param perSecond questions per second, one after the other
   */
  public record Latency(String name, int count, double p50, double p95, double p99, double perSecond) {}

  /**
   * Everything measured.
   *
   * @param machine what ran it: processor, cores, heap, Java, operating system
   * @param threads threads used for the passes
   * @param passes baseline, extraction alone, full indexing
   * @param latencies one per kind of question
   * @param indexBytes the Newsfacet index on disk
   * @param baselineIndexBytes the plain Lucene index on disk
   * @param queryMix the example of each kind of question
   * @param stories pair precision and recall of the copy groups and stories found, against the
   *     corpus's truth ({@code expected/stories.jsonl} beside its articles folder); empty without one
   * @param cluster what the cluster pass measured, or null without a cluster
   */
  public record Report(Map<String, Object> machine, int threads, List<Pass> passes, List<Latency> latencies,
      long indexBytes, long baselineIndexBytes, Map<String, String> queryMix, Map<String, PairScore> stories,
      ClusterFigures cluster) {
    /**
     * The pass of this name.
     *
     * @param name the name the pass was given
     * @return the pass; it fails when there is none of that name
     */
    public Pass pass(String name) {
      return passes.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
  }

  /**
   * Runs the benchmark.
   *
   * @param settings the corpus, folders, threads and questions
   * @param progress hears a line as each step starts
   * @return everything measured
   * @throws IOException when the corpus cannot be read or an index cannot be written
   */
  public static Report run(Settings settings, Consumer<String> progress) throws IOException {
    return run(settings, null, progress);
  }

  /**
   * Runs the benchmark, and the same indexing and questions on a cluster too when one is given:
   * its index is deleted and created again with one primary shard per node and no replica, the
   * corpus indexed through the same pipeline (story filing included), and the same mix of
   * questions asked, each latency named {@code cluster: } and the kind.
   *
   * @param settings the corpus, folders, threads and questions
   * @param cluster the cluster index to measure beside the embedded one, or null for none
   * @param progress hears a line as each step starts
   * @return everything measured
   * @throws IOException when the corpus cannot be read or an index cannot be written
   */
  public static Report run(Settings settings, ClusterIndex cluster, Consumer<String> progress) throws IOException {
    Path work = settings.work();
    delete(work.resolve("baseline"));
    delete(work.resolve("index"));
    Files.createDirectories(work);
    List<Pass> passes = new ArrayList<>();

    progress.accept("baseline: plain Lucene indexing with EnglishAnalyzer");
    passes.add(baseline(settings, work.resolve("baseline")));
    progress.accept("extraction alone");
    Extractor extractor = Extractor.standard();
    passes.add(pass("extraction alone", settings, raw -> extractor.extract(raw)));
    // Story filing's cost is the difference between these two passes, run one after the other.
    progress.accept("full indexing without stories");
    delete(work.resolve("index"));
    passes.add(index(NO_STORIES, settings, work.resolve("index"), extractor, false));
    delete(work.resolve("index"));
    progress.accept("full indexing");
    passes.add(index("full indexing", settings, work.resolve("index"), extractor, true));

    progress.accept("questions");
    Map<String, String> mix = new LinkedHashMap<>();
    List<Latency> latencies;
    try (NewsIndex index = NewsIndex.openReadOnly(work.resolve("index"))) {
      latencies = new ArrayList<>(questions(index, "", settings, mix, progress));
    }
    List<ClusterFigures> clusterFigures = new ArrayList<>();
    if (cluster != null) {
      progress.accept("cluster indexing on " + cluster.describe());
      passes.add(clusterPass(settings, cluster, extractor, clusterFigures));
      latencies.addAll(questions(cluster, CLUSTER, settings, new LinkedHashMap<>(), progress));
    }
    Map<String, PairScore> stories = new LinkedHashMap<>();
    Path truth = settings.corpus().toAbsolutePath().getParent().resolve("expected").resolve(Evaluation.STORIES);
    if (Files.isRegularFile(truth)) {
      progress.accept("stories against " + truth);
      StoryTruth t = StoryTruth.read(truth);
      Map<String, String> foundStories = new HashMap<>();
      Map<String, String> foundCopies = new HashMap<>();
      try (NewsIndex index = NewsIndex.openReadOnly(work.resolve("index"))) {
        index.stories().forEach((id, s) -> {
          foundStories.put(id, s.story());
          foundCopies.put(id, s.copyGroup(id));
        });
      }
      stories.putAll(t.score(foundStories, foundCopies));
      if (cluster != null) {
        Map<String, String> clusterStories = new HashMap<>();
        Map<String, String> clusterCopies = new HashMap<>();
        cluster.stories().forEach((id, s) -> {
          clusterStories.put(id, s.story());
          clusterCopies.put(id, s.copyGroup(id));
        });
        t.score(clusterStories, clusterCopies).forEach((level, score) -> stories.put(CLUSTER + level, score));
      }
    }
    Map<String, Object> machine = machine();
    return new Report(machine, settings.threads(), passes, latencies, size(work.resolve("index")),
        size(work.resolve("baseline")), mix, stories, clusterFigures.isEmpty() ? null : clusterFigures.get(0));
  }

  /**
   * What the cluster pass measured besides its wall time.
   *
   * @param nodes the cluster's nodes
   * @param shards the index's primary shards
   * @param writeNanos time in bulk requests (sending, and the nodes writing)
   * @param filingNanos time filing stories (candidate look-ups, verification here, updates)
   * @param storeBytes the primaries' size on disk
   * @param documents documents written: articles, quotations and figures
   */
  public record ClusterFigures(int nodes, int shards, long writeNanos, long filingNanos, long storeBytes,
      long documents) {}

  /** The name of the pass that indexes into the cluster, and the prefix of its questions and story scores. */
  public static final String CLUSTER = "cluster: ";
  /** The name of the pass that indexes into the cluster. */
  public static final String CLUSTER_INDEXING = CLUSTER + "indexing";

  /** Indexes the corpus into the cluster, its index made anew: one primary shard per node, no replica. */
  private static Pass clusterPass(Settings settings, ClusterIndex cluster, Extractor extractor,
      List<ClusterFigures> figures) throws IOException {
    int nodes = cluster.nodes();
    cluster.delete();
    cluster.create(Math.max(1, nodes), 0);
    resetPeaks();
    long start = System.nanoTime();
    AtomicLong bytes = new AtomicLong();
    Pipeline.Result result;
    try (ClusterWriter writer = new ClusterWriter(cluster, ClusterWriter.BATCH);
        Stream<Item> items = ArticleReader.read(settings.corpus())) {
      result = Pipeline.run(items.peek(i -> {
        if (i instanceof Item.Loaded l) {
          bytes.addAndGet(utf8Length(l.article().text()));
        }
      }), extractor, settings.threads(), writer, Pipeline.Listener.NONE);
      writer.close(); // the last batch, story filing, the refresh: part of the time
      if (!writer.failures().isEmpty()) {
        throw new IOException("the cluster refused " + writer.failures().size() + " documents, the first: "
            + writer.failures().get(0));
      }
      long documents = cluster.count("article") + cluster.count("quote") + cluster.count("figure");
      figures.add(new ClusterFigures(nodes, Math.max(1, nodes), writer.writeNanos(), writer.filingNanos(),
          cluster.storeBytes(), documents));
    }
    return new Pass(CLUSTER_INDEXING, result.processed(), bytes.get(), System.nanoTime() - start, peakHeap());
  }

  /** The name of the pass that indexes without filing stories. */
  public static final String NO_STORIES = "indexing, no stories";

  /** Indexes the corpus into {@code folder}, filing stories or not. */
  private static Pass index(String name, Settings settings, Path folder, Extractor extractor, boolean stories)
      throws IOException {
    resetPeaks();
    long start = System.nanoTime();
    AtomicLong articles = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    try (NewsIndex index = NewsIndex.open(folder,
        IndexSettings.defaults().withThreads(settings.threads()).withStories(stories), extractor);
        Stream<Item> items = ArticleReader.read(settings.corpus())) {
      index.add(items.peek(i -> {
        if (i instanceof Item.Loaded l) {
          bytes.addAndGet(utf8Length(l.article().text()));
        }
      }), new IndexListener() {
        @Override
        public void indexed(org.newsfacet.model.Article article) {
          articles.incrementAndGet();
        }
      });
    }
    return new Pass(name, articles.get(), bytes.get(), System.nanoTime() - start, peakHeap());
  }

  /** The baseline: each body into one analysed field, nothing else. */
  private static Pass baseline(Settings settings, Path folder) throws IOException {
    try (FSDirectory dir = FSDirectory.open(folder);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new EnglishAnalyzer())
            .setRAMBufferSizeMB(IndexSettings.defaults().ramBufferMb()))) {
      Pass p = pass("baseline: Lucene", settings, raw -> {
        Document doc = new Document();
        doc.add(new TextField("body", raw.text(), Field.Store.NO));
        try {
          writer.addDocument(doc);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      long start = System.nanoTime();
      writer.commit();
      return new Pass(p.name(), p.articles(), p.bytes(), p.nanos() + System.nanoTime() - start, p.peakHeapBytes());
    }
  }

  /** Reads the corpus and hands every article to {@code work} on the settings' threads, bounded in memory. */
  private static Pass pass(String name, Settings settings, Consumer<RawArticle> work) throws IOException {
    resetPeaks();
    long start = System.nanoTime();
    AtomicLong articles = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    try (Stream<Item> items = ArticleReader.read(settings.corpus())) {
      Pipeline.forEach(items, settings.threads(), (loaded, sequence) -> {
        work.accept(loaded.article());
        articles.incrementAndGet();
        bytes.addAndGet(utf8Length(loaded.article().text()));
      }, skipped -> { });
    }
    return new Pass(name, articles.get(), bytes.get(), System.nanoTime() - start, peakHeap());
  }

  private static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 2 : 3;
    }
    return n;
  }

  // ---- questions ----

  private interface Question {
    void ask() throws IOException;
  }

  private static List<Latency> questions(NewsSearch index, String prefix, Settings settings, Map<String, String> mix,
      Consumer<String> progress) throws IOException {
    Questions questions = Questions.on(index);
    SplittableRandom r = new SplittableRandom(settings.seed());
    java.util.Set<String> persons = new java.util.HashSet<>(index.names(Dimensions.PERSON));
    List<String> speakers = surnames(index.values(Dimensions.SPEAKER).stream().filter(c -> persons.contains(c.value())).toList());
    List<String> outlets = names(index.values(Dimensions.OUTLET));
    List<String> agencies = names(index.values(Dimensions.AGENCY));
    List<String> people = names(index.values(Dimensions.PERSON));
    IndexStats stats = index.stats();
    LocalDate first = stats.earliest() == null ? LocalDate.of(2024, 1, 1) : stats.earliest();
    long days = stats.latest() == null ? 1 : Math.max(1, stats.latest().toEpochDay() - first.toEpochDay());
    String[] categories = {"troop", "casualty", "money", "percent", "weapons", "people"};
    String[] words = {"talks", "officials", "storm", "border", "prices", "power", "schools", "repairs"};
    Map<String, java.util.function.Supplier<Question>> kinds = new LinkedHashMap<>();
    kinds.put("<speaker> quotes", () -> {
      String q = pick(speakers, r, "Halvorsen") + " quotes";
      return () -> questions.ask(q);
    });
    kinds.put("<category> figures by source", () -> {
      String q = categories[r.nextInt(categories.length)] + " figures by source";
      return () -> questions.ask(q);
    });
    kinds.put("full text, three facet filters", () -> {
      SearchRequest q = SearchRequest.text(words[r.nextInt(words.length)]).outlet(pick(outlets, r, "AFP"))
          .agency(pick(agencies, r, "AFP")).person(pick(people, r, "Halvorsen")).drillSideways();
      return () -> index.search(q);
    });
    kinds.put("date range, newest first", () -> {
      LocalDate from = first.plusDays(r.nextLong(days));
      SearchRequest q = SearchRequest.all().from(from).to(from.plusDays(30)).newestFirst();
      return () -> index.search(q);
    });
    mix.put("<speaker> quotes", "\"" + pick(speakers, new SplittableRandom(1), "Halvorsen") + " quotes\" (a speaker's surname)");
    mix.put("<category> figures by source", "\"troop figures by source\" and the other categories");
    mix.put("full text, three facet filters", "a word, drilled down by outlet, agency and person, drill-sideways counts");
    mix.put("date range, newest first", "every article of a 31-day window, newest first, with facet counts");
    List<Latency> out = new ArrayList<>();
    for (Map.Entry<String, java.util.function.Supplier<Question>> kind : kinds.entrySet()) {
      progress.accept("questions: " + prefix + kind.getKey());
      for (int i = 0; i < settings.warmup(); i++) {
        kind.getValue().get().ask();
      }
      long[] nanos = new long[settings.queries()];
      long total = 0;
      for (int i = 0; i < nanos.length; i++) {
        Question q = kind.getValue().get();
        long start = System.nanoTime();
        q.ask();
        nanos[i] = System.nanoTime() - start;
        total += nanos[i];
      }
      Arrays.sort(nanos);
      out.add(new Latency(prefix + kind.getKey(), nanos.length, percentile(nanos, 50), percentile(nanos, 95),
          percentile(nanos, 99), nanos.length / (total / 1e9)));
    }
    return out;
  }

  private static String pick(List<String> values, SplittableRandom r, String fallback) {
    return values.isEmpty() ? fallback : values.get(r.nextInt(values.size()));
  }

  private static List<String> names(List<FacetCount> counts) {
    return counts.stream().limit(200).map(FacetCount::value).toList();
  }

  /** The surnames of the most quoted people: what a user types. */
  private static List<String> surnames(List<FacetCount> speakers) {
    return speakers.stream().limit(200).map(FacetCount::value).filter(s -> s.indexOf(' ') > 0 && Character.isUpperCase(s.charAt(0)))
        .map(s -> s.substring(s.lastIndexOf(' ') + 1)).distinct().toList();
  }

  private static double percentile(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  // ---- machine, memory, disk ----

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /**
   * The machine as the report names it.
   *
   * @return processor, cores, largest heap, Java and operating system, by name
   */
  public static Map<String, Object> machine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cpu", cpu());
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    m.put("java", Runtime.version().toString() + " (" + System.getProperty("java.vendor") + ")");
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    return m;
  }

  private static String cpu() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst()
          .orElse("unknown");
    } catch (IOException | UncheckedIOException e) {
      return "unknown";
    }
  }

  private static long size(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> {
        try {
          return Files.size(f);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    }
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
