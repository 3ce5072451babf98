package org.newsfacet.extract.entity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsfacet.internal.English;
import org.newsfacet.model.EntityType;

/**
 * What the bundled lists say about a run of tokens: a name they know, a person's name by its first
 * word, an organisation by its head, or capitalised words that no list knows at all.
 */
final class NameEvidence {
  /** Lower-case words that may join the capitalised words of one name: "Bank of England", "bin Salman". */
  private static final Set<String> CONNECTORS = English.words("name-connectors");
  /** The fewest and most words of a person's name led by a given name. */
  private static final int PERSON_MIN_WORDS = 2;
  private static final int PERSON_MAX_WORDS = 5;

  private final Gazetteer gazetteer;
  private final NameKeys keys;

  NameEvidence(Gazetteer gazetteer, NameKeys keys) {
    this.gazetteer = gazetteer;
    this.keys = keys;
  }

  /** True for a lower-case word that may join the capitalised words of one name. */
  static boolean isConnector(Token t) {
    return CONNECTORS.contains(t.lower());
  }

  /** How many tokens from {@code i} form a name the gazetteer (or the person aliases) knows; 0 for none. */
  int knownAt(List<Token> tokens, int i, int to) {
    int max = Math.min(to - i, gazetteer.longestName());
    for (int len = max; len >= 1; len--) {
      if (known(tokens, i, i + len).isPresent()) {
        return len;
      }
    }
    return 0;
  }

  /** The name the person aliases or the gazetteer know written as {@code tokens[from, to)}. */
  Optional<Gazetteer.Hit> known(List<Token> tokens, int from, int to) {
    String surface = Token.span(tokens, from, to);
    Optional<String> person = to - from >= 2 ? keys.canonical(surface) : Optional.empty();
    if (person.isPresent()) {
      return Optional.of(new Gazetteer.Hit(person.get(), EntityType.PERSON));
    }
    return gazetteer.lookup(surface);
  }

  /** A person's name: two to five capitalised words led by a given name or an East Asian family name. */
  boolean personLike(List<Token> tokens, int from, int to) {
    int n = to - from;
    if (n < PERSON_MIN_WORDS || n > PERSON_MAX_WORDS) {
      return false;
    }
    String first = tokens.get(from).text();
    boolean initial = first.length() == 2 && first.charAt(1) == '.' && Character.isUpperCase(first.charAt(0));
    if (!gazetteer.isGivenName(first) && !gazetteer.isSurnameFirst(first) && !initial) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      Token t = tokens.get(k);
      if (t.capitalised() && (gazetteer.isOrgHead(t.text()) || gazetteer.isPlaceHead(t.text())
          || gazetteer.isDemonym(t.text()))) {
        return false;
      }
    }
    return true;
  }

  /** A person's name has a word that is not a common word, a title or a name head. */
  boolean namesSomeone(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).text();
      if (tokens.get(k).capitalised() && !gazetteer.isCommonWord(w) && gazetteer.titleKind(w) == null
          && !gazetteer.isOrgHead(w) && !gazetteer.isPlaceHead(w) && !gazetteer.isDemonym(w)) {
        return true;
      }
    }
    return false;
  }

  /** Capitalised words that no list knows as anything: neither common words, names nor heads. */
  boolean unknownWords(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (!t.capitalised() || gazetteer.isCommonWord(t.text()) || gazetteer.isDemonym(t.text())
          || gazetteer.isOrgHead(t.text()) || gazetteer.isPlaceHead(t.text()) || gazetteer.lookup(t.text()).isPresent()
          || gazetteer.titleKind(t.text()) != null) {
        return false;
      }
    }
    return true;
  }

  /** "Ministry of Defence", "University of Oxford": an organisation head followed by "of". */
  boolean isOrgOpening(List<Token> tokens, int from, int to) {
    return to - from >= 3 && gazetteer.isOrgHead(tokens.get(from).text()) && tokens.get(from + 1).lower().equals("of");
  }

  /** "Dunmore Institute for Coastal Studies": a head after the first word, a connector, more name. */
  boolean hasInnerOrgHead(List<Token> tokens, int from, int to) {
    for (int k = from + 1; k + 2 <= to - 1; k++) {
      if (gazetteer.isOrgHead(tokens.get(k).text()) && isConnector(tokens.get(k + 1))
          && tokens.get(k + 2).capitalised()) {
        return true;
      }
    }
    return false;
  }
}
