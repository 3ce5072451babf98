package org.newsfacet.ingest;

import java.util.Objects;

/**
 * An article as read, before extraction: its text and whatever metadata came with it.
 *
 * @param source where it came from: the path as given, or {@code PATH#LINE}
 * @param text the article text as read after decoding; extraction offsets point into it
 * @param given metadata that came with the article
 */
public record RawArticle(String source, String text, Given given) {

  /** Validates the fields. */
  public RawArticle {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    given = given == null ? Given.NONE : given;
  }

  /**
   * An article of plain text with no metadata.
   *
   * @param source where it came from
   * @param text the article text
   * @return an article with nothing given but its text
   */
  public static RawArticle of(String source, String text) {
    return new RawArticle(source, text, Given.NONE);
  }
}
