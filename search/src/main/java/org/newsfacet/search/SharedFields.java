package org.newsfacet.search;

import org.newsfacet.model.Figure;
import org.newsfacet.model.Quote;

/**
 * What every engine derives the same way from a record when it indexes it, so that one question
 * collapses and reads alike on the embedded index and on a cluster: the keys that make copies of
 * one quotation or figure one entry, and the body text as it is indexed and highlighted.
 */
public final class SharedFields {
  private SharedFields() {}

  /**
   * The collapse key of a quotation: its words, case and punctuation aside.
   *
   * @param q the quotation
   * @return a 64-bit hash of its letters and digits, lower-cased
   */
  public static long quoteKey(Quote q) {
    StringBuilder words = new StringBuilder();
    q.text().codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(words::appendCodePoint);
    return hash(words.toString());
  }

  /**
   * The collapse key of a figure: its category and values (one story's "about N" and "N" are
   * one figure).
   *
   * @param f the figure
   * @return a 64-bit hash of its category and values
   */
  public static long figureKey(Figure f) {
    return hash(f.category().label() + "\t" + f.low() + "\t" + f.high());
  }

  /**
   * The body as it is indexed: the blanked-out header and credits squeezed, so they cost nothing
   * to store and snippets show no runs of blanks.
   *
   * @param body the extraction's body, header and credits blanked out
   * @return the body with runs of blanks made one and blank lines made one paragraph break, and
   *     without Unicode noncharacters (U+FDD0 to U+FDEF, which no text may interchange, and which
   *     a highlighter may use as marks)
   */
  public static String body(String body) {
    return body.replaceAll("[\\uFDD0-\\uFDEF]", "").replaceAll("[ \\t\\u00a0]{2,}", " ")
        .replaceAll("\\s*\\n\\s*\\n\\s*", "\n\n").strip();
  }

  private static long hash(String s) {
    long h = 0xCBF29CE484222325L; // FNV-1a
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001B3L;
    }
    return h;
  }
}
