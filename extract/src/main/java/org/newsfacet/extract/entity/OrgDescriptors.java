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
 * Pelletrix founded") is none. A chunk rule: it types the whole run of capitalised words ("the
 * lender Ashford Mutual"), before the run is cut into the words the lists know. The rule is weak
 * (see weak-context-rules).
 */
final class OrgDescriptors implements ChunkRule {
  private static final Set<String> NOUNS = English.words("org-descriptor-nouns");
  /** The word after a place and a hyphen that says where a firm is based: "Varnholm-based". */
  private static final String BASED = "based";

  private final Gazetteer gazetteer;
  private final NameEvidence evidence;

  OrgDescriptors(Gazetteer gazetteer, NameEvidence evidence) {
    this.gazetteer = gazetteer;
    this.evidence = evidence;
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
    return !place.sentenceStart() || gazetteer.isPlace(place.text());
  }

  /**
   * True when no lower-case word but a preposition, a conjunction or a reporting verb follows
   * token {@code to - 1}: "the utility Brannoch said", but not "the company Pelletrix founded".
   */
  private static boolean endsClause(List<Token> tokens, int to) {
    if (to >= tokens.size()) {
      return true;
    }
    Token next = tokens.get(to);
    return !next.joinedToPrevious() || next.capitalised() || next.score() || Contests.AFTER_SIDE.contains(next.lower())
        || CandidateFinder.REPORTING.contains(next.lower());
  }

  @Override
  public String name() {
    return "org-descriptor";
  }

  @Override
  public EntityType type(List<Token> tokens, int from, int to) {
    if (from < 1 || !tokens.get(from).joinedToPrevious()) {
      return null;
    }
    Token before = tokens.get(from - 1);
    boolean described = !before.possessive() && !before.capitalised() && NOUNS.contains(before.lower()) && endsClause(tokens, to);
    if (!described && !based(tokens, from - 1)) {
      return null;
    }
    String surface = Token.span(tokens, from, to);
    return gazetteer.isDemonym(surface) || evidence.personLike(tokens, from, to) ? null : EntityType.ORGANIZATION;
  }
}
