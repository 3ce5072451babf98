package org.newsfacet.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.AlreadyClosedException;
import org.newsfacet.extract.Extraction;

/**
 * The writing side of an index and its commit policy: every article's documents replace its
 * earlier version at once, and what was written is committed every so many articles, every so
 * many seconds (even while no article arrives, as when a feed on standard input pauses) and on
 * close. A failure of the writer itself (a full disk) is reported as an {@link IndexFault} with
 * Lucene's own reason, and the files written since the last commit are removed on close.
 */
final class IndexWriting implements Closeable {
  private final Path path;
  private final IndexWriter writer;
  private final IndexSettings settings;
  private final FacetsConfig facetsConfig = Schema.facetsConfig();
  private final ScheduledExecutorService committer;
  /** Null when the settings turn story filing off. */
  private final StoryFiling stories;
  private final AtomicLong uncommitted = new AtomicLong();
  private volatile long lastCommitNanos = System.nanoTime();

  IndexWriting(Path path, IndexWriter writer, IndexSettings settings) throws IOException {
    this.path = path;
    this.writer = writer;
    this.settings = settings;
    this.stories = settings.stories() ? new StoryFiling(writer) : null;
    long every = Math.max(1, settings.commitInterval().toMillis());
    committer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "newsfacet-commit " + path);
      t.setDaemon(true);
      return t;
    });
    committer.scheduleWithFixedDelay(this::commitOnTimer, every, every, TimeUnit.MILLISECONDS);
  }

  /** The writer, for searchers that see what it has written before it is committed. */
  IndexWriter writer() {
    return writer;
  }

  /** Writes one article's documents, replacing any earlier version of all of them, and commits when due. */
  void write(Extraction extraction) throws IOException {
    String id = extraction.article().id();
    try {
      List<Document> docs = Schema.documents(extraction, facetsConfig);
      if (stories == null) {
        writer.updateDocuments(new Term(Schema.ARTICLE_ID, id), docs);
      } else {
        stories.written(id, () -> writer.updateDocuments(new Term(Schema.ARTICLE_ID, id), docs));
      }
    } catch (IOException | AlreadyClosedException e) {
      throw fault(e);
    }
    long pending = uncommitted.incrementAndGet();
    if (pending >= settings.commitEveryArticles() || commitIntervalPassed()) {
      commitIfDue();
    }
  }

  /** Deletes an article's documents; its story is checked again before the next commit. */
  void delete(String id) throws IOException {
    try {
      if (stories == null) {
        writer.deleteDocuments(new Term(Schema.ARTICLE_ID, id));
      } else {
        stories.deleted(id, () -> writer.deleteDocuments(new Term(Schema.ARTICLE_ID, id)));
      }
    } catch (IOException | AlreadyClosedException e) {
      throw fault(e);
    }
    uncommitted.incrementAndGet();
  }

  /** True when {@code failure}, met while writing an article, is the writer's own and ends the run. */
  boolean fatal(Throwable failure) {
    return failure instanceof AlreadyClosedException || writer.getTragicException() != null;
  }

  /** The fault to report for {@code e}: the writer's own failure (a full disk) when there is one, which says more. */
  IOException fault(Throwable e) {
    Throwable tragic = writer.getTragicException();
    return IndexFault.of(path, tragic != null ? tragic : e);
  }

  /** True when the writer failed and closed itself. */
  boolean failed() {
    return writer.getTragicException() != null;
  }

  /**
   * Makes everything written so far durable; does nothing when nothing was written since the last
   * commit. With stories, no article is written between the filing round and the commit, so that
   * every article a commit holds is filed.
   */
  synchronized void commit() throws IOException {
    if (!writer.isOpen() || (uncommitted.get() == 0 && !writer.hasUncommittedChanges())) {
      return;
    }
    // Articles written by other threads while this commit runs stay counted for the next one.
    long counted = uncommitted.get();
    if (stories == null) {
      commitWriter();
    } else {
      stories.withoutWriters(() -> {
        try {
          stories.round();
        } catch (IOException | AlreadyClosedException | UncheckedIOException e) {
          throw fault(e);
        }
        commitWriter();
      });
    }
    uncommitted.addAndGet(-counted);
    lastCommitNanos = System.nanoTime();
  }

  private void commitWriter() throws IOException {
    writer.setLiveCommitData(Map.of(IndexFolder.SCHEMA_KEY, IndexFolder.SCHEMA_VERSION).entrySet());
    try {
      writer.commit();
    } catch (IOException | IllegalStateException e) {
      if (writer.getTragicException() == null && e instanceof IllegalStateException) {
        throw e;
      }
      throw fault(e);
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

  /** Stops the timer; commits what was written and closes the writer, or after a failure removes what no commit needs. */
  @Override
  public void close() throws IOException {
    committer.shutdownNow();
    Throwable tragic = writer.getTragicException();
    boolean failed = true;
    try (writer; stories) {
      commit();
      failed = false;
    } catch (IOException | AlreadyClosedException e) {
      throw IndexFault.of(path, tragic != null ? tragic : e);
    } finally {
      if (failed || writer.getTragicException() != null) {
        IndexFolder.removeUncommitted(path);
      }
    }
  }
}
