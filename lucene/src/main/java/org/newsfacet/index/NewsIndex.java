package org.newsfacet.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.newsfacet.extract.Extraction;
import org.newsfacet.extract.Extractor;
import org.newsfacet.ingest.ArticleReader;
import org.newsfacet.ingest.Item;
import org.newsfacet.ingest.RawArticle;
import org.newsfacet.model.Article;
import org.newsfacet.pipeline.Pipeline;
import org.newsfacet.search.Dimensions;
import org.newsfacet.search.FacetCount;
import org.newsfacet.search.FigureGroup;
import org.newsfacet.search.FigureHit;
import org.newsfacet.search.FigureRequest;
import org.newsfacet.search.Hit;
import org.newsfacet.search.IndexStats;
import org.newsfacet.search.NewsSearch;
import org.newsfacet.search.QuoteHit;
import org.newsfacet.search.QuoteRequest;
import org.newsfacet.search.Related;
import org.newsfacet.search.Results;
import org.newsfacet.search.SearchRequest;
import org.newsfacet.search.Suggestions;
import org.newsfacet.search.Syndication;

/**
 * An index of articles on disk: add articles, search them with facets, read its statistics.
 *
 * <p>Adding an article whose id is already indexed replaces it. The index commits every few
 * thousand articles and every few seconds as well as on {@link #close()}, so a run that is killed
 * loses only its uncommitted tail, and running it again completes the index without duplicates.
 * Searches see added articles at once and are safe from many threads while another thread adds.
 */
public final class NewsIndex implements NewsSearch {
  private final Path path;
  private final Directory directory;
  /** Null for an index opened read-only. */
  private final IndexWriting writing;
  private final Searching searching;
  private final ArticleSearch articles;
  private final QuoteSearch quotes;
  private final FigureSearch figures;
  private final StorySearch stories;
  /** Null for an index opened read-only: it adds nothing, and loading the gazetteers would cost a second. */
  private final Extractor extractor;
  private final IndexSettings settings;

  private NewsIndex(Path path, Directory directory, IndexWriting writing, Searching searching, Extractor extractor,
      IndexSettings settings) {
    this.path = path;
    this.directory = directory;
    this.writing = writing;
    this.searching = searching;
    this.articles = new ArticleSearch(searching);
    this.quotes = new QuoteSearch(searching);
    this.figures = new FigureSearch(searching);
    this.stories = new StorySearch(searching);
    this.extractor = extractor;
    this.settings = settings;
  }

  /**
   * True when {@code path} is a folder that holds a committed index (of any schema version).
   *
   * @param path any path
   * @return false for a missing folder, or one without a committed index
   */
  public static boolean exists(Path path) {
    return IndexFolder.exists(path);
  }

  /**
   * Opens an existing index for searching only: no write lock, no commits, so it works while
   * another process indexes (it sees that process's commits) and on a read-only disk.
   *
   * @param path the index's folder
   * @return the index, open for searching; close it when done
   * @throws IOException when the index's storage fails, named as an {@link IndexFault}
   */
  public static NewsIndex openReadOnly(Path path) throws IOException {
    return openReadOnly(path, IndexSettings.defaults());
  }

  /**
   * Opens an existing index for searching only, with these settings (its search time-out).
   *
   * @param path the index's folder
   * @param settings the settings; only the search time-out matters when reading
   * @return the index, open for searching; close it when done
   * @throws IOException when the index's storage fails, named as an {@link IndexFault}
   */
  public static NewsIndex openReadOnly(Path path, IndexSettings settings) throws IOException {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(settings, "settings");
    Directory directory = IndexFolder.openForReading(path);
    try {
      return new NewsIndex(path, directory, null, new Searching(directory, settings), null, settings);
    } catch (IOException e) {
      directory.close();
      throw IndexFault.of(path, e);
    } catch (RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Opens the index in this folder, creating it when the folder is missing or empty.
   *
   * @param path the index's folder
   * @return the index, open for adding and searching; close it when done
   * @throws IOException when the index's storage fails, named as an {@link IndexFault}
   */
  public static NewsIndex open(Path path) throws IOException {
    return open(path, IndexSettings.defaults(), Extractor.standard());
  }

  /**
   * Opens or creates the index with the given settings and extractor.
   *
   * @param path the index's folder
   * @param settings how it commits, buffers, extracts and times out
   * @param extractor what turns the articles added into records
   * @return the index, open for adding and searching; close it when done
   * @throws IOException when the index's storage fails, named as an {@link IndexFault}
   */
  public static NewsIndex open(Path path, IndexSettings settings, Extractor extractor) throws IOException {
    return open(path, settings, extractor, d -> d);
  }

  /** Opens or creates the index, its directory wrapped by {@code storage} (tests use it to fail writes). */
  static NewsIndex open(Path path, IndexSettings settings, Extractor extractor, UnaryOperator<Directory> storage)
      throws IOException {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(extractor, "extractor");
    IndexWriter writer = IndexFolder.openForWriting(path, settings.ramBufferMb(), storage);
    try {
      return new NewsIndex(path, writer.getDirectory(), new IndexWriting(path, writer, settings),
          new Searching(writer, settings), extractor, settings);
    } catch (IOException | RuntimeException e) {
      try (Directory d = writer.getDirectory()) {
        writer.rollback();
      } catch (IOException | RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof IOException io) {
        throw IndexFault.of(path, io);
      }
      throw (RuntimeException) e;
    }
  }

  /**
   * The folder of this index.
   *
   * @return the path it was opened with
   */
  public Path path() {
    return path;
  }

  // ---- adding ----

  /**
   * Reads and indexes a file or a directory tree of articles.
   *
   * @param articles a file or a folder
   * @return how many articles were added or replaced, and the items skipped
   * @throws IOException when the index's storage fails, named as an {@link IndexFault}
   */
  public IndexReport add(Path articles) throws IOException {
    try (Stream<Item> items = ArticleReader.read(articles)) {
      return add(items, IndexListener.NONE);
    }
  }

  /**
   * Indexes every loaded item and reports every skipped one; a failure to extract one article
   * skips that article only. Commits at the end.
   *
   * @param items the input, as the reader yields it; left for the caller to close
   * @param listener what hears of each written, skipped or warned item
   * @return how many articles were added or replaced, and the items skipped
   * @throws IOException when the index's storage fails, named as an {@link IndexFault}
   */
  public IndexReport add(Stream<Item> items, IndexListener listener) throws IOException {
    Objects.requireNonNull(listener, "listener");
    writable();
    long before = articles.count();
    Pipeline.Result result;
    try {
      result = Pipeline.run(items, extractor, settings.threads(), new Pipeline.Sink() {
        @Override
        public void write(Extraction extraction) throws IOException {
          add(extraction);
        }

        @Override
        public boolean fatal(Throwable failure) {
          return writing.fatal(failure); // the writer failed (a full disk), not this article's extraction
        }
      }, listener);
    } catch (IOException | AlreadyClosedException e) {
      // "this IndexWriter is closed" says nothing: the writer's own failure (a full disk) does.
      throw writing.fault(e);
    } catch (RuntimeException | Error e) {
      if (writing.failed()) {
        IOException fault = writing.fault(e);
        fault.addSuppressed(e);
        throw fault;
      }
      throw e;
    }
    commit();
    long added = articles.count() - before;
    return new IndexReport(added, Math.max(0, result.processed() - added), result.skipped());
  }

  /**
   * Extracts and indexes one article, replacing any with the same id; returns its record.
   *
   * @param raw the article as read
   * @return the record indexed
   * @throws IOException when the index's storage fails, named as an {@link IndexFault}
   */
  public Article add(RawArticle raw) throws IOException {
    writable();
    return add(extractor.extract(raw));
  }

  /**
   * Indexes one extracted article, replacing any with the same id; returns its record.
   *
   * @param extraction the article's extraction
   * @return the record indexed
   * @throws IOException when the index's storage fails, named as an {@link IndexFault}
   */
  public Article add(Extraction extraction) throws IOException {
    writable();
    writing.write(extraction);
    return extraction.article();
  }

  /**
   * Deletes the article with this id and its quotations and figures; the stories it was part of
   * are checked again when the index next commits. Does nothing for an id that is not indexed.
   *
   * @param id an article id
   * @throws IOException when the index's storage fails, named as an {@link IndexFault}
   */
  public void delete(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    writable();
    writing.delete(id);
  }

  /**
   * Makes everything added so far durable; does nothing when nothing was added since the last commit.
   *
   * @throws IOException when the index's storage fails, named as an {@link IndexFault}
   */
  public void commit() throws IOException {
    if (writing != null) {
      writing.commit();
    }
  }

  /**
   * True when the index was opened read-only.
   *
   * @return false when it can add articles
   */
  public boolean readOnly() {
    return writing == null;
  }

  private void writable() {
    if (writing == null) {
      throw new IllegalStateException("index " + path + " was opened read-only");
    }
  }

  // ---- searching ----

  /** Runs a search: the requested page of hits with snippets, and facet counts over all matches. */
  @Override
  public Results<Hit> search(SearchRequest request) throws IOException {
    Objects.requireNonNull(request, "request");
    return Suggestions.whenEmpty(articles.search(request), Map.of(Dimensions.OUTLET, request.filters().outlets(),
        Dimensions.AGENCY, request.filters().agencies()), articles::namesAsSearched);
  }

  /**
   * Every value of a facet dimension with how many documents have it, most frequent first: the
   * outlets, agencies, speakers, claimants, people, organisations and places an index knows (see
   * {@link Dimensions}).
   */
  @Override
  public List<FacetCount> values(String dimension) throws IOException {
    return articles.values(Objects.requireNonNull(dimension, "dimension"));
  }

  /**
   * Every value of a flat facet dimension (outlet, agency, speaker, claimant, person...), without
   * counting: read from the index's ordinals once per reader, so cheap however large the index.
   */
  @Override
  public List<String> names(String dimension) throws IOException {
    return articles.names(Objects.requireNonNull(dimension, "dimension"));
  }

  /** The record of the article with this id, if it is indexed. */
  @Override
  public Optional<Article> get(String id) throws IOException {
    return articles.get(id);
  }

  /** The indexed text of the article with this id, if it is indexed. */
  @Override
  public Optional<String> text(String id) throws IOException {
    return articles.text(id);
  }

  /** What the index holds: counts per outlet and agency, and the range of publication dates. */
  @Override
  public IndexStats stats() throws IOException {
    return articles.stats();
  }

  /**
   * Finds quotations: of a speaker in any spelling, with given words, of one kind (the speaker's
   * own words or reported speech), from given outlets, agencies and dates; newest first, or best
   * first when words are given. Facet counts by speaker, kind, outlet, agency and date come with
   * them; when none matches, known names near the speakers and sources asked for come as suggestions.
   */
  @Override
  public Results<QuoteHit> quotes(QuoteRequest request) throws IOException {
    Objects.requireNonNull(request, "request");
    return Suggestions.whenEmpty(quotes.quotes(request), Map.of(Dimensions.SPEAKER, request.speakers(),
        Dimensions.OUTLET, request.filters().outlets(), Dimensions.AGENCY, request.filters().agencies()), articles::namesAsSearched);
  }

  /**
   * Finds figures: of a category, claimed by someone (any spelling), from given outlets, agencies
   * and dates, within a range of values; newest first, with counts by category, claimant, outlet,
   * agency and date; when none matches, known names near the claimants and sources asked for come
   * as suggestions.
   */
  @Override
  public Results<FigureHit> figures(FigureRequest request) throws IOException {
    Objects.requireNonNull(request, "request");
    return Suggestions.whenEmpty(figures.figures(request), Map.of(Dimensions.CLAIMANT, request.claimants(),
        Dimensions.OUTLET, request.filters().outlets(), Dimensions.AGENCY, request.filters().agencies()), articles::namesAsSearched);
  }

  /**
   * The comparison view: the matching figures grouped by outlet, agency or claimant, the groups
   * with the most figures first and the figures without one last; or by day, newest first.
   */
  @Override
  public List<FigureGroup> compare(FigureRequest request, FigureGroup.GroupBy by) throws IOException {
    Objects.requireNonNull(request, "request");
    return figures.compare(request, Objects.requireNonNull(by, "by"));
  }

  /**
   * "More like this": the other articles of the article's story (copies first, the original
   * first), then up to {@code limit} other stories nearest in words (Lucene's MoreLikeThis over
   * headline and body), each by its closest article.
   */
  @Override
  public List<Related> similar(String articleId, int limit) throws IOException {
    return stories.similar(Objects.requireNonNull(articleId, "articleId"), limit);
  }

  /** Every article's story and copy group, by article id, everything written so far included. */
  @Override
  public Map<String, Syndication> stories() throws IOException {
    return stories.stories();
  }

  /**
   * Commits what was added and closes the index. After a failure that closed the writer (a full
   * disk), removes the files written since the last commit, which that commit does not need.
   */
  @Override
  public void close() throws IOException {
    try (directory; searching; writing) {
      // closed in reverse: the writer commits first, then the searchers and the folder close
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "NewsIndex[%s]", path);
  }
}
