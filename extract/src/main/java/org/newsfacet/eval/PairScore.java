package org.newsfacet.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How well one grouping of articles (stories, copies) agrees with the true one, pair by pair: of
 * the pairs of articles put together, how many belong together (precision); of the pairs that
 * belong together, how many were put together (recall). The usual measure of clustering quality
 * for near-duplicate detection.
 *
 * @param truePairs pairs of articles that the truth groups together
 * @param predictedPairs pairs of articles that the grouping scored puts together
 * @param correctPairs pairs that both put together
 */
public record PairScore(long truePairs, long predictedPairs, long correctPairs) {

  /**
   * Scores {@code predicted} against {@code truth}, over the articles of the truth (an article the
   * grouping does not know counts as a group of its own).
   *
   * @param truth each article's true group key
   * @param predicted each article's group key as found
   * @return the pair counts
   */
  public static PairScore of(Map<String, String> truth, Map<String, String> predicted) {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(predicted, "predicted");
    Map<String, Long> trueSizes = new HashMap<>();
    Map<String, Long> predictedSizes = new HashMap<>();
    Map<String, Long> both = new HashMap<>();
    truth.forEach((id, key) -> {
      String found = predicted.getOrDefault(id, "\u0000" + id);
      trueSizes.merge(key, 1L, Long::sum);
      predictedSizes.merge(found, 1L, Long::sum);
      both.merge(key + "\u0001" + found, 1L, Long::sum);
    });
    return new PairScore(pairs(trueSizes), pairs(predictedSizes), pairs(both));
  }

  private static long pairs(Map<String, Long> sizes) {
    return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
  }

  /**
   * Correct pairs among the pairs put together.
   *
   * @return 1 when nothing was put together
   */
  public double precision() {
    return predictedPairs == 0 ? 1 : correctPairs / (double) predictedPairs;
  }

  /**
   * Pairs put together among the pairs that belong together.
   *
   * @return 1 when nothing belongs together
   */
  public double recall() {
    return truePairs == 0 ? 1 : correctPairs / (double) truePairs;
  }

  /**
   * The harmonic mean of precision and recall.
   *
   * @return 0 when both are 0
   */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
