package org.newsfacet.extract.entity;

import java.util.List;
import java.util.Set;
import org.newsfacet.internal.English;
import org.newsfacet.model.EntityType;

/**
 * Rule {@code place-of}: a name after "the town of", "the village of", "the province of" is a
 * place ("the town of Varnholm"), whatever no list knows of it; a person named by stronger
 * evidence keeps that type.
 */
final class PlaceOfNouns implements ContextRule {
  private static final Set<String> NOUNS = English.words("place-of-nouns");

  @Override
  public String name() {
    return "place-of";
  }

  @Override
  public void apply(List<Token> tokens, List<Candidate> candidates) {
    for (Candidate c : candidates) {
      if (c.from < 2 || c.rule != null || c.joinOnly || c.type != null && !c.weak && c.type != EntityType.LOCATION) {
        continue;
      }
      Token of = tokens.get(c.from - 1);
      Token noun = tokens.get(c.from - 2);
      if (tokens.get(c.from).joinedToPrevious() && of.joinedToPrevious() && of.text().equals("of") && NOUNS.contains(noun.text())) {
        c.type = EntityType.LOCATION;
        c.weak = false;
        c.decisive = true;
        c.rule = name();
      }
    }
  }
}
