package org.newsfacet.model;

import java.util.Locale;

/** Whether a quote gives a source's own words or reports them in the writer's words. */
public enum QuoteKind {
  /** The words between quotation marks. */
  DIRECT,
  /** Reported speech: what a source said, in the writer's words ("She said the bridge would reopen"). */
  INDIRECT;

  /**
   * The lower-case name used in JSON and in the index ({@code direct}).
   *
   * @return the label
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind with this label, ignoring case; fails for an unknown label.
   *
   * @param label a label such as {@code direct}, with any case and surrounding space
   * @return the kind
   */
  public static QuoteKind of(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
