package org.newsfacet.opensearch;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsfacet.extract.Extraction;
import org.newsfacet.pipeline.Pipeline;

/**
 * The shared pipeline's sink for a cluster: extractions gather into bulk requests of
 * {@code batch} articles, and the extraction thread that fills a batch sends it and waits for
 * the answer (the other threads wait to hand theirs over), so that a busy cluster slows the
 * extraction down instead of piling articles up in memory. What the cluster could not write,
 * after its retries, is kept for the report. Every {@value #STORY_ROUND} articles, and when the
 * writer is closed, the articles written since are filed in their stories
 * ({@link ClusterIndex#fileStories}), as the embedded index files them at each commit.
 */
public final class ClusterWriter implements Pipeline.Sink, Closeable {
  /** Articles per bulk request that suit most clusters: a few megabytes, which a node takes in well under a second. */
  public static final int BATCH = 200;
  /** Articles written between two story filings. */
  static final int STORY_ROUND = 10_000;

  private final ClusterIndex index;
  private final Set<String> unfiled = new LinkedHashSet<>();
  private final Set<String> changedStories = new HashSet<>();
  private final int batch;
  private final boolean stories;
  private final List<Extraction> pending = new ArrayList<>();
  private final List<ClusterIndex.Failure> failures = new ArrayList<>();
  private long written;
  private long filed;
  private long writeNanos;
  private long filingNanos;
  private boolean closed;

  /**
   * A writer into {@code index}.
   *
   * @param index the cluster index, already created
   * @param batch articles per bulk request, at least 1
   */
  public ClusterWriter(ClusterIndex index, int batch) {
    this(index, batch, true);
  }

  /**
   * A writer into {@code index} that files stories or not.
   *
   * @param index the cluster index, already created
   * @param batch articles per bulk request, at least 1
   * @param stories false to leave every article a story of its own (faster; answers then list each copy)
   */
  public ClusterWriter(ClusterIndex index, int batch, boolean stories) {
    if (batch < 1) {
      throw new IllegalArgumentException("batch must be at least 1: " + batch);
    }
    this.index = index;
    this.batch = batch;
    this.stories = stories;
  }

  /**
   * Gathers one article; the call that fills a batch sends it and returns when the cluster has
   * answered. One batch is sent at a time, in the order the batches filled, and a later version
   * of an article replaces an earlier one still waiting: a later version is never overwritten by
   * an earlier one.
   */
  @Override
  public synchronized void write(Extraction extraction) throws IOException {
    String id = extraction.article().id();
    pending.removeIf(e -> e.article().id().equals(id));
    pending.add(extraction);
    if (pending.size() >= batch) {
      flush();
    }
  }

  /**
   * Sends what is still gathered.
   *
   * @throws IOException when the cluster cannot be reached or refuses the request
   */
  public synchronized void flush() throws IOException {
    if (pending.isEmpty()) {
      return;
    }
    List<Extraction> sent = List.copyOf(pending);
    pending.clear();
    try {
      long start = System.nanoTime();
      ClusterIndex.Written written = index.write(sent, java.util.function.UnaryOperator.identity());
      writeNanos += System.nanoTime() - start;
      List<ClusterIndex.Failure> failed = written.failures();
      if (stories) {
        changedStories.addAll(written.formerStories());
      }
      failures.addAll(failed);
      Set<String> refused = new HashSet<>();
      failed.forEach(f -> refused.add(f.documentId()));
      if (stories) {
        sent.stream().map(e -> e.article().id()).filter(id -> !refused.contains(id)).forEach(unfiled::add);
      }
    } catch (RuntimeException e) {
      // Whatever the client throws stops the run: the batch's other articles must not pass as written.
      throw new IOException("writing to the cluster failed: " + e.getMessage(), e);
    }
    written += sent.size();
    if (unfiled.size() >= STORY_ROUND) {
      fileStories();
    }
  }

  /** Files the articles written since the last filing in their stories; refreshes the index in any case. */
  private void fileStories() throws IOException {
    if (unfiled.isEmpty()) {
      index.refresh();
      return;
    }
    long start = System.nanoTime();
    try {
      filed += index.fileStories(List.copyOf(unfiled), List.copyOf(changedStories)).filed();
      filingNanos += System.nanoTime() - start;
    } catch (RuntimeException e) {
      throw new IOException("filing stories on the cluster failed: " + e.getMessage(), e);
    }
    unfiled.clear();
    changedStories.clear();
  }

  /**
   * The time spent in bulk requests: sending, and waiting for the cluster to write.
   *
   * @return nanoseconds
   */
  public synchronized long writeNanos() {
    return writeNanos;
  }

  /**
   * The time spent filing stories: looking up candidates, verifying them here, and updating.
   *
   * @return nanoseconds
   */
  public synchronized long filingNanos() {
    return filingNanos;
  }

  /**
   * How many articles story filing moved into a story or copy group so far.
   *
   * @return the articles filed
   */
  public synchronized long filed() {
    return filed;
  }

  /**
   * The documents the cluster refused, with its reasons.
   *
   * @return the failures so far
   */
  public synchronized List<ClusterIndex.Failure> failures() {
    return List.copyOf(failures);
  }

  /**
   * How many articles were sent.
   *
   * @return the articles in the bulk requests answered so far
   */
  public synchronized long written() {
    return written;
  }

  /** Sends what is still gathered, and files what was written in stories; once. */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    flush();
    fileStories();
  }
}
