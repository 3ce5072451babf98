package org.newsfacet.extract.figure;

import static org.newsfacet.extract.figure.BodyWords.isAsciiDigit;
import static org.newsfacet.extract.figure.BodyWords.lastWordsBefore;
import static org.newsfacet.extract.figure.BodyWords.nextWord;
import static org.newsfacet.extract.figure.BodyWords.plural;
import static org.newsfacet.extract.figure.BodyWords.wordEnd;
import static org.newsfacet.extract.figure.BodyWords.wordStart;
import static org.newsfacet.extract.figure.BodyWords.wordStartBefore;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfacet.internal.Dates;
import org.newsfacet.internal.English;

/**
 * Tells the numbers that are no figures: dates, years, times, durations, ages, numbers in names
 * ("Route 9", "iPhone 13", "42 Quarry Road") and small bare numbers that count nothing ("were over
 * 65", a score, a page).
 */
final class NonFigures {
  private static final Currencies CURRENCIES = Currencies.standard();
  private static final Set<String> MONTHS = Dates.monthWords();
  /** Words of time after a number: "six months", "9 am". */
  private static final Set<String> TIME_UNITS = English.words("time-units");
  /** Words of time hyphenated to a number: "a 12-day strike", "an 80-year-old man". */
  private static final List<String> DURATIONS = English.entries("duration-words");
  /** Words before a year: "the 1996 elections", "in 1870", "since 2011". */
  private static final Set<String> YEAR_WORDS = English.words("year-openers");
  /** Nouns a number names: "category 4", "gate 12". */
  private static final Set<String> NUMBERED = English.words("numbered-nouns");
  /** "compared with 95", "up from 40": a number compared with a figure before it. */
  private static final Set<String> COMPARISONS = English.words("comparison-openers");
  /** The years a four-digit number alone may be: "in 1870", "by 2050". */
  private static final int FIRST_YEAR = 1800;
  private static final int LAST_YEAR = 2100;
  /** The first year that two four-digit numbers in a range may be: "between 1150 and 1320". */
  private static final int FIRST_RANGE_YEAR = 1000;
  /** Bare numbers below this may be ages, scores or pages; above it they count something. */
  private static final int SMALL = 130;

  private NonFigures() {}

  /** True for a word of time, lower case: "months", "am", "o'clock". */
  static boolean isTimeUnit(String lower) {
    return TIME_UNITS.contains(lower);
  }

  /** Dates, years, durations, ages and numbers in names are not figures. */
  static boolean excluded(String body, NumberSpan v) {
    String raw = body.substring(v.start(), v.end());
    String before = lastWordsBefore(body, v.start(), 1);
    String after = nextWord(body, v.end());
    String afterLower = after == null ? "" : after.toLowerCase(Locale.ROOT);
    boolean plain = v.currency() == null && !v.percent() && raw.matches("\\d+");
    if (MONTHS.contains(before) || MONTHS.contains(afterLower.replace(".", ""))) {
      return true; // "June 9", "9 June"
    }
    if (plain && raw.length() == 4 && v.value() >= FIRST_YEAR && v.value() <= LAST_YEAR && !Categories.knows(afterLower)
        && !countedYearLike(body, v, before)) {
      return true; // a year
    }
    if (!v.percent() && v.currency() == null
        && (TIME_UNITS.contains(afterLower) || TIME_UNITS.contains(afterLower.replace(".", "")))) {
      return true; // "six months", "52 minutes", "9 am"
    }
    if (v.end() + 1 < body.length() && body.charAt(v.end()) == '-') {
      int[] suspended = Ranges.suspendedMeasure(body, v.end());
      String compound = suspended != null ? body.substring(suspended[0], suspended[1]) : nextWord(body, v.end() + 1);
      String c = compound == null ? "" : compound.toLowerCase(Locale.ROOT);
      if (DURATIONS.stream().anyMatch(c::startsWith)) {
        return true; // "84-year-old", "11-day", "24-hour"
      }
    }
    if (before.equals("aged") || before.equals("age") || before.equals("ages")) {
      return true;
    }
    String opener = rangeOpener(body, v.start());
    if (opener != null && (opener.equals("aged") || opener.equals("ages"))) {
      return true; // "workers aged 30 to 64": both ends are ages
    }
    if (plain && raw.length() == 4 && v.value() >= FIRST_RANGE_YEAR && v.value() <= LAST_YEAR && yearRange(body, v)) {
      return true; // "between 1150 and 1320", "between A.D. 1210 and 1290"
    }
    if (plain && v.value() < SMALL && isBetweenCommasAfterName(body, v)) {
      return true; // "Ida Marsh, 54, said"
    }
    if (plain && v.unitEnd() < 0 && (precededByName(body, v.start()) || NUMBERED.contains(before))) {
      return true; // "Route 9", "Boeing 737", "iPhone 13", "category 3 hurricane"
    }
    if (plain && v.unitEnd() < 0 && namedAfter(body, v.end()) && !Hedges.approximates(before) && !Hedges.bounds(before)) {
      return true; // "13 Pro Max", "42 Quarry Road", "73301 ZIP Code": a name that has a number in it
    }
    boolean measure = v.end() + 1 < body.length() && body.charAt(v.end()) == '-'
        && (Character.isLetter(body.charAt(v.end() + 1)) || Ranges.suspendedMeasure(body, v.end()) != null);
    boolean rangeOpens = ("to".equals(afterLower) || "or".equals(afterLower)) && numberAfter(body, wordEnd(body, v.end()))
        || v.end() + 1 < body.length() && (body.charAt(v.end()) == '-' || body.charAt(v.end()) == '–')
        && isAsciiDigit(body.charAt(v.end() + 1)); // "20-30 games"
    if (plain && v.value() < SMALL && !measure && !rangeOpens && CountedNouns.phrase(body, v.end()).isEmpty() && !"of".equals(afterLower)
        && !("out".equals(afterLower) && "of".equals(nextWord(body, wordEnd(body, v.end())))) && !Casualties.before(body, v.start())
        && !Casualties.next(body, v.end()) && !Casualties.tollBefore(body, v.start()) && !elliptical(body, v, before, afterLower)) {
      return true; // a bare small number counts nothing: "were over 65", a score, a page
    }
    return false;
  }

  /**
   * A number that looks like a year but counts: a unit or a plural noun follows it ("1350 parts per
   * million", "about 3000 hires"), or it opens a range whose other end does ("1000 to 3000 hires"); not
   * after "the", "in", "since" and the like ("the 1996 elections", "in 1900").
   */
  private static boolean countedYearLike(String body, NumberSpan v, String before) {
    if (YEAR_WORDS.contains(before)) {
      return false;
    }
    if (v.unitEnd() >= 0 || pluralCount(body, v.end()) && (Hedges.approximates(before) || Hedges.bounds(before)
        || before.equals("to") || before.equals("than") || body.substring(0, v.start()).strip().endsWith("-"))) {
      return true; // "about 3000 hires", "1000 to 3000 hires", "1800 - 2200 calories"; not "its 2031 sales"
    }
    String after = nextWord(body, v.end());
    String gap = body.substring(v.end(), Math.min(body.length(), v.end() + 3)).strip();
    boolean dash = gap.startsWith("-") || gap.startsWith("–");
    if (dash || after != null && (after.equalsIgnoreCase("to") || after.equalsIgnoreCase("and"))) {
      int k = dash ? body.indexOf(gap.charAt(0), v.end()) + 1 : wordEnd(body, v.end());
      while (k < body.length() && body.charAt(k) == ' ') {
        k++;
      }
      int e = k;
      while (e < body.length() && (isAsciiDigit(body.charAt(e)) || body.charAt(e) == ',')) {
        e++;
      }
      return e > k && pluralCount(body, e);
    }
    return false;
  }

  /** A plural lower-case noun, not a time word, right after {@code end}: "2000 hires". */
  private static boolean pluralCount(String body, int end) {
    List<int[]> phrase = CountedNouns.phrase(body, end);
    if (phrase.isEmpty() || end >= body.length() || body.charAt(end) != ' ') {
      return false;
    }
    String head = body.substring(phrase.get(phrase.size() - 1)[0], phrase.get(phrase.size() - 1)[1]);
    String h = head.toLowerCase(Locale.ROOT);
    return Character.isLowerCase(body.charAt(phrase.get(0)[0])) && plural(h)
        && !TIME_UNITS.contains(h);
  }

  /**
   * A bare number that counts what a figure before it in the sentence counts: "Another 12 were
   * missing", "fell from 90 to 35", "rose to 14 from 8", "310 vehicles, compared with 72".
   */
  private static boolean elliptical(String body, NumberSpan v, String before, String after) {
    if (before.equals("another")) {
      return true;
    }
    boolean nextIsNumber = numberAfter(body, wordEnd(body, v.end()));
    int k = wordStartBefore(body, v.start(), 1) - 1;
    while (k >= 0 && body.charAt(k) == ' ') {
      k--;
    }
    int digits = k;
    while (k >= 0 && (isAsciiDigit(body.charAt(k)) || body.charAt(k) == ',')) {
      k--;
    }
    boolean numberBefore = k < digits;
    String opener = numberBefore ? lastWordsBefore(body, k + 1, 1) : "";
    boolean pair = before.equals("from") && "to".equals(after) && nextIsNumber // "from 90 to 35"
        || before.equals("to") && "from".equals(after) && nextIsNumber // "rose to 14 from 8"
        || before.equals("to") && numberBefore && opener.equals("from")
        || before.equals("from") && numberBefore && opener.equals("to");
    if (pair) {
      return true;
    }
    String two0 = lastWordsBefore(body, v.start(), 2);
    if (!COMPARISONS.contains(two0)) {
      return false;
    }
    int from = v.start();
    while (from > 0 && body.charAt(from - 1) != '\n' && !(body.charAt(from - 1) == ' ' && from > 1 && body.charAt(from - 2) == '.')) {
      from--;
    }
    for (int j = from; j < v.start(); j++) {
      if (isAsciiDigit(body.charAt(j))) {
        return true; // "310 vehicles were stolen, compared with 72": the number before says what is counted
      }
    }
    return false;
  }

  /** The word before the first end of a range that {@code start} closes ("aged 30 to 64"), or null. */
  private static String rangeOpener(String body, int start) {
    String link = lastWordsBefore(body, start, 1);
    if (!(link.equals("to") || link.equals("and"))) {
      return null;
    }
    int k = wordStartBefore(body, start, 1) - 1;
    while (k >= 0 && body.charAt(k) == ' ') {
      k--;
    }
    int e = k + 1;
    while (k >= 0 && (isAsciiDigit(body.charAt(k)) || body.charAt(k) == ',' || body.charAt(k) == '.')) {
      k--;
    }
    return k + 1 < e ? lastWordsBefore(body, k + 1, 1) : null;
  }

  /**
   * Two four-digit numbers of the years 1000 to 2100 joined as a range ("between 1150 and 1320",
   * "from 1991 to 2003", "1210 and 1290") with nothing counted after them: years.
   */
  private static boolean yearRange(String body, NumberSpan v) {
    if (pluralCount(body, v.end())) {
      return false;
    }
    String after = nextWord(body, v.end());
    if (after != null && (after.equalsIgnoreCase("and") || after.equalsIgnoreCase("to"))) {
      int k = wordEnd(body, v.end());
      while (k < body.length() && body.charAt(k) == ' ') {
        k++;
      }
      return k + 4 <= body.length() && fourDigitYear(body, k) && !pluralCount(body, k + 4);
    }
    String link = lastWordsBefore(body, v.start(), 1);
    if (link.equals("and") || link.equals("to")) {
      int k = wordStartBefore(body, v.start(), 1) - 1;
      while (k >= 0 && body.charAt(k) == ' ') {
        k--;
      }
      return k >= 3 && fourDigitYear(body, k - 3);
    }
    return false;
  }

  /** Four digits at {@code at}, no more, of a year from 1000 to 2100. */
  private static boolean fourDigitYear(String body, int at) {
    if (at < 0 || at + 4 > body.length() || at > 0 && isAsciiDigit(body.charAt(at - 1))
        || at + 4 < body.length() && isAsciiDigit(body.charAt(at + 4))) {
      return false;
    }
    for (int k = at; k < at + 4; k++) {
      if (!isAsciiDigit(body.charAt(k))) {
        return false;
      }
    }
    int year = Integer.parseInt(body.substring(at, at + 4));
    return year >= FIRST_RANGE_YEAR && year <= LAST_YEAR;
  }


  /** True when a number (digits, a sign before them, or a number word) follows {@code at}: "3 to 4 thousand", "8 or $9". */
  private static boolean numberAfter(String body, int at) {
    int k = at;
    while (k < body.length() && body.charAt(k) == ' ') {
      k++;
    }
    if (k < body.length() && (isAsciiDigit(body.charAt(k)) || CURRENCIES.before(body, k + 1) != null
        && k + 1 < body.length() && isAsciiDigit(body.charAt(k + 1)))) {
      return true;
    }
    String w = nextWord(body, at);
    return w != null && NumberWords.isWord(w.toLowerCase(Locale.ROOT));
  }

  /** "Ida Marsh, 54, said": a number between commas after a name, an age. */
  private static boolean isBetweenCommasAfterName(String body, NumberSpan v) {
    int b = v.start() - 1;
    while (b >= 0 && body.charAt(b) == ' ') {
      b--;
    }
    int a = v.end();
    while (a < body.length() && body.charAt(a) == ' ') {
      a++;
    }
    if (b < 1 || a >= body.length() || body.charAt(b) != ',' || body.charAt(a) != ',') {
      return false;
    }
    int w = b - 1;
    return Character.isUpperCase(body.charAt(wordStart(body, w)));
  }

  /** "Route 9", "Boeing 737", "iPhone 13": a number after a capitalised word that is no sentence's first. */
  private static boolean precededByName(String body, int start) {
    int b = start - 1;
    if (b < 0 || body.charAt(b) != ' ') {
      return false;
    }
    int w = b - 1;
    if (w < 0 || !Character.isLetter(body.charAt(w))) {
      return false;
    }
    int ws = wordStart(body, w);
    boolean sentenceStart = ws == 0 || body.substring(Math.max(0, ws - 2), ws).matches(".*[.!?\\n]\\s?");
    boolean camel = false; // "iPhone 13", "eBay 5": a capital inside a word
    for (int k = ws + 1; k <= w; k++) {
      camel |= Character.isUpperCase(body.charAt(k)) && Character.isLowerCase(body.charAt(k - 1));
    }
    return (Character.isUpperCase(body.charAt(ws)) && !sentenceStart || camel) && !MONTHS.contains(
        body.substring(ws, w + 1).toLowerCase(Locale.ROOT));
  }

  /**
   * True when capitalised words right after a number name something and count nothing: "11 Pro
   * Max", "42 Quarry Road"; not "4,000 New Zealanders" or "35 Chilean miners".
   */
  private static boolean namedAfter(String body, int end) {
    int k = end;
    int words = 0;
    String last = null;
    while (words < 3) {
      if (k >= body.length() || body.charAt(k) != ' ' || k + 1 >= body.length() || !Character.isUpperCase(body.charAt(k + 1))) {
        break;
      }
      int e = wordEnd(body, k + 1);
      last = body.substring(k + 1, e);
      words++;
      k = e;
    }
    if (last == null || last.chars().allMatch(Character::isUpperCase) && last.length() <= 4 && words == 1) {
      return false; // "40 MPs", "3 GW": an acronym counts
    }
    String lower = last.toLowerCase(Locale.ROOT);
    if (lower.endsWith("s") && !lower.endsWith("ss") || Categories.knows(lower) || CURRENCIES.isWord(lower)) {
      return false;
    }
    String next = nextWord(body, k);
    String n = next == null ? "" : next.toLowerCase(Locale.ROOT);
    boolean countedNoun = plural(n) && !CountedNouns.isStop(n)
        && Character.isLowerCase(next.charAt(0)) || Categories.knows(n);
    return !countedNoun;
  }
}
