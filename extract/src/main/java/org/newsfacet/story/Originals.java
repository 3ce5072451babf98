package org.newsfacet.story;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;

/**
 * Which of the articles that carry one text or one story is the original: an agency's own copy of
 * its report first, then a copy that credits an agency, then the earliest published, then the
 * smallest id, so that the choice never depends on the order in which articles were indexed. A
 * wire agency dates an update later than a client that published the first version, so credit
 * weighs more than date.
 */
public final class Originals {
  private Originals() {}

  /**
   * The order that puts the original first, over any type that knows an article's source.
   *
   * @param outlet the article's outlet, or null
   * @param agency the agency it credits, or null
   * @param published its publication date, or null
   * @param id its id
   * @param <T> what is ordered
   * @return the comparator
   */
  public static <T> Comparator<T> first(Function<T, String> outlet, Function<T, String> agency,
      Function<T, LocalDate> published, Function<T, String> id) {
    Comparator<T> own = Comparator.comparing(t -> {
      String a = agency.apply(t);
      return a == null || !Objects.equals(a, outlet.apply(t));
    });
    return own.thenComparing(t -> agency.apply(t) == null)
        .thenComparing(published, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(id);
  }
}
