package org.newsfacet.extract.entity;

import org.newsfacet.model.EntityType;

/** A name found in the text, typed or not yet. */
final class Candidate {
  /** The name as written. */
  final String surface;
  /** Offsets in the text, or -1 for a headline read on its own. */
  final int start;
  final int end;
  /** Null while no rule has typed it. */
  EntityType type;
  /** The name a list gives for it, or null. */
  String canonical;
  /** A person's role as the text gives it ("NATO chief"), or null. */
  String role;
  /** Typed by context alone (a reporting verb, a preposition): kept only if nothing better claims it. */
  boolean weak;
  /** A common word that may only join a person already named, as a surname. */
  boolean joinOnly;
  /** The name of the context rule that typed it ("score-line", "club-name"), or null for the lists and heads. */
  String rule;
  /** Typed by context strong enough that every mention of the name in the article takes the type. */
  boolean decisive;
  /** Typed as a row of a table (a name and three numbers): strong enough to retype a known place. */
  boolean tableRow;
  /** Its first token and the token after its last, in the run it was found in; -1 when not known. */
  int from = -1;
  int to = -1;

  Candidate(String surface, int start, int end, EntityType type, String canonical) {
    this.surface = surface;
    this.start = start;
    this.end = end;
    this.type = type;
    this.canonical = canonical;
  }
}
