package org.newsfacet.index;

import java.time.Duration;
import java.util.Objects;

/**
 * How an index commits and buffers: an interrupted run loses at most its uncommitted tail.
 *
 * @param commitEveryArticles commit after this many added articles
 * @param commitInterval commit when this much time has passed since the last commit
 * @param ramBufferMb Lucene's indexing buffer, in megabytes
 */
public record IndexSettings(int commitEveryArticles, Duration commitInterval, double ramBufferMb) {

  /** Validates the fields. */
  public IndexSettings {
    if (commitEveryArticles < 1) {
      throw new IllegalArgumentException("commitEveryArticles must be at least 1: " + commitEveryArticles);
    }
    Objects.requireNonNull(commitInterval, "commitInterval");
    if (ramBufferMb < 1) {
      throw new IllegalArgumentException("ramBufferMb must be at least 1: " + ramBufferMb);
    }
  }

  /** Commit every ten thousand articles or 30 seconds, with a 128 MB buffer. */
  public static IndexSettings defaults() {
    return new IndexSettings(10_000, Duration.ofSeconds(30), 128);
  }

  /** These settings with another commit cadence. */
  public IndexSettings commitEvery(int articles, Duration interval) {
    return new IndexSettings(articles, interval, ramBufferMb);
  }
}
