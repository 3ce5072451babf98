package org.newsfacet.extract.figure;

import static org.newsfacet.extract.figure.BodyWords.lastWordsBefore;
import static org.newsfacet.extract.figure.BodyWords.lowerCaseWords;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsfacet.extract.text.Sentences;
import org.newsfacet.internal.English;
import org.newsfacet.model.FigureCategory;

/**
 * Tells what a figure counts from the words of its counted thing (the lexicon's {@code
 * figure-categories.tsv}: "soldiers" are troops) and, where those say nothing, from the words around
 * it: a disease makes cases people, a poll makes points percentage points.
 */
final class Categories {
  private static final Map<String, FigureCategory> CATEGORIES = English.table("figure-categories").entrySet().stream()
      .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> FigureCategory.of(e.getValue())));
  /** Words that make "cases" count people: the cases of a disease. */
  private static final Set<String> CASE_WORDS = English.words("case-words");
  /** Words of an opinion poll, whose points are percentage points. */
  private static final Set<String> POLL_WORDS = English.words("poll-words");
  /** Groups of people named by a place ("New Zealanders", "Israelis"): the entity module's demonyms, lower case. */
  private static final Set<String> DEMONYMS = demonyms();
  /** How far before a figure its context is read, in characters: about a paragraph. */
  private static final int CONTEXT = 400;
  /** How far after a number "magnitude" or "on the Richter scale" is looked for, in characters. */
  private static final int MAGNITUDE_AFTER = 30;

  private Categories() {}

  private static Set<String> demonyms() {
    Set<String> out = new HashSet<>();
    for (String line : English.rows("demonyms")) {
      out.add(line.split("\t")[0].strip().toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /** True for a word, lower case, that makes a category: "soldiers", "drones", "labour force". */
  static boolean knows(String lower) {
    return CATEGORIES.containsKey(lower);
  }

  /** The category the word {@code lower} makes, or null for none. */
  static FigureCategory of(String lower) {
    return CATEGORIES.get(lower);
  }

  /** The category the word {@code lower} makes, or other for none. */
  static FigureCategory ofOrOther(String lower) {
    return CATEGORIES.getOrDefault(lower, FigureCategory.OTHER);
  }

  /** True for a group of people named by a place, lower case: "zealanders". */
  static boolean isDemonym(String lower) {
    return DEMONYMS.contains(lower);
  }

  /**
   * The category a counted noun makes: its head with the word before it first ("labour force" is
   * people, "force" troops), "cases" people only beside a word of disease (case-words.txt); null
   * when the lexicon has neither.
   */
  static FigureCategory ofHead(String body, int headStart, int headEnd) {
    String head = body.substring(headStart, headEnd).toLowerCase(Locale.ROOT);
    String before = lastWordsBefore(body, headStart, 1).toLowerCase(Locale.ROOT);
    FigureCategory two = before.isEmpty() ? null : CATEGORIES.get(before + " " + head);
    if (two != null) {
      return two;
    }
    if (head.equals("cases") || head.equals("case")) {
      return diseaseNear(body, headStart) ? FigureCategory.PEOPLE : FigureCategory.OTHER;
    }
    return CATEGORIES.get(head);
  }

  /**
   * The category of a figure whose counted thing names none ("4,000 New Zealanders"): the category
   * noun nearest before it in the same or the previous paragraph, else people for a capitalised
   * group, else other.
   */
  static FigureCategory fromContext(String body, int start) {
    int from = Math.max(0, start - CONTEXT);
    String[] words = lowerCaseWords(body.substring(from, start));
    for (int k = words.length - 1; k >= 0; k--) {
      FigureCategory c = k > 0 ? CATEGORIES.get(words[k - 1] + " " + words[k]) : null; // "the labour force numbered"
      c = c != null ? c : CATEGORIES.get(words[k]);
      if (c == FigureCategory.TROOPS || c == FigureCategory.CASUALTIES || c == FigureCategory.PEOPLE) {
        return c;
      }
    }
    return FigureCategory.OTHER;
  }

  /** A word of an opinion poll in the sentence of {@code at} or the {@link #CONTEXT} characters before it. */
  static boolean pollNear(String body, int at) {
    int to = Sentences.around(body, at, at).end();
    for (String w : lowerCaseWords(body.substring(Math.max(0, at - CONTEXT), to))) {
      if (POLL_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** "magnitude 5.1", "a 6.2-magnitude quake", "measured 6.3 on the Richter scale": a quake's measure, no count. */
  static boolean magnitude(String body, int start, int end) {
    if (lastWordsBefore(body, start, 1).equals("magnitude") || body.startsWith("-magnitude", end)) {
      return true;
    }
    String after = body.substring(end, Math.min(body.length(), end + MAGNITUDE_AFTER)).toLowerCase(Locale.ROOT);
    return after.startsWith(" magnitude") || after.startsWith(" on the richter");
  }

  /** A word of disease in the sentence around {@code at}. */
  private static boolean diseaseNear(String body, int at) {
    Sentences.Bounds sentence = Sentences.around(body, at, at);
    for (String w : lowerCaseWords(body.substring(sentence.start(), sentence.end()))) {
      if (CASE_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
