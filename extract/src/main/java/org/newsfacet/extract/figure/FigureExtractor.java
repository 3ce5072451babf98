package org.newsfacet.extract.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacet.internal.Dates;
import org.newsfacet.internal.Resources;
import org.newsfacet.extract.attribution.Attributor;
import org.newsfacet.model.Figure;
import org.newsfacet.model.FigureCategory;

/**
 * Finds the numeric figures of an article and who claimed them.
 *
 * <p>Digits with separators, decimals, suffixes and scales ("25,000", "1.5 million", "10K",
 * "$2.3bn"), number words ("four brigades", "twelve thousand"), ranges ("between 2,650 and
 * 7,250", "2,650-7,250", "20 to 27"), approximations and bounds ("about", "at least") and
 * percentages. Dates, years, times, durations, ages, ordinals, scores, numbers inside names
 * ("G7", "COVID-19") and vague amounts ("thousands of") are not figures. The counted thing gives
 * the category through the resource {@code categories.tsv}; the claimant is the speaker of the
 * quotation a figure stands in, or the source its sentence names. Immutable and thread-safe.
 */
public final class FigureExtractor {
  private static final FigureExtractor STANDARD = new FigureExtractor();

  private static final Map<String, FigureCategory> CATEGORIES = categories();
  private static final Currencies CURRENCIES = Currencies.standard();
  private static final Units UNITS = Units.standard();
  /** Words after a length in metres ("37m tall", "a 120m-long bridge"): the "m" is metres, not millions. */
  private static final Set<String> DIMENSIONS = Set.of("tall", "high", "long", "wide", "deep", "underground", "away",
      "above", "below", "thick", "across", "beneath");
  /** What a rate is per: "650,000 barrels a day", "12 cents a share", "$65 per sq m". */
  private static final Set<String> RATE_UNITS = Set.of("day", "week", "month", "year", "share", "head", "person",
      "capita", "hour", "minute", "second", "game", "gallon", "barrel", "litre", "liter", "kilogram", "kg", "tonne",
      "night", "unit", "household", "student", "annum");
  private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9,
      "trillion", 1e12, "lakh", 1e5, "crore", 1e7, "mn", 1e6, "bn", 1e9, "tn", 1e12, "dozen", 12.0);
  private static final Map<String, Double> SUFFIXES = Map.of("k", 1e3, "m", 1e6, "mn", 1e6, "bn", 1e9, "b", 1e9,
      "tn", 1e12, "trn", 1e12);
  private static final Map<String, Integer> WORDS = numberWords();
  private static final String HUNDRED = "hundred";
  private static final Set<String> APPROXIMATE = Set.of("about", "around", "nearly", "some", "roughly", "approximately",
      "almost", "estimated", "close to", "just under", "just over", "an estimated", "approx");
  /** Words that bound the stated number, and the bound each gives in the record. */
  private static final Map<String, String> BOUNDS = Map.ofEntries(Map.entry("at least", "at least"),
      Map.entry("no fewer than", "at least"), Map.entry("no less than", "at least"), Map.entry("more than", "more than"),
      Map.entry("over", "more than"), Map.entry("upwards of", "more than"), Map.entry("in excess of", "more than"),
      Map.entry("exceeding", "more than"), Map.entry("up to", "up to"), Map.entry("as many as", "up to"),
      Map.entry("at most", "up to"), Map.entry("no more than", "up to"), Map.entry("fewer than", "less than"),
      Map.entry("less than", "less than"), Map.entry("under", "less than"), Map.entry("below", "less than"),
      Map.entry("a minimum of", "at least"), Map.entry("as much as", "up to"), Map.entry("just under", "less than"),
      Map.entry("just over", "more than"));
  private static final Set<String> TIME_UNITS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours", "day",
      "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century", "centuries",
      "night", "nights", "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "o'clock", "gmt", "utc", "bst", "jst", "edt", "est");
  private static final Set<String> MONTHS = Dates.monthWords();
  /** Words that end the counted thing's phrase: "25,000 soldiers to fight", "7,250 troops, to the border". */
  private static final Set<String> STOP = Set.of("to", "in", "on", "at", "for", "from", "by", "with", "and", "or", "but",
      "that", "which", "who", "were", "was", "are", "is", "had", "have", "has", "will", "would", "could", "be",
      "been", "being", "of", "than", "as", "into", "after", "before", "since", "a", "an", "the", "this", "these", "its",
      "their", "per", "each", "said", "says", "told", "while", "when", "if", "so", "across", "between", "during", "last",
      "next", "they", "we", "he", "she", "it", "you", "i", "out");
  /** Words that join two modifiers of one counted noun: "Ford and Honda vehicles". */
  private static final Set<String> CONJUNCTIONS = Set.of("and", "or");
  /** Words that open a noun phrase: after an -ing word they show it is a verb with its object. */
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "this",
      "these", "those", "that");
  private static final Set<String> CASUALTY_WORDS = Set.copyOf(Resources.lines(FigureExtractor.class,
      "casualty-words.txt"));
  private static final Set<String> BE = Set.of("were", "was", "are", "is");
  /** Adjectives and nouns that end like adverbs: "eight elderly people", "600 likely voters", "two assembly plants". */
  private static final Map<String, String> LY_WORDS = Resources.table(FigureExtractor.class, "ly-words.tsv");
  /** Words that make "cases" count people: the cases of a disease (case-words.txt). */
  private static final Set<String> CASE_WORDS = Set.copyOf(Resources.lines(FigureExtractor.class, "case-words.txt"));
  /** Groups of people named by a place ("North Koreans", "Israelis"): the entity module's demonyms, lower case. */
  private static final Set<String> DEMONYMS = demonyms();
  /** Nouns a number names: "category 4", "gate 12" (numbered-nouns.txt). */
  private static final Set<String> NUMBERED = Set.copyOf(Resources.lines(FigureExtractor.class, "numbered-nouns.txt"));
  /** Words between a partitive's two numbers: "61 of 79 drones", "three of the bridge's 16 cables". */
  private static final Set<String> PARTITIVE = Set.of("the", "its", "his", "her", "their", "our", "these", "those");

  /** A number from its first digit: a currency sign before it is looked up by hand, not by the pattern. */
  private static final Pattern NUMBER = Pattern.compile(
      "(?<num>\\d{1,2}(?:,\\d{2})+,\\d{3}(?![,\\d])(?:\\.\\d+)?" // Indian grouping: "2,35,18,409", "50,00,000"
          + "|\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3}){2,}(?![\\d,])|\\d{1,3}(?:[\\u00A0\\u202F]\\d{3})+(?![\\d,])" // "48 316 522"
          + "|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
          + "(?<suffix>(?:bn|mn|tn|trn|[kKmMbB])\\b)?(?<pct>\\s?%)?");

  /** Currency signs some write after the number: "1,200€", "45 £". */
  private static final String TRAILING_SIGNS = "€£¥₹₽₴₩";

  /** The separators between groups of digits: commas, spaces, no-break spaces. */
  private static final Pattern GROUPING = Pattern.compile("[, \\u00A0\\u202F]");

  private FigureExtractor() {}

  /** The extractor with the bundled categories and currencies. */
  public static FigureExtractor standard() {
    return STANDARD;
  }

  private static Map<String, FigureCategory> categories() {
    Map<String, FigureCategory> m = new HashMap<>();
    for (String line : Resources.lines(FigureExtractor.class, "categories.tsv")) {
      String[] c = line.split("\t");
      m.put(c[0].strip(), FigureCategory.of(c[1]));
    }
    return Map.copyOf(m);
  }

  private static Set<String> demonyms() {
    Set<String> out = new java.util.HashSet<>();
    for (String line : Resources.lines(FigureExtractor.class, "/org/newsfacet/extract/entity/demonyms.tsv")) {
      out.add(line.split("\t")[0].strip().toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /**
   * The category a counted noun makes: its head with the word before it first ("labour force" is
   * people, "force" troops), "cases" people only beside a word of disease (case-words.txt); null
   * when the resource has neither.
   */
  private static FigureCategory categoryOf(String body, int headStart, int headEnd) {
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

  /** Words of an opinion poll, whose points are percentage points (poll-words.txt). */
  private static final Set<String> POLL_WORDS = Set.copyOf(Resources.lines(FigureExtractor.class, "poll-words.txt"));

  /** A word of an opinion poll in the sentence of {@code at} or the 400 characters before it. */
  private static boolean pollNear(String body, int at) {
    int to = at;
    while (to < body.length() && !(body.charAt(to) == '.' && (to + 1 == body.length() || body.charAt(to + 1) == ' '))
        && body.charAt(to) != '\n') {
      to++;
    }
    for (String w : NON_LETTERS.split(body.substring(Math.max(0, at - 400), to).toLowerCase(Locale.ROOT))) {
      if (POLL_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** "magnitude 5.1", "a 6.2-magnitude quake", "measured 6.3 on the Richter scale": a quake's measure, no count. */
  private static boolean magnitude(String body, int start, int end) {
    if (lastWordsBefore(body, start, 1).equals("magnitude") || body.startsWith("-magnitude", end)) {
      return true;
    }
    String after = body.substring(end, Math.min(body.length(), end + 30)).toLowerCase(Locale.ROOT);
    return after.startsWith(" magnitude") || after.startsWith(" on the richter");
  }

  private static boolean joined(String gap) {
    return gap.equals("-") || gap.equals("–") || gap.equals("to") || gap.equals("or");
  }

  /** "33 cents": the word after the number is cents, so the value was read as a fraction of the whole unit. */
  private static boolean centsAfter(String body, Value v) {
    String w = nextWord(body, v.end());
    return "cents".equalsIgnoreCase(w) || "cent".equalsIgnoreCase(w) && !"per".equalsIgnoreCase(lastWordsBefore(body, v.end(), 1));
  }

  /** Words that qualify a counted noun without being part of it: "five more routes", "14 other presenters". */
  private static final Set<String> QUALIFIERS = Set.of("more", "other", "others", "new", "additional", "extra", "further",
      "previous", "top", "total", "separate", "different", "smaller", "larger", "bigger", "older", "younger", "newer",
      "fewer", "higher", "lower", "former", "current", "remaining", "first", "last", "next", "same", "such", "whole",
      "entire", "small", "large", "big", "old", "young", "main", "major", "minor", "key", "various", "individual",
      "net", "gross", "estimated", "possible", "potential", "average", "existing", "rising", "growing", "leading");

  /**
   * The counted thing of a noun phrase, as written: the noun and the nouns compounded with it ("job
   * cuts", "power plants", "charging stations"), without the words that only qualify it ("five more
   * routes", "240 recorded songs", "two diesel-only trim options", "16 Russian drones"); a capitalised group
   * stays whole ("2,000 North Koreans").
   */
  private static String countedNoun(String body, List<int[]> phrase) {
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
   * The plural noun that two coordinated modifiers share: in "380 Ford and Honda vehicles" the
   * singular word before "and" ({@code first}) and the one or two words after it describe
   * "vehicles"; null when the first word is a plural noun itself ("435 homes and 187 flats") or no
   * plural noun follows.
   */
  private static int[] coordinatedHead(String body, int[] first, int conjunctionEnd) {
    String w = body.substring(first[0], first[1]).toLowerCase(Locale.ROOT);
    if (plural(w) || CATEGORIES.containsKey(w) || body.charAt(first[1]) != ' ') {
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

  /** A plural noun, as far as its ending tells: "vehicles", not "gas" nor "press". */
  private static boolean plural(String w) {
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss");
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
      return !CATEGORIES.containsKey(w) && !"noun".equals(LY_WORDS.get(w)); // "recorded songs"; not "wounded", nor a
      // gerund's compound ("parking spaces"), nor a noun in -ly ("assembly plants")
    }
    return false;
  }

  /** A word of disease in the sentence around {@code at}. */
  private static boolean diseaseNear(String body, int at) {
    int from = at;
    while (from > 0 && !(body.charAt(from - 1) == '.' && from < body.length() && body.charAt(from) == ' ')
        && body.charAt(from - 1) != '\n') {
      from--;
    }
    int to = at;
    while (to < body.length() && !(body.charAt(to) == '.' && (to + 1 == body.length() || body.charAt(to + 1) == ' '))
        && body.charAt(to) != '\n') {
      to++;
    }
    for (String w : NON_LETTERS.split(body.substring(from, to).toLowerCase(Locale.ROOT))) {
      if (CASE_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Integer> numberWords() {
    String[] ones = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < ones.length; i++) {
      m.put(ones[i], i + 1);
    }
    for (int i = 0; i < tens.length; i++) {
      m.put(tens[i], (i + 2) * 10);
      for (int j = 0; j < 9; j++) {
        m.put(tens[i] + "-" + ones[j], (i + 2) * 10 + j + 1);
      }
    }
    m.put("hundred", 100);
    return Map.copyOf(m);
  }

  /** A number found in the text before it becomes a figure. */
  private record Value(int start, int end, double value, String currency, boolean percent, int unitEnd) {
    Value(int start, int end, double value, String currency, boolean percent) {
      this(start, end, value, currency, percent, -1);
    }
  }

  /**
   * The figures of one article, in text order.
   *
   * @param text the article text as read
   * @param body the text with everything but the body (and a headline whose figures count) blanked out
   * @param sources the article's attribution, which names each figure's claimant
   */
  public List<Figure> extract(String text, String body, Attributor sources) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(sources, "sources");
    List<Value> values = values(body);
    List<Figure> figures = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      Value v = values.get(i);
      if (excluded(body, v) || !figures.isEmpty() && v.start() < figures.get(figures.size() - 1).end()) {
        continue; // a number inside the previous figure's counted thing is part of it
      }
      // A range: "between 2,650 and 7,250", "from 20 to 27", "2,650-7,250", "20 to 27".
      Value high = v;
      int next = i + 1;
      if (next < values.size()) {
        Value w = values.get(next);
        String gap = body.substring(v.end(), w.start()).strip().toLowerCase(Locale.ROOT);
        if (gap.startsWith("cents ")) {
          gap = gap.substring("cents ".length()).strip(); // "86 cents to $1.07 a share"
        }
        if (joined(gap) && v.currency() == null && v.value() > w.value() && centsAfter(body, w)) {
          v = new Value(v.start(), v.end(), v.value() / 100, null, false, v.unitEnd()); // "41 to 42 cents"
        }
        boolean joined = gap.equals("-") || gap.equals("–") || gap.equals("to") || gap.equals("or")
            || gap.equals("and") && lastWordsBefore(body, v.start(), 1).equals("between");
        if (joined && !v.percent() && w.percent() && v.currency() == null && w.currency() == null) {
          // "20 to 26 percent", "51 to 46 percent": the sign after the second number is the first's too
          v = new Value(v.start(), v.end(), v.value(), null, true, v.unitEnd());
        }
        // "8 or $9", "$5 to 10": one range of money, whichever end carries the sign
        boolean sameKind = v.percent() == w.percent();
        boolean dashed = gap.equals("-") || gap.equals("–");
        if (dashed && v.value() <= 20 && w.value() <= 20 && nounPhrase(body, w.end()).isEmpty() && !w.percent()) {
          i = next; // "6-2", "3-6": a score
          continue;
        }
        double scale = scaleOf(body, w);
        if (joined && sameKind && scale > 1 && scaleOf(body, v) == 1 && v.value() <= w.value() / scale) {
          // "3 to 4 thousand", "from $12 to $14 billion", "four to five thousand": the scale is both ends'
          v = new Value(v.start(), v.end(), scaled(v.value(), scale), v.currency(), v.percent(), v.unitEnd());
        }
        if (joined && sameKind && w.value() >= v.value() && !excluded(body, w)) {
          high = w;
          i = next;
        } else if ((gap.equals("-") || gap.equals("–")) && w.value() < v.value()) {
          i = next; // "218-209", "6-2": a vote or a score
          continue;
        }
      }
      if (high != v && v.currency() == null && high.currency() != null) {
        v = new Value(v.start(), v.end(), v.value(), high.currency(), v.percent(), v.unitEnd());
      }
      Figure f = figure(text, body, v, high, sources);
      if (!figures.isEmpty() && f.start() < figures.get(figures.size() - 1).end()) {
        continue; // "12-under 130": a bound word ("under") already belongs to the figure before
      }
      if (f.unit() == null && !figures.isEmpty() && f.category() != FigureCategory.MONEY
          && f.category() != FigureCategory.PERCENT) {
        Figure before = figures.get(figures.size() - 1);
        String gap = body.substring(Math.min(before.end(), f.start()), f.start());
        if (before.unit() != null && gap.length() <= 60 && gap.indexOf('.') < 0 && gap.indexOf('\n') < 0
            && (gap.strip().equals(",") || gap.strip().equals("and") || gap.endsWith(", ") || gap.endsWith(" including ")
            || gap.endsWith(" and ") && !before.text().contains(before.unit()))) { // "..., 640,000 in Asia and 285,000 in Europe"
          // "128,000 vehicles sold in Japan, 97,000 in North America": the list counts one thing.
          f = f.countingAs(before);
        }
      }
      if (f.category() == FigureCategory.PEOPLE && !figures.isEmpty()
          && figures.get(figures.size() - 1).category() == FigureCategory.CASUALTIES) {
        String gap = body.substring(Math.min(figures.get(figures.size() - 1).end(), f.start()), f.start());
        if (gap.length() <= 60 && gap.indexOf('.') < 0 && lastWordsBefore(body, f.start(), 1).equals("including")) {
          // "14 people were wounded, including two children": the children are among the wounded.
          f = f.withCategory(FigureCategory.CASUALTIES);
        }
      }
      figures.add(f);
    }
    return figures;
  }

  private Figure figure(String text, String body, Value low, Value high, Attributor sources) {
    int start = low.start();
    boolean approximate = false;
    String bound = null;
    String before2 = lastWordsBefore(body, start, 2);
    String before1 = lastWordsBefore(body, start, 1);
    boolean joined = high.start() > low.start();
    String gap = joined ? body.substring(low.end(), high.start()).strip() : "";
    if (joined && before1.equals("between") || before1.equals("from") && gap.equals("to")) {
      // "between 2,650 and 7,250", "from 10 to 15": not the preposition of "up from 14 percent", "from 20-30 villages"
      start = wordStartBefore(body, start, 1);
      before2 = lastWordsBefore(body, start, 2);
      before1 = lastWordsBefore(body, start, 1);
    }
    String before3 = lastWordsBefore(body, start, 3);
    if (BOUNDS.containsKey(before3) && before3.chars().filter(c -> c == ' ').count() == 2) {
      bound = BOUNDS.get(before3); // "a minimum of $15 million", "as much as 15 percent"
      start = wordStartBefore(body, start, 3);
    } else if (BOUNDS.containsKey(before2) || APPROXIMATE.contains(before2)) {
      approximate = APPROXIMATE.contains(before2);
      bound = BOUNDS.get(before2);
      start = wordStartBefore(body, start, 2);
    } else if (BOUNDS.containsKey(before1) || APPROXIMATE.contains(before1)) {
      approximate = APPROXIMATE.contains(before1);
      bound = BOUNDS.get(before1);
      start = wordStartBefore(body, start, 1);
      if (approximate && lastWordsBefore(body, start, 1).equals("an")) {
        start = wordStartBefore(body, start, 1); // "an estimated"
      }
    }
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
    Value measured = high.unitEnd() >= 0 ? high : low.unitEnd() >= 0 && low == high ? low : null;
    if (measured != null && currency == null && category != FigureCategory.PERCENT) {
      // A measure: "50mph", "250 metres per second", "650,000 barrels a day", "1.5 percentage points".
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
    if (currency == null && category != FigureCategory.PERCENT && nounPhrase(body, end).isEmpty()
        && !magnitude(body, low.start(), end)) {
      category = contextCategory(body, start); // "the town of 30,000": nothing counted, the context says what
    }
    if (currency == null && !low.percent() && body.startsWith("-plus", end)) {
      end += "-plus".length(); // "75,000-plus cases": the counted thing follows
    }
    if (currency == null && !low.percent() && body.regionMatches(true, end, "-strong ", 0, "-strong ".length())) {
      end += "-strong".length(); // "a 2,000-strong force": the force is what is counted
    }
    int[] suspended = currency == null && !low.percent() ? suspendedMeasure(body, end) : null;
    if (suspended != null) {
      // "three-, four- and five-door engines", "a 9- or 10-inch screen": the measure written once, at the end
      String measure = body.substring(suspended[0], suspended[1]);
      FigureCategory c = CATEGORIES.getOrDefault(measure.toLowerCase(Locale.ROOT), FigureCategory.OTHER);
      Attributor.Claim claim = sources.claimant(start, end + 1);
      return new Figure(text.substring(start, end + 1), low.value(), high.value(), approximate, measure, null, bound, c,
          claim.name(), claim.rule(), start, end + 1);
    }
    // A measure compound: "46-page ruling", "600-mile front": the measure is the unit, the noun follows.
    if (currency == null && !low.percent() && end + 1 < body.length() && body.charAt(end) == '-'
        && Character.isLetter(body.charAt(end + 1))) {
      int measureEnd = end + 1;
      while (measureEnd < body.length() && Character.isLetter(body.charAt(measureEnd))) {
        measureEnd++;
      }
      String measure = body.substring(end + 1, measureEnd);
      int nounEnd = wordEnd(body, measureEnd);
      String noun = body.substring(measureEnd, nounEnd).strip().toLowerCase(Locale.ROOT);
      int stop = !noun.isEmpty() && !STOP.contains(noun) ? nounEnd : measureEnd; // no noun: the figure ends at the measure
      FigureCategory c = CATEGORIES.getOrDefault(measure.toLowerCase(Locale.ROOT), FigureCategory.OTHER);
      if (measure.equalsIgnoreCase("point") && pollNear(body, start)) {
        c = FigureCategory.PERCENT; // "a 7-point lead" in a poll: percentage points
      }
      Attributor.Claim claim = sources.claimant(start, stop);
      return new Figure(text.substring(start, stop), low.value(), high.value(), approximate, measure, null, bound, c,
          claim.name(),
          claim.rule(), start, stop);
    }
    // The counted thing: the noun phrase right after the number(s).
    List<int[]> phrase = nounPhrase(body, end);
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
        unit = countedNoun(body, phrase);
        FigureCategory c = categoryOf(body, phrase.get(phrase.size() - 1)[0], phraseEnd);
        if ((head.equals("points") || head.equals("point")) && pollNear(body, start)) {
          c = FigureCategory.PERCENT; // "a margin of error of 3.1 points": percentage points
        }
        boolean group = Character.isUpperCase(body.charAt(phraseStart)) && DEMONYMS.contains(head); // "2,000 North Koreans"
        category = c != null ? c : group ? contextCategory(body, start) : FigureCategory.OTHER;
        end = phraseEnd;
      }
    }
    if (currency != null) {
      category = FigureCategory.MONEY;
    }
    if (category == FigureCategory.MONEY) {
      end = rateEnd(body, end); // "58 cents a share", "$65 per sq m", "RM65 a month"
    }
    int[] whole = unit == null && currency == null && category != FigureCategory.PERCENT ? partitive(body, end) : null;
    if (whole != null) {
      // "61 of 79 drones": the part counts what the whole counts.
      List<int[]> counted = nounPhrase(body, whole[1]);
      if (!counted.isEmpty()) {
        unit = countedNoun(body, counted);
        FigureCategory c = categoryOf(body, counted.get(counted.size() - 1)[0], counted.get(counted.size() - 1)[1]);
        category = c != null ? c : FigureCategory.OTHER;
      }
    }
    boolean people = category == FigureCategory.PEOPLE || category == FigureCategory.TROOPS;
    boolean bare = unit == null && currency == null && category != FigureCategory.PERCENT && whole == null;
    if ((people || bare) && casualtyBefore(body, start) || people && casualtyAfter(body, end)
        || bare && (casualtyNext(body, end) || tollBefore(body, start))) {
      category = FigureCategory.CASUALTIES; // "killing at least 17 people", "26 people were killed", "kills three"
    }
    Attributor.Claim claim = sources.claimant(start, end);
    return new Figure(text.substring(start, end), low.value(), high.value(), approximate, unit,
        category == FigureCategory.MONEY ? code : null, bound, category, claim.name(),
        claim.rule(), start, end);
  }

  /** Every number of the body with its value, currency and percent sign. */
  private static List<Value> values(String body) {
    List<Value> out = new ArrayList<>();
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
        Value whole = out.isEmpty() ? null : out.get(out.size() - 1);
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
        value = scaled(value, SUFFIXES.getOrDefault(suffix.toLowerCase(Locale.ROOT), 1.0));
      }
      String scale = nextWord(body, e);
      if (HUNDRED.equalsIgnoreCase(scale) && m.group("pct") == null) {
        value = scaled(value, WORDS.get(HUNDRED)); // "6 hundred people", "6 hundred million"
        e = wordEnd(body, e);
        scale = nextWord(body, e);
      }
      if (scale != null && SCALES.containsKey(scale.toLowerCase(Locale.ROOT))) {
        value = scaled(value, SCALES.get(scale.toLowerCase(Locale.ROOT)));
        e = wordEnd(body, e);
      } else if (scale != null && scale.indexOf('-') > 0
          && SCALES.containsKey(scale.substring(0, scale.indexOf('-')).toLowerCase(Locale.ROOT))) {
        value = scaled(value, SCALES.get(scale.substring(0, scale.indexOf('-')).toLowerCase(Locale.ROOT)));
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
      out.add(new Value(s, e, value, currency, percent, percent ? -1 : unitEnd));
    }
    // Number words: "four brigades", "twelve thousand".
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
      if (wordEnd - wordStart > 13 || wordEnd - wordStart < 3 || !numberWordPrefix(body, wordStart)) {
        continue; // no number word starts so
      }
      Integer n = WORDS.get(body.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT));
      if (n == null && body.charAt(wordEnd - 1) == '-' && suspendedMeasure(body, wordEnd - 1) != null) {
        n = WORDS.get(body.substring(wordStart, wordEnd - 1).toLowerCase(Locale.ROOT)); // "three-, four- and five-door"
        if (n != null) {
          out.add(new Value(wordStart, wordEnd - 1, n, null, false));
        }
        continue;
      }
      int hyphen = body.indexOf('-', wordStart, wordEnd);
      if (n == null && hyphen > wordStart && hyphen < wordEnd - 1 && WORDS.containsKey(body.substring(wordStart, hyphen)
          .toLowerCase(Locale.ROOT)) && !WORDS.containsKey(body.substring(hyphen + 1, wordEnd).toLowerCase(Locale.ROOT))) {
        // "six-cylinder engines", "three-bedroom flats": a number word and its measure
        out.add(new Value(wordStart, hyphen, WORDS.get(body.substring(wordStart, hyphen).toLowerCase(Locale.ROOT)), null,
            false));
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
      List<int[]> counted = nounPhrase(body, e);
      String last = counted.isEmpty() ? null
          : body.substring(counted.get(counted.size() - 1)[0], counted.get(counted.size() - 1)[1]).toLowerCase(Locale.ROOT);
      boolean plural = last != null && plural(last) && value >= 2
          && !TIME_UNITS.contains(last);
      String then = noun == null ? null : nextWord(body, wordEnd(body, e));
      boolean range = noun != null && (noun.equals("or") || noun.equals("to")) && then != null
          && WORDS.containsKey(then.toLowerCase(Locale.ROOT)); // "six or seven patients"
      boolean counts = value >= 1000 || (noun != null && CATEGORIES.containsKey(noun.toLowerCase(Locale.ROOT))) || plural
          || range || last != null && CATEGORIES.containsKey(last) && value >= 2 // "two more people"
          || value >= 2 && partitive(body, e) != null // "nine of 12 missiles"
          || value >= 2 && casualtyBefore(body, wordStart) && (counted.isEmpty() || CATEGORIES.containsKey(last)) // "kills three"
          || value >= 2 && counted.isEmpty() && (casualtyNext(body, e) || tollBefore(body, wordStart)) // "seven were killed"
          || value == 1 && (one(body, wordStart, e, last) || onePart(body, wordStart, e));
      String after = noun == null ? "" : noun.toLowerCase(Locale.ROOT);
      boolean percent = after.equals("percent") || after.equals("per") && "cent".equalsIgnoreCase(then);
      if (percent) {
        out.add(new Value(wordStart, wordEnd(body, after.equals("per") ? wordEnd(body, e) : e), value, null, true));
      } else if (counts) {
        out.add(new Value(wordStart, e, value, null, false));
      }
    }
    // "a million dollar house", "a billion people": one of a scale, when it counts something
    for (int i = body.indexOf("a ", 0); i >= 0; i = body.indexOf("a ", i + 1)) {
      if (i > 0 && Character.isLetter(body.charAt(i - 1)) || i > 0 && body.charAt(i - 1) == '-') {
        continue;
      }
      String scale = nextWord(body, i + 1);
      String s = scale == null ? "" : scale.toLowerCase(Locale.ROOT);
      if (!(s.equals("thousand") || s.equals("million") || s.equals("billion") || s.equals("trillion"))) {
        continue;
      }
      int e = wordEnd(body, i + 1);
      List<int[]> counted = nounPhrase(body, e);
      if (!counted.isEmpty()) {
        out.add(new Value(i, e, SCALES.get(s), null, false));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    // A number word inside a number already read ("6 hundred people") is part of it.
    List<Value> apart = new ArrayList<>(out.size());
    for (Value v : out) {
      if (apart.isEmpty() || v.start() >= apart.get(apart.size() - 1).end()) {
        apart.add(v);
      }
    }
    return apart;
  }

  /**
   * "one" counts when what it counts is a weapon or a casualty ("one drone", "one storm-related
   * fatality") or a person killed or hurt ("killing one man"), not in "one person familiar with".
   */
  private static boolean one(String body, int start, int end, String last) {
    FigureCategory c = last == null ? null : CATEGORIES.get(last);
    if (c == FigureCategory.WEAPONS || c == FigureCategory.CASUALTIES) {
      return true;
    }
    List<int[]> counted = nounPhrase(body, end);
    int nounEnd = counted.isEmpty() ? end : counted.get(counted.size() - 1)[1];
    return c == FigureCategory.PEOPLE && (casualtyBefore(body, start) || casualtyNext(body, nounEnd));
  }

  /** The first three letters, lower case, of every number word: one look-up rules out most words. */
  private static final boolean[] NUMBER_PREFIXES = numberPrefixes();

  private static boolean[] numberPrefixes() {
    boolean[] prefixes = new boolean[26 * 26 * 26];
    for (String w : WORDS.keySet()) {
      int p = w.length() < 3 ? -1 : prefixIndex(w, 0);
      if (p >= 0) {
        prefixes[p] = true;
      }
    }
    return prefixes;
  }

  /** The index of the three ASCII letters at {@code at} in {@link #NUMBER_PREFIXES}, or -1. */
  private static int prefixIndex(String s, int at) {
    int index = 0;
    for (int k = at; k < at + 3; k++) {
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
    return p >= 0 && NUMBER_PREFIXES[p];
  }

  /** "one of two cruise missiles", "one of the 12 drones": "one" counts a part of a counted whole that it may count. */
  private static boolean onePart(String body, int start, int end) {
    int[] whole = partitive(body, end);
    if (whole == null) {
      return false;
    }
    List<int[]> counted = nounPhrase(body, whole[1]);
    String last = counted.isEmpty() ? null
        : body.substring(counted.get(counted.size() - 1)[0], counted.get(counted.size() - 1)[1]).toLowerCase(Locale.ROOT);
    return one(body, start, whole[1], last);
  }

  /**
   * The value of the number words that begin with one of value {@code first} ending at
   * {@code end[0]}: "thirty-one thousand four hundred fifty-seven" is 28,642, "two hundred and fifty"
   * 250, "four hundred million" 400,000,000. Moves {@code end[0]} past the last word taken.
   */
  private static double compound(String body, int first, int[] end) {
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
      } else if (SCALES.containsKey(word) && current > 0) {
        total += scaled(current, SCALES.get(word));
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

  /** The scale a number was written with: 1,000 for "5 thousand" or "5k", a billion for "$15 billion"; else 1. */
  private static double scaleOf(String body, Value v) {
    String written = body.substring(v.start(), v.end()).toLowerCase(Locale.ROOT);
    int space = written.lastIndexOf(' ');
    String last = space < 0 ? written : written.substring(space + 1);
    if (SCALES.containsKey(last)) {
      return SCALES.get(last);
    }
    int k = last.length();
    while (k > 0 && Character.isLetter(last.charAt(k - 1))) {
      k--;
    }
    return k > 0 && k < last.length() ? SUFFIXES.getOrDefault(last.substring(k), 1.0) : 1;
  }

  /** "4.1 billion" is 4,100,000,000, not 4,099,999,999.9999995: a scaled value close to a whole number is one. */
  private static double scaled(double value, double scale) {
    double v = value * scale;
    double whole = Math.rint(v);
    return scale > 1 && Math.abs(v - whole) < 1e-6 * Math.max(1, Math.abs(v)) ? whole : v;
  }

  /** Past a rate after a unit or a counted thing: " a day", " per share", " per sq m", "/h"; else {@code end}. */
  private static int rateEnd(String body, int end) {
    if (end < body.length() && body.charAt(end) == '/' && end + 1 < body.length() && Character.isLetter(body.charAt(end + 1))) {
      return wordEnd(body, end + 1); // "km/h" written apart: "10 kV/cm"
    }
    String next = nextWord(body, end);
    if (next == null || !(next.equalsIgnoreCase("a") || next.equalsIgnoreCase("an") || next.equalsIgnoreCase("per")
        || next.equalsIgnoreCase("each"))) {
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
      return inside.matches("[\\d.,]+\\s?(ft|feet|foot|yards|yd)");
    }
    return false;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Dates, years, durations, ages and numbers in names are not figures. */
  private static boolean excluded(String body, Value v) {
    String raw = body.substring(v.start(), v.end());
    String before = lastWordsBefore(body, v.start(), 1);
    String after = nextWord(body, v.end());
    String afterLower = after == null ? "" : after.toLowerCase(Locale.ROOT);
    boolean plain = v.currency() == null && !v.percent() && raw.matches("\\d+");
    if (MONTHS.contains(before) || MONTHS.contains(afterLower.replace(".", ""))) {
      return true; // "October 17", "17 October"
    }
    if (plain && raw.length() == 4 && v.value() >= 1800 && v.value() <= 2100 && !CATEGORIES.containsKey(afterLower)
        && !countedYearLike(body, v, before)) {
      return true; // a year
    }
    if (!v.percent() && v.currency() == null
        && (TIME_UNITS.contains(afterLower) || TIME_UNITS.contains(afterLower.replace(".", "")))) {
      return true; // "six months", "68 minutes", "9 am"
    }
    if (v.end() + 1 < body.length() && body.charAt(v.end()) == '-') {
      int[] suspended = suspendedMeasure(body, v.end());
      String compound = suspended != null ? body.substring(suspended[0], suspended[1]) : nextWord(body, v.end() + 1);
      String c = compound == null ? "" : compound.toLowerCase(Locale.ROOT);
      if (c.startsWith("year") || c.startsWith("day") || c.startsWith("month") || c.startsWith("week")
          || c.startsWith("hour") || c.startsWith("minute") || c.startsWith("second") || c.startsWith("decade")) {
        return true; // "91-year-old", "11-day", "24-hour"
      }
    }
    if (before.equals("aged") || before.equals("age") || before.equals("ages")) {
      return true;
    }
    String opener = rangeOpener(body, v.start());
    if (opener != null && (opener.equals("aged") || opener.equals("ages"))) {
      return true; // "workers aged 30 to 64": both ends are ages
    }
    if (plain && raw.length() == 4 && v.value() >= 1000 && v.value() <= 2100 && yearRange(body, v)) {
      return true; // "between 1550 and 1850", "between A.D. 1100 and 1350"
    }
    if (plain && v.value() < 130 && isBetweenCommasAfterName(body, v)) {
      return true; // "Maren Holt, 67, said"
    }
    if (plain && v.unitEnd() < 0 && (precededByName(body, v.start()) || NUMBERED.contains(before))) {
      return true; // "Route 9", "Boeing 737", "iPhone 13", "category 3 hurricane"
    }
    if (plain && v.unitEnd() < 0 && namedAfter(body, v.end()) && !APPROXIMATE.contains(before) && !BOUNDS.containsKey(before)) {
      return true; // "13 Pro Max", "42 Quarry Road", "73301 ZIP Code": a name that has a number in it
    }
    boolean measure = v.end() + 1 < body.length() && body.charAt(v.end()) == '-'
        && (Character.isLetter(body.charAt(v.end() + 1)) || suspendedMeasure(body, v.end()) != null);
    boolean rangeOpens = ("to".equals(afterLower) || "or".equals(afterLower)) && numberAfter(body, wordEnd(body, v.end()))
        || v.end() + 1 < body.length() && (body.charAt(v.end()) == '-' || body.charAt(v.end()) == '–')
        && isAsciiDigit(body.charAt(v.end() + 1)); // "20-30 games"
    if (plain && v.value() < 130 && !measure && !rangeOpens && nounPhrase(body, v.end()).isEmpty() && !"of".equals(afterLower)
        && !("out".equals(afterLower) && "of".equals(nextWord(body, wordEnd(body, v.end())))) && !casualtyBefore(body, v.start())
        && !casualtyNext(body, v.end()) && !tollBefore(body, v.start()) && !elliptical(body, v, before, afterLower)) {
      return true; // a bare small number counts nothing: "were over 65", a score, a page
    }
    return false;
  }

  /**
   * A number that looks like a year but counts: a unit or a plural noun follows it ("1350 parts per
   * million", "about 3000 hires"), or it opens a range whose other end does ("1000 to 3000 hires"); not
   * after "the", "in", "since" and the like ("the 2020 elections", "in 1900").
   */
  private static boolean countedYearLike(String body, Value v, String before) {
    if (YEAR_WORDS.contains(before)) {
      return false;
    }
    if (v.unitEnd() >= 0 || pluralCount(body, v.end()) && (APPROXIMATE.contains(before) || BOUNDS.containsKey(before)
        || before.equals("to") || before.equals("than") || body.substring(0, v.start()).strip().endsWith("-"))) {
      return true; // "about 3000 hires", "1000 to 3000 hires", "1800 - 2200 calories"; not "its 2025 sales"
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
    List<int[]> phrase = nounPhrase(body, end);
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
   * missing", "fell from 120 to 45", "rose to 19 from 11", "460 vehicles, compared with 58".
   */
  private static boolean elliptical(String body, Value v, String before, String after) {
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
    boolean pair = before.equals("from") && "to".equals(after) && nextIsNumber // "from 120 to 45"
        || before.equals("to") && "from".equals(after) && nextIsNumber // "rose to 19 from 11"
        || before.equals("to") && numberBefore && opener.equals("from")
        || before.equals("from") && numberBefore && opener.equals("to");
    if (pair) {
      return true;
    }
    String two0 = lastWordsBefore(body, v.start(), 2);
    if (!(two0.equals("compared with") || two0.equals("compared to") || two0.equals("up from") || two0.equals("down from"))) {
      return false;
    }
    int from = v.start();
    while (from > 0 && body.charAt(from - 1) != '\n' && !(body.charAt(from - 1) == ' ' && from > 1 && body.charAt(from - 2) == '.')) {
      from--;
    }
    for (int j = from; j < v.start(); j++) {
      if (isAsciiDigit(body.charAt(j))) {
        return true; // "460 vehicles were stolen, compared with 58": the number before says what is counted
      }
    }
    return false;
  }

  /**
   * The measure of a suspended hyphen at {@code hyphen}: in "three-, four- and five-door" or "7- or
   * 8-inch" the first numbers' hyphens wait for the measure written after the last number; its
   * span, or null when the hyphen is no such thing.
   */
  private static int[] suspendedMeasure(String body, int hyphen) {
    if (hyphen >= body.length() || body.charAt(hyphen) != '-' || hyphen + 1 >= body.length()
        || !(body.charAt(hyphen + 1) == ' ' || body.charAt(hyphen + 1) == ',')) {
      return null;
    }
    int k = hyphen + 1;
    int limit = Math.min(body.length(), hyphen + 60);
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
      boolean number = !w.isEmpty() && (isAsciiDigit(w.charAt(0)) || WORDS.containsKey(w));
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
   * Two four-digit numbers of the years 1000 to 2100 joined as a range ("between 1550 and 1850",
   * "from 1998 to 2004", "1100 and 1350") with nothing counted after them: years.
   */
  private static boolean yearRange(String body, Value v) {
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
    return year >= 1000 && year <= 2100;
  }

  /** Words before a year: "the 2020 elections", "in 1900", "since 2014". */
  private static final Set<String> YEAR_WORDS = Set.of("the", "in", "since", "by", "until", "of", "from", "before",
      "after", "during", "through", "till", "circa", "year", "fiscal", "ad", "bc", "a.d", "its", "their", "his", "her");

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
    return w != null && WORDS.containsKey(w.toLowerCase(Locale.ROOT));
  }

  private static boolean isBetweenCommasAfterName(String body, Value v) {
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
   * Max", "42 Quarry Road"; not "2,000 North Koreans" or "40 Palestinian prisoners".
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
    if (lower.endsWith("s") && !lower.endsWith("ss") || CATEGORIES.containsKey(lower) || CURRENCIES.isWord(lower)) {
      return false;
    }
    String next = nextWord(body, k);
    String n = next == null ? "" : next.toLowerCase(Locale.ROOT);
    boolean countedNoun = plural(n) && !STOP.contains(n)
        && Character.isLowerCase(next.charAt(0)) || CATEGORIES.containsKey(n);
    return !countedNoun;
  }

  /** The counted thing after {@code end}: adjectives and nouns up to a stop word or punctuation, four at most. */
  private static List<int[]> nounPhrase(String body, int end) {
    List<int[]> words = new ArrayList<>();
    int i = end;
    while (words.size() < 4) {
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
      if (STOP.contains(w) || w.endsWith("ly") && w.indexOf('-') < 0 && !CATEGORIES.containsKey(w) && !LY_WORDS.containsKey(w)
          && !participleAfter(body, e)) { // "12 heavily armed men" goes on to the men
        break;
      }
      if (w.endsWith("ing") && DETERMINERS.contains(String.valueOf(nextWord(body, e)).toLowerCase(Locale.ROOT))) {
        break; // "around 71, raising the prospect": a verb with its object, not a counted noun
      }
      words.add(new int[] {s, e});
      i = e;
      if (CATEGORIES.containsKey(w) && !w.endsWith("s") && e < body.length() && body.charAt(e) == ' ') {
        String then = nextWord(body, e);
        String t = then == null ? "" : then.toLowerCase(Locale.ROOT);
        if (plural(t) && !STOP.contains(t)) {
          continue; // "22 civilian vessels": the known word is an adjective here
        }
      }
      if (CATEGORIES.containsKey(w) || CURRENCIES.isWord(w)) {
        break; // the head noun
      }
      if (e < body.length() && body.charAt(e) != ' ') {
        break; // punctuation after the word
      }
    }
    // A capitalised group is counted as a whole: "2,000 North Koreans".
    boolean capitalised = !words.isEmpty() && words.stream().allMatch(w -> Character.isUpperCase(body.charAt(w[0])));
    // Otherwise the phrase ends on a noun the categories know, or on its last plural noun ("three
    // nearby communities", "two older plants"), or is a single word.
    int keep = -1;
    for (int k = words.size() - 1; k >= 0 && keep < 0; k--) {
      String w = body.substring(words.get(k)[0], words.get(k)[1]).toLowerCase(Locale.ROOT);
      if (CATEGORIES.containsKey(w) && (w.endsWith("s") || k == words.size() - 1) || CURRENCIES.isWord(w)) {
        keep = k; // a known singular word before a plural noun is an adjective: "22 civilian vessels"
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
   * The category of a figure whose counted thing names none ("2,000 North Koreans"): the category
   * noun nearest before it in the same or the previous paragraph, else people for a capitalised
   * group, else other.
   */
  private static FigureCategory contextCategory(String body, int start) {
    int from = Math.max(0, start - 400);
    String[] words = NON_LETTERS.split(body.substring(from, start).toLowerCase(Locale.ROOT));
    for (int k = words.length - 1; k >= 0; k--) {
      FigureCategory c = k > 0 ? CATEGORIES.get(words[k - 1] + " " + words[k]) : null; // "the labour force numbered"
      c = c != null ? c : CATEGORIES.get(words[k]);
      if (c == FigureCategory.TROOPS || c == FigureCategory.CASUALTIES || c == FigureCategory.PEOPLE) {
        return c;
      }
    }
    return FigureCategory.OTHER;
  }

  /** "killing at least 17 people", "the deaths of four children": a casualty word just before the figure. */
  private static boolean casualtyBefore(String body, int start) {
    String before = lastWordsBefore(body, start, 4);
    String[] words = before.split(" ");
    for (int k = words.length - 1; k >= 0 && k >= words.length - 4; k--) {
      String w = words[k];
      if (CASUALTY_WORDS.contains(w)) {
        return true;
      }
      if (!(APPROXIMATE.contains(w) || BOUNDS.containsKey(w) || w.equals("of") || w.equals("the") || w.equals("least")
          || w.equals("included") || w.equals("include") || w.equals("includes") // "the dead included one child"
          || w.equals("at") || w.equals("than") || w.equals("more") || w.equals("to") || w.equals("up"))) {
        return false;
      }
    }
    return false;
  }

  /** "Seven were killed", "15 were wounded", "two died": a bare number whose verb makes it casualties. */
  private static boolean casualtyNext(String body, int end) {
    String next = nextWord(body, end);
    if (next == null) {
      return false;
    }
    String w = next.toLowerCase(Locale.ROOT);
    if (CASUALTY_WORDS.contains(w) && !w.endsWith("ing")) {
      return true; // "two died"
    }
    int after = wordEnd(body, end);
    if (BE.contains(w) || (w.equals("have") || w.equals("had")) && "been".equalsIgnoreCase(nextWord(body, after))) {
      int verb = w.equals("have") || w.equals("had") ? wordEnd(body, after) : after;
      String then = nextWord(body, verb);
      return then != null && CASUALTY_WORDS.contains(then.toLowerCase(Locale.ROOT));
    }
    return false;
  }

  /** "the death toll rose to nine": a number the toll reaches. */
  private static boolean tollBefore(String body, int start) {
    String before = lastWordsBefore(body, start, 5);
    return (before.endsWith(" to") || before.endsWith(" at")) && (" " + before + " ").contains(" toll ");
  }

  /**
   * After a number, "of (the) 79 drones": the offsets of the whole's number, else null. A part
   * counts the same thing as its whole.
   */
  private static int[] partitive(String body, int end) {
    String of = nextWord(body, end);
    int i = wordEnd(body, end);
    if ("out".equals(of) && "of".equals(nextWord(body, i))) {
      of = "of"; // "14 out of 17 drones"
      i = wordEnd(body, i);
    }
    if (of == null || !of.equals("of")) {
      return null;
    }
    String next = nextWord(body, i);
    for (int k = 0; k < 3 && next != null; k++) {
      int e = wordEnd(body, i);
      boolean possessive = body.startsWith("'s", e) || body.startsWith("’s", e);
      if (!PARTITIVE.contains(next.toLowerCase(Locale.ROOT)) && !possessive) {
        break;
      }
      i = possessive ? e + 2 : e; // "of the bridge's 16 cables"
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
    if (e == s && next != null && WORDS.containsKey(next.toLowerCase(Locale.ROOT))) {
      e = wordEnd(body, s);
    }
    return e > s ? new int[] {s, e} : null;
  }

  private static boolean casualtyAfter(String body, int end) {
    int limit = Math.min(body.length(), end + 60);
    for (int k = end; k < limit; k++) {
      char c = body.charAt(k);
      if (c == '.' || c == ';' || c == ',' || c == '\n') {
        limit = k; // the same clause only
        break;
      }
    }
    for (String w : NON_LETTERS.split(body.substring(end, limit).toLowerCase(Locale.ROOT))) {
      if (CASUALTY_WORDS.contains(w) && !w.endsWith("ing") && !w.equals("kill") && !w.equals("kills")) {
        // "were killed", "died"; not "..., killing four people": that verb's object is another figure
        return true;
      }
    }
    return false;
  }

  private static String nextWord(String body, int from) {
    int s = from;
    while (s < body.length() && body.charAt(s) == ' ') {
      s++;
    }
    if (s >= body.length() || !Character.isLetter(body.charAt(s))) {
      return null;
    }
    return body.substring(s, wordEnd(body, s));
  }

  private static int wordEnd(String body, int from) {
    int s = from;
    while (s < body.length() && body.charAt(s) == ' ') {
      s++;
    }
    int e = s;
    while (e < body.length() && (Character.isLetter(body.charAt(e)) || body.charAt(e) == '-' || body.charAt(e) == '.'
        && e + 1 < body.length() && Character.isLetter(body.charAt(e + 1)))) {
      e++;
    }
    return e;
  }

  private static int wordStart(String body, int inWord) {
    int s = inWord;
    while (s > 0 && Character.isLetter(body.charAt(s - 1))) {
      s--;
    }
    return s;
  }

  private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /** The last {@code n} words before {@code offset}, lower case, joined by a space. */
  private static String lastWordsBefore(String body, int offset, int n) {
    int s = wordStartBefore(body, offset, n);
    return SPACES.matcher(body.substring(s, offset).strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  private static int wordStartBefore(String body, int offset, int n) {
    int s = offset;
    for (int k = 0; k < n; k++) {
      int e = s;
      while (e > 0 && body.charAt(e - 1) == ' ') {
        e--;
      }
      int b = e;
      while (b > 0 && Character.isLetter(body.charAt(b - 1))) {
        b--;
      }
      if (b == e) {
        return s;
      }
      s = b;
    }
    return s;
  }
}
