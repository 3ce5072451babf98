package org.newsfacet.opensearch;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.newsfacet.extract.Extraction;
import org.newsfacet.pipeline.Pipeline;

/**
 * The shared pipeline's sink for a cluster: extractions gather into bulk requests of
 * {@code batch} articles, and the extraction thread that fills a batch sends it and waits for
 * the answer (the other threads wait to hand theirs over), so that a busy cluster slows the
 * extraction down instead of piling articles up in memory. What the cluster could not write,
 * after its retries, is kept for the report.
 */
public final class ClusterWriter implements Pipeline.Sink, Closeable {
  private final ClusterIndex index;
  private final int batch;
  private final List<Extraction> pending = new ArrayList<>();
  private final List<ClusterIndex.Failure> failures = new ArrayList<>();
  private long written;

  /**
   * A writer into {@code index}.
   *
   * @param index the cluster index, already created
   * @param batch articles per bulk request, at least 1
   */
  public ClusterWriter(ClusterIndex index, int batch) {
    if (batch < 1) {
      throw new IllegalArgumentException("batch must be at least 1: " + batch);
    }
    this.index = index;
    this.batch = batch;
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
      failures.addAll(index.write(sent));
    } catch (RuntimeException e) {
      // Whatever the client throws stops the run: the batch's other articles must not pass as written.
      throw new IOException("writing to the cluster failed: " + e.getMessage(), e);
    }
    written += sent.size();
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

  /** Sends what is still gathered. */
  @Override
  public void close() throws IOException {
    flush();
  }
}
