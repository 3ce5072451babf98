package org.newsfacet.extract.figure;

import static org.newsfacet.extract.figure.BodyWords.nextWord;
import static org.newsfacet.extract.figure.BodyWords.plural;
import static org.newsfacet.extract.figure.BodyWords.wordEnd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsfacet.internal.English;
import org.newsfacet.model.FigureCategory;

/**
 * Reads numbers written in words ("four brigades", "twelve thousand", "two hundred and fifty") and
 * one of a scale ("a million people"), when they count something, from the lexicon's {@code
 * number-words.tsv}.
 */
final class NumberWords {
  static final String HUNDRED = "hundred";
  /** The number words and the compounds of a tens word and a ones word: "forty-two". */
  private static final Map<String, Integer> WORDS = numberWords();
  /** "a million people": the scales that count one after "a". */
  private static final Set<String> INDEFINITE_SCALES = English.words("indefinite-scales");

  /** How many letters a number word's prefix has, the fewest a number word has. */
  private static final int PREFIX = 3;
  /** The longest number word, "seventy-seven": a longer word is none. */
  private static final int LONGEST = WORDS.keySet().stream().mapToInt(String::length).max().orElseThrow();
  /** The prefixes, lower case, of every number word: one look-up rules out most words. */
  private static final boolean[] PREFIXES = numberPrefixes();

  private NumberWords() {}

  private static Map<String, Integer> numberWords() {
    Map<String, Integer> m = new HashMap<>();
    English.table("number-words").forEach((word, value) -> m.put(word, Integer.parseInt(value)));
    Map<String, Integer> listed = Map.copyOf(m);
    listed.forEach((tens, t) -> {
      if (t >= 20 && t < 100 && t % 10 == 0) {
        listed.forEach((ones, o) -> {
          if (o < 10) {
            m.put(tens + "-" + ones, t + o);
          }
        });
      }
    });
    return Map.copyOf(m);
  }

  /** True for a number word, lower case: "four", "forty-two", "hundred". */
  static boolean isWord(String lower) {
    return WORDS.containsKey(lower);
  }

  /** The value of a number word, lower case, or null for none. */
  static Integer valueOf(String lower) {
    return WORDS.get(lower);
  }

  /** The numbers written in words in the body that count something, in text order. */
  static List<NumberSpan> read(String body) {
    List<NumberSpan> out = new ArrayList<>();
    for (int i = 0; i < body.length(); ) {
      if (!Character.isLetter(body.charAt(i)) || (i > 0 && Character.isLetter(body.charAt(i - 1)))) {
        i++;
        continue;
      }
      int wordEnd = i;
      while (wordEnd < body.length() && (Character.isLetter(body.charAt(wordEnd)) || body.charAt(wordEnd) == '-')) {
        wordEnd++;
      }
      int wordStart = i;
      i = wordEnd;
      if (wordEnd - wordStart > LONGEST || wordEnd - wordStart < PREFIX || !numberWordPrefix(body, wordStart)) {
        continue; // no number word starts so
      }
      Integer n = WORDS.get(body.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT));
      if (n == null && body.charAt(wordEnd - 1) == '-' && Ranges.suspendedMeasure(body, wordEnd - 1) != null) {
        n = WORDS.get(body.substring(wordStart, wordEnd - 1).toLowerCase(Locale.ROOT)); // "three-, four- and five-door"
        if (n != null) {
          out.add(new NumberSpan(wordStart, wordEnd - 1, n, null, false));
        }
        continue;
      }
      int hyphen = body.indexOf('-', wordStart, wordEnd);
      if (n == null && hyphen > wordStart && hyphen < wordEnd - 1 && WORDS.containsKey(body.substring(wordStart, hyphen)
          .toLowerCase(Locale.ROOT)) && !WORDS.containsKey(body.substring(hyphen + 1, wordEnd).toLowerCase(Locale.ROOT))) {
        // "six-cylinder engines", "three-bedroom flats": a number word and its measure
        out.add(new NumberSpan(wordStart, hyphen, WORDS.get(body.substring(wordStart, hyphen).toLowerCase(Locale.ROOT)),
            null, false));
        continue;
      }
      if (n == null) {
        continue;
      }
      int[] compoundEnd = {wordEnd};
      double value = compound(body, n, compoundEnd);
      int e = compoundEnd[0];
      i = e; // the words of one compound number are not numbers of their own
      String noun = nextWord(body, e);
      List<int[]> counted = CountedNouns.phrase(body, e);
      String last = counted.isEmpty() ? null
          : body.substring(counted.get(counted.size() - 1)[0], counted.get(counted.size() - 1)[1]).toLowerCase(Locale.ROOT);
      boolean plural = last != null && plural(last) && value >= 2
          && !NonFigures.isTimeUnit(last);
      String then = noun == null ? null : nextWord(body, wordEnd(body, e));
      boolean range = noun != null && (noun.equals("or") || noun.equals("to")) && then != null
          && WORDS.containsKey(then.toLowerCase(Locale.ROOT)); // "six or seven patients"
      boolean counts = value >= 1000 || (noun != null && Categories.knows(noun.toLowerCase(Locale.ROOT))) || plural
          || range || last != null && Categories.knows(last) && value >= 2 // "two more people"
          || value >= 2 && CountedNouns.partitive(body, e) != null // "nine of 14 missiles"
          || value >= 2 && Casualties.before(body, wordStart) && (counted.isEmpty() || Categories.knows(last)) // "kills three"
          || value >= 2 && counted.isEmpty() && (Casualties.next(body, e) || Casualties.tollBefore(body, wordStart)) // "seven were killed"
          || value == 1 && (one(body, wordStart, e, last) || onePart(body, wordStart, e));
      String after = noun == null ? "" : noun.toLowerCase(Locale.ROOT);
      boolean percent = after.equals("percent") || after.equals("per") && "cent".equalsIgnoreCase(then);
      if (percent) {
        out.add(new NumberSpan(wordStart, wordEnd(body, after.equals("per") ? wordEnd(body, e) : e), value, null, true));
      } else if (counts) {
        out.add(new NumberSpan(wordStart, e, value, null, false));
      }
    }
    // "a million dollar house", "a billion people": one of a scale, when it counts something
    for (int i = body.indexOf("a ", 0); i >= 0; i = body.indexOf("a ", i + 1)) {
      if (i > 0 && Character.isLetter(body.charAt(i - 1)) || i > 0 && body.charAt(i - 1) == '-') {
        continue;
      }
      String scale = nextWord(body, i + 1);
      String s = scale == null ? "" : scale.toLowerCase(Locale.ROOT);
      if (!INDEFINITE_SCALES.contains(s)) {
        continue;
      }
      int e = wordEnd(body, i + 1);
      List<int[]> counted = CountedNouns.phrase(body, e);
      if (!counted.isEmpty()) {
        out.add(new NumberSpan(i, e, Scales.ofWord(s), null, false));
      }
    }
    return out;
  }

  /**
   * "one" counts when what it counts is a weapon or a casualty ("one drone", "one storm-related
   * fatality") or a person killed or hurt ("killing one man"), not in "one person familiar with".
   */
  private static boolean one(String body, int start, int end, String last) {
    FigureCategory c = last == null ? null : Categories.of(last);
    if (c == FigureCategory.WEAPONS || c == FigureCategory.CASUALTIES) {
      return true;
    }
    List<int[]> counted = CountedNouns.phrase(body, end);
    int nounEnd = counted.isEmpty() ? end : counted.get(counted.size() - 1)[1];
    return c == FigureCategory.PEOPLE && (Casualties.before(body, start) || Casualties.next(body, nounEnd));
  }

  /** "one of two cruise missiles", "one of the 12 drones": "one" counts a part of a counted whole that it may count. */
  private static boolean onePart(String body, int start, int end) {
    int[] whole = CountedNouns.partitive(body, end);
    if (whole == null) {
      return false;
    }
    List<int[]> counted = CountedNouns.phrase(body, whole[1]);
    String last = counted.isEmpty() ? null
        : body.substring(counted.get(counted.size() - 1)[0], counted.get(counted.size() - 1)[1]).toLowerCase(Locale.ROOT);
    return one(body, start, whole[1], last);
  }

  private static boolean[] numberPrefixes() {
    boolean[] prefixes = new boolean[26 * 26 * 26];
    for (String w : WORDS.keySet()) {
      int p = w.length() < PREFIX ? -1 : prefixIndex(w, 0);
      if (p >= 0) {
        prefixes[p] = true;
      }
    }
    return prefixes;
  }

  /** The index of the {@link #PREFIX} ASCII letters at {@code at} in {@link #PREFIXES}, or -1. */
  private static int prefixIndex(String s, int at) {
    int index = 0;
    for (int k = at; k < at + PREFIX; k++) {
      char c = Character.toLowerCase(s.charAt(k));
      if (c < 'a' || c > 'z') {
        return -1;
      }
      index = index * 26 + (c - 'a');
    }
    return index;
  }

  private static boolean numberWordPrefix(String body, int at) {
    int p = prefixIndex(body, at);
    return p >= 0 && PREFIXES[p];
  }

  /**
   * The value of the number words that begin with one of value {@code first} ending at
   * {@code end[0]}: "thirty-one thousand four hundred fifty-seven" is 31,457, "two hundred and fifty"
   * 250, "four hundred million" 400,000,000. Moves {@code end[0]} past the last word taken.
   */
  static double compound(String body, int first, int[] end) {
    double total = 0;
    double current = first;
    boolean afterScale = first == WORDS.get(HUNDRED);
    boolean tens = first >= 20 && first < 100 && first % 10 == 0; // "seventy four seats"
    int e = end[0];
    while (true) {
      String w = nextWord(body, e);
      String word = w == null ? "" : w.toLowerCase(Locale.ROOT);
      int after = wordEnd(body, e);
      if (word.equals("and") && afterScale) {
        String then = nextWord(body, after);
        Integer n = then == null ? null : WORDS.get(then.toLowerCase(Locale.ROOT));
        if (n == null || n >= WORDS.get(HUNDRED)) {
          break; // "two hundred and counting", "hundred and hundred"
        }
        e = after; // "two hundred and fifty": the "and" joins the parts of one number
        continue;
      }
      if (word.equals(HUNDRED) && current > 0 && current < WORDS.get(HUNDRED)) {
        current *= WORDS.get(HUNDRED);
        afterScale = true;
        tens = false;
      } else if (Scales.isWord(word) && current > 0) {
        total += Scales.scaled(current, Scales.ofWord(word));
        current = 0;
        afterScale = true;
        tens = false;
      } else if (afterScale && WORDS.containsKey(word) && !word.equals(HUNDRED)
          && current % WORDS.get(HUNDRED) == 0) {
        int n = WORDS.get(word);
        current += n; // "four hundred fifty-seven": the tens and ones after a hundred or a scale
        afterScale = false;
        tens = n % 10 == 0 && n >= 20;
      } else if (tens && WORDS.containsKey(word) && WORDS.get(word) < 10) {
        current += WORDS.get(word); // "six hundred forty two", written without the hyphen
        tens = false;
      } else {
        break;
      }
      e = after;
    }
    end[0] = e;
    return total + current;
  }
}
