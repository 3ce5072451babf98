package org.newsfacet.extract.figure;

import static org.newsfacet.extract.figure.BodyWords.nextWord;
import static org.newsfacet.extract.figure.BodyWords.wordEnd;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfacet.extract.attribution.Attributor;
import org.newsfacet.internal.English;
import org.newsfacet.model.Figure;
import org.newsfacet.model.FigureCategory;

/**
 * Makes the figure of a number or a range: its span with the words that hedge it, its unit (a sign
 * of money, a unit of measure, a measure compound, the counted thing), its category and claimant.
 */
final class FigureReader {
  private static final Currencies CURRENCIES = Currencies.standard();
  private static final Units UNITS = Units.standard();
  /** What a rate is per: "30,000 barrels a day", "9 cents a share", "$40 per sq m". */
  private static final Set<String> RATE_UNITS = English.words("rate-units");
  /** Words that open a rate: "a day", "per share", "each month". */
  private static final Set<String> RATE_OPENERS = English.words("rate-openers");

  private FigureReader() {}

  /**
   * The figure of {@code low} to {@code high} (the same number for a single value) in the body,
   * its text as written in {@code text}, its claimant from {@code sources}.
   */
  static Figure figure(String text, String body, NumberSpan low, NumberSpan high, Attributor sources) {
    Hedges.Hedge hedge = Hedges.before(body, Ranges.start(body, low, high));
    int start = hedge.start();
    boolean approximate = hedge.approximate();
    String bound = hedge.bound();
    int end = high.end();
    String currency = low.currency() != null ? low.currency() : high.currency();
    String code = currency == null ? null : CURRENCIES.codeOfSign(currency);
    if (currency != null) {
      currency = currency.strip();
    }
    String unit = currency;
    FigureCategory category = FigureCategory.OTHER;
    if (low.percent() || high.percent()) {
      category = FigureCategory.PERCENT;
      String pct = text.substring(high.end() - 1, high.end()).equals("%") ? "%" : "percent";
      unit = pct;
    }
    NumberSpan measured = high.unitEnd() >= 0 ? high : low.unitEnd() >= 0 && low == high ? low : null;
    if (measured != null && currency == null && category != FigureCategory.PERCENT) {
      // A measure: "50mph", "250 metres per second", "30,000 barrels a day", "1.5 percentage points".
      int unitStart = measured.end() < body.length() && body.charAt(measured.end()) == ' ' ? measured.end() + 1
          : measured.end();
      int unitStop = rateEnd(body, measured.unitEnd());
      unit = text.substring(unitStart, unitStop);
      category = "share".equals(UNITS.kind(body.substring(unitStart, measured.unitEnd()))) ? FigureCategory.PERCENT
          : FigureCategory.OTHER;
      end = unitStop;
      Attributor.Claim claim = sources.claimant(start, end);
      return new Figure(text.substring(start, end), low.value(), high.value(), approximate, unit, null, bound, category,
          claim.name(), claim.rule(), start, end);
    }
    if (currency == null && category != FigureCategory.PERCENT && CountedNouns.phrase(body, end).isEmpty()
        && !Categories.magnitude(body, low.start(), end)) {
      category = Categories.fromContext(body, start); // "the town of 8,000": nothing counted, the context says what
    }
    if (currency == null && !low.percent() && body.startsWith("-plus", end)) {
      end += "-plus".length(); // "40,000-plus cases": the counted thing follows
    }
    if (currency == null && !low.percent() && body.regionMatches(true, end, "-strong ", 0, "-strong ".length())) {
      end += "-strong".length(); // "a 3,500-strong force": the force is what is counted
    }
    int[] suspended = currency == null && !low.percent() ? Ranges.suspendedMeasure(body, end) : null;
    if (suspended != null) {
      // "three-, four- and five-door engines", "a 9- or 10-inch screen": the measure written once, at the end
      String measure = body.substring(suspended[0], suspended[1]);
      FigureCategory c = Categories.ofOrOther(measure.toLowerCase(Locale.ROOT));
      Attributor.Claim claim = sources.claimant(start, end + 1);
      return new Figure(text.substring(start, end + 1), low.value(), high.value(), approximate, measure, null, bound, c,
          claim.name(), claim.rule(), start, end + 1);
    }
    // A measure compound: "52-page ruling", "350-mile front": the measure is the unit, the noun follows.
    if (currency == null && !low.percent() && end + 1 < body.length() && body.charAt(end) == '-'
        && Character.isLetter(body.charAt(end + 1))) {
      int measureEnd = end + 1;
      while (measureEnd < body.length() && Character.isLetter(body.charAt(measureEnd))) {
        measureEnd++;
      }
      String measure = body.substring(end + 1, measureEnd);
      int nounEnd = wordEnd(body, measureEnd);
      String noun = body.substring(measureEnd, nounEnd).strip().toLowerCase(Locale.ROOT);
      int stop = !noun.isEmpty() && !CountedNouns.isStop(noun) ? nounEnd : measureEnd; // no noun: the figure ends at the measure
      FigureCategory c = Categories.ofOrOther(measure.toLowerCase(Locale.ROOT));
      if (measure.equalsIgnoreCase("point") && Categories.pollNear(body, start)) {
        c = FigureCategory.PERCENT; // "a 9-point lead" in a poll: percentage points
      }
      Attributor.Claim claim = sources.claimant(start, stop);
      return new Figure(text.substring(start, stop), low.value(), high.value(), approximate, measure, null, bound, c,
          claim.name(),
          claim.rule(), start, stop);
    }
    // The counted thing: the noun phrase right after the number(s).
    List<int[]> phrase = CountedNouns.phrase(body, end);
    if (!phrase.isEmpty() && category != FigureCategory.PERCENT) {
      int phraseStart = phrase.get(0)[0];
      int phraseEnd = phrase.get(phrase.size() - 1)[1];
      String head = body.substring(phrase.get(phrase.size() - 1)[0], phraseEnd).toLowerCase(Locale.ROOT);
      boolean mass = (head.equals("pound") || head.equals("pounds")) && "of".equals(nextWord(body, phraseEnd));
      if (currency == null && CURRENCIES.isWord(head) && !mass) { // "1/2 pound of butter" is a weight
        unit = body.substring(phraseStart, phraseEnd);
        code = CURRENCIES.codeOfPhrase(unit.toLowerCase(Locale.ROOT));
        category = FigureCategory.MONEY;
        end = phraseEnd;
      } else if (currency == null) {
        unit = CountedNouns.noun(body, phrase);
        FigureCategory c = Categories.ofHead(body, phrase.get(phrase.size() - 1)[0], phraseEnd);
        if ((head.equals("points") || head.equals("point")) && Categories.pollNear(body, start)) {
          c = FigureCategory.PERCENT; // "a margin of error of 3.1 points": percentage points
        }
        boolean group = Character.isUpperCase(body.charAt(phraseStart)) && Categories.isDemonym(head); // "4,000 New Zealanders"
        category = c != null ? c : group ? Categories.fromContext(body, start) : FigureCategory.OTHER;
        end = phraseEnd;
      }
    }
    if (currency != null) {
      category = FigureCategory.MONEY;
    }
    if (category == FigureCategory.MONEY) {
      end = rateEnd(body, end); // "58 cents a share", "$65 per sq m", "RM65 a month"
    }
    int[] whole = unit == null && currency == null && category != FigureCategory.PERCENT ? CountedNouns.partitive(body, end) : null;
    if (whole != null) {
      // "12 of 40 drones": the part counts what the whole counts.
      List<int[]> counted = CountedNouns.phrase(body, whole[1]);
      if (!counted.isEmpty()) {
        unit = CountedNouns.noun(body, counted);
        FigureCategory c = Categories.ofHead(body, counted.get(counted.size() - 1)[0], counted.get(counted.size() - 1)[1]);
        category = c != null ? c : FigureCategory.OTHER;
      }
    }
    boolean people = category == FigureCategory.PEOPLE || category == FigureCategory.TROOPS;
    boolean bare = unit == null && currency == null && category != FigureCategory.PERCENT && whole == null;
    if ((people || bare) && Casualties.before(body, start) || people && Casualties.after(body, end)
        || bare && (Casualties.next(body, end) || Casualties.tollBefore(body, start))) {
      category = FigureCategory.CASUALTIES; // "killing at least 9 people", "26 people were killed", "kills three"
    }
    Attributor.Claim claim = sources.claimant(start, end);
    return new Figure(text.substring(start, end), low.value(), high.value(), approximate, unit,
        category == FigureCategory.MONEY ? code : null, bound, category, claim.name(),
        claim.rule(), start, end);
  }

  /** Past a rate after a unit or a counted thing: " a day", " per share", " per sq m", "/h"; else {@code end}. */
  private static int rateEnd(String body, int end) {
    if (end < body.length() && body.charAt(end) == '/' && end + 1 < body.length() && Character.isLetter(body.charAt(end + 1))) {
      return wordEnd(body, end + 1); // "km/h" written apart: "10 kV/cm"
    }
    String next = nextWord(body, end);
    if (next == null || !RATE_OPENERS.contains(next.toLowerCase(Locale.ROOT))) {
      return end;
    }
    int afterWord = wordEnd(body, end);
    String what = nextWord(body, afterWord);
    if (what == null) {
      return end;
    }
    String w = what.toLowerCase(Locale.ROOT);
    if (RATE_UNITS.contains(w) || next.equalsIgnoreCase("per") && Character.isLetter(w.charAt(0))) {
      int stop = wordEnd(body, afterWord);
      int unitStop = UNITS.unitEnd(body, afterWord); // "per sq m"
      return Math.max(stop, unitStop);
    }
    return end;
  }
}
