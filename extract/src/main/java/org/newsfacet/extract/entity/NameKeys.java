package org.newsfacet.extract.entity;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsfacet.internal.Resources;

/**
 * One key for every spelling of a name, so that facets and filters count "Navalny",
 * "Navalnyy" and "Navalniy", or "Seo Min Jae" and "Seo Min-jae", as one person.
 *
 * <p>A general rule folds what transliteration varies (accents, hyphens, case, the endings -yy,
 * -iy, -ii, -ij of Slavic names); a curated resource ({@code person-aliases.tsv}) maps the
 * variants no rule can see ("Selenskyj") to the name English wire services use.
 */
public final class NameKeys {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑–—_.’']+");
  private static final Pattern SLAVIC_ENDING = Pattern.compile("(?:yy|iy|ii|ij|yj|yi)(?= |$)");
  /** Folded names, remembered: loading below uses them too. */
  private static final java.util.concurrent.ConcurrentHashMap<String, String> FOLDED =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** Loaded after the patterns above, which loading uses. */
  private static final NameKeys BUNDLED = load();

  /** How many names' keys are remembered. */
  private static final int KEY_CACHE = 200_000;

  /** Canonical display name by the folded form of each of its variants. */
  private final Map<String, String> canonicalByFold;
  private final java.util.concurrent.ConcurrentHashMap<String, String> keys = new java.util.concurrent.ConcurrentHashMap<>();

  private NameKeys(Map<String, String> canonicalByFold) {
    this.canonicalByFold = Map.copyOf(canonicalByFold);
  }

  /**
   * The keys with the bundled alias resource.
   *
   * @return the shared instance
   */
  public static NameKeys bundled() {
    return BUNDLED;
  }

  /**
   * The cross-article key of a name: equal for every spelling of one entity.
   *
   * @param name a name as written
   * @return the folded name, or the folded canonical name when the alias resource lists this
   *     spelling
   */
  public String key(String name) {
    String known = keys.get(name);
    if (known != null) {
      return known;
    }
    String folded = fold(name);
    String canonical = canonicalByFold.get(folded);
    String key = canonical == null ? folded : fold(canonical);
    if (keys.size() < KEY_CACHE) {
      keys.put(name, key); // names recur from article to article: fold each once
    }
    return key;
  }

  /**
   * The name the alias resource gives for this spelling, if it knows one.
   *
   * @param name a name as written
   * @return the canonical name, or empty when the resource does not list the spelling
   */
  public Optional<String> canonical(String name) {
    return Optional.ofNullable(canonicalByFold.get(fold(name)));
  }

  /** The general rule alone: accents, hyphens, case and Slavic endings folded. */
  static String fold(String name) {
    String known = FOLDED.get(name);
    if (known != null) {
      return known;
    }
    String folded = foldNew(name);
    if (FOLDED.size() < KEY_CACHE) {
      FOLDED.put(name, folded); // names and their words recur from article to article: fold each once
    }
    return folded;
  }

  private static String foldNew(String name) {
    if (isPlainWord(name)) {
      String s = name.toLowerCase(Locale.ROOT);
      return s.length() > 2 && SLAVIC_ENDING.matcher(s).find() ? SLAVIC_ENDING.matcher(s).replaceAll("y") : s;
    }
    String s = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    s = SEPARATORS.matcher(s).replaceAll(" ").strip();
    return SLAVIC_ENDING.matcher(s).replaceAll("y");
  }

  /** ASCII letters only: nothing for the general rule to fold but case and the Slavic endings. */
  private static boolean isPlainWord(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return true;
  }

  private static NameKeys load() {
    Map<String, String> map = new HashMap<>();
    for (String line : Resources.lines(NameKeys.class, "person-aliases.tsv")) {
      String[] cols = line.split("\t", -1);
      String canonical = cols[0].strip();
      map.putIfAbsent(fold(canonical), canonical);
      if (cols.length > 1) {
        for (String variant : cols[1].split(",")) {
          if (!variant.isBlank()) {
            map.putIfAbsent(fold(variant), canonical);
          }
        }
      }
    }
    return new NameKeys(map);
  }
}
