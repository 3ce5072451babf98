package org.newsfacet.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfacet.internal.English;

/** Splits text into words for entity recognition, keeping offsets, initials and abbreviations. */
final class Tokenizer {
  /** Words a hyphen joins to a name to make an adjective of it: "Port Varnholm-listed", "Lindholm-based". */
  private static final Set<String> NAME_SUFFIXES = English.words("name-suffixes");

  /** True when the letters from {@code at} to the next non-letter are one of {@link #NAME_SUFFIXES}. */
  private static boolean adjectiveSuffix(String s, int at) {
    int e = at;
    while (e < s.length() && Character.isLowerCase(s.charAt(e))) {
      e++;
    }
    return e > at && (e == s.length() || !Character.isLetterOrDigit(s.charAt(e)))
        && NAME_SUFFIXES.contains(s.substring(at, e));
  }

  /** "al-Amin", "bin-Rashid": a prefix and a hyphen before a capital begin a name in lower case. */
  private static final Pattern ARABIC_PREFIX = Pattern.compile("^" + English.alternation("arabic-name-prefixes") + "-\\p{Lu}.*");

  private Tokenizer() {}

  /**
   * The words of {@code s}; offsets are {@code base} plus the index in {@code s}, or -1 throughout
   * when {@code base} is negative (a headline that is not part of the text).
   */
  static List<Token> tokens(String s, int base, Gazetteer gazetteer) {
    List<Token> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    int previousEnd = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      int j = i + 1;
      while (j < n) {
        char d = s.charAt(j);
        if (Character.isLetterOrDigit(d)) {
          j++;
        } else if ((d == '-' || d == '‐') && Character.isUpperCase(s.charAt(start)) && adjectiveSuffix(s, j + 1)) {
          break; // "Port Varnholm-listed", "Lindholm-based": the name ends at the hyphen
        } else if ((d == '\'' || d == '’' || d == '-' || d == '‐') && j + 1 < n && Character.isLetterOrDigit(s.charAt(j + 1))) {
          j++;
        } else if ((d == '\'' || d == '’') && (s.charAt(j - 1) == 's' || s.charAt(j - 1) == 'S')
            && Character.isUpperCase(s.charAt(start)) && j + 2 < n && s.charAt(j + 1) == ' '
            && Character.isUpperCase(s.charAt(j + 2))) {
          j++; // "Supporters' Trust": a plural possessive inside a name keeps its apostrophe and the run
          break;
        } else if (d == '.' && keepsFullStop(s, start, j, gazetteer)) {
          j++;
          if (j < n && Character.isLetter(s.charAt(j)) && j - start >= 2 && s.charAt(j - 2) != '.'
              && Character.isUpperCase(s.charAt(j))) {
            continue; // U.S.A.
          }
          if (!(j < n && Character.isLetter(s.charAt(j)))) {
            break;
          }
        } else {
          break;
        }
      }
      String word = s.substring(start, j);
      boolean possessive = false;
      if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s"))) {
        word = word.substring(0, word.length() - 2);
        possessive = true;
      }
      boolean blank = true;
      boolean sentenceEnd = false;
      int commas = 0;
      int other = 0;
      for (int k = previousEnd; k < start; k++) {
        char g = s.charAt(k);
        if (g != ' ' && g != '\t' && g != '\u00a0') {
          blank = false;
          if (g == ',') {
            commas++;
          } else if (!Character.isWhitespace(g)) {
            other++;
          }
          if (g == '.' || g == '!' || g == '?' || g == '\n' || g == '\r') {
            sentenceEnd = true;
          }
        }
      }
      boolean joined = !out.isEmpty() && blank;
      boolean afterComma = !out.isEmpty() && commas == 1 && other == 0;
      // "US$1": letters before a currency sign name the currency, not a country.
      boolean currency = j < n && (s.charAt(j) == '$' || s.charAt(j) == '€' || s.charAt(j) == '£');
      boolean capitalised = !currency && (Character.isUpperCase(word.charAt(0))
          || word.indexOf('-') > 0 && word.indexOf('-') <= 3 && ARABIC_PREFIX.matcher(word).matches());
      int from = base < 0 ? -1 : base + start;
      int to = base < 0 ? -1 : base + start + word.length();
      boolean sentenceStart = out.isEmpty() || sentenceEnd
          || (out.get(out.size() - 1).text().endsWith(".") && !gazetteer.isAbbreviation(out.get(out.size() - 1).text().replace(".", "")));
      out.add(new Token(word, from, to, capitalised, possessive, joined, afterComma, sentenceStart));
      previousEnd = j;
      i = j;
    }
    return out;
  }

  /** Initials (J. K.; U.S.) and known abbreviations (Gen., Co.) keep their full stop. */
  private static boolean keepsFullStop(String s, int start, int dot, Gazetteer gazetteer) {
    String word = s.substring(start, dot);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true;
    }
    int lastDot = word.lastIndexOf('.');
    if (lastDot >= 0 && word.length() - lastDot == 2) {
      return true; // the last letter of U.S
    }
    return gazetteer.isAbbreviation(word);
  }

}
