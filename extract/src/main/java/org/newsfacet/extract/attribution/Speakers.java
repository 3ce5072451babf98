package org.newsfacet.extract.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * The sources one article's attributions have named so far, in text order, with the token where
 * each attribution stands: pronouns, documents and descriptions look back to the one quoted last.
 */
final class Speakers {
  /** How many paragraphs back a source still counts as quoted nearby: "it", "they", "the statement". */
  static final int NEARBY_PARAGRAPHS = 2;

  /** A source and the token of the attribution that named it. */
  record Spoken(int token, Source source) {}

  private final Discourse d;
  private final List<Spoken> spoken = new ArrayList<>();

  Speakers(Discourse d) {
    this.d = d;
  }

  /** Remembers that the attribution at {@code token} named {@code source}; a null source is none. */
  void add(int token, Source source) {
    if (source != null) {
      spoken.add(new Spoken(token, source));
    }
  }

  /** Every source remembered so far, in the order the attributions were read. */
  List<Spoken> all() {
    return Collections.unmodifiableList(spoken);
  }

  /** The source named last before {@code at} within {@code paragraphs} paragraphs that passes {@code test}. */
  Source last(int at, int paragraphs, Predicate<Source> test) {
    int paragraph = d.token(Math.min(at, d.size() - 1)).paragraph();
    for (int k = spoken.size() - 1; k >= 0; k--) {
      Spoken s = spoken.get(k);
      if (s.token() >= at) {
        continue;
      }
      if (paragraph - d.token(s.token()).paragraph() > paragraphs) {
        return null;
      }
      if (test.test(s.source())) {
        return s.source();
      }
    }
    return null;
  }
}
