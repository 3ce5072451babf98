package org.newsfacet.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfacet.internal.English;

/** Casing and splitting of names as bylines and datelines write them. */
final class Names {
  /** Words that stay lower case inside a place name: Rio de Janeiro, Port-au-Prince. */
  private static final Set<String> PARTICLES = English.words("place-name-particles");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bwith\\b)\\s*");
  /** A word of a person's name: capitalised, or a particle ("van", "de"). */
  private static final Pattern NAME_TOKEN = Pattern.compile("[\\p{Lu}][\\p{L}'’.\\-]*|" + English.alternation("person-name-particles"));

  private Names() {}

  /** "NEW YORK" to "New York", "ST. PETERSBURG" to "St. Petersburg"; mixed case is kept as written. */
  static String titleCase(String name) {
    String s = name.strip().replaceAll("\\s+", " ");
    if (!s.equals(s.toUpperCase(Locale.ROOT))) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int wordIndex = 0;
    int i = 0;
    while (i < s.length()) {
      int j = i;
      while (j < s.length() && s.charAt(j) != ' ' && s.charAt(j) != '-') {
        j++;
      }
      String word = s.substring(i, j).toLowerCase(Locale.ROOT);
      boolean particle = wordIndex > 0 && PARTICLES.contains(word);
      out.append(particle ? word : capitalise(word));
      if (j < s.length()) {
        out.append(s.charAt(j));
      }
      wordIndex++;
      i = j + 1;
    }
    return out.toString();
  }

  /** "ILSE MARKVART" and "Odile FENWICK" to "Ilse Markvart" and "Odile Fenwick": words in capitals, one by one. */
  static String naturalCase(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.strip().split("\\s+")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      boolean capitals = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) && word.chars().anyMatch(Character::isLetter);
      out.append(capitals ? titleCase(word) : word);
    }
    return out.toString();
  }

  /** "o'neill" to "O'Neill", "mcdonald" stays "Mcdonald": capitals after apostrophes and dots. */
  private static String capitalise(String word) {
    StringBuilder b = new StringBuilder(word.length());
    boolean up = true;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      b.append(up ? Character.toUpperCase(c) : c);
      up = c == '\'' || c == '’' || c == '.';
    }
    return b.toString();
  }

  /** Splits "A, B and C" into its names. */
  static List<String> splitList(String names) {
    List<String> out = new ArrayList<>();
    for (String part : LIST_SEPARATOR.split(names.strip())) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  /** True for what reads as a person's name: two to five name words, no digits. */
  static boolean looksLikePersonName(String s) {
    String[] words = s.strip().split("\\s+");
    if (words.length < 2 || words.length > 5) {
      return false;
    }
    for (String w : words) {
      if (!NAME_TOKEN.matcher(w).matches()) {
        return false;
      }
    }
    return true;
  }
}
