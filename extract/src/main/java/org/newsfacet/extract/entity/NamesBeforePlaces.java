package org.newsfacet.extract.entity;

import java.util.List;
import org.newsfacet.model.EntityType;

/**
 * Rule {@code name-before-place}: a word no list knows before a town's name that is also a
 * surname, "Tavita Harrow" where Harrow is a town, is a person, not a place the first word
 * qualifies. A country or region, and any list's word first ("Greater", a demonym, a title), keep
 * the place.
 */
final class NamesBeforePlaces implements ChunkRule {
  private final Gazetteer gazetteer;
  private final NameEvidence evidence;

  NamesBeforePlaces(Gazetteer gazetteer, NameEvidence evidence) {
    this.gazetteer = gazetteer;
    this.evidence = evidence;
  }

  @Override
  public String name() {
    return "name-before-place";
  }

  @Override
  public EntityType type(List<Token> tokens, int from, int to) {
    if (to - from != 2 || !evidence.unknownWords(tokens, from, from + 1) || !lowerAfterFirst(tokens.get(from).text())) {
      return null;
    }
    return gazetteer.isCity(tokens.get(from + 1).text()) ? EntityType.PERSON : null;
  }

  /** "Tavita", not "NATO": a name written in capitals is an acronym. */
  private static boolean lowerAfterFirst(String w) {
    return w.length() >= 2 && Character.isLowerCase(w.charAt(w.length() - 1));
  }
}
