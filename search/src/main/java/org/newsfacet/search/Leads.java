package org.newsfacet.search;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacet.model.Article;

/**
 * The lead of an article: what a hit shows when no word of the question is in its body to
 * highlight (a question of filters only, "in an outlet", "since a day"). A highlighter's first
 * passage is then the body's first sentence as its sentence rules split it, which is often the
 * dateline alone or a fragment of it (a city of two words split at the full stop after an
 * abbreviation); the lead skips the dateline the extraction found and gives whole sentences.
 */
public final class Leads {
  /**
   * The longest lead, in characters: the sentences that fit, or the first one cut after a word,
   * as the cluster's highlighter cuts a passage.
   */
  public static final int LENGTH = 200;

  /** Any run of white space, a line break or a no-break space included. */
  private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
  /**
   * What may follow the city on the dateline's line: its full stop, the other cities of a joint
   * dateline, and a region or country; never a sentence.
   */
  private static final Pattern DATELINE_REST = Pattern.compile(
      "\\.?(?:/[\\p{L}\\p{M} .'’-]{1,40})*(?:\\s*,\\s*[\\p{L}\\p{M} .'’-]{1,40})?\\s*");
  /**
   * The end of a sentence: its stop (and closing quotation mark or bracket), a space, then a
   * capital, a digit or an opening quotation mark. The word before the stop is checked apart.
   */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\\u0022'’”)]*(?= [\\p{Lu}\\d\\u0022'‘“])");
  /** A short capitalised word or a single letter: an abbreviation's stop, not a sentence's. */
  private static final Pattern ABBREVIATION = Pattern.compile("(?:^|[^\\p{L}])(?:\\p{Lu}\\p{Ll}{0,2}|\\p{L})\\.$");
  /** The fewest characters a lead cut at a sentence end keeps; a shorter first sentence is a fragment. */
  private static final int SHORTEST = 40;
  /** The longest byline line, in characters. */
  private static final int BYLINE_CHARS = 80;

  private Leads() {}

  /**
   * Text with every run of white space (line breaks too) made one space, and no space at either end.
   *
   * @param text any text, or null
   * @return the text on one line, single-spaced; empty for null
   */
  public static String singleSpaced(String text) {
    return text == null ? "" : SPACES.matcher(text).replaceAll(" ").strip();
  }

  /** Reads an article's body, only when a snippet needs it. */
  @FunctionalInterface
  public interface Body {
    /**
     * The body as indexed.
     *
     * @return the body, or null
     * @throws IOException when the index cannot be read
     */
    String read() throws IOException;
  }

  /**
   * A hit's snippet, the same from every engine: the highlighted passage when it marks a word of the
   * question; else (filters only, or words found only in the title) the article's lead, escaped as a
   * snippet is, since the first passage is often the dateline alone; else the passage as it is.
   *
   * @param passage the highlighter's passage, escaped, with {@link Hit#OPEN_MARK} marks; or null
   * @param body reads the body, called only when the passage marks nothing
   * @param article the article's record
   * @return the snippet; empty when there is neither passage nor lead
   * @throws IOException when the body cannot be read
   */
  public static String snippet(String passage, Body body, Article article) throws IOException {
    if (passage != null && passage.contains(Hit.OPEN_MARK)) {
      return passage;
    }
    String lead = of(body.read(), article);
    return !lead.isEmpty() ? Hit.escape(lead) : passage == null ? "" : passage;
  }

  /**
   * The lead of an article's body: its first sentences after the dateline (and a byline line
   * naming one of its authors), single-spaced, as many whole ones as fit in {@link #LENGTH}
   * characters, or the first cut after a word and marked with an ellipsis.
   *
   * @param body the body as indexed ({@link SharedFields#body}), or null
   * @param article the article's record, whose dateline and authors say what opens the body
   * @return the lead as plain text; empty when the body is
   */
  public static String of(String body, Article article) {
    String rest = body == null ? "" : body.strip();
    rest = after(rest, article.dateline(), true);
    for (String author : article.authors()) {
      rest = after(rest, author, false);
    }
    return cut(singleSpaced(rest));
  }

  /**
   * The text after its first line when that line is the dateline (the city, its region) or a
   * byline (a short line that names the author); else the text as it is.
   */
  private static String after(String text, String name, boolean dateline) {
    if (name == null || name.isBlank()) {
      return text;
    }
    int eol = text.indexOf('\n');
    String first = eol < 0 ? text : text.substring(0, eol);
    boolean skip = dateline
        ? first.regionMatches(true, 0, name, 0, name.length())
            && DATELINE_REST.matcher(first.substring(name.length())).matches()
        : eol >= 0 && first.length() <= BYLINE_CHARS && first.contains(name) && !first.strip().matches(".*[.!?]");
    return !skip ? text : eol < 0 ? "" : text.substring(eol + 1).strip();
  }

  /** The whole sentences that fit, else the text cut after a word with an ellipsis. */
  private static String cut(String text) {
    if (text.length() <= LENGTH) {
      return text;
    }
    int end = -1;
    Matcher m = SENTENCE_END.matcher(text);
    while (m.find() && m.end() <= LENGTH) {
      if (m.end() >= SHORTEST && !ABBREVIATION.matcher(text.substring(Math.max(0, m.start() - 4), m.start() + 1))
          .find()) {
        end = m.end();
      }
    }
    if (end > 0) {
      return text.substring(0, end);
    }
    int space = text.lastIndexOf(' ', LENGTH - 1);
    int cut = LENGTH - 1;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--; // never half a character
    }
    return (space > 0 ? text.substring(0, space) : text.substring(0, cut)).strip() + "…";
  }
}
