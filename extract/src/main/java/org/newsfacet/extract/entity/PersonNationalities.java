package org.newsfacet.extract.entity;

import java.util.List;
import org.newsfacet.model.EntityType;

/**
 * Rule {@code person-nationality}: two or three capitalised words no list knows, followed by a
 * nation in parentheses, are a person and where they come from, as results and line-ups write
 * them: "Ilse Markvart (Norway)".
 */
final class PersonNationalities implements ChunkRule {
  /** The most words of a name read so. */
  private static final int MAX_WORDS = 3;

  private final Gazetteer gazetteer;
  private final NameEvidence evidence;

  PersonNationalities(Gazetteer gazetteer, NameEvidence evidence) {
    this.gazetteer = gazetteer;
    this.evidence = evidence;
  }

  @Override
  public String name() {
    return "person-nationality";
  }

  @Override
  public EntityType type(List<Token> tokens, int from, int to) {
    if (to - from < 2 || to - from > MAX_WORDS || to >= tokens.size() || !tokens.get(to).afterParenthesis()
        || !(evidence.unknownWords(tokens, from, to) || evidence.personLike(tokens, from, to))) {
      return null;
    }
    int nation = evidence.knownAt(tokens, to, tokens.size());
    return nation > 0 && gazetteer.isCountry(Token.span(tokens, to, to + nation)) ? EntityType.PERSON : null;
  }
}
