package org.newsfacet.index;

import java.time.Duration;
import java.util.Objects;

/**
 * How an index commits and buffers: an interrupted run loses at most its uncommitted tail.
 *
 * @param commitEveryArticles commit after this many added articles
 * @param commitInterval commit when this much time has passed since the last commit
 * @param ramBufferMb Lucene's indexing buffer, in megabytes
 * @param threads how many articles are extracted at once (extraction is independent per article)
 * @param searchTimeout how long one search may run before it is stopped and refused
 * @param stories whether articles are filed in stories (syndicated copies and rewrites of one
 *     report found and grouped) before each commit; on by default
 */
public record IndexSettings(int commitEveryArticles, Duration commitInterval, double ramBufferMb, int threads,
    Duration searchTimeout, boolean stories) {
  /** How long a search may run by default: far beyond any question's usual cost, short of tying up a core. */
  public static final Duration SEARCH_TIMEOUT = Duration.ofSeconds(5);

  /** Validates the fields. */
  public IndexSettings {
    if (commitEveryArticles < 1) {
      throw new IllegalArgumentException("commitEveryArticles must be at least 1: " + commitEveryArticles);
    }
    Objects.requireNonNull(commitInterval, "commitInterval");
    if (ramBufferMb < 1) {
      throw new IllegalArgumentException("ramBufferMb must be at least 1: " + ramBufferMb);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    Objects.requireNonNull(searchTimeout, "searchTimeout");
    if (searchTimeout.isNegative() || searchTimeout.isZero()) {
      throw new IllegalArgumentException("searchTimeout must be positive: " + searchTimeout);
    }
  }

  /**
   * Settings with the default search time-out.
   *
   * @param commitEveryArticles commit after this many added articles
   * @param commitInterval commit when this much time has passed since the last commit
   * @param ramBufferMb Lucene's indexing buffer, in megabytes
   * @param threads how many articles are extracted at once
   */
  public IndexSettings(int commitEveryArticles, Duration commitInterval, double ramBufferMb, int threads) {
    this(commitEveryArticles, commitInterval, ramBufferMb, threads, SEARCH_TIMEOUT, true);
  }

  /**
   * Settings that file articles in stories.
   *
   * @param commitEveryArticles commit after this many added articles
   * @param commitInterval commit when this much time has passed since the last commit
   * @param ramBufferMb Lucene's indexing buffer, in megabytes
   * @param threads how many articles are extracted at once
   * @param searchTimeout how long one search may run
   */
  public IndexSettings(int commitEveryArticles, Duration commitInterval, double ramBufferMb, int threads,
      Duration searchTimeout) {
    this(commitEveryArticles, commitInterval, ramBufferMb, threads, searchTimeout, true);
  }

  /**
   * Commit every ten thousand articles or 30 seconds, with a 128 MB buffer, extracting on every core.
   *
   * @return the defaults, with the default search time-out
   */
  public static IndexSettings defaults() {
    return new IndexSettings(10_000, Duration.ofSeconds(30), 128, Runtime.getRuntime().availableProcessors());
  }

  /**
   * These settings with another commit cadence.
   *
   * @param articles commit after this many added articles, at least 1
   * @param interval commit when this much time has passed since the last commit
   * @return a changed copy
   */
  public IndexSettings commitEvery(int articles, Duration interval) {
    return new IndexSettings(articles, interval, ramBufferMb, threads, searchTimeout, stories);
  }

  /**
   * These settings extracting this many articles at once.
   *
   * @param n how many threads extract, at least 1
   * @return a changed copy
   */
  public IndexSettings withThreads(int n) {
    return new IndexSettings(commitEveryArticles, commitInterval, ramBufferMb, n, searchTimeout, stories);
  }

  /**
   * These settings with another indexing buffer.
   *
   * @param megabytes Lucene's indexing buffer, at least 1
   * @return a changed copy
   */
  public IndexSettings withRamBuffer(double megabytes) {
    return new IndexSettings(commitEveryArticles, commitInterval, megabytes, threads, searchTimeout, stories);
  }

  /**
   * These settings stopping each search after this long.
   *
   * @param timeout how long one search may run, positive
   * @return a changed copy
   */
  public IndexSettings withSearchTimeout(Duration timeout) {
    return new IndexSettings(commitEveryArticles, commitInterval, ramBufferMb, threads, timeout, stories);
  }

  /**
   * These settings filing articles in stories, or not (the benchmark measures what filing costs).
   *
   * @param on whether to find and group syndicated copies and rewrites
   * @return a changed copy
   */
  public IndexSettings withStories(boolean on) {
    return new IndexSettings(commitEveryArticles, commitInterval, ramBufferMb, threads, searchTimeout, on);
  }
}
