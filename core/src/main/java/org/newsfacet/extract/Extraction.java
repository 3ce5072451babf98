package org.newsfacet.extract;

import java.util.Objects;
import org.newsfacet.model.Article;

/**
 * The result of extracting one article: its record, and the text it was extracted from.
 *
 * @param article the extraction record
 * @param text the article text as read; every offset in the record points into it
 * @param body the text with everything that is not article body (header, captions, credits)
 *     blanked out, character for character, so that offsets stay valid
 */
public record Extraction(Article article, String text, String body) {

  /** Validates the fields. */
  public Extraction {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(body, "body");
    if (body.length() != text.length()) {
      throw new IllegalArgumentException("body must be as long as the text");
    }
  }
}
