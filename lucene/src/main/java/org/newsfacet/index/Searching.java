package org.newsfacet.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.newsfacet.json.Json;
import org.newsfacet.model.Article;
import org.newsfacet.search.QueryLimitException;

/**
 * The searching side of an index: searchers of its latest state (what a writer has flushed, or
 * the last commit of a folder opened read-only), each search with its own time limit, and the
 * facet state of the newest reader, shared by the searches until the index changes.
 */
final class Searching implements Closeable {
  /** Work on a searcher of the latest committed or flushed state of the index. */
  interface Work<T> {
    T apply(IndexSearcher searcher, FacetState facets) throws IOException;
  }

  private final SearcherManager searchers;
  private final IndexSettings settings;
  private final FacetsConfig facetsConfig = Schema.facetsConfig();
  private final AtomicReference<FacetState> facetState = new AtomicReference<>();

  /** Searching what {@code writer} has written, committed or not. */
  Searching(IndexWriter writer, IndexSettings settings) throws IOException {
    this(new SearcherManager(writer, null), settings);
  }

  /** Searching the last commit in {@code directory}, and later ones as they come. */
  Searching(Directory directory, IndexSettings settings) throws IOException {
    this(new SearcherManager(directory, null), settings);
  }

  private Searching(SearcherManager searchers, IndexSettings settings) {
    this.searchers = searchers;
    this.settings = settings;
  }

  /** The facets configuration the index was written with. */
  FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /** Runs {@code work} on a searcher of the latest state, stopped when it passes the search time limit. */
  <T> T run(Work<T> work) throws IOException {
    searchers.maybeRefresh();
    IndexSearcher shared = searchers.acquire();
    try {
      // A searcher of its own for this search, over the same reader: the time-out is per search,
      // and setting it on the shared searcher would stop other threads' searches too.
      IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
      searcher.setTimeout(new QueryTimeoutImpl(settings.searchTimeout().toMillis()));
      T result = work.apply(searcher, facets(searcher.getIndexReader()));
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

  /** Runs {@code work} on a searcher that sees everything written so far, not merely the last refresh. */
  <T> T runOnLatest(Work<T> work) throws IOException {
    searchers.maybeRefreshBlocking();
    return run(work);
  }

  /**
   * The facet state of the index as the last search saw it, for reading its names: no search runs,
   * so no searcher of its own, no time limit, and no look for a newer state (on a folder opened
   * read-only that look reads the folder, which would cost more than the names).
   */
  FacetState currentFacets() throws IOException {
    IndexSearcher shared = searchers.acquire();
    try {
      return facets(shared.getIndexReader());
    } finally {
      searchers.release(shared);
    }
  }

  /** The record of the article document {@code doc}. */
  static Article article(IndexSearcher searcher, int doc) throws IOException {
    return Json.readArticle(searcher.storedFields().document(doc, Set.of(Schema.RECORD)).get(Schema.RECORD));
  }

  /** The facet state of this reader, built when the reader is new. */
  private FacetState facets(IndexReader reader) throws IOException {
    FacetState cached = facetState.get();
    if (cached != null && cached.reader() == reader) {
      return cached;
    }
    FacetState fresh = new FacetState(reader, facetsConfig);
    // A searcher on an older reader must not push out the state of a newer one: that would rebuild both in turn.
    facetState.updateAndGet(old -> old == null || old.version() <= fresh.version() ? fresh : old);
    return fresh;
  }

  @Override
  public void close() throws IOException {
    searchers.close();
  }
}
