package org.newsfacet.story;

/**
 * How a {@link StoryStore} finds the candidates that {@link Kinship} verifies, the same for every
 * engine: which articles sharing a band key or an anchor are worth comparing, and which anchors are
 * boilerplate rather than evidence.
 */
public final class Candidates {
  /** Anchors carried by more articles than this are boilerplate (a footer, a copyright line), not evidence. */
  public static final int COMMON_ANCHOR = 200;
  /** The most candidates verified for one article: the ones that share the most bands and anchors with it. */
  public static final int MAX = 200;
  /**
   * Bands and anchors a candidate must share: one alone is chance (a common phrase, a band
   * collision); a copy shares dozens, a rewrite with enough evidence for a story a few.
   */
  public static final int MIN_SHARED = 3;
  /**
   * Articles that one shared band key gives as candidates at most (the first ones, the same for
   * every key): a key that more carry is a widely carried text's, whose story is reached through
   * any of them. An anchor that more carry finds no candidates: a footer's, a copyright line's or a
   * stock phrase's, it says nothing about kinship.
   */
  public static final int SAMPLE = 32;

  private Candidates() {}
}
