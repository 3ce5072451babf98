package org.newsfacet.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "Did you mean Halvorsen?": the known name nearest to a misspelt one. The question reader says it in
 * its message; a typed search that finds nothing carries it in {@link Results#suggestions()}.
 */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The known name, or the last word of one ("Halvorsen" of "Ingrid Halvorsen"), nearest to {@code name} by
   * edit distance, when it is near enough to be a slip of the keyboard; else null.
   *
   * @param name the name as asked
   * @param known the names the index holds in the dimension asked
   * @return one of the known names, or its last word; null when none is near
   */
  public static String nearest(String name, List<String> known) {
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

  /**
   * The results as they are when something matched; else with, for each name asked in a dimension
   * (speakers, claimants, outlets...) that no document has, the known name nearest to it, if any.
   *
   * @param asked the names a request gave, by the facet dimension ({@link Dimensions}) they are looked up in
   * @param search where the known names of each dimension are read (for example {@link NewsSearch#names})
   * @param <T> the kind of hit
   * @param results what the search found
   * @return {@code results}, or a copy that carries the suggestions
   * @throws IOException when the known names cannot be read
   */
  public static <T> Results<T> whenEmpty(Results<T> results, Map<String, List<String>> asked, KnownNames search)
      throws IOException {
    if (results.total() > 0) {
      return results;
    }
    Map<String, List<String>> known = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : asked.entrySet()) {
      if (!e.getValue().isEmpty()) {
        known.put(e.getKey(), search.names(e.getKey()));
      }
    }
    // A name known in any dimension it was asked in ("Reuters" as a source: an agency, no outlet) is
    // no slip. Most empty answers ask for known names (a filter that matched nothing this time), so
    // that cheap test comes first; the edit distances only run for a name no dimension knows.
    Set<String> out = new LinkedHashSet<>();
    known.forEach((dimension, names) -> {
      for (String name : asked.get(dimension)) {
        if (known.values().stream().noneMatch(list -> containsIgnoringCase(list, name))) {
          String near = nearest(name, names);
          if (near != null && !fold(near).equals(fold(name))) {
            out.add(near);
          }
        }
      }
    });
    return out.isEmpty() ? results : results.suggest(List.copyOf(out));
  }

  /** Where the known names of a facet dimension are read. */
  @FunctionalInterface
  public interface KnownNames {
    /**
     * The known names of a dimension.
     *
     * @param dimension a facet dimension ({@link Dimensions})
     * @return its values, sorted
     * @throws IOException when they cannot be read
     */
    List<String> names(String dimension) throws IOException;
  }

  private static boolean containsIgnoringCase(List<String> names, String name) {
    for (String n : names) {
      if (n.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
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
