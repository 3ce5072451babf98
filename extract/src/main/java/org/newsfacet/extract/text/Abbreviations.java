package org.newsfacet.extract.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.newsfacet.internal.English;

/**
 * Which words keep the full stop written after them, and which of those stand before a name, so
 * that their full stop ends no sentence. All of it comes from the English lexicon: the titles, name
 * heads and abbreviations written there with a full stop.
 */
final class Abbreviations {
  /** Titles written with a full stop that stand before a name: "Gen.", "Sen.", "Dr."; lower case, no stop. */
  private static final Set<String> TITLES = titles(false);
  /** Every word the lexicon writes with a full stop: titles, name heads ("Corp.", "St.") and the rest ("Nov."). */
  private static final Set<String> ALL = all();
  /** The length of the longest word in {@link #ALL}: a longer one is looked up no further. */
  private static final int LONGEST = ALL.stream().mapToInt(String::length).max().orElse(0);
  /** "St. Ives", "Mt. Arlow", "Ft. Worth": abbreviations that begin a place's name. */
  private static final Set<String> PLACES = English.words("place-abbreviations");

  private Abbreviations() {}

  /**
   * True when a full stop after the word {@code text[from, to)} belongs to it: an initial ("J."),
   * capitals with dots between ("U.S."), or a word the lexicon writes with a full stop ("Gen.",
   * "Inc.", "Nov.").
   */
  static boolean keepsFullStop(String text, int from, int to) {
    if (to - from == 1 && Character.isUpperCase(text.charAt(from)) || dottedAcronym(text, from, to)) {
      return true; // not "3.5." or "Example.com." ending a sentence
    }
    return to - from <= LONGEST && ALL.contains(text.substring(from, to).toLowerCase(Locale.ROOT));
  }

  /**
   * True when {@code abbreviation} (written with its full stop) stands before a name, so that no
   * sentence ends after it: an initial, a dotted acronym ("U.S."), a title ("Gen.") or a place's
   * "St.".
   */
  static boolean beforeName(String abbreviation) {
    String w = abbreviation.substring(0, abbreviation.length() - 1);
    String lower = w.toLowerCase(Locale.ROOT);
    return w.length() == 1 || w.contains(".") || TITLES.contains(lower) || PLACES.contains(lower);
  }

  /** Capital letters with dots between: "U.S", "U.K". */
  private static boolean dottedAcronym(String text, int from, int to) {
    boolean dot = false;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '.') {
        dot = true;
      } else if (!Character.isUpperCase(c)) {
        return false;
      }
    }
    return dot;
  }

  /** The one-word titles written with a full stop, lower case and without it; letters after a name too when asked. */
  private static Set<String> titles(boolean postnominals) {
    Set<String> out = new HashSet<>();
    for (String row : English.rows("titles")) {
      String[] c = row.split("\t");
      String kind = c.length > 1 ? c[1].strip() : "role";
      if (postnominals || !kind.equals("postnominal")) {
        dotted(c[0], out);
      }
    }
    return Set.copyOf(out);
  }

  private static Set<String> all() {
    Set<String> out = new HashSet<>(titles(true));
    Stream.concat(English.entries("org-heads").stream(), English.entries("place-heads").stream())
        .forEach(w -> dotted(w, out));
    out.addAll(English.words("sentence-final-abbreviations"));
    return Set.copyOf(out);
  }

  /** Adds {@code form} to {@code out}, lower case and without its full stop, when it is one word that ends with one. */
  private static void dotted(String form, Set<String> out) {
    String f = form.strip();
    if (f.endsWith(".") && f.indexOf(' ') < 0) {
      out.add(f.substring(0, f.length() - 1).toLowerCase(Locale.ROOT));
    }
  }
}
