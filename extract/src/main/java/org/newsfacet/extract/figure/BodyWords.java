package org.newsfacet.extract.figure;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the words of an article body around an offset, as the figure rules read them: the word
 * after it, the words before it, where a word ends.
 */
final class BodyWords {
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private BodyWords() {}

  /** The word that starts after the spaces at {@code from}, or null when none does. */
  static String nextWord(String body, int from) {
    int s = from;
    while (s < body.length() && body.charAt(s) == ' ') {
      s++;
    }
    if (s >= body.length() || !Character.isLetter(body.charAt(s))) {
      return null;
    }
    return body.substring(s, wordEnd(body, s));
  }

  /**
   * The end of the word after the spaces at {@code from}: letters, hyphens and full stops between
   * letters ("well-known", "a.m"); the offset after the spaces when no word starts there.
   */
  static int wordEnd(String body, int from) {
    int s = from;
    while (s < body.length() && body.charAt(s) == ' ') {
      s++;
    }
    int e = s;
    while (e < body.length() && (Character.isLetter(body.charAt(e)) || body.charAt(e) == '-' || body.charAt(e) == '.'
        && e + 1 < body.length() && Character.isLetter(body.charAt(e + 1)))) {
      e++;
    }
    return e;
  }

  /** The start of the run of letters that {@code inWord} is in. */
  static int wordStart(String body, int inWord) {
    int s = inWord;
    while (s > 0 && Character.isLetter(body.charAt(s - 1))) {
      s--;
    }
    return s;
  }

  /** The last {@code n} words before {@code offset}, lower case, joined by a space. */
  static String lastWordsBefore(String body, int offset, int n) {
    int s = wordStartBefore(body, offset, n);
    return SPACES.matcher(body.substring(s, offset).strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  /** The start of the {@code n}th run of letters before {@code offset}, or of the last one there is. */
  static int wordStartBefore(String body, int offset, int n) {
    int s = offset;
    for (int k = 0; k < n; k++) {
      int e = s;
      while (e > 0 && body.charAt(e - 1) == ' ') {
        e--;
      }
      int b = e;
      while (b > 0 && Character.isLetter(body.charAt(b - 1))) {
        b--;
      }
      if (b == e) {
        return s;
      }
      s = b;
    }
    return s;
  }

  /** The runs of letters of {@code text}, lower case (the first is empty when it starts with no letter). */
  static String[] lowerCaseWords(String text) {
    return NON_LETTERS.split(text.toLowerCase(Locale.ROOT));
  }

  /** A plural noun, as far as its ending tells: "vehicles", not "gas" nor "press". */
  static boolean plural(String w) {
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss");
  }

  /** A digit 0 to 9, not another script's digit. */
  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
