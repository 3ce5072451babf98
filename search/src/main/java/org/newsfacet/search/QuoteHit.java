package org.newsfacet.search;

import java.time.LocalDate;
import java.util.Objects;
import org.newsfacet.model.Quote;

/**
 * A quotation found by a search, with the article it came from.
 *
 * @param quote the quotation and its speaker
 * @param articleId the id of its article
 * @param title the article's headline, or null
 * @param outlet the article's outlet, or null
 * @param agency the article's agency, or null
 * @param published the article's publication date, or null
 * @param source where the article came from
 */
public record QuoteHit(Quote quote, String articleId, String title, String outlet, String agency, LocalDate published,
    String source) {

  /** Validates the fields. */
  public QuoteHit {
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(articleId, "articleId");
  }
}
