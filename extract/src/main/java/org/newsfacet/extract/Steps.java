package org.newsfacet.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The steps of one article's extraction, each guarded: a step that fails (a bug in one rule, met
 * on text nobody foresaw) gives its fallback and a fault naming the step, so that the article
 * loses that step's result only, never the whole record.
 */
final class Steps {
  private final List<String> faults = new ArrayList<>();

  /** The step's result, or {@code fallback} with a fault recorded when it throws. */
  <T> T run(String step, Supplier<T> work, T fallback) {
    try {
      return work.get();
    } catch (RuntimeException | StackOverflowError e) {
      // A stack overflow here is a rule recursing on a pathological text (a regular expression
      // on a huge run of one character): the thread survives it, and so does the article.
      faults.add(step + " not extracted: internal error (" + describe(e) + ")");
      return fallback;
    }
  }

  /** What failed, in one line: the exception's name and its message. */
  private static String describe(Throwable e) {
    String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
    return e.getClass().getSimpleName() + message;
  }

  /** The faults so far, one line each, in the order the steps ran. */
  List<String> faults() {
    return List.copyOf(faults);
  }
}
