package org.newsfacet.search;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The most one question may ask of the index, checked before any search runs, so that no
 * question (5,000 nested parentheses, {@code /a{1,100000}/}, a page of two billion hits) can
 * exhaust the stack, a core or the heap. Each refusal says which limit and how to ask instead.
 */
public final class QueryLimits {
  /** The longest question, in characters: a paragraph, not a document. */
  public static final int MAX_QUESTION_CHARS = 1_000;
  /** The deepest nesting of parentheses; Lucene's parser recurses once per level. */
  public static final int MAX_NESTING = 20;
  /** The longest regular expression between slashes. */
  public static final int MAX_REGEX_CHARS = 100;
  /**
   * The largest product of the repetition bounds of one regular expression ({@code {1,100000}}
   * alone is 100,000): its automaton has a copy of the repeated part per count, built before
   * Lucene's own determinization limit can step in.
   */
  public static final long MAX_REGEX_REPEATS = 1_000;
  /**
   * The most words in one search: each is a clause per field searched, well below Lucene's own
   * limit of 1,024 clauses, which counts the filters too.
   */
  public static final int MAX_WORDS = 256;
  /** The most wildcards ({@code *}, {@code ?}) in one term. */
  public static final int MAX_WILDCARDS = 8;
  /** How deep a page may reach ({@code offset + limit}): each hit up to it is ranked in memory. */
  public static final int MAX_PAGE_END = 10_000;
  /** The most hits on one page: each is read back and highlighted (some 10 ms an article). */
  public static final int MAX_PAGE = 1_000;

  private static final Pattern REPEAT = Pattern.compile("\\{(\\d{1,9})(?:,(\\d{0,9}))?}");

  private QueryLimits() {}

  /**
   * Refuses a question longer than {@link #MAX_QUESTION_CHARS}.
   *
   * @param question the question as typed, or null
   */
  public static void checkQuestion(String question) {
    if (question != null && question.length() > MAX_QUESTION_CHARS) {
      throw new QueryLimitException(String.format(Locale.ROOT, "the question is %,d characters long; a question may "
          + "have %,d at most: ask with fewer words or filters", question.length(), MAX_QUESTION_CHARS));
    }
  }

  /**
   * Refuses a page that reaches deeper than {@link #MAX_PAGE_END} hits.
   *
   * @param offset hits the page passes over
   * @param limit hits on the page
   */
  public static void checkPage(int offset, int limit) {
    if (limit > MAX_PAGE) {
      throw new QueryLimitException(String.format(Locale.ROOT, "a page may have %,d hits at most, not %,d: page through "
          + "them with an offset, or narrow the question", MAX_PAGE, limit));
    }
    if ((long) offset + limit > MAX_PAGE_END) {
      throw new QueryLimitException(String.format(Locale.ROOT, "a page may reach %,d hits deep at most; offset %,d "
          + "and limit %,d reach %,d: narrow the question (a date, an outlet) instead", MAX_PAGE_END, offset, limit,
          (long) offset + limit));
    }
  }

  /**
   * Refuses Lucene query text (or a question, before it is read) nested too deep, with too many
   * words, or with too costly a regular expression or wildcard term.
   *
   * @param text the query text; not null
   */
  public static void checkSyntax(String text) {
    checkQuestion(text);
    int depth = 0;
    int deepest = 0;
    boolean phrase = false;
    int wildcards = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++; // an escaped character is a literal
        continue;
      }
      if (c == '"') {
        phrase = !phrase;
      } else if (phrase) {
        continue; // a phrase is words only: no syntax inside
      } else if (c == '(') {
        deepest = Math.max(deepest, ++depth);
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (c == '/') {
        // Not only at a term's start: the parser reads "ferry/a{1,9}/" as a term and a regular expression.
        i = regex(text, i);
        continue;
      } else if (c == '*' || c == '?') {
        wildcards++;
        if (wildcards > MAX_WILDCARDS) {
          throw new QueryLimitException("a term has more than " + MAX_WILDCARDS + " wildcards (* or ?): use fewer");
        }
      }
      if (Character.isWhitespace(c) || c == '(' || c == ')' || c == ':' || c == '+' || c == '-' || c == '!') {
        wildcards = 0;
      }
    }
    int words = text.strip().isEmpty() ? 0 : text.strip().split("\\s+").length;
    if (words > MAX_WORDS) {
      throw new QueryLimitException(String.format(Locale.ROOT, "the question has %,d words; a search may have %d at "
          + "most (each is a clause to match): ask with fewer", words, MAX_WORDS));
    }
    if (deepest > MAX_NESTING) {
      throw new QueryLimitException(String.format(Locale.ROOT, "the question nests parentheses %,d deep; %d levels "
          + "are the most: write it flatter", deepest, MAX_NESTING));
    }
  }

  /** Checks the regular expression that opens at {@code open}; returns the offset of its closing slash. */
  private static int regex(String text, int open) {
    int close = open + 1;
    while (close < text.length() && text.charAt(close) != '/') {
      close += text.charAt(close) == '\\' ? 2 : 1;
    }
    String pattern = text.substring(open + 1, Math.min(close, text.length()));
    if (pattern.length() > MAX_REGEX_CHARS) {
      throw new QueryLimitException(String.format(Locale.ROOT, "a regular expression may have %d characters at most, "
          + "not %,d", MAX_REGEX_CHARS, pattern.length()));
    }
    long repeats = 1;
    Matcher m = REPEAT.matcher(pattern);
    while (m.find()) {
      long bound = Long.parseLong(m.group(2) == null || m.group(2).isEmpty() ? m.group(1) : m.group(2));
      repeats *= Math.max(1, bound);
      if (repeats > MAX_REGEX_REPEATS) {
        throw new QueryLimitException(String.format(Locale.ROOT, "the regular expression /%s/ repeats too much: its "
            + "repetition counts may multiply to %,d at most", pattern, MAX_REGEX_REPEATS));
      }
    }
    return close;
  }
}
