package org.newsfacet.extract.figure;

import static org.newsfacet.extract.figure.BodyWords.isAsciiDigit;
import static org.newsfacet.extract.figure.BodyWords.lastWordsBefore;
import static org.newsfacet.extract.figure.BodyWords.nextWord;
import static org.newsfacet.extract.figure.BodyWords.wordStartBefore;

import java.util.Locale;

/**
 * Joins two numbers into the range of one figure ("between 3,000 and 8,000", "from 15 to 35",
 * "3,000-8,000", "$5 to 10", "20 to 26 percent"), and tells the pairs that are no range: a score
 * or a vote ("6-2", "218-209").
 */
final class Ranges {
  /** The most characters a suspended hyphen's list of numbers takes before its measure. */
  private static final int SUSPENDED_LIST = 60;
  /** The highest number that a dash between two may make a score: "6-2", "3-6". */
  private static final double SCORE = 20;

  /**
   * The numbers of one figure.
   *
   * @param low its low end, as the range reads it ("41" of "41 to 42 cents" is 0.41)
   * @param high its high end: the next number, or the number itself as first read
   * @param takesNext true when the high end is the next number
   */
  record Range(NumberSpan low, NumberSpan high, boolean takesNext) {}

  private Ranges() {}

  /**
   * The figure that number {@code v} makes with the number {@code w} after it (null for none): a
   * range of both, or {@code v} alone; null when the two are a score or a vote, neither of them a
   * figure.
   */
  static Range join(String body, NumberSpan v, NumberSpan w) {
    NumberSpan high = v;
    boolean takesNext = false;
    if (w != null) {
      String gap = body.substring(v.end(), w.start()).strip().toLowerCase(Locale.ROOT);
      if (gap.startsWith("cents ")) {
        gap = gap.substring("cents ".length()).strip(); // "86 cents to $1.07 a share"
      }
      if (joined(gap) && v.currency() == null && v.value() > w.value() && centsAfter(body, w)) {
        v = new NumberSpan(v.start(), v.end(), v.value() / 100, null, false, v.unitEnd()); // "41 to 42 cents"
      }
      boolean joined = gap.equals("-") || gap.equals("–") || gap.equals("to") || gap.equals("or")
          || gap.equals("and") && lastWordsBefore(body, v.start(), 1).equals("between");
      if (joined && !v.percent() && w.percent() && v.currency() == null && w.currency() == null) {
        // "20 to 26 percent", "51 to 46 percent": the sign after the second number is the first's too
        v = new NumberSpan(v.start(), v.end(), v.value(), null, true, v.unitEnd());
      }
      // "8 or $9", "$5 to 10": one range of money, whichever end carries the sign
      boolean sameKind = v.percent() == w.percent();
      boolean dashed = gap.equals("-") || gap.equals("–");
      if (dashed && v.value() <= SCORE && w.value() <= SCORE && CountedNouns.phrase(body, w.end()).isEmpty()
          && !w.percent()) {
        return null; // "6-2", "3-6": a score
      }
      double scale = Scales.of(body, w);
      if (joined && sameKind && scale > 1 && Scales.of(body, v) == 1 && v.value() <= w.value() / scale) {
        // "3 to 4 thousand", "from $12 to $14 billion", "four to five thousand": the scale is both ends'
        v = new NumberSpan(v.start(), v.end(), Scales.scaled(v.value(), scale), v.currency(), v.percent(), v.unitEnd());
      }
      if (joined && sameKind && w.value() >= v.value() && !NonFigures.excluded(body, w)) {
        high = w;
        takesNext = true;
      } else if ((gap.equals("-") || gap.equals("–")) && w.value() < v.value()) {
        return null; // "218-209", "6-2": a vote or a score
      }
    }
    if (high != v && v.currency() == null && high.currency() != null) {
      v = new NumberSpan(v.start(), v.end(), v.value(), high.currency(), v.percent(), v.unitEnd());
    }
    return new Range(v, high, takesNext);
  }

  /**
   * Where the figure of {@code low} to {@code high} starts: at "between" or "from" when one opens
   * its range ("between 2,650 and 7,250", "from 10 to 15"), else at {@code low}.
   */
  static int start(String body, NumberSpan low, NumberSpan high) {
    int start = low.start();
    String before1 = lastWordsBefore(body, start, 1);
    boolean joined = high.start() > low.start();
    String gap = joined ? body.substring(low.end(), high.start()).strip() : "";
    if (joined && before1.equals("between") || before1.equals("from") && gap.equals("to")) {
      // not the preposition of "up from 9 percent", "from 10-15 villages"
      start = wordStartBefore(body, start, 1);
    }
    return start;
  }

  /**
   * The measure of a suspended hyphen at {@code hyphen}: in "three-, four- and five-door" or "7- or
   * 8-inch" the first numbers' hyphens wait for the measure written after the last number; its
   * span, or null when the hyphen is no such thing.
   */
  static int[] suspendedMeasure(String body, int hyphen) {
    if (hyphen >= body.length() || body.charAt(hyphen) != '-' || hyphen + 1 >= body.length()
        || !(body.charAt(hyphen + 1) == ' ' || body.charAt(hyphen + 1) == ',')) {
      return null;
    }
    int k = hyphen + 1;
    int limit = Math.min(body.length(), hyphen + SUSPENDED_LIST);
    while (k < limit) {
      char c = body.charAt(k);
      if (c == ' ' || c == ',' || c == '-' && k + 1 < body.length() && !Character.isLetter(body.charAt(k + 1))) {
        k++;
        continue;
      }
      int e = k;
      while (e < body.length() && (Character.isLetterOrDigit(body.charAt(e)) || body.charAt(e) == '.')) {
        e++;
      }
      String w = body.substring(k, e).toLowerCase(Locale.ROOT);
      boolean number = !w.isEmpty() && (isAsciiDigit(w.charAt(0)) || NumberWords.isWord(w));
      if (number && e + 1 < body.length() && body.charAt(e) == '-' && Character.isLetter(body.charAt(e + 1))) {
        int m = e + 1;
        while (m < body.length() && Character.isLetter(body.charAt(m))) {
          m++;
        }
        return new int[] {e + 1, m}; // "six-cylinder": the measure
      }
      if (!(number || w.equals("and") || w.equals("or") || w.equals("to"))) {
        return null;
      }
      k = e;
    }
    return null;
  }

  private static boolean joined(String gap) {
    return gap.equals("-") || gap.equals("–") || gap.equals("to") || gap.equals("or");
  }

  /** "33 cents": the word after the number is cents, so the value was read as a fraction of the whole unit. */
  private static boolean centsAfter(String body, NumberSpan v) {
    String w = nextWord(body, v.end());
    return "cents".equalsIgnoreCase(w) || "cent".equalsIgnoreCase(w) && !"per".equalsIgnoreCase(lastWordsBefore(body, v.end(), 1));
  }
}
