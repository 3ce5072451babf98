package org.newsfacet.index;

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
 * @param category only figures of this category, or null for all
 * @param claimants only figures claimed by one of these (names, any spelling; unnamed labels)
 * @param outlets only figures from articles of one of these outlets
 * @param agencies only figures from articles credited to one of these agencies
 * @param from only figures from articles published on or after this day, or null
 * @param to only figures from articles published on or before this day, or null
 * @param min only figures whose high value is at least this, or null
 * @param max only figures whose low value is at most this, or null
 * @param offset hits to skip, for paging
 * @param limit hits to return
 */
public record FigureRequest(FigureCategory category, List<String> claimants, List<String> outlets, List<String> agencies,
    LocalDate from, LocalDate to, Double min, Double max, int offset, int limit) {

  /** Validates and copies. */
  public FigureRequest {
    claimants = List.copyOf(claimants);
    outlets = List.copyOf(outlets);
    agencies = List.copyOf(agencies);
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
  }

  /** Every figure, fifty at a time, newest first. */
  public static FigureRequest all() {
    return new FigureRequest(null, List.of(), List.of(), List.of(), null, null, null, null, 0, 50);
  }

  /** The figures of one category. */
  public static FigureRequest of(FigureCategory category) {
    return all().category(category);
  }

  /** Only figures of this category (null for all). */
  public FigureRequest category(FigureCategory c) {
    return new FigureRequest(c, claimants, outlets, agencies, from, to, min, max, offset, limit);
  }

  /** Also accepts this claimant. */
  public FigureRequest claimant(String name) {
    return new FigureRequest(category, Requests.plus(claimants, name, "claimant"), outlets, agencies, from, to, min, max,
        offset, limit);
  }

  /** Also accepts this outlet. */
  public FigureRequest outlet(String outlet) {
    return new FigureRequest(category, claimants, Requests.plus(outlets, outlet, "outlet"), agencies, from, to, min, max,
        offset, limit);
  }

  /** Also accepts this agency. */
  public FigureRequest agency(String agency) {
    return new FigureRequest(category, claimants, outlets, Requests.plus(agencies, agency, "agency"), from, to, min, max,
        offset, limit);
  }

  /** Only figures published on or after this day. */
  public FigureRequest from(LocalDate day) {
    return new FigureRequest(category, claimants, outlets, agencies, day, to, min, max, offset, limit);
  }

  /** Only figures published on or before this day. */
  public FigureRequest to(LocalDate day) {
    return new FigureRequest(category, claimants, outlets, agencies, from, day, min, max, offset, limit);
  }

  /** Only figures reaching at least this value. */
  public FigureRequest atLeast(double value) {
    return new FigureRequest(category, claimants, outlets, agencies, from, to, value, max, offset, limit);
  }

  /** Only figures starting at most at this value. */
  public FigureRequest atMost(double value) {
    return new FigureRequest(category, claimants, outlets, agencies, from, to, min, value, offset, limit);
  }

  /** Returns at most this many hits. */
  public FigureRequest limit(int n) {
    return new FigureRequest(category, claimants, outlets, agencies, from, to, min, max, offset, n);
  }

  /** Skips this many hits first. */
  public FigureRequest offset(int n) {
    return new FigureRequest(category, claimants, outlets, agencies, from, to, min, max, n, limit);
  }
}
