package org.newsfacet.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfacet.internal.English;
import org.newsfacet.model.EntityType;

/**
 * Rule {@code contest}: the sides of a game are teams. Two names on either side of a verb of
 * winning ("Harbourton beat Lindholm", "Varnholm routed the Gulls"), the name after one ("who beat
 * Lindholm", "to beat Lindholm") and a name after a contest's words ("a 3-1 victory over Lindholm", "their match
 * against Varnholm") are organisations, a town
 * or county among them: a place beats no one, its club does. A country keeps its type (a national
 * team goes by the country's name, and news calls it so), and so does a person: a side named as
 * one, and a lone surname of someone the article names in full ("Quent beat Pelletrix"), which the
 * merger gives back to the person. A name that modifies the noun after it is no side ("beat Wall
 * Street estimates", "to beat the Yuletide rush", "Varnholm's sea wall"). The rule is weak (see
 * weak-context-rules): a known place it makes a team is one where it plays, not across the article.
 */
final class Contests implements ContextRule {
  /** Verbs that stand between the winner and the loser: "beat", "defeated". Lower case. */
  private static final Set<String> VERBS = English.words("contest-verbs");
  /** Words before a verb of winning that make its object a side with no name before the verb: "who", "to". */
  private static final Set<String> SUBJECTS = English.words("contest-subjects");
  /** Words that lead to a side ("victory over"), by their last word. */
  private static final Map<String, List<String[]>> PHRASES = phrases();
  /** Lower-case words that may follow a side: "beat Lindholm by an innings", "beat Lindholm and Varnholm". */
  static final Set<String> AFTER_SIDE = afterSide();

  private final Gazetteer gazetteer;

  Contests(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  private static Map<String, List<String[]>> phrases() {
    Map<String, List<String[]>> out = new HashMap<>();
    for (String phrase : English.entries("contest-phrases")) {
      String[] words = phrase.split(" ");
      out.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(words);
    }
    return Map.copyOf(out);
  }

  private static Set<String> afterSide() {
    Set<String> out = new HashSet<>(English.words("prepositions"));
    out.addAll(English.words("place-prepositions"));
    out.addAll(English.words("modifier-conjunctions"));
    return Set.copyOf(out);
  }

  @Override
  public String name() {
    return "contest";
  }

  @Override
  public void apply(List<Token> tokens, List<Candidate> candidates) {
    for (int c = 0; c < candidates.size(); c++) {
      Candidate side = candidates.get(c);
      if (side.from < 0) {
        continue;
      }
      if (side.to + 1 < tokens.size() && c + 1 < candidates.size() && VERBS.contains(tokens.get(side.to).lower())
          && tokens.get(side.to).joinedToPrevious() && !tokens.get(side.to - 1).possessive()) {
        Candidate other = candidates.get(c + 1);
        if (other.from == afterArticle(tokens, side.to + 1) && tokens.get(other.from).joinedToPrevious()
            && eligible(side) && eligible(other) && standsAlone(tokens, other)) {
          decide(side);
          decide(other);
          continue;
        }
      }
      if (afterPhrase(tokens, side.from) && eligible(side) && standsAlone(tokens, side)) {
        decide(side);
      }
    }
  }

  /**
   * True when the side after a verb or phrase is a name on its own, not a modifier of the noun
   * after it: no possessive, and only a preposition, a conjunction, a score or a mark after it.
   */
  private static boolean standsAlone(List<Token> tokens, Candidate c) {
    return !tokens.get(c.to - 1).possessive() && endsClause(tokens, c);
  }

  /**
   * True when no lower-case word but a preposition or a conjunction follows {@code c}: the name is
   * no modifier of a noun ("Wall Street estimates").
   */
  private static boolean endsClause(List<Token> tokens, Candidate c) {
    if (c.to >= tokens.size()) {
      return true;
    }
    Token next = tokens.get(c.to);
    return !next.joinedToPrevious() || next.capitalised() || next.score() || AFTER_SIDE.contains(next.lower());
  }

  /** The token after {@code i}, past a "the" joined to it: "routed the Gulls". */
  private static int afterArticle(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return t.lower().equals("the") && i + 1 < tokens.size() && tokens.get(i + 1).joinedToPrevious() ? i + 1 : i;
  }

  /** True when a verb of winning or a contest phrase ends right before token {@code from}, a "the" between allowed. */
  private static boolean afterPhrase(List<Token> tokens, int from) {
    if (!tokens.get(from).joinedToPrevious()) {
      return false;
    }
    int end = from - 1;
    if (end >= 0 && tokens.get(end).lower().equals("the") && tokens.get(end).joinedToPrevious()) {
      end--;
    }
    if (end < 0) {
      return false;
    }
    if (end >= 1 && VERBS.contains(tokens.get(end).lower()) && tokens.get(end).joinedToPrevious()
        && SUBJECTS.contains(tokens.get(end - 1).lower())) {
      return true; // "who beat Lindholm", "to beat the Gulls"; never "Police beat Pelletrix"
    }
    for (String[] phrase : PHRASES.getOrDefault(tokens.get(end).lower(), List.of())) {
      int w = phrase.length - 1;
      int k = end;
      while (w >= 0 && k >= 0 && tokens.get(k).lower().equals(phrase[w]) && (w == 0 || tokens.get(k).joinedToPrevious())) {
        k--;
        w--;
      }
      if (w < 0) {
        return true;
      }
    }
    return false;
  }

  /** A name no stronger evidence typed: not a person, a country, a people ("Britons") or a rule's. */
  private boolean eligible(Candidate c) {
    return c.from >= 0 && (c.rule == null || "contest".equals(c.rule) || c.type == EntityType.ORGANIZATION)
        && !c.joinOnly && c.type != EntityType.PERSON
        && !gazetteer.isCountry(c.surface) && !gazetteer.isDemonym(c.surface);
  }

  private void decide(Candidate c) {
    if (c.rule != null) {
      return; // an organisation another rule named stays that rule's
    }
    if (c.type != EntityType.ORGANIZATION) {
      c.canonical = null; // a town's name in a list is no club's: "Harbourton" may yet join "Harbourton Gulls"
    }
    c.type = EntityType.ORGANIZATION;
    c.weak = false;
    c.decisive = true;
    c.rule = name();
  }
}
