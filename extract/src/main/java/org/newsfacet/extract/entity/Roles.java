package org.newsfacet.extract.entity;

import java.util.List;
import java.util.Set;
import org.newsfacet.internal.English;

/**
 * The titles and roles around a name, as the gazetteer's titles tell them: inside the chunk
 * ("President Ilse Markvart"), just before it ("governor Ilse Markvart", "NATO chief Ilse Markvart") and in
 * apposition after it ("Ilse Markvart, the city's mayor,").
 */
final class Roles {
  /** Lower-case words between a person and a role in apposition: "Jane Doe, the city's mayor". */
  private static final Set<String> ARTICLES = English.words("grammatical-articles");
  /** How many words after the comma a role in apposition may start within. */
  private static final int APPOSITION_WORDS = 6;

  private final Gazetteer gazetteer;

  Roles(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** How many tokens from {@code i} (before {@code limit}) form a title or role; 0 for none. */
  int titleAt(List<Token> tokens, int i, int limit) {
    int max = Math.min(limit - i, gazetteer.longestTitle());
    for (int len = max; len >= 1; len--) {
      String kind = gazetteer.titleKind(Token.span(tokens, i, i + len));
      if (kind != null && !kind.equals("modifier")) {
        return len;
      }
    }
    return 0;
  }

  /** Where the first title in {@code tokens[from, to)} starts, with the modifiers before it; {@code to} for none. */
  int firstTitle(List<Token> tokens, int from, int to) {
    for (int j = from; j < to; j++) {
      if (titleAt(tokens, j, to) > 0) {
        // "Former", "Deputy" before the title belong to it.
        while (j > from && "modifier".equals(gazetteer.titleKind(tokens.get(j - 1).text()))) {
          j--;
        }
        return j;
      }
    }
    return to;
  }

  /** The role as stated, from the chunk's start to the end of its last title; null for a bare honorific. */
  String roleText(List<Token> tokens, int from, int to) {
    boolean onlyHonorifics = true;
    for (int j = from; j < to; j++) {
      String kind = gazetteer.titleKind(tokens.get(j).text());
      if (kind == null || !kind.equals("honorific")) {
        onlyHonorifics = false;
      }
    }
    if (onlyHonorifics) {
      return null;
    }
    int start = from;
    while (start < to && "honorific".equals(gazetteer.titleKind(tokens.get(start).text()))) {
      start++;
    }
    return Token.span(tokens, start, to);
  }

  /**
   * A lower-case role just before a name, with what qualifies it: "governor" Anton Belyk,
   * "NATO chief" Chidi Okonkwo, "South Korean minister" Seo Min Jae. Null when there is none.
   */
  String roleBefore(List<Token> tokens, int i) {
    if (i == 0 || !tokens.get(i).joinedToPrevious()) {
      return null;
    }
    int end = i;
    int start = -1;
    for (int j = i - 1; j >= 0 && j >= i - gazetteer.longestTitle(); j--) {
      if (titleAt(tokens, j, end) == end - j && !tokens.get(j).capitalised()) {
        start = j;
      }
      if (!tokens.get(j).joinedToPrevious()) {
        break;
      }
    }
    if (start < 0) {
      return null;
    }
    while (start > 0 && "modifier".equals(gazetteer.titleKind(tokens.get(start - 1).text()))
        && tokens.get(start).joinedToPrevious()) {
      start--;
    }
    // What qualifies the role: the capitalised words right before it ("NATO", "North Korean").
    int qualifier = start;
    while (qualifier > 0 && tokens.get(qualifier).joinedToPrevious() && tokens.get(qualifier - 1).capitalised()
        && !tokens.get(qualifier - 1).possessive() && !gazetteer.isCommonWord(tokens.get(qualifier - 1).text())) {
      qualifier--;
    }
    return Token.span(tokens, qualifier, end);
  }

  /** "Jane Doe, the city's mayor," or "Jane Doe, mayor of Harbourton,": the role in apposition. */
  String appositiveRole(List<Token> tokens, int to) {
    if (to >= tokens.size() || !tokens.get(to).afterComma()) {
      return null;
    }
    int j = to;
    if (ARTICLES.contains(tokens.get(j).lower())) {
      j++;
    }
    int start = j;
    for (int k = j; k < tokens.size() && k < j + APPOSITION_WORDS; k++) {
      Token t = tokens.get(k);
      if (k > j && !t.joinedToPrevious()) {
        break;
      }
      int len = titleAt(tokens, k, Math.min(tokens.size(), k + gazetteer.longestTitle()));
      if (len > 0 && !"honorific".equals(gazetteer.titleKind(t.text()))) {
        int end = k + len;
        // "mayor of Harbourton", "governor of the Varnholm region"
        if (end + 1 < tokens.size() && tokens.get(end).lower().equals("of") && tokens.get(end).joinedToPrevious()) {
          int e = end + 1;
          if (e < tokens.size() && tokens.get(e).lower().equals("the")) {
            e++;
          }
          while (e < tokens.size() && tokens.get(e).joinedToPrevious()
              && (tokens.get(e).capitalised() || tokens.get(e).lower().equals("region"))) {
            e++;
          }
          if (e > end + 1) {
            end = e;
          }
        }
        return Token.span(tokens, start, end);
      }
    }
    return null;
  }

  /**
   * Where the name starts after a role with a portfolio ("Minister for Fisheries Ottilie
   * Brandsma"): at a given name or family name, else two words before the end.
   */
  int nameStartAfterPortfolio(List<Token> tokens, int connector, int to) {
    for (int k = connector + 2; k < to - 1; k++) {
      if (gazetteer.isGivenName(tokens.get(k).text()) || gazetteer.isSurnameFirst(tokens.get(k).text())) {
        return k;
      }
    }
    return Math.max(connector + 2, to - 2) < to ? Math.max(connector + 2, to - 2) : to;
  }
}
