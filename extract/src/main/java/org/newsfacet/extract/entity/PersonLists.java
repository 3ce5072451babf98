package org.newsfacet.extract.entity;

import java.util.List;
import org.newsfacet.model.EntityType;

/**
 * Rule {@code person-list}: in a list of names separated by commas (and a last "and"), where two
 * or more are people by stronger evidence and no item is a place or an organisation, the names
 * of two words or more that nothing typed are people too: a line-up, a list of the injured, of the players tied.
 */
final class PersonLists implements ContextRule {
  /** How many people a list needs before it makes people of the rest. */
  private static final int MIN_PEOPLE = 2;

  @Override
  public String name() {
    return "person-list";
  }

  @Override
  public void apply(List<Token> tokens, List<Candidate> candidates) {
    int start = 0;
    while (start < candidates.size()) {
      int end = start + 1;
      while (end < candidates.size() && listed(tokens, candidates.get(end - 1), candidates.get(end))) {
        end++;
      }
      if (end - start > MIN_PEOPLE) {
        retype(candidates, start, end);
      }
      start = end;
    }
  }

  /** True when {@code next} follows {@code previous} after a comma, or after "and" with no comma. */
  static boolean listed(List<Token> tokens, Candidate previous, Candidate next) {
    if (previous.from < 0 || next.from < 0) {
      return false;
    }
    if (next.from == previous.to) {
      return tokens.get(next.from).afterComma();
    }
    return next.from == previous.to + 1 && tokens.get(previous.to).text().equals("and")
        && (tokens.get(previous.to).joinedToPrevious() || tokens.get(previous.to).afterComma()) && tokens.get(next.from).joinedToPrevious();
  }

  private void retype(List<Candidate> candidates, int start, int end) {
    int people = 0;
    for (int k = start; k < end; k++) {
      Candidate c = candidates.get(k);
      if (c.type == EntityType.PERSON && !c.weak) {
        people++;
      } else if (c.type != null && !c.weak) {
        return; // "Harbourton, Lindholm and Varnholm": a list of places
      }
    }
    if (people < MIN_PEOPLE) {
      return;
    }
    for (int k = start; k < end; k++) {
      Candidate c = candidates.get(k);
      if ((c.type == null || c.weak) && c.rule == null && !c.joinOnly && c.surface.indexOf(' ') > 0) { // a lone word may be anything
        c.type = EntityType.PERSON;
        c.weak = false;
        c.joinOnly = false;
        c.rule = name();
      }
    }
  }
}
