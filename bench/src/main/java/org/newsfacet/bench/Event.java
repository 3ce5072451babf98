package org.newsfacet.bench;

import java.time.LocalDate;
import org.newsfacet.model.FigureCategory;

/**
 * What a story reports: who spoke where, the figure they gave and the words they said. A report,
 * its copies and its rewrites share it; so does an independent report of the same event, which
 * tells it in its own words.
 *
 * @param city where it happened: the dateline
 * @param speaker who gave the figure and the quotation
 * @param org the organisation the report credits with its other figures
 * @param kind what the lead figure counts: a kind of the reporter's figure sentences
 * @param unit the counted thing as written ("soldiers")
 * @param value the lead figure
 * @param quote the speaker's quotation, without its marks
 * @param day the day it happened, whose weekday the lead names
 */
record Event(String city, Person speaker, String org, int kind, String unit, long value, String quote,
    LocalDate day) {

  /**
   * A person of the generated population.
   *
   * @param name the full name
   * @param surname the surname as usually written
   * @param variant the surname as some write it (the same for most people)
   * @param role the office held
   */
  record Person(String name, String surname, String variant, String role) {}

  /**
   * A kind of figure a sentence states: "3,470 soldiers were deployed near the border".
   *
   * @param units the counted things it may name, all of one category
   * @param category the category of the figure
   * @param rest the grammar rule of what the counted things did
   * @param min the smallest value
   * @param max the largest value
   */
  record Counted(String[] units, FigureCategory category, String rest, int min, int max) {}
}
