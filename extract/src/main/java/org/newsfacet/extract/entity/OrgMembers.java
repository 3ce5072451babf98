package org.newsfacet.extract.entity;

import java.util.List;
import java.util.Set;
import org.newsfacet.internal.English;
import org.newsfacet.model.EntityType;

/**
 * Rule {@code org-member}: a name right before a noun that only organisations have ("Harbourton
 * spokesman", "Lindholm's shareholders", "Varnholm striker", "Greyholt CEO Ilse Markvart") is an
 * organisation's, whatever else a list says of it. A known place keeps its type, and so does a person named by stronger evidence.
 */
final class OrgMembers implements ContextRule {
  private static final Set<String> NOUNS = English.words("org-member-nouns");

  private final Gazetteer gazetteer;

  OrgMembers(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public String name() {
    return "org-member";
  }

  @Override
  public void apply(List<Token> tokens, List<Candidate> candidates) {
    for (Candidate c : candidates) {
      if (c.from < 0 || c.rule != null || c.joinOnly || c.to >= tokens.size() || c.type == EntityType.PERSON && !c.weak) {
        continue;
      }
      Token next = tokens.get(c.to);
      if (next.joinedToPrevious() && NOUNS.contains(next.lower()) && !gazetteer.isPlace(c.surface)
          && !gazetteer.isDemonym(c.surface)) {
        c.type = EntityType.ORGANIZATION;
        c.weak = false;
        c.decisive = true;
        c.rule = name();
      }
    }
  }
}
