package org.newsfacet.extract.entity;

import java.util.List;
import java.util.Locale;

/**
 * A word of the text with its offsets and what surrounds it.
 *
 * @param text the word as written, without a possessive 's
 * @param start offset of its first character, or -1 in a headline read on its own
 * @param end offset just past it (before any possessive), or -1
 * @param capitalised true when it can begin a name (a capital letter, or al-/bin- and a capital)
 * @param possessive true when written with 's
 * @param joinedToPrevious true when only spaces separate it from the word before
 * @param afterComma true when a comma (and spaces) separate it from the word before
 * @param sentenceStart true for the first word of a sentence or paragraph, as the sentence splitter has them
 */
record Token(String text, int start, int end, boolean capitalised, boolean possessive, boolean joinedToPrevious,
    boolean afterComma, boolean sentenceStart) {

  /** The word in lower case. */
  String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  /** The words of {@code tokens[from, to)} joined by single spaces. */
  static String span(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        b.append(' ');
      }
      b.append(tokens.get(k).text());
    }
    return b.toString();
  }
}
