package org.newsfacet.search;

import java.time.LocalDate;
import java.util.List;
import org.newsfacet.model.QuoteKind;

/**
 * A search over quotations: by speaker (any spelling), by words in the quotation, by kind (the
 * speaker's own words, or reported speech), by outlet, agency and date. Immutable; each method returns a changed copy.
 *
 * <pre>{@code
 * QuoteRequest.by("Okonkwo").words("evidence").outlet("Reuters").limit(20)
 * }</pre>
 *
 * @param words words that must be in the quotation; blank for any
 * @param speakers only quotations of one of these speakers (names, surnames, any spelling)
 * @param kind only quotations of this kind, or null for both
 * @param filters the outlets, agencies, sources and dates of the quotations' articles
 * @param offset hits to skip, for paging
 * @param limit hits to return
 * @param copies true to list every article's copy of a quotation; false (the default) to list a
 *     quotation that several articles of one story carry once, with the outlets that carried it
 */
public record QuoteRequest(String words, List<String> speakers, QuoteKind kind, Filters filters, int offset, int limit,
    boolean copies) {

  /** Validates and copies. */
  public QuoteRequest {
    words = words == null ? "" : words.strip();
    speakers = List.copyOf(speakers);
    filters = filters == null ? Filters.NONE : filters;
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
  }

  /**
   * A request that collapses each story's copies (the default).
   *
   * @param words words that must be in the quotation; blank for any
   * @param speakers only quotations of one of these speakers
   * @param kind only quotations of this kind, or null for both
   * @param filters the outlets, agencies, sources and dates of the quotations' articles
   * @param offset hits to skip
   * @param limit hits to return
   */
  public QuoteRequest(String words, List<String> speakers, QuoteKind kind, Filters filters, int offset, int limit) {
    this(words, speakers, kind, filters, offset, limit, false);
  }

  /**
   * Every quotation, twenty at a time, newest first.
   *
   * @return a request with no condition
   */
  public static QuoteRequest all() {
    return new QuoteRequest("", List.of(), null, Filters.NONE, 0, 20, false);
  }

  /**
   * The quotations of one speaker.
   *
   * @param speaker a name in any spelling, or a surname; not blank
   * @return a request for that speaker's quotations, twenty at a time, newest first
   */
  public static QuoteRequest by(String speaker) {
    return all().speaker(speaker);
  }

  /**
   * Also accepts this speaker.
   *
   * @param name a name in any spelling, or a surname; not blank
   * @return a changed copy
   */
  public QuoteRequest speaker(String name) {
    return new QuoteRequest(words, Requests.plus(speakers, name, "speaker"), kind, filters, offset, limit, copies);
  }

  /**
   * Requires these words in the quotation (Lucene syntax).
   *
   * @param text words in Lucene's classic syntax; blank for any
   * @return a changed copy
   */
  public QuoteRequest words(String text) {
    return new QuoteRequest(text, speakers, kind, filters, offset, limit, copies);
  }

  /**
   * Only quotations of this kind: {@link QuoteKind#DIRECT} words or {@link QuoteKind#INDIRECT} reported speech; null for both.
   *
   * @param k the kind, or null for both
   * @return a changed copy
   */
  public QuoteRequest kind(QuoteKind k) {
    return new QuoteRequest(words, speakers, k, filters, offset, limit, copies);
  }

  /**
   * These filters instead of the ones so far.
   *
   * @param f the filters; null for none
   * @return a changed copy
   */
  public QuoteRequest filters(Filters f) {
    return new QuoteRequest(words, speakers, kind, f, offset, limit, copies);
  }

  /**
   * Also accepts this outlet.
   *
   * @param outlet an outlet's name or alias, in any case; not blank
   * @return a changed copy
   */
  public QuoteRequest outlet(String outlet) {
    return filters(filters.outlet(outlet));
  }

  /**
   * Also accepts this agency.
   *
   * @param agency an agency's name or alias, in any case; not blank
   * @return a changed copy
   */
  public QuoteRequest agency(String agency) {
    return filters(filters.agency(agency));
  }

  /**
   * Also accepts this source: an outlet or an agency.
   *
   * @param source an outlet's or an agency's name, in any case; not blank
   * @return a changed copy
   */
  public QuoteRequest source(String source) {
    return filters(filters.source(source));
  }

  /**
   * Only quotations published on or after this day.
   *
   * @param day the earliest publication day, or null for no lower limit
   * @return a changed copy
   */
  public QuoteRequest from(LocalDate day) {
    return filters(filters.from(day));
  }

  /**
   * Only quotations published on or before this day.
   *
   * @param day the latest publication day, or null for no upper limit
   * @return a changed copy
   */
  public QuoteRequest to(LocalDate day) {
    return filters(filters.to(day));
  }

  /**
   * Returns at most this many hits.
   *
   * @param n hits on the page, not negative; a search refuses more than
   *     {@link QueryLimits#MAX_PAGE}
   * @return a changed copy
   */
  public QuoteRequest limit(int n) {
    return new QuoteRequest(words, speakers, kind, filters, offset, n, copies);
  }

  /**
   * Skips this many hits first.
   *
   * @param n hits to pass over, not negative
   * @return a changed copy
   */
  public QuoteRequest offset(int n) {
    return new QuoteRequest(words, speakers, kind, filters, n, limit, copies);
  }

  /**
   * This request listing every copy of a quotation, or (the default) each story's once.
   *
   * @param show true for every article's copy
   * @return a changed copy
   */
  public QuoteRequest copies(boolean show) {
    return new QuoteRequest(words, speakers, kind, filters, offset, limit, show);
  }
}
