package org.newsfacet.extract.entity;

import java.util.List;
import java.util.Set;
import org.newsfacet.internal.English;
import org.newsfacet.model.EntityType;

/**
 * Rule {@code org-descriptor}: a name right after a noun that describes a firm or a club ("battery
 * manufacturer Lumora Cells", "the lender Brannoch", "serie A club Varnholm"), or after where it is
 * based ("Varnholm-based Quarrendon"), is an organisation's, whatever no list knows of it. A person
 * named by stronger evidence (with a given name) and a place the gazetteer knows keep their types;
 * a name after a possessive ("the firm's Tarnwick plant") or opening a clause ("the company
 * Pelletrix founded") is none. The rule is weak (see weak-context-rules).
 */
final class OrgDescriptors implements ContextRule {
  private static final Set<String> NOUNS = English.words("org-descriptor-nouns");
  /** The word after a place and a hyphen that says where a firm is based: "Varnholm-based". */
  private static final String BASED = "based";

  private final Gazetteer gazetteer;

  OrgDescriptors(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * True when token {@code i} is "based" of "Varnholm-based" (read as "Varnholm" and "based") and
   * the word before it is a place the gazetteer knows or opens no sentence: "Plant-based Burgers"
   * names no firm. Firms are described by where they are based far more often than people.
   */
  private boolean based(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (i < 1 || t.markBefore() != '-' || !t.lower().equals(BASED)) {
      return false;
    }
    Token place = tokens.get(i - 1);
    return !place.sentenceStart() || gazetteer.lookup(place.text()).map(h -> h.type() == EntityType.LOCATION).orElse(false);
  }

  /** True when a reporting verb follows the name: "the utility Brannoch said". */
  private static boolean speaks(List<Token> tokens, Candidate c) {
    return c.to < tokens.size() && tokens.get(c.to).joinedToPrevious() && CandidateFinder.REPORTING.contains(tokens.get(c.to).lower());
  }

  @Override
  public String name() {
    return "org-descriptor";
  }

  @Override
  public void apply(List<Token> tokens, List<Candidate> candidates) {
    for (Candidate c : candidates) {
      if (c.from < 1 || c.rule != null || c.joinOnly || c.type != null && !c.weak || !tokens.get(c.from).joinedToPrevious()) {
        continue;
      }
      Token before = tokens.get(c.from - 1);
      // "the company Pelletrix founded" opens a clause; "Varnholm-based Pelletrix bought" cannot
      boolean described = !before.possessive() && !before.capitalised() && NOUNS.contains(before.lower())
          && (Contests.endsClause(tokens, c) || speaks(tokens, c));
      boolean based = !described && based(tokens, c.from - 1);
      if ((described || based) && gazetteer.lookup(c.surface).isEmpty() && !gazetteer.isDemonym(c.surface)) {
        c.type = EntityType.ORGANIZATION;
        c.weak = false;
        c.decisive = described; // "Varnholm-based" types this mention only: a person may be based somewhere too
        c.rule = name();
      }
    }
  }
}
