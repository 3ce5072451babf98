package org.newsfacet.model;

import java.util.Locale;

/** What a numeric figure counts, as the extraction contract defines the categories. */
public enum FigureCategory {
  TROOPS,
  CASUALTIES,
  PEOPLE,
  MONEY,
  PERCENT,
  WEAPONS,
  OTHER;

  /** The lower-case name used in JSON and in the index ({@code troops}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The category with this label, ignoring case; fails for an unknown label. */
  public static FigureCategory of(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
