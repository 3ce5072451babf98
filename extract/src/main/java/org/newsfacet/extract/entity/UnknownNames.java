package org.newsfacet.extract.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsfacet.model.EntityType;

/**
 * Rule {@code unknown-name}: two or three capitalised words that no list knows, no head names as
 * a body or a place and no other rule typed ("Zorvan Pelletrix") are a person's name when the
 * article goes on to call them by the last word alone and never by the first, as news calls a
 * person; applied last. A name after "of", "in" or "from" and before a comma and a state or
 * country the gazetteer knows ("of Tarnwick Vale, Ohio") is a place. Words in capitals (a headline's, a table's), an
 * abbreviation ("Bros."), a name after "the" ("the Tarnwick Flats"), a name before a firm's
 * ending ("Kestrel Quire plc") and a name in a list of places are no person's.
 */
final class UnknownNames implements ContextRule {
  /** The rule's name, as mentions record it. */
  static final String NAME = "unknown-name";
  /** The most words a name this rule types may have. */
  private static final int MAX_WORDS = 3;

  private final Gazetteer gazetteer;

  UnknownNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void apply(List<Token> tokens, List<Candidate> candidates) {
    Map<String, Integer> loneWords = null; // the words the article uses as names on their own, at their first use
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.from < 0 || c.type != null || c.rule != null || c.joinOnly || c.to - c.from < 2 || c.to - c.from > MAX_WORDS) {
        continue;
      }
      Candidate next = i + 1 < candidates.size() ? candidates.get(i + 1) : null;
      if (next != null && next.from == c.to && tokens.get(next.from).afterComma() && next.type == EntityType.LOCATION
          && c.from > 0 && tokens.get(c.from).joinedToPrevious() && placeWord(tokens.get(c.from - 1).lower())
          && (gazetteer.isRegion(next.surface) || gazetteer.isCountry(next.surface))) {
        decide(c, EntityType.LOCATION);
      } else if (personShaped(tokens, c) && !listedWithOthers(tokens, candidates, i)) {
        if (loneWords == null) {
          loneWords = loneWords(tokens, candidates);
        }
        if (calledBySurname(tokens, loneWords, c)) {
          decide(c, EntityType.PERSON);
        }
      }
    }
  }

  /** A word before a place named with its state or country: "of Tarnwick Vale, Ohio", "in Tarnwick Vale, Ohio". */
  private static boolean placeWord(String lower) {
    return CandidateFinder.PLACE_WORDS.contains(lower) || lower.equals("of");
  }

  private static Map<String, Integer> loneWords(List<Token> tokens, List<Candidate> candidates) {
    Map<String, Integer> out = new HashMap<>();
    for (Candidate c : candidates) {
      if (c.from >= 0 && c.to - c.from == 1) {
        out.putIfAbsent(tokens.get(c.from).text(), c.from);
      }
    }
    return out;
  }

  /**
   * True when the name stands in a list ("Paris, Tarvo Kelleberg and Berlin") next to a name that
   * something typed other than as a person: a list holds names of one kind.
   */
  private static boolean listedWithOthers(List<Token> tokens, List<Candidate> candidates, int i) {
    Candidate c = candidates.get(i);
    Candidate previous = i > 0 ? candidates.get(i - 1) : null;
    Candidate next = i + 1 < candidates.size() ? candidates.get(i + 1) : null;
    return previous != null && PersonLists.listed(tokens, previous, c) && typedOtherwise(previous)
        || next != null && PersonLists.listed(tokens, c, next) && typedOtherwise(next);
  }

  private static boolean typedOtherwise(Candidate c) {
    return c.type != null && c.type != EntityType.PERSON && !c.weak;
  }

  /**
   * True when the article names {@code c} by its last word alone ("Pelletrix said") only after
   * naming it in full, and never by its first word alone: news names a person in full first and
   * then by surname, a firm or a place in full or by its first word ("Kestrel" of "Kestrel Quire"),
   * and a group of people by its plural before and after ("Republicans ... Hill Republicans").
   */
  private static boolean calledBySurname(List<Token> tokens, Map<String, Integer> loneWords, Candidate c) {
    Integer surname = loneWords.get(tokens.get(c.to - 1).text());
    return surname != null && surname > c.from && !loneWords.containsKey(tokens.get(c.from).text());
  }

  /**
   * True when nothing in the name's form says it is no person's: no word in capitals or cut short
   * ("Bros."), no "the" before it, no firm's ending after it ("plc").
   */
  private boolean personShaped(List<Token> tokens, Candidate c) {
    for (int k = c.from; k < c.to; k++) {
      String w = tokens.get(k).text();
      if (w.endsWith(".") || w.equals(w.toUpperCase(Locale.ROOT))) {
        return false;
      }
    }
    if (CandidateFinder.afterThe(tokens, c.from) || CandidateFinder.GROUP_PLURALS.contains(tokens.get(c.to - 1).text())) {
      return false; // "the Tarnwick Flats", "Hill Republicans"
    }
    return !(c.to < tokens.size() && tokens.get(c.to).joinedToPrevious() && gazetteer.isOrgHead(tokens.get(c.to).text()));
  }

  /** Types {@code c} weakly: stronger evidence for the same name elsewhere in the article wins. */
  private void decide(Candidate c, EntityType type) {
    c.type = type;
    c.weak = true;
    c.rule = name();
  }
}
