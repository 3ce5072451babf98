package org.newsfacet.extract.entity;

import java.util.List;
import java.util.Set;
import org.newsfacet.internal.English;
import org.newsfacet.model.EntityType;

/**
 * Rule {@code team-nickname}: a town followed by one or two capitalised plurals no list knows is a
 * team ("Harbourton Gulls", "Port Talbert Blue Herons"), not the town and a word.
 */
final class TeamNicknames implements ChunkRule {
  /** Plurals that end no team's name: "Accords", "Republicans", "Heights". */
  private static final Set<String> STOPS = English.words("team-nickname-stops");
  /** The most words of a nickname after the town. */
  private static final int NICKNAME_WORDS = 2;

  private final Gazetteer gazetteer;
  private final NameEvidence evidence;

  TeamNicknames(Gazetteer gazetteer, NameEvidence evidence) {
    this.gazetteer = gazetteer;
    this.evidence = evidence;
  }

  @Override
  public String name() {
    return "team-nickname";
  }

  @Override
  public EntityType type(List<Token> tokens, int from, int to) {
    String last = tokens.get(to - 1).text();
    boolean plural = last.length() > 3 && last.charAt(last.length() - 1) == 's' && last.charAt(last.length() - 2) != 's'
        && last.charAt(last.length() - 2) != '\'';
    if (to - from < 2 || !plural || STOPS.contains(last.toLowerCase(java.util.Locale.ROOT))) {
      return null; // checked first: most names end in no plural, and the lookups below cost more
    }
    int town = evidence.knownAt(tokens, from, to - 1);
    int nickname = from + town;
    if (town == 0 || to - nickname > NICKNAME_WORDS
        || evidence.known(tokens, from, nickname).filter(h -> h.type() == EntityType.LOCATION).isEmpty()
        || gazetteer.isCountry(Token.span(tokens, from, nickname))) {
      return null;
    }
    for (int k = nickname; k < to; k++) {
      String w = tokens.get(k).text();
      if (!tokens.get(k).capitalised() || gazetteer.isCommonWord(w) || gazetteer.isPlaceHead(w) || gazetteer.isOrgHead(w)
          || gazetteer.isDemonym(w) || gazetteer.titleKind(w) != null || gazetteer.lookup(w).isPresent()) {
        return null;
      }
    }
    return EntityType.ORGANIZATION;
  }
}
