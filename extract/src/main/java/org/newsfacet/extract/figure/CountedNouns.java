package org.newsfacet.extract.figure;

import static org.newsfacet.extract.figure.BodyWords.isAsciiDigit;
import static org.newsfacet.extract.figure.BodyWords.nextWord;
import static org.newsfacet.extract.figure.BodyWords.plural;
import static org.newsfacet.extract.figure.BodyWords.wordEnd;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsfacet.internal.English;

/**
 * Reads the thing a number counts: the noun phrase after it ("four armoured brigades"), the noun it
 * counts without the words that only qualify it, and the whole a part is counted of ("three of the
 * 20 boats").
 */
final class CountedNouns {
  private static final Currencies CURRENCIES = Currencies.standard();
  /** Words that end the counted thing's phrase: "400 workers to build", "30 trucks, to the port". */
  private static final Set<String> STOP = English.words("counted-phrase-stops");
  /** Words that join two modifiers of one counted noun: "steel and glass towers". */
  private static final Set<String> CONJUNCTIONS = English.words("modifier-conjunctions");
  /** Words that open a noun phrase: after an -ing word they show it is a verb with its object. */
  private static final Set<String> DETERMINERS = English.words("noun-phrase-openers");
  /** Adjectives and nouns that end like adverbs: "eight elderly people", "600 likely voters", "two assembly plants". */
  private static final Map<String, String> LY_WORDS = English.table("ly-words");
  /** Words that qualify a counted noun without being part of it: "six more ferries", "12 other nurses". */
  private static final Set<String> QUALIFIERS = English.words("noun-qualifiers");
  /** Words between a partitive's two numbers: "12 of 40 drones", "three of the bridge's 24 cables". */
  private static final Set<String> PARTITIVE = English.words("partitive-determiners");
  /** The most words a counted thing's phrase takes. */
  private static final int LONGEST_PHRASE = 4;
  /** The most determiners and possessives between a partitive's "of" and the whole's number. */
  private static final int PARTITIVE_WORDS = 3;

  private CountedNouns() {}

  /** True for a word that ends the phrase of a counted thing, lower case: "to", "were", "said". */
  static boolean isStop(String lower) {
    return STOP.contains(lower);
  }

  /** The counted thing after {@code end}: adjectives and nouns up to a stop word or punctuation, four at most. */
  static List<int[]> phrase(String body, int end) {
    List<int[]> words = new ArrayList<>();
    int i = end;
    while (words.size() < LONGEST_PHRASE) {
      int s = i;
      while (s < body.length() && body.charAt(s) == ' ') {
        s++;
      }
      if (s >= body.length() || s == i && !words.isEmpty() || !Character.isLetter(body.charAt(s))) {
        break;
      }
      int e = wordEnd(body, s);
      String w = body.substring(s, e).toLowerCase(Locale.ROOT);
      if (words.size() == 1 && CONJUNCTIONS.contains(w)) {
        int[] head = coordinatedHead(body, words.get(0), e);
        if (head != null) {
          // "380 Ford and Honda vehicles", "3.1M print and digital copies": two modifiers of one plural noun
          words.add(new int[] {s, e});
          words.add(head);
          return words;
        }
      }
      if (STOP.contains(w) || w.endsWith("ly") && w.indexOf('-') < 0 && !Categories.knows(w) && !LY_WORDS.containsKey(w)
          && !participleAfter(body, e)) { // "12 heavily armed men" goes on to the men
        break;
      }
      if (w.endsWith("ing") && DETERMINERS.contains(String.valueOf(nextWord(body, e)).toLowerCase(Locale.ROOT))) {
        break; // "around 71, raising the prospect": a verb with its object, not a counted noun
      }
      words.add(new int[] {s, e});
      i = e;
      if (Categories.knows(w) && !w.endsWith("s") && e < body.length() && body.charAt(e) == ' ') {
        String then = nextWord(body, e);
        String t = then == null ? "" : then.toLowerCase(Locale.ROOT);
        if (plural(t) && !STOP.contains(t)) {
          continue; // "18 civilian vessels": the known word is an adjective here
        }
      }
      if (Categories.knows(w) || CURRENCIES.isWord(w)) {
        break; // the head noun
      }
      if (e < body.length() && body.charAt(e) != ' ') {
        break; // punctuation after the word
      }
    }
    // A capitalised group is counted as a whole: "4,000 New Zealanders".
    boolean capitalised = !words.isEmpty() && words.stream().allMatch(w -> Character.isUpperCase(body.charAt(w[0])));
    // Otherwise the phrase ends on a noun the categories know, or on its last plural noun ("three
    // nearby communities", "two older plants"), or is a single word.
    int keep = -1;
    for (int k = words.size() - 1; k >= 0 && keep < 0; k--) {
      String w = body.substring(words.get(k)[0], words.get(k)[1]).toLowerCase(Locale.ROOT);
      if (Categories.knows(w) && (w.endsWith("s") || k == words.size() - 1) || CURRENCIES.isWord(w)) {
        keep = k; // a known singular word before a plural noun is an adjective: "18 civilian vessels"
      }
    }

    for (int k = 0; k < words.size() && keep < 0; k++) {
      String w = body.substring(words.get(k)[0], words.get(k)[1]).toLowerCase(Locale.ROOT);
      if (plural(w)) {
        keep = k; // the first plural is the head: "23 fouls (proves)", "250 charging stations"
      }
    }
    while (!capitalised && words.size() > 1 && words.size() - 1 > Math.max(keep, 0)) {
      words.remove(words.size() - 1);
    }
    return words;
  }

  /**
   * The counted thing of a noun phrase, as written: the noun and the nouns compounded with it ("job
   * cuts", "power plants", "charging stations"), without the words that only qualify it ("five more
   * routes", "240 recorded songs", "two diesel-only trim options", "16 Russian drones"); a capitalised group
   * stays whole ("4,000 New Zealanders").
   */
  static String noun(String body, List<int[]> phrase) {
    int first = 0;
    int last = phrase.size() - 1;
    if (phrase.size() == 3 && CONJUNCTIONS.contains(body.substring(phrase.get(1)[0], phrase.get(1)[1]))) {
      return body.substring(phrase.get(2)[0], phrase.get(2)[1]); // "Ford and Honda vehicles": vehicles
    }
    boolean capitalised = phrase.stream().allMatch(w -> Character.isUpperCase(body.charAt(w[0])));
    if (!capitalised) {
      while (first < last && qualifier(body.substring(phrase.get(first)[0], phrase.get(first)[1]))) {
        first++;
      }
    }
    return body.substring(phrase.get(first)[0], phrase.get(last)[1]);
  }

  /**
   * After a number, "of (the) 40 drones": the offsets of the whole's number, else null. A part
   * counts the same thing as its whole.
   */
  static int[] partitive(String body, int end) {
    String of = nextWord(body, end);
    int i = wordEnd(body, end);
    if ("out".equals(of) && "of".equals(nextWord(body, i))) {
      of = "of"; // "9 out of 11 drones"
      i = wordEnd(body, i);
    }
    if (of == null || !of.equals("of")) {
      return null;
    }
    String next = nextWord(body, i);
    for (int k = 0; k < PARTITIVE_WORDS && next != null; k++) {
      int e = wordEnd(body, i);
      boolean possessive = body.startsWith("'s", e) || body.startsWith("’s", e);
      if (!PARTITIVE.contains(next.toLowerCase(Locale.ROOT)) && !possessive) {
        break;
      }
      i = possessive ? e + 2 : e; // "of the bridge's 24 cables"
      next = nextWord(body, i);
    }
    int s = i;
    while (s < body.length() && body.charAt(s) == ' ') {
      s++;
    }
    int e = s;
    while (e < body.length() && (isAsciiDigit(body.charAt(e)) || body.charAt(e) == ',' && e + 1 < body.length()
        && isAsciiDigit(body.charAt(e + 1)))) {
      e++;
    }
    if (e == s && next != null && NumberWords.isWord(next.toLowerCase(Locale.ROOT))) {
      e = wordEnd(body, s);
    }
    return e > s ? new int[] {s, e} : null;
  }

  /**
   * The plural noun that two coordinated modifiers share: in "380 Ford and Honda vehicles" the
   * singular word before "and" ({@code first}) and the one or two words after it describe
   * "vehicles"; null when the first word is a plural noun itself ("435 homes and 187 flats") or no
   * plural noun follows.
   */
  private static int[] coordinatedHead(String body, int[] first, int conjunctionEnd) {
    String w = body.substring(first[0], first[1]).toLowerCase(Locale.ROOT);
    if (plural(w) || Categories.knows(w) || body.charAt(first[1]) != ' ') {
      return null;
    }
    int k = conjunctionEnd;
    for (int n = 0; n < 2; n++) {
      if (k >= body.length() || body.charAt(k) != ' ' || k + 1 >= body.length() || !Character.isLetter(body.charAt(k + 1))) {
        return null;
      }
      int s = k + 1;
      int e = wordEnd(body, s);
      String next = body.substring(s, e).toLowerCase(Locale.ROOT);
      if (STOP.contains(next)) {
        return null;
      }
      if (plural(next)) {
        return n == 0 ? null : new int[] {s, e}; // "Kia and vehicles" is no coordination of modifiers
      }
      k = e;
    }
    return null;
  }

  /** A participle right after {@code at}: "heavily [armed]", "newly [built]". */
  private static boolean participleAfter(String body, int at) {
    String next = nextWord(body, at);
    return at < body.length() && body.charAt(at) == ' ' && next != null && next.length() > 4
        && next.toLowerCase(Locale.ROOT).endsWith("ed");
  }

  /** A word before a counted noun that describes it: an adjective, a participle, a capitalised origin. */
  private static boolean qualifier(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (QUALIFIERS.contains(w) || word.indexOf('-') > 0 || Character.isUpperCase(word.charAt(0))) {
      return true; // "more", "gas-only", "Russian"
    }
    if (w.length() > 4 && (w.endsWith("ed") || w.endsWith("est") || w.endsWith("ous")
        || w.endsWith("ive") || w.endsWith("ful") || w.endsWith("less") || w.endsWith("able") || w.endsWith("ible")
        || w.endsWith("ly"))) {
      return !Categories.knows(w) && !"noun".equals(LY_WORDS.get(w)); // "recorded songs"; not "wounded", nor a
      // gerund's compound ("parking spaces"), nor a noun in -ly ("assembly plants")
    }
    return false;
  }
}
