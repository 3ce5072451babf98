package org.newsfacet.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Which story each article of a corpus tells, and in what role: planned before any article is
 * written, so that article {@code i} of a seed and count is always the same. Most stories have one
 * article; the others have a first report followed, within the next few hundred articles, by
 * copies and rewrites of it, and some by an independent report of the same event.
 */
final class StoryPlan {
  /** What an article is to its story. */
  enum Role {
    /** The only article of its story. */
    SINGLE,
    /** The first report of a story that other articles copy or rewrite. */
    ORIGINAL,
    /** Another outlet's copy of the original's text. */
    COPY,
    /** Another outlet's article on the same story, quoting a little of the original. */
    REWRITE,
    /** Another outlet's report of the original's event: the same speaker and figure, but a story of its own. */
    INDEPENDENT
  }

  /** Per mille of stories that have a single article. */
  private static final int SINGLE_PER_MILLE = 800;
  /** Per mille of multi-article stories with 2, 3, ... articles. */
  private static final int[] SIZE_PER_MILLE = {300, 200, 140, 100, 80, 60, 40, 30, 20, 15, 15};
  private static final int SMALLEST = 2;
  /** Percent of the later articles of a story that are copies; the others are rewrites. */
  private static final int COPY_PERCENT = 70;
  /** Percent of multi-article stories whose event another outlet reports independently. */
  private static final int INDEPENDENT_PERCENT = 15;
  /** The later articles of a story come within this many articles of its original. */
  private static final int SPREAD = 400;
  private static final long SALT = 0x5DEECE66DL;

  private final int[] storyAt;
  private final byte[] roleAt;
  /** Articles of each story's event: its original, copies, rewrites, and an independent report. */
  private final int[] articles;

  private StoryPlan(int[] storyAt, byte[] roleAt, int[] articles) {
    this.storyAt = storyAt;
    this.roleAt = roleAt;
    this.articles = articles;
  }

  /**
   * The plan of a corpus.
   *
   * @param count how many articles
   * @param seed the corpus seed
   * @return the same plan for the same count and seed
   */
  static StoryPlan of(int count, long seed) {
    SplittableRandom r = new SplittableRandom(seed ^ SALT);
    int[] storyOf = new int[count];
    byte[] roleOf = new byte[count];
    // Sorted, the keys put each article near its story's first: its planned place in the high
    // half, its number in the low half, which keeps the order stable.
    long[] keys = new long[count];
    int[] perStory = new int[count];
    int stories = 0;
    int n = 0;
    while (n < count) {
      int base = n;
      int size = r.nextInt(1_000) < SINGLE_PER_MILLE ? 1 : size(r);
      boolean independent = size > 1 && r.nextInt(100) < INDEPENDENT_PERCENT;
      int total = size + (independent ? 1 : 0);
      for (int m = 0; m < total && n < count; m++) {
        Role role = m == 0 ? (total == 1 ? Role.SINGLE : Role.ORIGINAL)
            : m < size ? (r.nextInt(100) < COPY_PERCENT ? Role.COPY : Role.REWRITE) : Role.INDEPENDENT;
        int place = m == 0 ? base : base + 1 + r.nextInt(SPREAD);
        keys[n] = ((long) place << Integer.SIZE) | n;
        storyOf[n] = stories;
        roleOf[n] = (byte) role.ordinal();
        perStory[stories]++;
        n++;
      }
      if (perStory[stories] == 1) {
        roleOf[base] = (byte) Role.SINGLE.ordinal(); // the corpus ended before its other articles
      }
      stories++;
    }
    Arrays.sort(keys);
    int[] storyAt = new int[count];
    byte[] roleAt = new byte[count];
    for (int i = 0; i < count; i++) {
      int member = (int) keys[i];
      storyAt[i] = storyOf[member];
      roleAt[i] = roleOf[member];
    }
    return new StoryPlan(storyAt, roleAt, Arrays.copyOf(perStory, stories));
  }

  private static int size(SplittableRandom r) {
    int pick = r.nextInt(1_000);
    for (int k = 0; k < SIZE_PER_MILLE.length; k++) {
      pick -= SIZE_PER_MILLE[k];
      if (pick < 0) {
        return SMALLEST + k;
      }
    }
    return SMALLEST + SIZE_PER_MILLE.length - 1;
  }

  /** The role of the article at this position. */
  Role role(int position) {
    return Role.values()[roleAt[position]];
  }

  /** The number of the story whose event the article at this position tells. */
  int story(int position) {
    return storyAt[position];
  }

  /** How many articles tell the event of this story, its original included. */
  int articles(int story) {
    return articles[story];
  }
}
