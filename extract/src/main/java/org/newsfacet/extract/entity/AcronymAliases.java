package org.newsfacet.extract.entity;

import java.util.List;
import org.newsfacet.model.EntityType;

/**
 * Rule {@code acronym-alias}: an acronym in parentheses right after an organisation's name is
 * that organisation, whatever its letters ("the Union of Harbour Pilots (SPH)"), and so is a name
 * of two words or more that no rule typed, when an acronym follows it so.
 */
final class AcronymAliases implements ContextRule {
  /** The fewest and most letters of an acronym. */
  private static final int MIN_LETTERS = 2;
  private static final int MAX_LETTERS = 8;

  @Override
  public String name() {
    return "acronym-alias";
  }

  @Override
  public void apply(List<Token> tokens, List<Candidate> candidates) {
    for (int k = 1; k < candidates.size(); k++) {
      Candidate c = candidates.get(k);
      Candidate name = candidates.get(k - 1);
      if (c.from < 0 || name.from < 0 || name.to != c.from || !tokens.get(c.from).afterParenthesis() || c.to != c.from + 1
          || !acronym(c.surface) || name.to - name.from < 2
          || name.type != EntityType.ORGANIZATION && (name.type != null || name.rule != null)) {
        continue;
      }
      if (name.type == null) {
        name.type = EntityType.ORGANIZATION;
        name.weak = false;
        name.rule = name();
      }
      name.decisive = true;
      c.type = EntityType.ORGANIZATION;
      c.weak = false;
      c.joinOnly = false;
      c.decisive = true;
      c.canonical = name.canonical != null ? name.canonical : name.surface;
      c.rule = name();
    }
  }

  private static boolean acronym(String s) {
    if (s.length() < MIN_LETTERS || s.length() > MAX_LETTERS) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < 'A' || s.charAt(i) > 'Z') {
        return false;
      }
    }
    return true;
  }
}
