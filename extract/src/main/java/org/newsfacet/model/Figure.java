package org.newsfacet.model;

import java.util.Objects;
import java.util.Set;
import org.newsfacet.internal.English;

/**
 * A numeric figure stated in an article, with who claimed it.
 *
 * @param text the span as written
 * @param low the lower bound (equal to {@code high} for a single value)
 * @param high the upper bound
 * @param approximate true when hedged with about, around, nearly, some
 * @param unit the counted thing, as written; for a number that leaves it to the list it belongs to
 *     ("6,340 tractors sold in Alberta, 2,915 in Manitoba"), the unit written before it
 * @param currency the ISO 4217 code of money (USD, JPY), or null (not money, or money whose
 *     currency the text leaves open: "pesos")
 * @param bound how the stated number bounds the real one: {@code at least}, {@code more than},
 *     {@code up to}, {@code less than}, or null for the number itself
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
    String currency,
    String bound,
    FigureCategory category,
    String claimant,
    String attributedBy,
    int start,
    int end) {

  /** The values {@link #bound} takes besides null (the lexicon's {@code figure-bounds.txt}). */
  public static final Set<String> BOUNDS = English.words("figure-bounds");

  /** Validates the fields. */
  public Figure {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(category, "category");
    if (low > high) {
      throw new IllegalArgumentException("low " + low + " is above high " + high);
    }
    if (bound != null && !BOUNDS.contains(bound)) {
      throw new IllegalArgumentException("bound '" + bound + "' is none of " + BOUNDS);
    }
    Spans.check(start, end);
  }

  /**
   * A figure with no currency code, bound or attribution rule recorded.
   *
   * @param text the span as written
   * @param low the lower bound
   * @param high the upper bound
   * @param approximate true when hedged
   * @param unit the counted thing, as written
   * @param category what the figure counts
   * @param claimant who the article attributes the figure to, or null
   * @param start offset of the first character of {@code text}
   * @param end offset just past the last character of {@code text}
   */
  public Figure(String text, double low, double high, boolean approximate, String unit, FigureCategory category,
      String claimant, int start, int end) {
    this(text, low, high, approximate, unit, null, null, category, claimant, null, start, end);
  }

  /**
   * The same figure with another claimant, found by rule {@code rule}.
   *
   * @param claimant who the article attributes the figure to, or null
   * @param rule the name of the attribution rule that chose the claimant
   * @return a new figure; this one is unchanged
   */
  public Figure withClaimant(String claimant, String rule) {
    return new Figure(text, low, high, approximate, unit, currency, bound, category, claimant, rule, start, end);
  }

  /**
   * The same figure counting what {@code listed} counts: its unit and category.
   *
   * @param listed the figure of the same list that names what is counted
   * @return a new figure; this one is unchanged
   */
  public Figure countingAs(Figure listed) {
    return new Figure(text, low, high, approximate, listed.unit, currency, bound, listed.category, claimant, attributedBy,
        start, end);
  }

  /**
   * The same figure counting another category.
   *
   * @param category what the figure counts
   * @return a new figure; this one is unchanged
   */
  public Figure withCategory(FigureCategory category) {
    return new Figure(text, low, high, approximate, unit, currency, bound, category, claimant, attributedBy, start, end);
  }
}
