package org.newsfacet.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * How two articles are related, as their fingerprints show: copies of one text, one story (a
 * report and its rewrites, which share passages of its narrative), or unrelated.
 *
 * <p>A copy contains most of the other text (or is contained in it): trimmed, re-headlined, a
 * paragraph dropped or added. One story rests on evidence that adds up to {@value #EVIDENCE}:
 * each shared passage of narrative of {@value #PASSAGE_WORDS} words or more counts one, of
 * {@value #SENTENCE_WORDS} words or more two, of {@value #PARAGRAPH_WORDS} or more three (a
 * paragraph lifted whole); shared quotations of {@value #SENTENCE_WORDS} words or more count one,
 * never more, since every outlet at a news conference prints the same words. Passages that
 * {@code common} calls boilerplate (a footer or a copyright line that an outlet puts under every
 * article) count nothing, and nor does anything two articles of one outlet share: an outlet
 * repeats its own footers and background paragraphs, syndication crosses outlets (its own copy of
 * a text is still a copy).
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
  /** The evidence that makes one story. */
  static final int EVIDENCE = 3;
  /** Words in a row that make a shared passage: one piece of evidence. */
  static final int PASSAGE_WORDS = 8;
  /** Words in a row that make a lifted sentence: two pieces. */
  static final int SENTENCE_WORDS = 15;
  /** Words in a row that make a lifted paragraph: enough on their own. */
  static final int PARAGRAPH_WORDS = 25;

  /**
   * The kinship of two articles.
   *
   * @param a one article's fingerprint
   * @param b the other's
   * @param common true for an anchor hash that too many articles carry to be evidence
   * @return {@link #COPY}, {@link #STORY} or {@link #NONE}
   */
  public static Kinship of(Fingerprint a, Fingerprint b, IntPredicate common) {
    return of(a, b, common, false);
  }

  /**
   * The kinship of two articles, knowing whether one outlet published both.
   *
   * @param a one article's fingerprint
   * @param b the other's
   * @param common true for an anchor hash that too many articles carry to be evidence
   * @param sameOutlet true when one outlet published both: only a copy links them
   * @return {@link #COPY}, {@link #STORY} or {@link #NONE}
   */
  public static Kinship of(Fingerprint a, Fingerprint b, IntPredicate common, boolean sameOutlet) {
    Objects.requireNonNull(common, "common");
    if (copies(a, b)) {
      return COPY;
    }
    if (sameOutlet) {
      return NONE;
    }
    int passage = shingles(PASSAGE_WORDS);
    int quoted = sharedAtLeast(a.quoted(), b.quoted(), shingles(SENTENCE_WORDS)) ? 1 : 0;
    int needed = EVIDENCE - quoted;
    // The evidence needs at least a passage's shingles per piece in common: most candidates have
    // fewer, and counting them costs less than following the runs.
    if (!narratesAtLeast(a.narrative(), b, needed * passage)) {
      return NONE;
    }
    return narrativeEvidence(a.narrative(), b, common, needed) ? STORY : NONE;
  }

  /**
   * True when two articles are copies of one text: {@link #of} says {@link #COPY}; cheaper, for a
   * pair already known to be of one story.
   *
   * @param a one article's fingerprint
   * @param b the other's
   * @return true when the shorter has enough shingles and the longer contains most of them
   */
  public static boolean copies(Fingerprint a, Fingerprint b) {
    return Math.min(a.shingles(), b.shingles()) >= COPY_MIN_SHINGLES && a.containment(b) >= COPY_CONTAINMENT;
  }

  private static int shingles(int words) {
    return words - Fingerprint.SHINGLE + 1;
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

  /** True when at least {@code n} of the shingles of narrative {@code a} are in {@code b}'s narrative. */
  private static boolean narratesAtLeast(int[] a, Fingerprint b, int n) {
    int shared = 0;
    for (int i = 0; i < a.length && a.length - i >= n - shared; i++) {
      if (a[i] != Fingerprint.GAP && b.narrates(a[i]) && ++shared >= n) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the passages of {@code a}'s narrative that {@code b}'s narrative has too weigh
   * {@code needed}. Boilerplate is checked only when the passages would otherwise suffice, and
   * only theirs: most pairs never ask.
   */
  private static boolean narrativeEvidence(int[] a, Fingerprint b, IntPredicate common, int needed) {
    int min = shingles(PASSAGE_WORDS);
    List<int[]> runs = new ArrayList<>();
    int total = 0;
    int run = 0;
    for (int i = 0; i <= a.length; i++) {
      if (i < a.length && a[i] != Fingerprint.GAP && b.narrates(a[i])) {
        run++;
        continue;
      }
      if (run >= min) {
        runs.add(new int[] {i - run, run});
        total += weight(run);
      }
      run = 0;
    }
    if (total < needed) {
      return false;
    }
    // Heaviest first: the fewest boilerplate checks decide.
    runs.sort((x, y) -> Integer.compare(y[1], x[1]));
    int evidence = 0;
    for (int[] r : runs) {
      if (!boilerplate(a, r[0], r[1], common)) {
        evidence += weight(r[1]);
        if (evidence >= needed) {
          return true;
        }
      }
    }
    return false;
  }

  private static int weight(int run) {
    return run >= shingles(PARAGRAPH_WORDS) ? 3 : run >= shingles(SENTENCE_WORDS) ? 2 : 1;
  }

  /** True when most of the anchors of a shared run are boilerplate. */
  private static boolean boilerplate(int[] narrative, int from, int length, IntPredicate common) {
    int anchors = 0;
    int commonAnchors = 0;
    for (int i = from; i < from + length; i++) {
      if (Fingerprint.anchor(narrative[i])) {
        anchors++;
        if (common.test(narrative[i])) {
          commonAnchors++;
        }
      }
    }
    return commonAnchors * 2 > anchors;
  }
}
