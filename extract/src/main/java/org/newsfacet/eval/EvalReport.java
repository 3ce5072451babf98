package org.newsfacet.eval;

import java.util.List;
import java.util.Optional;

/**
 * The result of scoring extraction against expected records.
 *
 * @param expected number of expected records
 * @param matched how many of them had an extracted record (by id, else by source)
 * @param scores one score per field kind, in a fixed order
 * @param accuracies properties of matched values checked for rightness (a quote's speaker)
 * @param missing sources of expected records whose article could not be found or read
 */
public record EvalReport(int expected, int matched, List<Score> scores, List<Accuracy> accuracies, List<String> missing) {

  /** Copies the lists. */
  public EvalReport {
    scores = List.copyOf(scores);
    accuracies = List.copyOf(accuracies);
    missing = List.copyOf(missing);
  }

  /**
   * The accuracy of one kind, if it was checked.
   *
   * @param kind what was checked, as the accuracy names it ({@code quotes.speaker})
   * @return its accuracy, or empty when this run did not check it
   */
  public Optional<Accuracy> accuracy(String kind) {
    return accuracies.stream().filter(a -> a.kind().equals(kind)).findFirst();
  }

  /**
   * The score of one kind, if it was scored.
   *
   * @param kind what was scored, as the score names it ({@code published})
   * @return its score, or empty when this run did not score it
   */
  public Optional<Score> score(String kind) {
    return scores.stream().filter(s -> s.kind().equals(kind)).findFirst();
  }
}
