package org.newsfacet.extract.text;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsfacet.internal.English;

/**
 * Cuts a text into words and marks of punctuation, with their offsets: the one tokenizer every
 * extractor reads words through.
 *
 * <p>A word is letters and digits with what joins them: an apostrophe or a hyphen between two
 * ("don't", "well-known"), a separator inside a number ("1,000", "3.5"), the dots of capitals
 * written with dots ("U.S.A"), of a site's name ("Example.com") and of an initial written close to
 * what follows ("T.van"). Inside a word, a name ends at a hyphen that makes an adjective of it
 * ("Port Varnholm-listed") or at a site's domain. A possessive 's, or a plural's apostrophe before
 * a space, comes after the word, not in it; a full stop that belongs to the word (an initial,
 * "U.S.", a title or abbreviation the lexicon writes with one: "Gen.", "Inc.") is part of it. Any
 * other character that is no space is a mark of its own. A line break begins a paragraph.
 *
 * <p>A reader that knows where quotations are may have each read as one token.
 */
public final class Tokenizer {
  /** Words a hyphen joins to a name to make an adjective of it: "Port Varnholm-listed", "Lindholm-based". */
  private static final Set<String> NAME_SUFFIXES = English.words("name-suffixes");

  /**
   * A stretch of the text read as one token: a quotation, marks and all.
   *
   * @param start the offset of its opening mark
   * @param end the offset just past its closing mark (or its last word when it has none)
   */
  public record Quotation(int start, int end) {}

  private Tokenizer() {}

  /**
   * The tokens of a text.
   *
   * @param text the text
   * @return its words and marks
   */
  public static Tokens tokens(String text) {
    Objects.requireNonNull(text, "text");
    return tokens(text, 0, text.length(), List.of());
  }

  /**
   * The tokens of a stretch of a text.
   *
   * @param text the text
   * @param from the offset where the stretch starts
   * @param to the offset just past it
   * @return the stretch's words and marks, with offsets into the whole text
   * @throws IndexOutOfBoundsException when the stretch is not in the text
   */
  public static Tokens tokens(String text, int from, int to) {
    Objects.requireNonNull(text, "text");
    Objects.checkFromToIndex(from, to, text.length());
    return tokens(text, from, to, List.of());
  }

  /**
   * The tokens of a text whose quotations are known.
   *
   * @param text the text
   * @param quotations its quotations, in text order, none inside another
   * @return its words and marks, each quotation one token
   */
  public static Tokens tokens(String text, List<Quotation> quotations) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(quotations, "quotations");
    return tokens(text, 0, text.length(), quotations);
  }

  private static Tokens tokens(String text, int from, int to, List<Quotation> quotations) {
    Tokens out = new Tokens(text, to - from);
    int q = 0;
    int nextQuotation = quotations.isEmpty() ? Integer.MAX_VALUE : quotations.get(0).start();
    int paragraph = 0;
    boolean newline = false;
    int i = from;
    while (i < to) {
      if (i >= nextQuotation) {
        Quotation s = quotations.get(q);
        if (newline && out.size() > 0) {
          paragraph++;
        }
        newline = false;
        // A quotation that runs over paragraphs belongs to the one it opens in.
        out.addQuotation(s.start(), s.end(), paragraph, q);
        i = Math.max(i + 1, s.end());
        q++;
        nextQuotation = q < quotations.size() ? quotations.get(q).start() : Integer.MAX_VALUE;
        continue;
      }
      char c = text.charAt(i);
      if (c == ' ') {
        i++;
        continue;
      }
      if (c == '\n') {
        newline = true;
        i++;
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++; // no-break and other Unicode spaces too
        continue;
      }
      if (newline && out.size() > 0) {
        paragraph++;
      }
      newline = false;
      if (!Character.isLetterOrDigit(c)) {
        out.addMark(i, paragraph);
        i++;
        continue;
      }
      i = word(text, i, Math.min(to, nextQuotation), paragraph, out);
    }
    return out;
  }

  /** Adds the word that starts at {@code i}, with what is written after it; returns the offset after all of it. */
  private static int word(String text, int i, int limit, int paragraph, Tokens out) {
    int j = wordEnd(text, i, limit);
    int end = j;
    boolean possessive = false;
    boolean plural = false;
    if (j - i > 2 && text.charAt(j - 1) == 's' && apostrophe(text.charAt(j - 2))) {
      possessive = true;
      end = j - 2;
    } else if (j + 1 < limit && apostrophe(text.charAt(j)) && (text.charAt(j - 1) == 's' || text.charAt(j - 1) == 'S')
        && text.charAt(j + 1) == ' ') {
      plural = true; // "the workers’ union"
      j++;
    }
    boolean abbreviation = false;
    if (!possessive && !plural && j < limit && text.charAt(j) == '.' && Abbreviations.keepsFullStop(text, i, j)) {
      abbreviation = true;
      j++;
      end = j;
    }
    out.addWord(i, end, j, nameEnd(text, i, end, limit), possessive, plural, abbreviation, paragraph);
    return j;
  }

  /**
   * Where the name that begins the word {@code [i, end)} ends: at a hyphen that makes an adjective of
   * it ("Lindholm-based"), at the dot before a site's domain ("Example.com"), else at {@code end}.
   */
  private static int nameEnd(String text, int i, int end, int limit) {
    for (int k = i + 1; k < end; k++) {
      char c = text.charAt(k);
      if (hyphen(c) && Character.isUpperCase(text.charAt(i)) && nameSuffix(text, k + 1, limit)
          || c == '.' && siteDot(text, i, k, limit)) {
        return k;
      }
    }
    return end;
  }

  /** True when the full stop at {@code j}, in the word from {@code i}, is a site's: "OutageWatch.us", "Example.com". */
  private static boolean siteDot(String text, int i, int j, int limit) {
    return j - i >= 2 && j + 2 < limit && Character.isLowerCase(text.charAt(j + 1))
        && Character.isLetter(text.charAt(j - 1)) && Character.isLetter(text.charAt(j + 2));
  }

  private static boolean apostrophe(char c) {
    return c == '\'' || c == '’';
  }

  private static boolean hyphen(char c) {
    return c == '-' || c == '‐';
  }

  /** The end of the letters, digits and joining marks of the word that starts at {@code i}. */
  private static int wordEnd(String text, int i, int limit) {
    int j = i + 1;
    while (j < limit) {
      char d = text.charAt(j);
      if (Character.isLetterOrDigit(d)) {
        j++;
      } else if ((apostrophe(d) || hyphen(d)) && j + 1 < limit && Character.isLetterOrDigit(text.charAt(j + 1))) {
        j++;
      } else if ((d == '.' || d == ',') && Character.isDigit(text.charAt(j - 1)) && j + 1 < limit
          && Character.isDigit(text.charAt(j + 1))) {
        j++; // "1,200.5"
      } else if (d == '.' && j + 1 < limit && Character.isLetter(text.charAt(j + 1))
          && Character.isUpperCase(text.charAt(j + 1))
          && Character.isUpperCase(text.charAt(j - 1)) && (j - i == 1 || text.charAt(j - 2) == '.')) {
        j++; // "U.S", "U.K"
      } else if (d == '.' && siteDot(text, i, j, limit)) {
        j++; // "OutageWatch.us", "Example.com": a site's name
      } else if (d == '.' && j + 1 < limit && Character.isLetter(text.charAt(j + 1))
          && Abbreviations.keepsFullStop(text, i, j)) {
        j++; // "T.van Tovar": an initial written close to what follows
      } else {
        break;
      }
    }
    return j;
  }

  /** True when the lower-case letters from {@code at} to the next non-letter are one of {@link #NAME_SUFFIXES}. */
  private static boolean nameSuffix(String text, int at, int limit) {
    int e = at;
    while (e < limit && Character.isLowerCase(text.charAt(e))) {
      e++;
    }
    return e > at && (e == limit || !Character.isLetterOrDigit(text.charAt(e)))
        && NAME_SUFFIXES.contains(text.substring(at, e));
  }
}
