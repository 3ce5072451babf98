package org.newsfacet.model;

/** Checks on character spans shared by the records that point into an article's text. */
final class Spans {
  private Spans() {}

  static void check(int start, int end) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
