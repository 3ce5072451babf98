package org.newsfacet.search;

import java.util.Objects;
import org.newsfacet.model.Article;

/**
 * One matching article.
 *
 * @param article its extraction record
 * @param score relevance score (NaN when sorted by date)
 * @param snippet a passage of the body as HTML: the article's words escaped ({@code <script>} comes
 *     as {@code &lt;script&gt;}), and the only markup the highlight marks {@code <b>} and {@code </b>}
 *     around the matched words, so that a page can show it as it is; single-spaced (a line break
 *     or any run of white space is one space); when no word is highlighted, the article's
 *     {@linkplain Leads lead}
 * @param syndication the article's story and copy group
 */
public record Hit(Article article, float score, String snippet, Syndication syndication) {
  /** The mark that opens a highlighted word in a snippet. */
  public static final String OPEN_MARK = "<b>";
  /** The mark that closes a highlighted word in a snippet. */
  public static final String CLOSE_MARK = "</b>";

  /** Validates the fields. */
  public Hit {
    Objects.requireNonNull(article, "article");
    snippet = Leads.singleSpaced(snippet); // a body's line breaks are no part of a passage shown on one line
    syndication = syndication == null ? Syndication.alone(article.id()) : syndication;
  }

  /**
   * A hit whose story is not known: the article alone.
   *
   * @param article its extraction record
   * @param score relevance score (NaN when sorted by date)
   * @param snippet a passage of the body as HTML
   */
  public Hit(Article article, float score, String snippet) {
    this(article, score, snippet, null);
  }

  /**
   * Text escaped as snippets are: the six characters that OWASP names ({@code & < > " ' /}) as
   * entities, and nothing else, so that {@link #snippetText} reads it back.
   *
   * @param text plain text
   * @return the text, safe between HTML tags and in an attribute
   */
  public static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#x27;").replace("/", "&#x2F;");
  }

  /**
   * The snippet as plain text, for a terminal or a text file: the article's words as they are,
   * the highlighted ones between {@code open} and {@code close} ("[" and "]", say).
   *
   * @param open what to put before each highlighted word
   * @param close what to put after each highlighted word
   * @return the passage without markup or entities
   */
  public String snippetText(String open, String close) {
    // The snippet's escaping (Lucene's, after OWASP) turns only these six characters into entities;
    // "&amp;" goes last, so that an article that wrote "&lt;" gets "&lt;" back, not "<".
    return snippet.replace(OPEN_MARK, open).replace(CLOSE_MARK, close).replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#x27;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
  }
}
