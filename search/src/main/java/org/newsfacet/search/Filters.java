package org.newsfacet.search;

import java.time.LocalDate;
import java.util.List;

/**
 * The filters every search shares, over the article a hit comes from: its outlet, its agency, a
 * source that is either, and its publication dates. Immutable; each method returns a changed copy.
 * Several values of one list are alternatives ("in Reuters or AP"); the lists and the dates must
 * all hold.
 *
 * @param outlets only articles from one of these outlets (names or aliases; any case)
 * @param agencies only articles credited to one of these agencies
 * @param sources only articles published by or credited to one of these ("Reuters": its own
 *     articles and those others carry from it)
 * @param from only articles published on or after this day, or null
 * @param to only articles published on or before this day, or null
 */
public record Filters(List<String> outlets, List<String> agencies, List<String> sources, LocalDate from, LocalDate to) {

  /** No filter at all. */
  public static final Filters NONE = new Filters(List.of(), List.of(), List.of(), null, null);

  /** Validates and copies. */
  public Filters {
    outlets = List.copyOf(outlets);
    agencies = List.copyOf(agencies);
    sources = List.copyOf(sources);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }

  /**
   * Also accepts this outlet.
   *
   * @param outlet an outlet's name or alias, in any case; not blank
   * @return a changed copy
   */
  public Filters outlet(String outlet) {
    return new Filters(Requests.plus(outlets, outlet, "outlet"), agencies, sources, from, to);
  }

  /**
   * Also accepts this agency.
   *
   * @param agency an agency's name or alias, in any case; not blank
   * @return a changed copy
   */
  public Filters agency(String agency) {
    return new Filters(outlets, Requests.plus(agencies, agency, "agency"), sources, from, to);
  }

  /**
   * Also accepts this source: an outlet or an agency.
   *
   * @param source an outlet's or an agency's name, in any case; not blank
   * @return a changed copy
   */
  public Filters source(String source) {
    return new Filters(outlets, agencies, Requests.plus(sources, source, "source"), from, to);
  }

  /**
   * Only articles published on or after this day (null: no lower limit).
   *
   * @param day the earliest publication day, or null
   * @return a changed copy; it fails when the day is after {@code to}
   */
  public Filters from(LocalDate day) {
    return new Filters(outlets, agencies, sources, day, to);
  }

  /**
   * Only articles published on or before this day (null: no upper limit).
   *
   * @param day the latest publication day, or null
   * @return a changed copy; it fails when the day is before {@code from}
   */
  public Filters to(LocalDate day) {
    return new Filters(outlets, agencies, sources, from, day);
  }
}
