package org.newsfacet.model;

import java.util.Objects;

/**
 * A numeric figure stated in an article, with who claimed it.
 *
 * @param text the span as written
 * @param low the lower bound (equal to {@code high} for a single value)
 * @param high the upper bound
 * @param approximate true when hedged with about, around, nearly, some
 * @param unit the counted thing, as written
 * @param category what the figure counts
 * @param claimant who the article attributes the figure to, or null for the article itself
 * @param attributedBy the name of the attribution rule that chose the claimant, or null
 * @param start offset of the first character of {@code text} in the article text
 * @param end offset just past the last character of {@code text}
 */
public record Figure(
    String text,
    double low,
    double high,
    boolean approximate,
    String unit,
    FigureCategory category,
    String claimant,
    String attributedBy,
    int start,
    int end) {

  /** Validates the fields. */
  public Figure {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(category, "category");
    if (low > high) {
      throw new IllegalArgumentException("low " + low + " is above high " + high);
    }
    Spans.check(start, end);
  }

  /** A figure with no recorded attribution rule. */
  public Figure(String text, double low, double high, boolean approximate, String unit, FigureCategory category,
      String claimant, int start, int end) {
    this(text, low, high, approximate, unit, category, claimant, null, start, end);
  }

  /** The same figure with another claimant, found by rule {@code rule}. */
  public Figure withClaimant(String claimant, String rule) {
    return new Figure(text, low, high, approximate, unit, category, claimant, rule, start, end);
  }

  /** The same figure counting another category. */
  public Figure withCategory(FigureCategory category) {
    return new Figure(text, low, high, approximate, unit, category, claimant, attributedBy, start, end);
  }
}
