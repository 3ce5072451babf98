package org.newsfacet.extract.text;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * Splits tokens into sentences: the one sentence splitter of extraction, which attribution, entity
 * recognition, figures and the index's figure sentences all read.
 *
 * <p>A sentence ends at a line break; at a full stop, question or exclamation mark (and the closing
 * marks after it) that a space or a quotation follows, unless a lower-case word comes next ("R-Ky.,
 * said", "e.g. this"); after an abbreviation before a capital, unless it stands before a name ("Acme
 * Inc. The company" is two sentences, "Gen. Quillan" one). When quotations are tokens of their own,
 * a sentence never ends inside one, and one that closes with a full stop ends its sentence unless its
 * attribution follows ("“It is over.” The rescue went on." is two sentences, "“Why now?” asked
 * Quillan." one); only the reader of quotations knows what attributes one, so it says.
 */
public final class Sentences {
  /** For tokens without quotations: no attribution ever follows one. */
  private static final IntPredicate NO_QUOTATIONS = from -> false;
  /**
   * How far from the words asked about a sentence {@link #around} reaches at most, in characters:
   * text with no sentence end (a table, a list of names) is cut there.
   */
  private static final int REACH = 600;

  /**
   * Where a sentence of a text begins and ends.
   *
   * @param start the offset of its first character
   * @param end the offset just past its last
   */
  public record Bounds(int start, int end) {}

  private Sentences() {}

  /**
   * Where the sentences of tokens read without quotations start.
   *
   * @param tokens the tokens of a text
   * @return the index of each sentence's first token, with the token count appended ({@code {0}}
   *     for no tokens)
   */
  public static int[] starts(Tokens tokens) {
    return starts(tokens, NO_QUOTATIONS);
  }

  /**
   * Where the sentences of tokens start.
   *
   * @param tokens the tokens of a text, quotations among them
   * @param attributionFollows asked, with the index of the token after a quotation that ends a
   *     sentence of its own, whether the words from there attribute it ("asked Quillan")
   * @return the index of each sentence's first token, with the token count appended ({@code {0}}
   *     for no tokens)
   */
  public static int[] starts(Tokens tokens, IntPredicate attributionFollows) {
    Objects.requireNonNull(attributionFollows, "attributionFollows");
    int n = tokens.size();
    int[] starts = new int[n + 1];
    int count = 1;
    for (int i = 0; i + 1 < n; i++) {
      if (endsAfter(tokens, i, attributionFollows)) {
        starts[count++] = i + 1;
      }
    }
    if (n > 0) {
      starts[count++] = n;
    }
    return Arrays.copyOf(starts, count);
  }

  /**
   * The sentence of a text that a stretch of it stands in, read within the stretch's line.
   *
   * @param text the text
   * @param start the offset where the stretch starts
   * @param end the offset just past it
   * @return from the start of the sentence of its first word to the end of the sentence of its last
   * @throws IndexOutOfBoundsException when the stretch is not in the text
   */
  public static Bounds around(String text, int start, int end) {
    Objects.requireNonNull(text, "text");
    Objects.checkFromToIndex(start, end, text.length());
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    int lineEnd = text.indexOf('\n', end);
    Tokens tokens = Tokenizer.tokens(text, Math.max(lineStart, start - REACH),
        Math.min(lineEnd < 0 ? text.length() : lineEnd, end + REACH));
    int first = 0;
    while (first < tokens.size() && tokens.end(first) <= start) {
      first++;
    }
    int last = first;
    while (last + 1 < tokens.size() && tokens.start(last + 1) < end) {
      last++;
    }
    if (first == tokens.size()) {
      return new Bounds(start, end);
    }
    int[] starts = starts(tokens);
    int s = 0;
    while (starts[s + 1] <= first) {
      s++;
    }
    int e = s;
    while (starts[e + 1] <= last) {
      e++;
    }
    return new Bounds(Math.min(start, tokens.start(starts[s])), Math.max(end, tokens.end(starts[e + 1] - 1)));
  }

  /** True when a sentence ends after token {@code i}, which another follows. */
  private static boolean endsAfter(Tokens t, int i, IntPredicate attributionFollows) {
    int next = i + 1;
    if (t.paragraph(next) != t.paragraph(i)) {
      return true;
    }
    if (t.isMark(i)) {
      // "R-Ky., said": a full stop that something follows without a space ends no sentence
      return stop(t, i) && !t.lowerCase(next) && (t.start(next) > t.end(i) || t.isQuotation(next));
    }
    if (t.isWord(i) && t.abbreviation(i)) {
      // "Acme Inc. The company": a full stop ends the sentence, unless it stands before a name ("Gen. Tovar").
      // '…," said Sen. Ilse Tovar, R-S.D. "I get that."': a new quotation opens a new sentence
      return t.capitalised(next) && !Abbreviations.beforeName(t.string(i))
          || t.isQuotation(next) && startsCapitalised(t, next);
    }
    return t.isQuotation(i) && endsSentence(t, i) && !attributionFollows.test(next);
  }

  /**
   * True for a mark that ends a sentence, or a closing mark right after one: the ” of "over.”" or
   * of "said no.”" (an abbreviation's full stop may end a sentence too).
   */
  private static boolean stop(Tokens t, int i) {
    if (t.isWord(i)) {
      return t.abbreviation(i) && !Abbreviations.beforeName(t.string(i));
    }
    char c = t.first(i);
    if (c == '.' || c == '!' || c == '?') {
      return t.isMark(i);
    }
    return t.isMark(i) && closing(c) && i > 0 && t.end(i - 1) == t.start(i) && stop(t, i - 1);
  }

  /** Marks that close a quotation or an aside. */
  private static boolean closing(char c) {
    return c == '”' || c == '’' || c == '"' || c == '\'' || c == '»' || c == ')';
  }

  /** True when a quotation's words open with a capital: "“I get that." */
  private static boolean startsCapitalised(Tokens t, int quotation) {
    String text = t.text();
    for (int k = t.start(quotation); k < t.end(quotation); k++) {
      char c = text.charAt(k);
      if (Character.isLetterOrDigit(c)) {
        return Character.isUpperCase(c);
      }
    }
    return false;
  }

  /** True when a quotation closes a sentence of its own ("…over.” / “…over?”). */
  private static boolean endsSentence(Tokens t, int quotation) {
    String text = t.text();
    int k = t.end(quotation) - 1;
    while (k >= t.start(quotation) && (Character.isWhitespace(text.charAt(k)) || isQuoteMark(text.charAt(k)))) {
      k--;
    }
    return k >= t.start(quotation) && (text.charAt(k) == '.' || text.charAt(k) == '!' || text.charAt(k) == '?');
  }

  private static boolean isQuoteMark(char c) {
    return c == '"' || c == '\'' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '‘'
        || c == '’';
  }
}
