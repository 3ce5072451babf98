package org.newsfacet.eval;

import java.util.Objects;

/**
 * How well one kind of field was extracted: counts of right, spurious and missed values.
 *
 * @param kind what was scored ({@code published}, {@code entities.PERSON}...)
 * @param truePositives extracted values that match an expected one
 * @param falsePositives extracted values that match none
 * @param falseNegatives expected values that were not extracted
 */
public record Score(String kind, int truePositives, int falsePositives, int falseNegatives) {

  /** Validates the counts. */
  public Score {
    Objects.requireNonNull(kind, "kind");
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /**
   * Share of extracted values that are right; 1 when nothing was extracted and nothing expected.
   *
   * @return a share between 0 and 1
   */
  public double precision() {
    int extracted = truePositives + falsePositives;
    return extracted == 0 ? (falseNegatives == 0 ? 1 : 0) : (double) truePositives / extracted;
  }

  /**
   * Share of expected values that were extracted; 1 when nothing was expected.
   *
   * @return a share between 0 and 1
   */
  public double recall() {
    int expected = truePositives + falseNegatives;
    return expected == 0 ? (falsePositives == 0 ? 1 : 0) : (double) truePositives / expected;
  }

  /**
   * Harmonic mean of precision and recall.
   *
   * @return a share between 0 and 1; 0 when either is 0
   */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** This score plus another of the same kind. */
  Score plus(int tp, int fp, int fn) {
    return new Score(kind, truePositives + tp, falsePositives + fp, falseNegatives + fn);
  }
}
