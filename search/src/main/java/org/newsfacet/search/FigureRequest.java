package org.newsfacet.search;

import java.time.LocalDate;
import java.util.List;
import org.newsfacet.model.FigureCategory;

/**
 * A search over figures: by category, claimant, outlet, agency, date and value. Immutable; each
 * method returns a changed copy.
 *
 * <pre>{@code
 * FigureRequest.of(FigureCategory.TROOPS).from(LocalDate.of(2024, 10, 1)).atLeast(1000)
 * }</pre>
 *
 * @param words words that must be in the figure's sentence (Lucene syntax); blank for any
 * @param category only figures of this category, or null for all
 * @param claimants only figures claimed by one of these (names, any spelling; unnamed labels)
 * @param filters the outlets, agencies, sources and dates of the figures' articles
 * @param min only figures whose high value is at least this, or null
 * @param max only figures whose low value is at most this, or null
 * @param offset hits to skip, for paging
 * @param limit hits to return
 * @param copies true to list every article's copy of a figure; false (the default) to list a
 *     figure that several articles of one story carry once, with the outlets that carried it
 */
public record FigureRequest(String words, FigureCategory category, List<String> claimants, Filters filters, Double min,
    Double max, int offset, int limit, boolean copies) {

  /** Validates and copies. */
  public FigureRequest {
    words = words == null ? "" : words.strip();
    claimants = List.copyOf(claimants);
    filters = filters == null ? Filters.NONE : filters;
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
  }

  /**
   * A request that collapses each story's copies (the default).
   *
   * @param words words that must be in the figure's sentence; blank for any
   * @param category only figures of this category, or null for all
   * @param claimants only figures claimed by one of these
   * @param filters the outlets, agencies, sources and dates of the figures' articles
   * @param min only figures whose high value is at least this, or null
   * @param max only figures whose low value is at most this, or null
   * @param offset hits to skip
   * @param limit hits to return
   */
  public FigureRequest(String words, FigureCategory category, List<String> claimants, Filters filters, Double min,
      Double max, int offset, int limit) {
    this(words, category, claimants, filters, min, max, offset, limit, false);
  }

  /**
   * Every figure, fifty at a time, newest first.
   *
   * @return a request with no condition
   */
  public static FigureRequest all() {
    return new FigureRequest("", null, List.of(), Filters.NONE, null, null, 0, 50, false);
  }

  /**
   * The figures of one category.
   *
   * @param category what the figures count
   * @return a request for that category's figures, fifty at a time, newest first
   */
  public static FigureRequest of(FigureCategory category) {
    return all().category(category);
  }

  /**
   * Only figures of this category (null for all).
   *
   * @param c the category, or null for every category
   * @return a changed copy
   */
  public FigureRequest category(FigureCategory c) {
    return new FigureRequest(words, c, claimants, filters, min, max, offset, limit, copies);
  }

  /**
   * Also accepts this claimant.
   *
   * @param name a claimant's name in any spelling, or an unnamed label; not blank
   * @return a changed copy
   */
  public FigureRequest claimant(String name) {
    return new FigureRequest(words, category, Requests.plus(claimants, name, "claimant"), filters, min, max, offset, limit, copies);
  }

  /**
   * These filters instead of the ones so far.
   *
   * @param f the filters; null for none
   * @return a changed copy
   */
  public FigureRequest filters(Filters f) {
    return new FigureRequest(words, category, claimants, f, min, max, offset, limit, copies);
  }

  /**
   * Also accepts this outlet.
   *
   * @param outlet an outlet's name or alias, in any case; not blank
   * @return a changed copy
   */
  public FigureRequest outlet(String outlet) {
    return filters(filters.outlet(outlet));
  }

  /**
   * Also accepts this agency.
   *
   * @param agency an agency's name or alias, in any case; not blank
   * @return a changed copy
   */
  public FigureRequest agency(String agency) {
    return filters(filters.agency(agency));
  }

  /**
   * Also accepts this source: an outlet or an agency.
   *
   * @param source an outlet's or an agency's name, in any case; not blank
   * @return a changed copy
   */
  public FigureRequest source(String source) {
    return filters(filters.source(source));
  }

  /**
   * Only figures published on or after this day.
   *
   * @param day the earliest publication day, or null for no lower limit
   * @return a changed copy
   */
  public FigureRequest from(LocalDate day) {
    return filters(filters.from(day));
  }

  /**
   * Only figures published on or before this day.
   *
   * @param day the latest publication day, or null for no upper limit
   * @return a changed copy
   */
  public FigureRequest to(LocalDate day) {
    return filters(filters.to(day));
  }

  /**
   * Requires these words in the figure's sentence ("figures for flood relief").
   *
   * @param text words in Lucene's classic syntax; blank for any
   * @return a changed copy
   */
  public FigureRequest words(String text) {
    return new FigureRequest(text, category, claimants, filters, min, max, offset, limit, copies);
  }

  /**
   * Only figures reaching at least this value.
   *
   * @param value the least value a figure's upper bound may have
   * @return a changed copy
   */
  public FigureRequest atLeast(double value) {
    return new FigureRequest(words, category, claimants, filters, value, max, offset, limit, copies);
  }

  /**
   * Only figures starting at most at this value.
   *
   * @param value the greatest value a figure's lower bound may have
   * @return a changed copy
   */
  public FigureRequest atMost(double value) {
    return new FigureRequest(words, category, claimants, filters, min, value, offset, limit, copies);
  }

  /**
   * Returns at most this many hits.
   *
   * @param n hits on the page, not negative; a search refuses more than
   *     {@link QueryLimits#MAX_PAGE}
   * @return a changed copy
   */
  public FigureRequest limit(int n) {
    return new FigureRequest(words, category, claimants, filters, min, max, offset, n, copies);
  }

  /**
   * Skips this many hits first.
   *
   * @param n hits to pass over, not negative
   * @return a changed copy
   */
  public FigureRequest offset(int n) {
    return new FigureRequest(words, category, claimants, filters, min, max, n, limit, copies);
  }

  /**
   * This request listing every copy of a figure, or (the default) each story's once.
   *
   * @param show true for every article's copy
   * @return a changed copy
   */
  public FigureRequest copies(boolean show) {
    return new FigureRequest(words, category, claimants, filters, min, max, offset, limit, show);
  }
}
