package org.newsfacet.model;

import java.util.Locale;

/** What a numeric figure counts, as the extraction contract defines the categories. */
public enum FigureCategory {
  /** Soldiers, troops, forces and military personnel. */
  TROOPS,
  /** The killed, dead, wounded and injured. */
  CASUALTIES,
  /** Other people: civilians, evacuees, the displaced, residents, patients, cases. */
  PEOPLE,
  /** Money, in any currency. */
  MONEY,
  /** A share, in per cent. */
  PERCENT,
  /** Missiles, shells, drones and other arms. */
  WEAPONS,
  /** Anything else counted. */
  OTHER;

  /**
   * The lower-case name used in JSON and in the index ({@code troops}).
   *
   * @return the label
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The category with this label, ignoring case; fails for an unknown label.
   *
   * @param label a label such as {@code troops}, with any case and surrounding space
   * @return the category
   */
  public static FigureCategory of(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
