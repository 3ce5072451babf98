package org.newsfacet.extract.attribution;

/**
 * Where the headline stands in the body, when it does: no quotation is read there, and no statement
 * carries over from it.
 *
 * @param start offset of the headline, or -1 when the body does not hold it
 * @param end offset just past it, or -1
 */
record Headline(int start, int end) {

  /** True when {@code offset} falls inside the headline. */
  boolean holds(int offset) {
    return start >= 0 && offset >= start && offset < end;
  }
}
