package org.newsfacet.extract.figure;

/**
 * A number found in the body before it becomes a figure: its span, value, the currency sign or code
 * written with it (or null), whether it is a percentage, and where a unit of measure after it ends
 * (-1 for none).
 */
record NumberSpan(int start, int end, double value, String currency, boolean percent, int unitEnd) {
  /** A number with no unit of measure after it. */
  NumberSpan(int start, int end, double value, String currency, boolean percent) {
    this(start, end, value, currency, percent, -1);
  }
}
