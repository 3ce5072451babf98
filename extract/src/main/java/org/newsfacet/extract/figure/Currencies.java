package org.newsfacet.extract.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsfacet.internal.Resources;

/**
 * The forms money is written in and the ISO 4217 code each stands for (resource {@code
 * currencies.tsv}): signs and codes before a number ("HK$6.4 billion", "AUD2.8m"), words after it
 * ("30 billion yen"), and words a country's name qualifies ("Hong Kong dollars"). A form that
 * several countries use (peso, dinar) has no code of its own. Immutable and thread-safe.
 */
final class Currencies {
  private static final Currencies STANDARD = load();

  /** Signs and codes, longest first, so that "HK$" wins over "$". */
  private final List<String> before;
  private final Map<String, String> beforeCodes;
  /** Lower-case words and qualified phrases ("hong kong dollar") to their codes ("-" for none). */
  private final Map<String, String> words;

  private Currencies(List<String> before, Map<String, String> beforeCodes, Map<String, String> words) {
    this.before = List.copyOf(before);
    this.beforeCodes = Map.copyOf(beforeCodes);
    this.words = Map.copyOf(words);
  }

  static Currencies standard() {
    return STANDARD;
  }

  private static Currencies load() {
    List<String> before = new ArrayList<>();
    Map<String, String> codes = new HashMap<>();
    Map<String, String> words = new HashMap<>();
    for (String line : Resources.lines(Currencies.class, "currencies.tsv")) {
      String[] c = line.split("\t");
      if (c.length != 3) {
        throw new IllegalStateException("currencies.tsv: not 'form<TAB>kind<TAB>code': " + line);
      }
      String form = c[0];
      String code = c[2].strip();
      switch (c[1].strip()) {
        case "sign", "code" -> {
          if (codes.putIfAbsent(form, code) == null) {
            before.add(form);
          }
        }
        case "word" -> words.putIfAbsent(form.strip().toLowerCase(Locale.ROOT), code);
        default -> throw new IllegalStateException("currencies.tsv: unknown kind in: " + line);
      }
    }
    before.sort(Comparator.comparingInt(String::length).reversed());
    return new Currencies(before, codes, words);
  }

  /**
   * The sign or code written right before offset {@code at} (the number's first digit), as written
   * with the space between them if any ("Rs 40", "USD 5"), or null. A sign or code glued to a word
   * before it is none ("JPMUSD5"), except "$" after a country's letters ("US$", "HK$").
   */
  String before(String body, int at) {
    for (String form : before) {
      for (int gap = 0; gap <= 1; gap++) {
        int s = at - gap - form.length();
        if (s < 0 || !body.startsWith(form, s) || gap == 1 && body.charAt(at - 1) != ' ') {
          continue;
        }
        if (s > 0 && Character.isLetter(body.charAt(s - 1)) && !form.equals("$")) {
          continue;
        }
        return body.substring(s, at);
      }
    }
    return null;
  }

  /** The ISO 4217 code of a sign or code as {@link #before} returns it, or null. */
  String codeOfSign(String written) {
    String code = beforeCodes.get(written.strip());
    return code == null || code.equals("-") ? null : code;
  }

  /** True for a word that names money after a number: "dollars", "yen", "pesos". */
  boolean isWord(String lower) {
    return words.containsKey(lower);
  }

  /**
   * The code of money named by the phrase {@code lowerPhrase} (its last word a currency word):
   * a qualified form first ("hong kong dollars"), else the word's own code; null where the word
   * alone does not say (pesos) or is no currency word.
   */
  String codeOfPhrase(String lowerPhrase) {
    String[] w = lowerPhrase.strip().split("\\s+");
    for (int from = 0; from < w.length; from++) {
      String last = singular(w[w.length - 1]);
      String qualified = String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length - 1))
          + (from < w.length - 1 ? " " : "") + last;
      String code = words.get(qualified);
      if (code != null) {
        return code.equals("-") ? null : code;
      }
    }
    String code = words.get(w[w.length - 1]);
    return code == null || code.equals("-") ? null : code;
  }

  private String singular(String word) {
    if (words.containsKey(word) && !word.endsWith("s")) {
      return word;
    }
    String one = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    return words.containsKey(one) ? one : word;
  }
}
