package org.newsfacet.extract.entity;

import java.util.List;
import org.newsfacet.model.EntityType;

/**
 * Rule {@code the-plural}: "the" and one capitalised plural that no list knows names a team or a
 * group ("the Gulls", "the Harbour Herons" aside), not a person: "the Ospreys beat them". Peoples
 * ("the Kurds") are demonyms and stay out.
 */
final class ThePlurals implements ContextRule {
  /** The shortest plural read so: "Cubs". */
  private static final int MIN_LETTERS = 4;

  private final Gazetteer gazetteer;

  ThePlurals(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public String name() {
    return "the-plural";
  }

  @Override
  public void apply(List<Token> tokens, List<Candidate> candidates) {
    for (Candidate c : candidates) {
      if (c.from < 1 || c.to != c.from + 1 || c.type != null && !c.weak || c.rule != null || c.joinOnly
          || !tokens.get(c.from).joinedToPrevious() || !tokens.get(c.from - 1).text().equals("the")) {
        continue;
      }
      String w = c.surface;
      int n = w.length();
      if (n < MIN_LETTERS || w.charAt(n - 1) != 's' || w.charAt(n - 2) == 's' || w.charAt(n - 2) == '\''
          || !Character.isLowerCase(w.charAt(1)) || gazetteer.isDemonym(w) || gazetteer.isDemonym(w.substring(0, n - 1))
          || gazetteer.lookup(w).isPresent()) {
        continue;
      }
      c.type = EntityType.ORGANIZATION;
      c.weak = false;
      c.decisive = true;
      c.rule = name();
    }
  }
}
