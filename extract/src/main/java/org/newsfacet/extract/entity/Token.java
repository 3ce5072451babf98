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
 * @param markBefore the last mark between it and the word before ('(' of "(IMF)", '&' of "Smith & Co"), or a space for none
 * @param lineStart true for the first word of a line: a line break between it and the word before
 */
record Token(String text, int start, int end, boolean capitalised, boolean possessive, boolean joinedToPrevious,
    boolean afterComma, boolean sentenceStart, char markBefore, boolean lineStart) {
  /** The most digits a score has in a row: a cricket total has three, a year four. */
  private static final int MAX_SCORE_DIGITS = 3;

  /** True for the first word of a sentence or of a line: a result line stands on its own. */
  boolean lineOrSentenceStart() {
    return sentenceStart || lineStart;
  }

  /** True when an opening parenthesis (and spaces) separate it from the word before: "(IMF)". */
  boolean afterParenthesis() {
    return markBefore == '(';
  }

  /** The word in lower case. */
  String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  /**
   * True for a number as results and tables write one: "3", "1-0", "356-8"; never a year, a
   * decimal or a bowler's figures ("8-1-33-3").
   */
  boolean score() {
    int run = 0;
    boolean hyphen = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++run > MAX_SCORE_DIGITS) {
          return false;
        }
      } else if (c == '-' && !hyphen && run > 0 && i + 1 < text.length()) {
        hyphen = true;
        run = 0;
      } else {
        return false;
      }
    }
    return run > 0;
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
