package org.newsfacet.extract.entity;

import java.util.List;
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
 * one, and a lone surname of someone the article names in full ("Quiroga beat Tarrant"), which the
 * merger gives back to the person.
 */
final class Contests implements ContextRule {
  /** Verbs that stand between the winner and the loser: "beat", "defeated". Lower case. */
  private static final Set<String> VERBS = English.words("contest-verbs");
  /** Words before a verb of winning that make its object a side without a name before it: "who", "to". */
  private static final Set<String> SUBJECTS = Set.of("who", "to");
  /** Words that lead to a side, last word first: "victory over" as "over victory". */
  private static final List<String[]> PHRASES = English.entries("contest-phrases").stream()
      .map(row -> reversed(row.split(" "))).toList();

  private final Gazetteer gazetteer;

  Contests(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  private static String[] reversed(String[] words) {
    String[] out = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      out[i] = words[words.length - 1 - i];
    }
    return out;
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
          && tokens.get(side.to).joinedToPrevious()) {
        Candidate other = candidates.get(c + 1);
        if (other.from == afterArticle(tokens, side.to + 1) && eligible(side) && eligible(other)) {
          decide(side);
          decide(other);
          continue;
        }
      }
      if (eligible(side) && afterPhrase(tokens, side.from)) {
        decide(side);
      }
    }
  }

  /** The token after {@code i}, past a "the" joined to it: "routed the Gulls". */
  private static int afterArticle(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return t.text().equals("the") && i + 1 < tokens.size() && tokens.get(i + 1).joinedToPrevious() ? i + 1 : i;
  }

  /** True when a verb of winning or a contest phrase ends right before token {@code from}, a "the" between allowed. */
  private static boolean afterPhrase(List<Token> tokens, int from) {
    if (!tokens.get(from).joinedToPrevious()) {
      return false;
    }
    int end = from - 1;
    if (end >= 0 && tokens.get(end).text().equals("the") && tokens.get(end).joinedToPrevious()) {
      end--;
    }
    if (end >= 1 && VERBS.contains(tokens.get(end).lower()) && tokens.get(end).joinedToPrevious()
        && SUBJECTS.contains(tokens.get(end - 1).lower())) {
      return true; // "who beat Lindholm", "to beat the Gulls"; never "Police beat Tarrant"
    }
    for (String[] phrase : PHRASES) {
      int k = end;
      int w = 0;
      while (w < phrase.length && k >= 0 && tokens.get(k).lower().equals(phrase[w])
          && (w == phrase.length - 1 || tokens.get(k).joinedToPrevious())) {
        k--;
        w++;
      }
      if (w == phrase.length) {
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
