package org.newsfacet.eval;

import java.util.Objects;

/**
 * How often a property of matched values is right: a quote's speaker, a figure's category.
 *
 * @param kind what was checked ({@code quotes.speaker})
 * @param right matched values whose property is right
 * @param total matched values checked
 */
public record Accuracy(String kind, int right, int total) {

  /** Validates the counts. */
  public Accuracy {
    Objects.requireNonNull(kind, "kind");
    if (right < 0 || total < right) {
      throw new IllegalArgumentException("need 0 <= right <= total");
    }
  }

  /**
   * Share of checked values that are right; 1 when none were checked.
   *
   * @return a share between 0 and 1
   */
  public double value() {
    return total == 0 ? 1 : (double) right / total;
  }

  Accuracy plus(int r, int t) {
    return new Accuracy(kind, right + r, total + t);
  }
}
