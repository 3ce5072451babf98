package org.newsfacet.extract.entity;

import java.util.List;
import java.util.Set;
import org.newsfacet.internal.English;

/**
 * Rule {@code acronym-definition}: the article's own definition of an acronym, "the Harbour
 * Pilots Association (HPA)", makes one name of the words whose initials spell it, small words
 * and all ("Office for Port Safety and Navigation (OPSN)"), where the capitalised runs alone would
 * have cut it in pieces.
 */
final class AcronymDefinitions {
  /** The rule's name, as mentions record it. */
  static final String NAME = "acronym-definition";
  private static final Set<String> FILLERS = English.words("acronym-fillers");
  /** The fewest and most letters of an acronym. */
  private static final int MIN_LETTERS = 2;
  private static final int MAX_LETTERS = 8;

  private AcronymDefinitions() {}

  /**
   * Where the name that the acronym at {@code k} defines starts, or -1: {@code k} must be a word in
   * capitals right after an opening parenthesis, the words before it must spell it by their
   * initials, and the name must hold two words or more.
   */
  static int definedFrom(List<Token> tokens, int k) {
    Token acronym = tokens.get(k);
    String a = acronym.text();
    if (!acronym.afterParenthesis() || k == 0 || a.length() < MIN_LETTERS || a.length() > MAX_LETTERS) {
      return -1;
    }
    for (int i = 0; i < a.length(); i++) {
      char c = a.charAt(i);
      if (c < 'A' || c > 'Z') {
        return -1;
      }
    }
    int p = a.length() - 1;
    int j = k - 1;
    while (j >= 0) {
      Token t = tokens.get(j);
      if (t.capitalised()) {
        if (Character.toUpperCase(t.text().charAt(0)) != a.charAt(p)) {
          return -1;
        }
        p--;
        if (p < 0) {
          return k - j >= 2 ? j : -1;
        }
      } else if (!FILLERS.contains(t.text()) || j == k - 1) {
        return -1;
      }
      if (!t.joinedToPrevious()) {
        return -1;
      }
      j--;
    }
    return -1;
  }
}
