package org.newsfacet.extract.entity;

import java.util.List;

/**
 * A named rule that retypes the candidate names of a run of words from the words around them (a
 * score line, a versus). The finder applies its rules in order after typing each name on its
 * own; a rule leaves alone what an earlier rule settled and stamps its own name on what it
 * decides, so that a rule doing harm can be seen and taken off the list.
 */
interface ContextRule {
  /** The rule's name, as mentions record it. */
  String name();

  /**
   * Retypes what the rule decides among {@code candidates}, found in {@code tokens}.
   *
   * @param tokens the run of words
   * @param candidates its candidate names in text order, with their token ranges
   */
  void apply(List<Token> tokens, List<Candidate> candidates);
}
