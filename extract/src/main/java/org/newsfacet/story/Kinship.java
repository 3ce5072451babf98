package org.newsfacet.story;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * How two articles are related, as their fingerprints show: copies of one text, one story (a
 * report and its rewrites, which share passages of its narrative), or unrelated.
 *
 * <p>A copy contains most of the other text (or is contained in it): trimmed, re-headlined, a
 * paragraph dropped or added. One story shares at least {@value #PASSAGES} passages of narrative
 * of {@value #PASSAGE_WORDS} words or more, or one of {@value #LONG_PASSAGE_WORDS} words: sentences
 * lifted from one report. Quotations do not count, since every outlet at a news conference prints
 * the same words; nor do passages that {@code common} calls boilerplate (a footer or a copyright
 * line that an outlet puts under every article).
 */
public enum Kinship {
  /** Nothing shared worth a link. */
  NONE,
  /** Passages of one report's narrative shared: a rewrite, or a copy edited beyond recognition. */
  STORY,
  /** The same text, perhaps trimmed, re-headlined, a paragraph dropped or added. */
  COPY;

  /** Estimated share of the shorter text that the longer contains, from which two texts are copies. */
  static final double COPY_CONTAINMENT = 0.7;
  /** Distinct shingles that the shorter of two copies must have: two one-line briefs alike are no evidence. */
  static final int COPY_MIN_SHINGLES = 20;
  /** Shared passages that make one story. */
  static final int PASSAGES = 2;
  /** Words in a row that make a shared passage. */
  static final int PASSAGE_WORDS = 8;
  /** Words in a row that make one story on their own: a paragraph lifted whole. */
  static final int LONG_PASSAGE_WORDS = 25;

  /**
   * The kinship of two articles.
   *
   * @param a one article's fingerprint
   * @param b the other's
   * @param common true for an anchor hash that too many articles carry to be evidence
   * @return {@link #COPY}, {@link #STORY} or {@link #NONE}
   */
  public static Kinship of(Fingerprint a, Fingerprint b, IntPredicate common) {
    Objects.requireNonNull(common, "common");
    if (Math.min(a.shingles(), b.shingles()) >= COPY_MIN_SHINGLES && a.containment(b) >= COPY_CONTAINMENT) {
      return COPY;
    }
    // Two passages need at least twice a passage's shingles in common: most candidates have far
    // fewer, and counting them over the sorted hashes costs less than following the runs.
    int passage = PASSAGE_WORDS - Fingerprint.SHINGLE + 1;
    if (sharedAtLeast(a.sortedNarrative(), b.sortedNarrative(), Math.min(PASSAGES * passage,
        LONG_PASSAGE_WORDS - Fingerprint.SHINGLE + 1))) {
      return sharesPassages(a.narrative(), b.sortedNarrative(), common) ? STORY : NONE;
    }
    return NONE;
  }

  /** True when two sorted hash arrays have at least {@code n} values in common. */
  private static boolean sharedAtLeast(int[] a, int[] b, int n) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        if (a[i] != Fingerprint.GAP && ++shared >= n) {
          return true;
        }
        i++;
        j++;
      }
    }
    return false;
  }

  /** True when {@code a}'s narrative has enough passages that {@code sorted} (another narrative, sorted) has too. */
  private static boolean sharesPassages(int[] a, int[] sorted, IntPredicate common) {
    if (a.length == 0 || sorted.length == 0) {
      return false;
    }
    int shortRun = PASSAGE_WORDS - Fingerprint.SHINGLE + 1;
    int longRun = LONG_PASSAGE_WORDS - Fingerprint.SHINGLE + 1;
    int passages = 0;
    int run = 0;
    int anchors = 0;
    int commonAnchors = 0;
    for (int i = 0; i <= a.length; i++) {
      boolean shared = i < a.length && a[i] != Fingerprint.GAP && Arrays.binarySearch(sorted, a[i]) >= 0;
      if (shared) {
        run++;
        if (Fingerprint.anchor(a[i])) {
          anchors++;
          if (common.test(a[i])) {
            commonAnchors++;
          }
        }
        continue;
      }
      // A run ends: it is a passage unless most of its anchors are boilerplate.
      if (run >= shortRun && commonAnchors * 2 <= anchors) {
        if (run >= longRun) {
          return true;
        }
        passages++;
        if (passages >= PASSAGES) {
          return true;
        }
      }
      run = 0;
      anchors = 0;
      commonAnchors = 0;
    }
    return false;
  }
}
