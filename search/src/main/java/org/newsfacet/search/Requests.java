package org.newsfacet.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What the search requests share. */
final class Requests {
  private Requests() {}

  /** The list with one more value, which must not be blank; {@code what} names it in the message. */
  static List<String> plus(List<String> list, String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    List<String> out = new ArrayList<>(list);
    if (out.stream().noneMatch(v -> v.equalsIgnoreCase(value.strip()))) {
      out.add(value.strip()); // "in Reuters" twice is one filter, not two clauses
    }
    return out;
  }
}
