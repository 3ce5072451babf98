package org.newsfacet.extract.entity;

import java.util.List;
import java.util.Set;
import org.newsfacet.internal.English;
import org.newsfacet.model.EntityType;

/**
 * Rule {@code club-name}: a town with a club's ending or opening is a sports club, not the town
 * ("Harbourton United", "Dynamo Varnholm"). Endings that also end places ("City", "Town",
 * "County") are left to a score line; a short opening ("AS", "FC") counts only in capitals.
 */
final class ClubNames implements ChunkRule {
  private static final Set<String> SUFFIXES = English.words("club-suffixes");
  private static final Set<String> PREFIXES = English.words("club-prefixes");

  /** Openings this long or shorter ("AS", "FC", "CSKA") count only in capitals. */
  private static final int SHORT_PREFIX = 4;

  private final Gazetteer gazetteer;
  private final NameEvidence evidence;

  ClubNames(Gazetteer gazetteer, NameEvidence evidence) {
    this.gazetteer = gazetteer;
    this.evidence = evidence;
  }

  @Override
  public String name() {
    return "club-name";
  }

  @Override
  public EntityType type(List<Token> tokens, int from, int to) {
    if (to - from < 2) {
      return null;
    }
    String last = tokens.get(to - 1).lower();
    if (SUFFIXES.contains(last) && tokens.get(to - 1).capitalised()) {
      if (town(tokens, from, to - 1) || evidence.unknownWords(tokens, from, to - 1)) {
        return EntityType.ORGANIZATION;
      }
    }
    if (opensClub(tokens.get(from)) && (town(tokens, from + 1, to) || evidence.unknownWords(tokens, from + 1, to))) {
      return EntityType.ORGANIZATION;
    }
    return null;
  }

  /** True when {@code t} opens a club's name as written: "Dynamo", "AS" (not "As"). */
  private static boolean opensClub(Token t) {
    String text = t.text();
    return PREFIXES.contains(t.lower()) && t.capitalised()
        && (text.length() > SHORT_PREFIX || text.equals(text.toUpperCase(java.util.Locale.ROOT)));
  }

  /** A place the gazetteer knows that is no country: a country's team is named for the country alone. */
  private boolean town(List<Token> tokens, int from, int to) {
    return evidence.known(tokens, from, to).filter(h -> h.type() == EntityType.LOCATION).isPresent()
        && !gazetteer.isCountry(Token.span(tokens, from, to));
  }
}
