package org.newsfacet.extract.figure;

import static org.newsfacet.extract.figure.BodyWords.isAsciiDigit;
import static org.newsfacet.extract.figure.BodyWords.lastWordsBefore;
import static org.newsfacet.extract.figure.BodyWords.nextWord;
import static org.newsfacet.extract.figure.BodyWords.wordEnd;
import static org.newsfacet.extract.figure.BodyWords.wordStartBefore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacet.internal.English;

/**
 * Reads the numbers written in digits: separators ("25,000", "2,35,000", "48 316 522"), decimals,
 * suffixes and scales ("10K", "$2.3bn", "1.5 million"), fractions ("9 1/2"), signs ("-1.6%"),
 * currency signs before or after, percentages and glued units ("50mph"); leaves out the digits of
 * names ("G7"), times ("17:22") and dates ("12/05/2024").
 */
final class DigitReader {
  private static final Currencies CURRENCIES = Currencies.standard();
  private static final Units UNITS = Units.standard();
  /** Words after a length in metres ("37m tall", "a 120m-long bridge"): the "m" is metres, not millions. */
  private static final Set<String> DIMENSIONS = English.words("dimension-words");
  /** Lengths in feet or yards that a length in metres is given in, in brackets: "30m (98ft)". */
  private static final String IMPERIAL_LENGTHS = English.alternation("imperial-lengths");

  /** A number from its first digit: a currency sign before it is looked up by hand, not by the pattern. */
  private static final Pattern NUMBER = Pattern.compile(
      "(?<num>\\d{1,2}(?:,\\d{2})+,\\d{3}(?![,\\d])(?:\\.\\d+)?" // Indian grouping: "2,35,18,409", "50,00,000"
          + "|\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3}){2,}(?![\\d,])|\\d{1,3}(?:[\\u00A0\\u202F]\\d{3})+(?![\\d,])" // "48 316 522"
          + "|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
          + "(?<suffix>" + Scales.SUFFIX + "\\b)?(?<pct>\\s?%)?");

  /** Currency signs some write after the number: "1,200€", "45 £". */
  private static final String TRAILING_SIGNS = "€£¥₹₽₴₩";

  /** The separators between groups of digits: commas, spaces, no-break spaces. */
  private static final Pattern GROUPING = Pattern.compile("[, \\u00A0\\u202F]");

  private DigitReader() {}

  /** The numbers written in digits in the body, in text order, with their value, currency and percent sign. */
  static List<NumberSpan> read(String body) {
    List<NumberSpan> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(body);
    int from = 0;
    while (true) {
      int digit = from;
      while (digit < body.length() && !isAsciiDigit(body.charAt(digit))) {
        digit++;
      }
      if (digit >= body.length() || !m.find(digit)) {
        break;
      }
      from = Math.max(m.end(), digit + 1);
      String currency = CURRENCIES.before(body, m.start());
      int s = currency == null ? m.start() : m.start() - currency.length();
      if (s > 0 && (Character.isLetter(body.charAt(s - 1)) || body.charAt(s - 1) == '-' && s > 1
          && Character.isLetter(body.charAt(s - 2)) && !lastWordsBefore(body, s - 1, 1).equals("sub"))) {
        continue; // "G7", "COVID-19"; not "sub-7 nanometre chips"
      }
      int e = m.end();
      String suffix = m.group("suffix");
      int unitEnd = -1;
      if (suffix != null && suffix.equals("m") && currency == null && metres(body, e)) {
        suffix = null; // "a 37m-long skeleton", "120m tall": metres
        e = m.end("num");
        unitEnd = e + 1;
      } else if (suffix == null && m.group("pct") == null && e < body.length() && Character.isLetter(body.charAt(e))) {
        unitEnd = UNITS.unitEnd(body, e); // "50mph", "256GB", "278kg"
        if (unitEnd < 0 && !body.startsWith("pc", e)) {
          continue; // "14th", "3D"
        }
      }
      if (e < body.length() && (body.charAt(e) == ':' && e + 1 < body.length() && Character.isDigit(body.charAt(e + 1)))) {
        continue; // a time of day
      }
      if (m.start() > 1 && (body.charAt(m.start() - 1) == '/' || body.charAt(m.start() - 1) == '⁄')
          && isAsciiDigit(body.charAt(m.start() - 2))) {
        continue; // the denominator of a fraction read with its numerator
      }
      if (m.start() > 4 && body.charAt(m.start() - 1) == '-' && m.group("num").length() == 2
          && body.substring(m.start() - 5, m.start() - 1).chars().allMatch(c -> c >= '0' && c <= '9')) {
        continue; // "the 2014-15 season": the second year of a season
      }
      if (m.start() > 1 && body.charAt(m.start() - 1) == ':' && isAsciiDigit(body.charAt(m.start() - 2))) {
        continue; // "a 1:36.6 lap", "17:22": the seconds or minutes of a time
      }
      if (currency == null && m.start() > 1 && body.charAt(m.start() - 1) == '.' && Character.isLetter(body.charAt(m.start() - 2))) {
        continue; // "ID.3", "No.5": a name's number
      }
      double value = Double.parseDouble(GROUPING.matcher(m.group("num")).replaceAll(""));
      if (suffix == null && m.group("pct") == null && e + 1 < body.length()
          && (body.charAt(e) == '/' || body.charAt(e) == '⁄') && isAsciiDigit(body.charAt(e + 1))) {
        int d = e + 1;
        while (d < body.length() && isAsciiDigit(body.charAt(d))) {
          d++;
        }
        double denominator = Double.parseDouble(body.substring(e + 1, d));
        if (d < body.length() && (body.charAt(d) == '/' || body.charAt(d) == '-') || denominator == 0
            || value >= denominator) {
          from = d;
          continue; // "12/05/2024", "24/7": a date or a phrase, no fraction
        }
        value = value / denominator; // "1/2 pound", "1⁄16 of a pint"
        e = d;
        from = d;
        unitEnd = UNITS.unitEnd(body, e);
        NumberSpan whole = out.isEmpty() ? null : out.get(out.size() - 1);
        if (whole != null && whole.end() == s - 1 && body.charAt(s - 1) == ' ' && whole.value() == Math.rint(whole.value())
            && whole.currency() == null && !whole.percent()) {
          out.remove(out.size() - 1); // "9 1/2 points": a whole number and a fraction
          value += whole.value();
          s = whole.start();
        }
      }
      if (currency == null && m.start() > 0 && body.charAt(m.start() - 1) == '.'
          && (m.start() == 1 || !isAsciiDigit(body.charAt(m.start() - 2)) && !Character.isLetter(body.charAt(m.start() - 2)))
          && m.group("num").indexOf('.') < 0 && m.group("num").indexOf(',') < 0) {
        value = Double.parseDouble("0." + m.group("num")); // ".500 record", ".534"
        s = m.start() - 1;
      }
      if (currency == null && m.group("pct") == null && m.group("num").indexOf('.') < 0 && unitEnd < 0 && s > 2
          && body.charAt(s - 1) == '-' && body.charAt(s - 2) == ' ' && lastWordsBefore(body, s - 2, 1).length() > 1 && body.substring(wordStartBefore(body, s - 2, 1), s - 2).strip()
              .chars().allMatch(Character::isUpperCase)) {
        continue; // "COVID -19": a name written apart from its number
      }
      boolean signed = m.group("pct") != null || m.group("num").indexOf('.') >= 0 || unitEnd >= 0;
      if (currency == null && signed && s > 0 && (body.charAt(s - 1) == '-' || body.charAt(s - 1) == '−')
          && (s == 1 || Character.isWhitespace(body.charAt(s - 2)) || body.charAt(s - 2) == '(')) {
        value = -value; // "DAX -1.6%": a fall, written with its sign
        s--;
      }
      if (suffix != null) {
        value = Scales.scaled(value, Scales.ofSuffix(suffix.toLowerCase(Locale.ROOT)));
      }
      String scale = nextWord(body, e);
      if (NumberWords.HUNDRED.equalsIgnoreCase(scale) && m.group("pct") == null) {
        value = Scales.scaled(value, NumberWords.valueOf(NumberWords.HUNDRED)); // "6 hundred people", "6 hundred million"
        e = wordEnd(body, e);
        scale = nextWord(body, e);
      }
      if (scale != null && Scales.isWord(scale.toLowerCase(Locale.ROOT))) {
        value = Scales.scaled(value, Scales.ofWord(scale.toLowerCase(Locale.ROOT)));
        e = wordEnd(body, e);
      } else if (scale != null && scale.indexOf('-') > 0
          && Scales.isWord(scale.substring(0, scale.indexOf('-')).toLowerCase(Locale.ROOT))) {
        value = Scales.scaled(value, Scales.ofWord(scale.substring(0, scale.indexOf('-')).toLowerCase(Locale.ROOT)));
        e = body.indexOf('-', e); // "a 2.6 billion-mile journey": the measure after the hyphen is the unit
      }
      int sign = e < body.length() && body.charAt(e) == ' ' ? e + 1 : e;
      if (currency == null && m.group("pct") == null && sign < body.length() && TRAILING_SIGNS.indexOf(body.charAt(sign)) >= 0
          && (sign + 1 == body.length() || !Character.isLetterOrDigit(body.charAt(sign + 1)))) {
        currency = String.valueOf(body.charAt(sign)); // "1,200€", "45 €": the sign after the number
        e = sign + 1;
        unitEnd = -1;
      }
      boolean percent = m.group("pct") != null;
      String word = nextWord(body, e);
      if (!percent && currency == null && unitEnd < 0 && ("cents".equalsIgnoreCase(word) || "cent".equalsIgnoreCase(word))) {
        value = value / 100; // "58 cents a share": money, in the whole unit
      }
      if (unitEnd < 0 && !percent && body.startsWith("pc", e) && (e + 2 == body.length() || !Character.isLetter(body.charAt(e + 2)))) {
        percent = true; // "up 6pc": per cent
        e += 2;
      }
      if (unitEnd < 0 && !percent && currency == null) {
        unitEnd = UNITS.unitEnd(body, e); // "250 metres", "5.5 degrees Celsius"
      }
      String after = nextWord(body, e);
      if (!percent && after != null && after.toLowerCase(Locale.ROOT).startsWith("percent-")) {
        percent = true; // "38.2 percent-owned"
        e = body.indexOf('-', e);
      }
      if (!percent && after != null && (after.equalsIgnoreCase("percent") || after.equalsIgnoreCase("per"))) {
        if (after.equalsIgnoreCase("percent")) {
          percent = true;
          e = wordEnd(body, e);
        } else if ("cent".equalsIgnoreCase(nextWord(body, wordEnd(body, e)))) {
          percent = true;
          e = wordEnd(body, wordEnd(body, e));
        }
      }
      out.add(new NumberSpan(s, e, value, currency, percent, percent ? -1 : unitEnd));
    }
    return out;
  }

  /** True when the "m" glued to a number at {@code e} is metres: a dimension or a length in feet follows. */
  private static boolean metres(String body, int e) {
    int k = e;
    if (k < body.length() && body.charAt(k) == '-') {
      k++;
    }
    String next = k < body.length() && Character.isLetter(body.charAt(k)) ? body.substring(k, wordEnd(body, k))
        : nextWord(body, e);
    if (next != null && DIMENSIONS.contains(next.toLowerCase(Locale.ROOT))) {
      return true;
    }
    int open = e;
    while (open < body.length() && body.charAt(open) == ' ') {
      open++;
    }
    if (open < body.length() && body.charAt(open) == '(') {
      int close = body.indexOf(')', open);
      String inside = close < 0 ? "" : body.substring(open + 1, close).toLowerCase(Locale.ROOT);
      return inside.matches("[\\d.,]+\\s?" + IMPERIAL_LENGTHS);
    }
    return false;
  }
}
