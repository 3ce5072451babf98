package org.newsfacet.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.newsfacet.extract.Extraction;
import org.newsfacet.extract.Extractor;
import org.newsfacet.extract.Outlets;
import org.newsfacet.ingest.ArticleReader;
import org.newsfacet.ingest.Item;
import org.newsfacet.ingest.RawArticle;
import org.newsfacet.json.Json;
import org.newsfacet.model.Article;
import org.newsfacet.pipeline.Pipeline;

/**
 * An index of articles on disk: add articles, search them with facets, read its statistics.
 *
 * <p>Adding an article whose id is already indexed replaces it. The index commits every few
 * thousand articles and every few seconds as well as on {@link #close()}, so a run that is killed
 * loses only its uncommitted tail, and running it again completes the index without duplicates.
 * Searches see added articles at once and are safe from many threads while another thread adds.
 */
public final class NewsIndex implements Closeable {
  private static final String SCHEMA_KEY = "newsfacet.schema";
  /** Bumped whenever fields or facet dimensions change: an older index must be rebuilt. */
  private static final String SCHEMA_VERSION = "6";
  /** Every article's own document, and none of its quotations'. */
  private static final Query ARTICLES = new TermQuery(new Term(Schema.TYPE, Schema.ARTICLE));
  private static final Query QUOTES = new TermQuery(new Term(Schema.TYPE, Schema.QUOTE));
  private static final Query FIGURES = new TermQuery(new Term(Schema.TYPE, Schema.FIGURE));
  /** The most groups a comparison shows (the figures without a key come on top of these). */
  private static final int MAX_GROUPS = 20;
  private static final int FACET_VALUES = 10;

  private final Path path;
  private final Directory directory;
  /** Null for an index opened read-only. */
  private final IndexWriter writer;
  /** Commits on the interval even while no article arrives (a feed on standard input that pauses). */
  private final ScheduledExecutorService committer;
  private final SearcherManager searchers;
  private final Extractor extractor;
  private final Outlets outlets = Outlets.bundled();
  private final IndexSettings settings;
  private final FacetsConfig facetsConfig = Schema.facetsConfig();
  private final Analyzer analyzer = Schema.analyzer();
  private final AtomicLong uncommitted = new AtomicLong();
  private volatile long lastCommitNanos = System.nanoTime();
  private final AtomicReference<FacetState> facetState = new AtomicReference<>();

  /** The facet ordinals of one reader; built once per reader, as building them walks all values. */
  private record FacetState(IndexReader reader, long version, SortedSetDocValuesReaderState state,
      Map<String, Map<String, String>> labels) {}

  private NewsIndex(Path path, Directory directory, IndexWriter writer, Extractor extractor, IndexSettings settings)
      throws IOException {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.extractor = extractor;
    this.settings = settings;
    this.searchers = writer != null ? new SearcherManager(writer, null) : new SearcherManager(directory, null);
    if (writer != null) {
      long every = Math.max(1, settings.commitInterval().toMillis());
      committer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newsfacet-commit " + path);
        t.setDaemon(true);
        return t;
      });
      committer.scheduleWithFixedDelay(this::commitOnTimer, every, every, TimeUnit.MILLISECONDS);
    } else {
      committer = null;
    }
  }

  /** True when {@code path} is a folder that holds a committed index (of any schema version). */
  public static boolean exists(Path path) {
    if (!Files.isDirectory(path)) {
      return false;
    }
    try (Directory directory = FSDirectory.open(path)) {
      return DirectoryReader.indexExists(directory);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Opens an existing index for searching only: no write lock, no commits, so it works while
   * another process indexes (it sees that process's commits) and on a read-only disk.
   */
  public static NewsIndex openReadOnly(Path path) throws IOException {
    return openReadOnly(path, IndexSettings.defaults());
  }

  /** Opens an existing index for searching only, with these settings (its search time-out). */
  public static NewsIndex openReadOnly(Path path, IndexSettings settings) throws IOException {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(settings, "settings");
    if (!Files.isDirectory(path)) {
      throw new java.nio.file.NoSuchFileException(path.toString(), null, "no index folder");
    }
    Directory directory = FSDirectory.open(path);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IOException(path + " holds no index");
      }
      checkSchema(path, directory);
      // No extractor: a read-only index adds nothing, and loading the gazetteers would cost a second.
      return new NewsIndex(path, directory, null, null, settings);
    } catch (IOException e) {
      directory.close();
      throw e.getMessage() != null && e.getMessage().endsWith("holds no index") ? e : IndexFault.of(path, e);
    } catch (RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Opens the index in this folder, creating it when the folder is missing or empty. */
  public static NewsIndex open(Path path) throws IOException {
    return open(path, IndexSettings.defaults(), Extractor.standard());
  }

  /** Opens or creates the index with the given settings and extractor. */
  public static NewsIndex open(Path path, IndexSettings settings, Extractor extractor) throws IOException {
    return open(path, settings, extractor, d -> d);
  }

  /** Opens or creates the index, its directory wrapped by {@code storage} (tests use it to fail writes). */
  static NewsIndex open(Path path, IndexSettings settings, Extractor extractor,
      java.util.function.UnaryOperator<Directory> storage) throws IOException {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(extractor, "extractor");
    if (Files.exists(path) && !Files.isDirectory(path)) {
      throw new IOException(path + " is a file, not an index folder");
    }
    try {
      Files.createDirectories(path);
    } catch (IOException e) {
      throw IndexFault.of(path, e);
    }
    Directory directory = storage.apply(FSDirectory.open(path));
    try {
      String[] files = directory.listAll();
      boolean isIndex = DirectoryReader.indexExists(directory);
      if (!isIndex && Arrays.stream(files).anyMatch(f -> !isLuceneFile(f))) {
        throw new IOException(path + " holds other files and no index; give an empty or new folder");
      }
      if (isIndex) {
        checkSchema(path, directory);
      }
      IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          // Stored records are JSON, which compresses well: the index stays smaller than the text.
          .setCodec(new Lucene104Codec(Lucene104Codec.Mode.BEST_COMPRESSION))
          .setRAMBufferSizeMB(settings.ramBufferMb());
      IndexWriter writer = new IndexWriter(directory, config);
      if (!isIndex) {
        // An empty first commit marks the folder as a Newsfacet index at once, so that a run
        // killed before its first periodic commit can simply be run again.
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA_VERSION).entrySet());
        writer.commit();
      }
      return new NewsIndex(path, directory, writer, extractor, settings);
    } catch (IOException e) {
      directory.close();
      throw e.getMessage() != null && e.getMessage().startsWith(path + " ") ? e : IndexFault.of(path, e);
    } catch (RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Files Lucene leaves in a folder whose first commit never happened (a run killed earlier than
   * this version made its first commit): the folder is still ours to take over.
   */
  private static boolean isLuceneFile(String name) {
    return name.equals("write.lock") || name.startsWith("_") || name.startsWith("pending_segments");
  }

  private static void checkSchema(Path path, Directory directory) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      Checksums.verify(path, reader);
      String version = reader.getIndexCommit().getUserData().get(SCHEMA_KEY);
      if (version == null) {
        throw new IOException(path + " is a Lucene index, but not a Newsfacet index");
      }
      if (!version.equals(SCHEMA_VERSION)) {
        throw new IOException(path + " has Newsfacet index schema " + version + "; this version reads "
            + SCHEMA_VERSION + ": index the articles again into a new folder");
      }
    }
  }

  /** The folder of this index. */
  public Path path() {
    return path;
  }

  // ---- adding ----

  /** Reads and indexes a file or a directory tree of articles. */
  public IndexReport add(Path articles) throws IOException {
    try (Stream<Item> items = ArticleReader.read(articles)) {
      return add(items, IndexListener.NONE);
    }
  }

  /**
   * Indexes every loaded item and reports every skipped one; a failure to extract one article
   * skips that article only. Commits at the end.
   */
  public IndexReport add(Stream<Item> items, IndexListener listener) throws IOException {
    Objects.requireNonNull(listener, "listener");
    writable();
    long before = liveArticles();
    Pipeline.Result result;
    try {
      result = Pipeline.run(items, extractor, settings.threads(), new Pipeline.Sink() {
        @Override
        public void write(Extraction extraction) throws IOException {
          add(extraction);
        }

        @Override
        public boolean fatal(Throwable failure) {
          // the writer failed (a full disk), not this article's extraction
          return failure instanceof org.apache.lucene.store.AlreadyClosedException || writer.getTragicException() != null;
        }
      }, listener);
    } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
      // "this IndexWriter is closed" says nothing: the writer's own failure (a full disk) does.
      Throwable tragic = writer.getTragicException();
      throw IndexFault.of(path, tragic != null ? tragic : e);
    } catch (RuntimeException | Error e) {
      Throwable tragic = writer.getTragicException();
      if (tragic != null) {
        IOException fault = IndexFault.of(path, tragic);
        fault.addSuppressed(e);
        throw fault;
      }
      throw e;
    }
    commit();
    long added = liveArticles() - before;
    return new IndexReport(added, Math.max(0, result.processed() - added), result.skipped());
  }

  /** Extracts and indexes one article, replacing any with the same id; returns its record. */
  public Article add(RawArticle raw) throws IOException {
    writable();
    return add(extractor.extract(raw));
  }

  /** Indexes one extracted article, replacing any with the same id; returns its record. */
  public Article add(Extraction extraction) throws IOException {
    writable();
    Article article = extraction.article();
    // The article and its quotations, replacing any earlier version of all of them at once.
    try {
      writer.updateDocuments(new Term(Schema.ARTICLE_ID, article.id()), Schema.documents(extraction, facetsConfig));
    } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
      Throwable tragic = writer.getTragicException();
      throw IndexFault.of(path, tragic != null ? tragic : e);
    }
    long pending = uncommitted.incrementAndGet();
    if (pending >= settings.commitEveryArticles() || commitIntervalPassed()) {
      commitIfDue();
    }
    return article;
  }

  /** Makes everything added so far durable; does nothing when nothing was added since the last commit. */
  public synchronized void commit() throws IOException {
    if (writer == null || !writer.isOpen() || (uncommitted.get() == 0 && !writer.hasUncommittedChanges())) {
      return;
    }
    // Articles added by other threads while this commit runs stay counted for the next one.
    long counted = uncommitted.get();
    writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA_VERSION).entrySet());
    try {
      writer.commit();
    } catch (IOException | IllegalStateException e) {
      Throwable tragic = writer.getTragicException();
      if (tragic == null && e instanceof IllegalStateException) {
        throw e;
      }
      throw IndexFault.of(path, tragic != null ? tragic : e);
    }
    uncommitted.addAndGet(-counted);
    lastCommitNanos = System.nanoTime();
  }

  /** True when the index was opened read-only. */
  public boolean readOnly() {
    return writer == null;
  }

  private void writable() {
    if (writer == null) {
      throw new IllegalStateException("index " + path + " was opened read-only");
    }
  }

  private boolean commitIntervalPassed() {
    return System.nanoTime() - lastCommitNanos >= settings.commitInterval().toNanos();
  }

  /**
   * Commits when enough articles wait or the interval has passed, checked again under the lock:
   * threads that crossed the threshold together make one commit, not one each.
   */
  private synchronized void commitIfDue() throws IOException {
    if (uncommitted.get() >= settings.commitEveryArticles() || uncommitted.get() > 0 && commitIntervalPassed()) {
      commit();
    }
  }

  private void commitOnTimer() {
    try {
      commitIfDue();
    } catch (IOException | RuntimeException e) {
      // The next commit (periodic, or at the end of the run) tries again and reports its failure.
    }
  }

  /** Work on a searcher of the latest committed or flushed state of the index. */
  private interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T searching(SearcherWork<T> work) throws IOException {
    searchers.maybeRefresh();
    IndexSearcher shared = searchers.acquire();
    try {
      // A searcher of its own for this search, over the same reader: the time-out is per search,
      // and setting it on the shared searcher would stop other threads' searches too.
      IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
      searcher.setTimeout(new QueryTimeoutImpl(settings.searchTimeout().toMillis()));
      T result = work.apply(searcher);
      if (searcher.timedOut()) {
        throw new QueryLimitException(String.format(Locale.ROOT, "the search ran past its time limit of %s s and was "
            + "stopped: narrow the question (fewer wildcards, a date, an outlet)", settings.searchTimeout().toMillis() / 1000.0));
      }
      return result;
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QueryLimitException(String.format(Locale.ROOT, "the question makes more than %,d clauses: ask with fewer "
          + "words, names or filters", IndexSearcher.getMaxClauseCount()), e);
    } finally {
      searchers.release(shared);
    }
  }

  private long liveArticles() throws IOException {
    searchers.maybeRefreshBlocking(); // every article added so far, not merely the last refresh's
    return searching(searcher -> searcher.count(ARTICLES));
  }

  // ---- searching ----

  /** Runs a search: the requested page of hits with snippets, and facet counts over all matches. */
  public Results<Hit> search(SearchRequest request) throws IOException {
    Objects.requireNonNull(request, "request");
    QueryLimits.checkPage(request.offset(), request.limit());
    // Read first: a question that cannot be read is refused before the index does any work.
    Query text = request.text().isEmpty() ? new MatchAllDocsQuery() : parse(request.text());
    return searching(searcher -> {
      SortedSetDocValuesReaderState state = facetState(searcher);
      DrillDownQuery query = query(request, text, state);
      int wanted = (int) Math.max(1, Math.min(Integer.MAX_VALUE - 1L, (long) request.offset() + request.limit()));
      if (request.sideways() && state != null && (!request.filters().outlets().isEmpty() || !request.filters().agencies().isEmpty())) {
        return sideways(searcher, state, query, request, wanted);
      }
      FacetsCollectorManager.FacetsResult result = request.byDate()
          ? FacetsCollectorManager.search(searcher, query, wanted, newestFirst(), new FacetsCollectorManager())
          : FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager());
      ScoreDoc[] all = result.topDocs().scoreDocs;
      ScoreDoc[] page = Arrays.copyOfRange(all, Math.min(request.offset(), all.length), all.length);
      long total = result.facetsCollector().getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
      return new Results<>(total, hits(searcher, query, page, request.byDate()),
          facets(state, result.facetsCollector(), Schema.FACETS));
    });
  }

  /**
   * A search whose outlet and agency counts are drill-sideways: each as if its own filter were
   * not there, so that choosing Reuters still shows how many matches AFP has.
   */
  private Results<Hit> sideways(IndexSearcher searcher, SortedSetDocValuesReaderState state, DrillDownQuery query,
      SearchRequest request, int wanted) throws IOException {
    // Drill-sideways scoring must see each segment whole, which a time-limited searcher's interval
    // scoring refuses ("maxDoc must be Integer.MAX_VALUE"): these searches run without the time-out.
    DrillSideways ds = new DrillSideways(new IndexSearcher(searcher.getIndexReader()), facetsConfig, state);
    DrillSideways.DrillSidewaysResult result = ds.search(query, null, null, wanted,
        request.byDate() ? newestFirst() : null, !request.byDate());
    ScoreDoc[] all = result.hits.scoreDocs;
    ScoreDoc[] page = Arrays.copyOfRange(all, Math.min(request.offset(), all.length), all.length);
    long total = result.drillDownFacetsCollector.getMatchingDocs().stream()
        .mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    for (String dim : Schema.FACETS) {
      if (indexed(state, dim)) {
        List<FacetCount> values = counts(result.facets, dim, FACET_VALUES);
        if (!values.isEmpty()) {
          facets.put(dim, values);
        }
      }
    }
    return new Results<>(total, hits(searcher, query, page, request.byDate()), facets);
  }

  /**
   * Every value of a facet dimension with how many documents have it, most frequent first: the
   * outlets, agencies, speakers, claimants, people, organisations and places an index knows (see
   * {@link Schema} for the dimensions).
   */
  public List<FacetCount> values(String dimension) throws IOException {
    Objects.requireNonNull(dimension, "dimension");
    return searching(searcher -> {
      SortedSetDocValuesReaderState state = facetState(searcher);
      if (state == null || !indexed(state, dimension)) {
        return List.of();
      }
      FacetsCollectorManager.FacetsResult all = FacetsCollectorManager.search(searcher, new MatchAllDocsQuery(), 1,
          new FacetsCollectorManager());
      return allCounts(new SortedSetDocValuesFacetCounts(state, all.facetsCollector()), dimension);
    });
  }

  /**
   * Every value of a flat facet dimension (outlet, agency, speaker, claimant, person...), without
   * counting: read from the index's ordinals once per reader, so cheap however large the index.
   */
  public List<String> names(String dimension) throws IOException {
    Objects.requireNonNull(dimension, "dimension");
    return searching(searcher -> {
      SortedSetDocValuesReaderState state = facetState(searcher);
      return state == null || !indexed(state, dimension) ? List.of()
          : labels(state, dimension).values().stream().sorted().toList();
    });
  }

  /** The record of the article with this id, if it is indexed. */
  public Optional<Article> get(String id) throws IOException {
    return searching(searcher -> {
      TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(record(searcher, top.scoreDocs[0].doc));
    });
  }

  /** What the index holds: counts per outlet and agency, and the range of publication dates. */
  public IndexStats stats() throws IOException {
    return searching(searcher -> {
      long articles = searcher.count(ARTICLES);
      SortedSetDocValuesReaderState state = facetState(searcher);
      Facets counts = null;
      if (state != null) {
        FacetsCollectorManager.FacetsResult all = FacetsCollectorManager.search(searcher, ARTICLES, 1, new FacetsCollectorManager());
        counts = new SortedSetDocValuesFacetCounts(state, all.facetsCollector());
      }
      long dated = searcher.count(articlesWith(new FieldExistsQuery(Schema.PUBLISHED_DAY)));
      return new IndexStats(articles, state != null && indexed(state, Schema.OUTLET) ? allCounts(counts, Schema.OUTLET) : List.of(),
          state != null && indexed(state, Schema.AGENCY) ? allCounts(counts, Schema.AGENCY) : List.of(), articles - dated,
          edgeDate(searcher, false), edgeDate(searcher, true));
    });
  }

  private DrillDownQuery query(SearchRequest request, Query text, SortedSetDocValuesReaderState state) {
    BooleanQuery.Builder base = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
        .add(ARTICLES, BooleanClause.Occur.FILTER);
    filter(base, state, request.filters());
    // Entity filters match the cross-article key of any spelling; every entity named must be there.
    request.entities().forEach((type, names) -> names.forEach(name -> base.add(
        new TermQuery(new Term(Schema.keyField(type), Schema.entityKey(name))), BooleanClause.Occur.FILTER)));
    DrillDownQuery query = new DrillDownQuery(facetsConfig, base.build());
    drillDown(query, state, request.filters());
    return query;
  }

  /** The dates and sources of {@code filters}, as filter clauses of {@code base}. */
  private void filter(BooleanQuery.Builder base, SortedSetDocValuesReaderState state, Filters filters) {
    dates(base, filters.from(), filters.to());
    sources(base, state, filters.sources());
  }

  /**
   * The outlets and agencies of {@code filters}, as drill-down dimensions: values in one dimension
   * are alternatives, dimensions narrow each other.
   */
  private void drillDown(DrillDownQuery query, SortedSetDocValuesReaderState state, Filters filters) {
    filters.outlets().forEach(o -> query.add(Schema.OUTLET, label(state, Schema.OUTLET, o)));
    filters.agencies().forEach(a -> query.add(Schema.AGENCY, label(state, Schema.AGENCY, a)));
  }

  /** "Reuters" as a source: articles Reuters published or that credit Reuters; any of the sources. */
  private void sources(BooleanQuery.Builder base, SortedSetDocValuesReaderState state, List<String> names) {
    if (names.isEmpty()) {
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    String field = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
    for (String name : names) {
      any.add(new TermQuery(DrillDownQuery.term(field, Schema.OUTLET, label(state, Schema.OUTLET, name))),
          BooleanClause.Occur.SHOULD);
      any.add(new TermQuery(DrillDownQuery.term(field, Schema.AGENCY, label(state, Schema.AGENCY, name))),
          BooleanClause.Occur.SHOULD);
    }
    base.add(any.build(), BooleanClause.Occur.FILTER);
  }

  private static Query articlesWith(Query q) {
    return new BooleanQuery.Builder().add(ARTICLES, BooleanClause.Occur.FILTER).add(q, BooleanClause.Occur.FILTER).build();
  }

  private static void dates(BooleanQuery.Builder base, LocalDate fromDay, LocalDate toDay) {
    if (fromDay != null || toDay != null) {
      long from = fromDay == null ? Long.MIN_VALUE : fromDay.toEpochDay();
      long to = toDay == null ? Long.MAX_VALUE : toDay.toEpochDay();
      base.add(LongField.newRangeQuery(Schema.PUBLISHED_DAY, from, to), BooleanClause.Occur.FILTER);
    }
  }

  // ---- quotations ----

  /**
   * Finds quotations: of a speaker in any spelling ("Navalnyy" finds Navalny's, "Stoltenberg" Jens
   * Stoltenberg's), with given words, of one kind (the speaker's own words or reported speech), from given
   * outlets, agencies and dates; newest first, or best first when words are given. Facet counts by speaker,
   * kind, outlet, agency and date come with them.
   */
  public Results<QuoteHit> quotes(QuoteRequest request) throws IOException {
    Objects.requireNonNull(request, "request");
    Query words = request.words().isEmpty() ? new MatchAllDocsQuery() : parse(request.words(), Schema.QUOTE_TEXT);
    if (request.kind() != null) {
      words = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
          .add(new TermQuery(new Term(Schema.QUOTE_KIND, request.kind().label())), BooleanClause.Occur.FILTER).build();
    }
    return find(QUOTES, words, keys(Schema.SPEAKER_KEY, request.speakers()), request.filters(), !request.words().isEmpty(),
        request.offset(), request.limit(), Schema.QUOTE_RECORD, QuoteHit.class, Schema.QUOTE_FACETS, FACET_VALUES);
  }

  // ---- figures ----

  /**
   * Finds figures: of a category, claimed by someone (any spelling), from given outlets, agencies
   * and dates, within a range of values; newest first, with counts by category, claimant, outlet,
   * agency and date.
   */
  public Results<FigureHit> figures(FigureRequest request) throws IOException {
    return figures(request, null, FACET_VALUES);
  }

  /** The figures, narrowed further by {@code extra} when not null, with {@code top} values per facet. */
  private Results<FigureHit> figures(FigureRequest request, Query extra, int top) throws IOException {
    return figures(request, extra, top, top == 0 ? List.of() : Schema.FIGURE_FACETS);
  }

  /** The figures, narrowed by {@code extra}, counted in the given facet dimensions only. */
  private Results<FigureHit> figures(FigureRequest request, Query extra, int top, List<String> dimensions)
      throws IOException {
    Objects.requireNonNull(request, "request");
    Query words = request.words().isEmpty() ? new MatchAllDocsQuery() : parse(request.words(), Schema.FIGURE_TEXT);
    BooleanQuery.Builder match = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
    if (request.category() != null) {
      match.add(new TermQuery(new Term(Schema.CATEGORY, request.category().label())), BooleanClause.Occur.FILTER);
    }
    if (request.min() != null) {
      match.add(DoublePoint.newRangeQuery(Schema.HIGH, request.min(), Double.POSITIVE_INFINITY), BooleanClause.Occur.FILTER);
    }
    if (request.max() != null) {
      match.add(DoublePoint.newRangeQuery(Schema.LOW, Double.NEGATIVE_INFINITY, request.max()), BooleanClause.Occur.FILTER);
    }
    if (extra != null) {
      match.add(extra, BooleanClause.Occur.FILTER);
    }
    return find(FIGURES, match.build(), keys(Schema.CLAIMANT_KEY, request.claimants()), request.filters(), false,
        request.offset(), request.limit(), Schema.FIGURE_RECORD, FigureHit.class, dimensions, top);
  }

  /**
   * The comparison view: the matching figures grouped by outlet, agency or claimant, groups with
   * the most figures first and the figures without one last, so that a reader sees at a glance
   * that one outlet carried 7,250 where the others carried 5,400. At most twenty groups, the
   * largest; the request's limit caps how many figures each lists, newest first. By date, the
   * groups are days, newest first, and the limit caps the figures read.
   */
  public List<FigureGroup> compare(FigureRequest request, FigureGroup.GroupBy by) throws IOException {
    Objects.requireNonNull(by, "by");
    if (by == FigureGroup.GroupBy.DATE) {
      return byDay(request);
    }
    String dim = switch (by) {
      case OUTLET -> Schema.OUTLET;
      case AGENCY -> Schema.AGENCY;
      case CLAIMANT -> Schema.CLAIMANT;
      case DATE -> throw new IllegalStateException();
    };
    // The groups come from the facet counts of all matches; each group then reads its newest figures
    // only, so that comparing stays fast however many figures an index holds.
    List<FacetCount> keys = figures(request.limit(0), null, MAX_GROUPS, List.of(dim)).facet(dim);
    String field = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
    List<FigureGroup> out = new ArrayList<>();
    for (FacetCount key : keys) {
      Query only = new TermQuery(DrillDownQuery.term(field, dim, key.value()));
      out.add(new FigureGroup(by, key.value(), figures(request.offset(0), only, 0).hits(), key.count()));
    }
    Query none = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
        .add(new TermQuery(DrillDownQuery.term(field, dim)), BooleanClause.Occur.MUST_NOT).build();
    Results<FigureHit> without = figures(request.offset(0), none, 0);
    if (without.total() > 0) {
      out.add(new FigureGroup(by, null, without.hits(), without.total()));
    }
    return out;
  }

  /** The figures grouped by publication day, newest day first; the request's limit caps how many are read. */
  private List<FigureGroup> byDay(FigureRequest request) throws IOException {
    Map<String, List<FigureHit>> groups = new LinkedHashMap<>();
    List<FigureHit> none = new ArrayList<>();
    for (FigureHit hit : figures(request, null, 0).hits()) {
      if (hit.published() == null) {
        none.add(hit);
      } else {
        groups.computeIfAbsent(hit.published().toString(), k -> new ArrayList<>()).add(hit);
      }
    }
    List<FigureGroup> out = new ArrayList<>();
    groups.forEach((day, hits) -> out.add(new FigureGroup(FigureGroup.GroupBy.DATE, day, hits, hits.size())));
    if (!none.isEmpty()) {
      out.add(new FigureGroup(FigureGroup.GroupBy.DATE, null, none, none.size()));
    }
    return out;
  }

  private static Query keys(String field, List<String> names) {
    if (names.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    names.forEach(name -> any.add(new TermQuery(new Term(field, Schema.entityKey(name))), BooleanClause.Occur.SHOULD));
    return any.build();
  }

  /**
   * Finds quotation or figure documents: the matching ones of one type, filtered by name keys,
   * dates, outlets and agencies; newest first unless {@code byRelevance}; each read back from its
   * stored JSON record.
   */
  private <T> Results<T> find(Query type, Query match, Query keyFilter, Filters filters, boolean byRelevance, int offset,
      int limit, String storedField, Class<T> hitType, List<String> dimensions, int top) throws IOException {
    QueryLimits.checkPage(offset, limit);
    return searching(searcher -> {
      SortedSetDocValuesReaderState state = facetState(searcher);
      BooleanQuery.Builder base = new BooleanQuery.Builder().add(match, BooleanClause.Occur.MUST)
          .add(type, BooleanClause.Occur.FILTER);
      filter(base, state, filters);
      if (keyFilter != null) {
        base.add(keyFilter, BooleanClause.Occur.FILTER);
      }
      DrillDownQuery query = new DrillDownQuery(facetsConfig, base.build());
      drillDown(query, state, filters);
      int wanted = (int) Math.max(1, Math.min(Integer.MAX_VALUE - 1L, (long) offset + limit));
      FacetsCollectorManager.FacetsResult result = byRelevance
          ? FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager())
          : FacetsCollectorManager.search(searcher, query, wanted, newestFirst(), new FacetsCollectorManager());
      ScoreDoc[] all = result.topDocs().scoreDocs;
      List<T> hits = new ArrayList<>();
      for (int i = Math.min(offset, all.length); i < all.length; i++) {
        String json = searcher.storedFields().document(all[i].doc, java.util.Set.of(storedField)).get(storedField);
        hits.add(Json.mapper().readValue(json, hitType));
      }
      long total = result.facetsCollector().getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
      return new Results<>(total, hits, facets(state, result.facetsCollector(), dimensions, top));
    });
  }

  private Query parse(String text) {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(
        new String[] {Schema.TITLE, Schema.BODY}, analyzer, Map.of(Schema.TITLE, 2f, Schema.BODY, 1f));
    return parse(parser, text);
  }

  private Query parse(String text, String field) {
    return parse(new QueryParser(field, analyzer), text);
  }

  private static Query parse(QueryParser parser, String text) {
    QueryLimits.checkSyntax(text);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      if (e.getCause() instanceof IndexSearcher.TooManyClauses) {
        throw new QueryLimitException(String.format(Locale.ROOT, "the question makes more than %,d clauses: ask with "
            + "fewer words", IndexSearcher.getMaxClauseCount()), e);
      }
      throw new QuerySyntaxException("cannot read the query '" + text + "': " + firstLine(e.getMessage()), e);
    } catch (TooComplexToDeterminizeException e) {
      throw new QueryLimitException("a pattern in the question is too complex to search for: '" + text
          + "'; use a simpler wildcard or regular expression", e);
    } catch (IllegalArgumentException e) {
      if (e instanceof QueryLimitException) {
        throw e;
      }
      // A regular expression the automaton cannot read ("/[a/"), met while the parser builds its query.
      throw new QuerySyntaxException("cannot read the query '" + text + "': " + firstLine(e.getMessage()), e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "syntax error";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /**
   * The indexed facet value a user's name stands for: the registry's canonical name for an alias
   * ("Associated Press" is "AP"), then any indexed value equal to it ignoring case.
   */
  private String label(SortedSetDocValuesReaderState state, String dim, String value) {
    String canonical = outlets.canonical(value);
    if (state == null) {
      return canonical;
    }
    Map<String, String> labels = labels(state, dim);
    for (String candidate : List.of(canonical, value)) {
      String label = labels.get(candidate.toLowerCase(Locale.ROOT));
      if (label != null) {
        return label;
      }
    }
    return canonical;
  }

  /**
   * The values of a flat dimension by their lower-case form, read once per reader from the
   * dimension's ordinals (not by counting every document, as a facet count would).
   */
  private Map<String, String> labels(SortedSetDocValuesReaderState state, String dim) {
    FacetState cached = facetState.get();
    Map<String, Map<String, String>> byDim = cached != null && cached.state() == state ? cached.labels()
        : new java.util.concurrent.ConcurrentHashMap<>();
    return byDim.computeIfAbsent(dim, d -> {
      Map<String, String> out = new HashMap<>();
      SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(d);
      if (range == null) {
        return out;
      }
      try {
        org.apache.lucene.index.SortedSetDocValues values = state.getDocValues();
        for (int ord = range.start(); ord <= range.end(); ord++) {
          String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
          String label = path[path.length - 1];
          out.putIfAbsent(label.toLowerCase(Locale.ROOT), label);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out;
    });
  }


  private static Sort newestFirst() {
    SortedNumericSortField byDate = new SortedNumericSortField(Schema.PUBLISHED_DAY, SortField.Type.LONG, true);
    byDate.setMissingValue(Long.MIN_VALUE);
    return new Sort(byDate, SortField.FIELD_SCORE);
  }

  private List<Hit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page, boolean byDate) throws IOException {
    if (page.length == 0) {
      return List.of();
    }
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        // Escaped: an article's own markup ("<script>") must never reach a page that shows a snippet.
        .withFormatter(new DefaultPassageFormatter(Hit.OPEN_MARK, Hit.CLOSE_MARK, " … ", true))
        .withMaxNoHighlightPassages(1)
        .build();
    int[] docs = Arrays.stream(page).mapToInt(sd -> sd.doc).toArray();
    String[] snippets = highlighter.highlightFields(new String[] {Schema.BODY}, query, docs, new int[] {1})
        .get(Schema.BODY);
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      float score = byDate ? Float.NaN : page[i].score;
      hits.add(new Hit(record(searcher, page[i].doc), score, snippets[i]));
    }
    return hits;
  }

  private static Article record(IndexSearcher searcher, int doc) throws IOException {
    return Json.readArticle(searcher.storedFields().document(doc, java.util.Set.of(Schema.RECORD)).get(Schema.RECORD));
  }

  private Map<String, List<FacetCount>> facets(SortedSetDocValuesReaderState state, FacetsCollector fc,
      List<String> dimensions) throws IOException {
    return facets(state, fc, dimensions, FACET_VALUES);
  }

  private Map<String, List<FacetCount>> facets(SortedSetDocValuesReaderState state, FacetsCollector fc,
      List<String> dimensions, int top) throws IOException {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    if (state == null) {
      return out;
    }
    Facets counts = new SortedSetDocValuesFacetCounts(state, fc);
    for (String dim : dimensions) {
      if (!indexed(state, dim)) {
        continue; // no document has the dimension yet (an index of undated articles has no dates)
      }
      List<FacetCount> values = counts(counts, dim, top);
      if (!values.isEmpty()) {
        out.put(dim, values);
      }
    }
    return out;
  }

  /** True when some document has a value for the dimension: Lucene's counts fail on a missing one. */
  private boolean indexed(SortedSetDocValuesReaderState state, String dim) {
    return facetsConfig.getDimConfig(dim).hierarchical ? state.getDimTree(dim) != null : state.getOrdRange(dim) != null;
  }

  private static List<FacetCount> counts(Facets facets, String dim, int top) throws IOException {
    if (facets == null) {
      return List.of();
    }
    FacetResult r;
    try {
      r = facets.getTopChildren(top, dim);
    } catch (IllegalArgumentException e) {
      return List.of(); // no article has this dimension yet
    }
    if (r == null) {
      return List.of();
    }
    return Arrays.stream(r.labelValues).map(lv -> new FacetCount(lv.label, lv.value.longValue())).toList();
  }

  /** Every value of a dimension, most frequent first, then by name. */
  private static List<FacetCount> allCounts(Facets facets, String dim) throws IOException {
    if (facets == null) {
      return List.of();
    }
    FacetResult r;
    try {
      r = facets.getAllChildren(dim);
    } catch (IllegalArgumentException e) {
      return List.of(); // no article has this dimension yet
    }
    if (r == null) {
      return List.of();
    }
    return Arrays.stream(r.labelValues)
        .map(lv -> new FacetCount(lv.label, lv.value.longValue()))
        .sorted(java.util.Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
        .toList();
  }

  /** The facet state of this searcher's reader, or null when nothing with a facet is indexed. */
  private SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    FacetState cached = facetState.get();
    if (cached != null && cached.reader() == reader) {
      return cached.state();
    }
    String field = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
    SortedSetDocValuesReaderState state = FieldInfos.getMergedFieldInfos(reader).fieldInfo(field) == null
        ? null : new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
    long version = version(reader);
    FacetState fresh = new FacetState(reader, version, state, new java.util.concurrent.ConcurrentHashMap<>());
    // A searcher on an older reader must not push out the state of a newer one: that would rebuild both in turn.
    facetState.updateAndGet(old -> old == null || old.version() <= version ? fresh : old);
    return state;
  }

  private static long version(IndexReader reader) {
    return reader instanceof DirectoryReader d ? d.getVersion() : 0;
  }

  private static LocalDate edgeDate(IndexSearcher searcher, boolean latest) throws IOException {
    SortedNumericSortField byDate = new SortedNumericSortField(Schema.PUBLISHED_DAY, SortField.Type.LONG, latest);
    TopDocs top = searcher.search(articlesWith(new FieldExistsQuery(Schema.PUBLISHED_DAY)), 1, new Sort(byDate));
    if (top.scoreDocs.length == 0) {
      return null;
    }
    return record(searcher, top.scoreDocs[0].doc).published();
  }

  /**
   * Commits what was added and closes the index. After a failure that closed the writer (a full
   * disk), removes the files written since the last commit, which that commit does not need.
   */
  @Override
  public void close() throws IOException {
    if (committer != null) {
      committer.shutdownNow();
    }
    Throwable tragic = writer == null ? null : writer.getTragicException();
    boolean failed = true;
    try (directory; writer; searchers) {
      commit();
      failed = false;
    } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
      throw IndexFault.of(path, tragic != null ? tragic : e);
    } finally {
      if (writer != null && (failed || writer.getTragicException() != null)) {
        removeUncommitted();
      }
    }
  }

  /**
   * Deletes the files no commit refers to: opening a writer does that, and rolling it back keeps
   * the last commit as it was. Failing here loses nothing; the next run's writer does the same.
   */
  private void removeUncommitted() {
    try (Directory dir = FSDirectory.open(path)) {
      IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
          .setCodec(new Lucene104Codec(Lucene104Codec.Mode.BEST_COMPRESSION));
      new IndexWriter(dir, config).rollback();
    } catch (IOException | RuntimeException e) {
      // The disk may still be full or the folder gone: the leftovers go with the next run's writer.
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "NewsIndex[%s]", path);
  }
}
