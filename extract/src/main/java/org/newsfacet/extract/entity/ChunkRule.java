package org.newsfacet.extract.entity;

import java.util.List;
import org.newsfacet.model.EntityType;

/**
 * A named rule that types a run of capitalised words no list knows as a whole, from how the run
 * is built ("Harbourton United" is a club). The finder tries its rules in order; the first that
 * answers types the name and stamps its own name on it, so that a rule doing harm can be seen and
 * taken off the list.
 */
interface ChunkRule {
  /** The rule's name, as mentions record it. */
  String name();

  /**
   * The type of {@code tokens[from, to)}, or null when the rule has nothing to say.
   *
   * @param tokens the run of words
   * @param from the name's first token
   * @param to the token after its last
   * @return the type, or null
   */
  EntityType type(List<Token> tokens, int from, int to);
}
