package org.newsfacet.extract.figure;

import static org.newsfacet.extract.figure.BodyWords.lastWordsBefore;
import static org.newsfacet.extract.figure.BodyWords.wordStartBefore;

import java.util.Map;
import java.util.Set;
import org.newsfacet.internal.English;

/**
 * Reads the words before a figure that hedge it ("about", "an estimated": the lexicon's {@code
 * approximating-words.txt}) or bound it ("at least", "up to": {@code bound-words.tsv}).
 */
final class Hedges {
  private static final Set<String> APPROXIMATE = English.words("approximating-words");
  /** Words that bound the stated number, and the bound each gives in the record. */
  private static final Map<String, String> BOUNDS = English.table("bound-words");

  /**
   * The hedge of a figure.
   *
   * @param start where the figure starts with its hedge words
   * @param approximate true when a word makes it approximate
   * @param bound the bound a word gives it, or null
   */
  record Hedge(int start, boolean approximate, String bound) {}

  private Hedges() {}

  /** True for a word or phrase, lower case, that makes a figure approximate: "about", "close to". */
  static boolean approximates(String lower) {
    return APPROXIMATE.contains(lower);
  }

  /** True for a word or phrase, lower case, that bounds a figure: "over", "at least". */
  static boolean bounds(String lower) {
    return BOUNDS.containsKey(lower);
  }

  /**
   * The hedge in the three, two or one words before {@code start}, longest first: "a minimum of $6
   * million", "at least 26", "about 300", "an estimated 1,400"; none when no word hedges.
   */
  static Hedge before(String body, int start) {
    String before3 = lastWordsBefore(body, start, 3);
    String before2 = lastWordsBefore(body, start, 2);
    String before1 = lastWordsBefore(body, start, 1);
    if (BOUNDS.containsKey(before3) && before3.chars().filter(c -> c == ' ').count() == 2) {
      return new Hedge(wordStartBefore(body, start, 3), false, BOUNDS.get(before3)); // "as much as 8 percent"
    } else if (BOUNDS.containsKey(before2) || APPROXIMATE.contains(before2)) {
      return new Hedge(wordStartBefore(body, start, 2), APPROXIMATE.contains(before2), BOUNDS.get(before2));
    } else if (BOUNDS.containsKey(before1) || APPROXIMATE.contains(before1)) {
      boolean approximate = APPROXIMATE.contains(before1);
      int at = wordStartBefore(body, start, 1);
      if (approximate && lastWordsBefore(body, at, 1).equals("an")) {
        at = wordStartBefore(body, at, 1); // "an estimated"
      }
      return new Hedge(at, approximate, BOUNDS.get(before1));
    }
    return new Hedge(start, false, null);
  }
}
