package org.newsfacet.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsfacet.extract.text.Sentences;
import org.newsfacet.extract.text.Tokenizer;
import org.newsfacet.extract.text.Tokens;
import org.newsfacet.internal.English;

/**
 * The words of a text as entity recognition reads them: the shared tokenizer's words and sentences,
 * with what tells a name's words apart (a capital, or "al-" and a capital; only spaces or a comma
 * before a word), the name read on its own in "Lindholm-based" and "Example.com", and a plural
 * possessive kept inside a name ("Supporters' Trust").
 */
final class Words {
  /** "al-Amin", "bin-Rashid": a prefix and a hyphen before a capital begin a name in lower case. */
  private static final Pattern ARABIC_PREFIX = Pattern.compile("^" + English.alternation("arabic-name-prefixes") + "-\\p{Lu}.*");

  private final String s;
  private final int base;
  private final List<Token> out;
  /** The offset after the last word read, with what was written after it. */
  private int previousEnd;

  private Words(String s, int base, int size) {
    this.s = s;
    this.base = base;
    this.out = new ArrayList<>(size);
  }

  /**
   * The words of {@code s}; offsets are {@code base} plus the index in {@code s}, or -1 throughout
   * when {@code base} is negative (a headline that is not part of the text).
   */
  static List<Token> of(String s, int base) {
    Tokens tokens = Tokenizer.tokens(s);
    int[] sentences = Sentences.starts(tokens);
    Words words = new Words(s, base, tokens.size());
    int sentence = 0;
    boolean sentenceStart = true;
    for (int i = 0; i < tokens.size(); i++) {
      if (i == sentences[sentence + 1]) {
        sentence++;
        sentenceStart = true;
      }
      if (tokens.isWord(i)) {
        words.add(tokens, i, sentenceStart);
        sentenceStart = false;
      }
    }
    return words.out;
  }

  /** Adds word {@code i} of {@code tokens}: two words when a name begins it ("Lindholm-based", "Example.com"). */
  private void add(Tokens tokens, int i, boolean sentenceStart) {
    int start = tokens.start(i);
    int end = tokens.end(i);
    int nameEnd = tokens.nameEnd(i);
    if (nameEnd < end) {
      add(start, nameEnd, nameEnd, false, sentenceStart);
      start = nameEnd + 1;
      sentenceStart = false;
    }
    int next = tokens.next(i);
    if (tokens.pluralPossessive(i)) {
      if (Character.isUpperCase(s.charAt(start)) && end + 2 < s.length() && Character.isUpperCase(s.charAt(end + 2))) {
        end++; // "Supporters' Trust": the apostrophe stays inside the name
      } else {
        next = end; // "the workers' union": the apostrophe parts the words
      }
    }
    add(start, end, next, tokens.possessive(i), sentenceStart);
  }

  /** Adds the word {@code [start, end)}, read up to {@code next}. */
  private void add(int start, int end, int next, boolean possessive, boolean sentenceStart) {
    boolean blank = true;
    int commas = 0;
    int other = 0;
    char last = ' ';
    boolean lineStart = out.isEmpty();
    for (int k = previousEnd; k < start; k++) {
      char g = s.charAt(k);
      lineStart |= g == '\n' || g == '\r';
      if (g != ' ' && g != '\t' && g != '\u00a0') {
        blank = false;
        last = Character.isWhitespace(g) ? last : g;
        if (g == ',') {
          commas++;
        } else if (!Character.isWhitespace(g)) {
          other++;
        }
      }
    }
    boolean joined = !out.isEmpty() && blank;
    boolean afterComma = !out.isEmpty() && commas == 1 && other == 0;
    String word = s.substring(start, end);
    // "US$1": letters before a currency sign name the currency, not a country.
    boolean currency = next < s.length() && (s.charAt(next) == '$' || s.charAt(next) == '€' || s.charAt(next) == '£');
    boolean capitalised = !currency && (Character.isUpperCase(word.charAt(0))
        || word.indexOf('-') > 0 && word.indexOf('-') <= 3 && ARABIC_PREFIX.matcher(word).matches());
    int from = base < 0 ? -1 : base + start;
    int to = base < 0 ? -1 : base + end;
    out.add(new Token(word, from, to, capitalised, possessive, joined, afterComma, sentenceStart, last, lineStart));
    previousEnd = next;
  }
}
