package org.newsfacet.search;

import java.time.LocalDate;
import java.util.List;
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
 * @param syndication the article's story and copy group
 * @param carriedBy when several articles of one story carry this quote, all of them, the original
 *     first (and this hit is the original's); empty when the hit stands for its article alone
 */
public record QuoteHit(Quote quote, String articleId, String title, String outlet, String agency, LocalDate published,
    String source, Syndication syndication, List<Carrier> carriedBy) {

  /** Validates the fields. */
  public QuoteHit {
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(articleId, "articleId");
    syndication = syndication == null ? Syndication.alone(articleId) : syndication;
    carriedBy = carriedBy == null ? List.of() : List.copyOf(carriedBy);
  }

  /**
   * A hit for its article alone, before its story is known.
   *
   * @param quote the quote
   * @param articleId the id of its article
   * @param title the article's headline, or null
   * @param outlet the article's outlet, or null
   * @param agency the article's agency, or null
   * @param published the article's publication date, or null
   * @param source where the article came from
   */
  public QuoteHit(Quote quote, String articleId, String title, String outlet, String agency, LocalDate published,
      String source) {
    this(quote, articleId, title, outlet, agency, published, source, null, List.of());
  }

  /**
   * How many articles carried it: 1 for a hit that stands for its article alone.
   *
   * @return the number of carriers, at least 1
   */
  public int copies() {
    return Math.max(1, carriedBy.size());
  }

  /**
   * This hit with its article's story.
   *
   * @param s the article's story and copy group
   * @return a changed copy
   */
  public QuoteHit with(Syndication s) {
    return new QuoteHit(quote, articleId, title, outlet, agency, published, source, s, carriedBy);
  }

  /**
   * This hit standing for every article of its story that carried it.
   *
   * @param carriers the articles, the original first
   * @return a changed copy
   */
  public QuoteHit carriedBy(List<Carrier> carriers) {
    return new QuoteHit(quote, articleId, title, outlet, agency, published, source, syndication, carriers);
  }
}
