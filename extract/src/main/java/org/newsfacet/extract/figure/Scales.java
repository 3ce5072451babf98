package org.newsfacet.extract.figure;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsfacet.internal.English;

/**
 * The scales a number is written with, as words after it ("3 million", "Rs 8 lakh") or suffixes glued
 * to it ("15K", "$2.4bn"), from the lexicon's {@code scale-words.tsv} and {@code scale-suffixes.tsv}.
 */
final class Scales {
  private static final Map<String, Double> WORDS = multipliers("scale-words");
  private static final Map<String, Double> SUFFIXES = multipliers("scale-suffixes");

  /**
   * The suffixes as a regular-expression alternation, longest first: a one-letter suffix in either
   * case ("15k", "15K"), a longer one only as written.
   */
  static final String SUFFIX = SUFFIXES.keySet().stream()
      .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
      .map(s -> s.length() == 1 ? "[" + s + s.toUpperCase(Locale.ROOT) + "]" : Pattern.quote(s))
      .collect(Collectors.joining("|", "(?:", ")"));

  private Scales() {}

  private static Map<String, Double> multipliers(String list) {
    return English.table(list).entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Double.parseDouble(e.getValue())));
  }

  /** True for a scale word, lower case: "million", "lakh", "bn". */
  static boolean isWord(String lower) {
    return WORDS.containsKey(lower);
  }

  /** What the scale word {@code lower} multiplies by; only for a word that {@link #isWord} accepts. */
  static double ofWord(String lower) {
    return WORDS.get(lower);
  }

  /** What the suffix {@code lower} multiplies by, or 1 for no suffix. */
  static double ofSuffix(String lower) {
    return SUFFIXES.getOrDefault(lower, 1.0);
  }

  /** The scale a number was written with: 1,000 for "5 thousand" or "5k", a billion for "$15 billion"; else 1. */
  static double of(String body, NumberSpan v) {
    String written = body.substring(v.start(), v.end()).toLowerCase(Locale.ROOT);
    int space = written.lastIndexOf(' ');
    String last = space < 0 ? written : written.substring(space + 1);
    if (WORDS.containsKey(last)) {
      return WORDS.get(last);
    }
    int k = last.length();
    while (k > 0 && Character.isLetter(last.charAt(k - 1))) {
      k--;
    }
    return k > 0 && k < last.length() ? SUFFIXES.getOrDefault(last.substring(k), 1.0) : 1;
  }

  /** "4.7 billion" is 4,700,000,000, not 4,699,999,999.999999: a scaled value close to a whole number is one. */
  static double scaled(double value, double scale) {
    double v = value * scale;
    double whole = Math.rint(v);
    return scale > 1 && Math.abs(v - whole) < 1e-6 * Math.max(1, Math.abs(v)) ? whole : v;
  }
}
