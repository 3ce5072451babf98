package org.newsfacet.query;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** "Did you mean Lagarde?": the known name nearest to a misspelt one. */
final class Suggestions {
  private Suggestions() {}

  /**
   * The known name, or the last word of one ("Lagarde" of "Christine Lagarde"), nearest to {@code name} by
   * edit distance, when it is near enough to be a slip of the keyboard; else null.
   */
  static String nearest(String name, List<String> known) {
    String wanted = fold(name);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int space = k.lastIndexOf(' ');
      for (String form : space > 0 ? List.of(k, k.substring(space + 1)) : List.of(k)) {
        int d = distance(wanted, fold(form));
        if (d < bestDistance) {
          bestDistance = d;
          // A last word typed exactly and still unknown ("Alliance") is no name of its own: offer the whole one.
          best = d == 0 && !form.equals(k) ? k : form;
        }
      }
    }
    int allowed = Math.max(1, Math.min(3, wanted.length() / 3));
    return bestDistance <= allowed ? best : null;
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }
}
