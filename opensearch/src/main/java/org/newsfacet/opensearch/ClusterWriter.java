package org.newsfacet.opensearch;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.newsfacet.extract.Extraction;
import org.newsfacet.pipeline.Pipeline;

/**
 * The shared pipeline's sink for a cluster: extractions gather into bulk requests of about
 * {@code batch} articles, and the extraction thread that fills a batch sends it and waits for
 * the answer, so that a busy cluster slows the extraction down instead of piling articles up in
 * memory. What the cluster could not write, after its retries, is kept for the report.
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

  @Override
  public void write(Extraction extraction) throws IOException {
    List<Extraction> full = null;
    synchronized (this) {
      pending.add(extraction);
      if (pending.size() >= batch) {
        full = List.copyOf(pending);
        pending.clear();
      }
    }
    if (full != null) {
      send(full);
    }
  }

  /**
   * Sends what is still gathered.
   *
   * @throws IOException when the cluster cannot be reached
   */
  public void flush() throws IOException {
    List<Extraction> rest;
    synchronized (this) {
      rest = List.copyOf(pending);
      pending.clear();
    }
    if (!rest.isEmpty()) {
      send(rest);
    }
  }

  private void send(List<Extraction> extractions) throws IOException {
    List<ClusterIndex.Failure> failed = index.write(extractions);
    synchronized (this) {
      failures.addAll(failed);
      written += extractions.size();
    }
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
