package org.newsfacet.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Publication dates as news pages write them: ISO dates and timestamps, "October 17, 2024",
 * "Nov. 4, 2024", "17 October 2024", with optional weekday, label and time of day.
 *
 * <p>Only unambiguous forms are read: "10/11/2024" could be either month first or day first and
 * gives no date ("17/10/2024" can only be day first), as does a month and day without a year.
 */
public final class Dates {
  private static final Map<String, Integer> MONTHS = English.table("months").entrySet().stream()
      .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Integer.parseInt(e.getValue())));

  /** Month names and their abbreviations, longest first so that "March" wins over "Mar". */
  public static final String MONTH = MONTHS.keySet().stream()
      .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
      .map(m -> Character.toUpperCase(m.charAt(0)) + m.substring(1)).collect(Collectors.joining("|", "(?:", ")"));
  private static final String WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?,?\\s+";
  private static final String ISO = "(?<iy>\\d{4})[-/](?<im>\\d{1,2})[-/](?<id>\\d{1,2})"
      + "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?";
  private static final String MDY = "(?<m1>" + MONTH + ")\\.?\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y1>\\d{4})";
  private static final String DMY = "(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m2>" + MONTH + ")\\.?,?\\s+(?<y2>\\d{4})";
  /** Day first with dots, as Europe writes it: "17.10.2024". */
  private static final String DOTTED = "(?<dd>\\d{1,2})\\.(?<dm>\\d{1,2})\\.(?<dy>\\d{4})";
  /** Slashes: read only when one part is above 12 and so cannot be the month ("17/10/2024"). */
  private static final String SLASHED = "(?<sa>\\d{1,2})/(?<sb>\\d{1,2})/(?<sy>\\d{4})";
  private static final String DATE = "(?:" + ISO + "|" + MDY + "|" + DMY + "|" + DOTTED + "|" + SLASHED + ")";
  private static final String TIME = "(?:\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?\\s?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.?)"
      + "(?:\\s*(?:\\(?[A-Z]{2,5}\\)?|(?:UTC|GMT)\\s*[+-]?\\d{0,2}(?::?\\d{2})?|[+-]\\d{2}:?\\d{2}))?";
  private static final String LABEL = "(?:(?:First\\s+)?Published|Posted|Updated|Last\\s+updated|Modified|Date|Dated)"
      + "(?:\\s+(?:on|at))?\\s*:?\\s*";

  /** A line that is a date and nothing else but a label, weekday and time of day. */
  private static final Pattern HEADER_LINE = Pattern.compile(
      "^\\s*(?<label>" + LABEL + ")?(?:" + TIME + "\\s*(?:,|\\||•|·|-|–|—)?\\s*)?(?:" + WEEKDAY + ")?" + DATE
          + "(?:\\s*(?:,|\\||•|·|-|–|—|/|at)?\\s*" + TIME + ")?[\\s.)]*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ANY_DATE = Pattern.compile(DATE, Pattern.CASE_INSENSITIVE);
  private static final Pattern RFC_1123 = Pattern.compile(
      "^\\s*(?:" + WEEKDAY + ")?(?<d>\\d{1,2})\\s+(?<m>" + MONTH + ")\\s+(?<y>\\d{4})\\b.*",
      Pattern.CASE_INSENSITIVE);
  /** "/2024/10/17/": the day must end a path segment, so that "/2024/03/5-things-to-know" is no date. */
  private static final Pattern URL_DATE = Pattern.compile("/(?<y>(?:19|20)\\d{2})[/-](?<m>\\d{1,2})[/-](?<d>\\d{1,2})(?:/|$|[?#])");

  private Dates() {}

  /**
   * A date written as a whole header line (with label, weekday, time), with whether it says "Updated".
   *
   * @param date the day the line states
   * @param updated true when its label says the article was updated or modified on that day
   */
  public record HeaderDate(LocalDate date, boolean updated) {}

  /**
   * Reads a header line that is a date, or returns null for a line that is anything else.
   *
   * @param line one line of the article's header
   * @return the date, or null
   */
  public static HeaderDate headerLine(String line) {
    if (line.length() > 80) {
      return null;
    }
    Matcher m = HEADER_LINE.matcher(line);
    if (!m.matches()) {
      return null;
    }
    LocalDate date = fromGroups(m);
    if (date == null) {
      return null;
    }
    String label = m.group("label");
    boolean updated = label != null && label.toLowerCase(Locale.ROOT).matches("(last\\s+)?(updated|modified).*");
    return new HeaderDate(date, updated);
  }

  /**
   * Reads a date from a metadata value (an ISO timestamp, an RFC 1123 date, a written date), or
   * returns null when the value holds no unambiguous date. The date is the one written, not
   * shifted to another time zone: it is the day the publisher stated.
   *
   * @param value the metadata value, or null
   * @return the date, or null
   */
  public static LocalDate parseMetadataDate(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    Matcher m = ANY_DATE.matcher(v);
    if (m.find() && m.start() <= 20) {
      LocalDate d = fromGroups(m);
      if (d != null) {
        return d;
      }
    }
    Matcher r = RFC_1123.matcher(v);
    if (r.matches()) {
      return date(r.group("y"), month(r.group("m")), r.group("d"));
    }
    return null;
  }

  /**
   * A date written as /YYYY/MM/DD/ in a url's path, as most news sites file their articles.
   *
   * @param url the article's url, or null
   * @return the date, or null when the path holds none or an impossible one
   */
  public static LocalDate inUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(url);
    return m.find() ? date(m.group("y"), Integer.parseInt(m.group("m")), m.group("d")) : null;
  }

  /**
   * A date with a year inside a dateline ("KYIV, Nov. 4, 2024 (Ukrinform)"), or null.
   *
   * @param text any text; the first date with a year in it counts
   * @return the date, or null
   */
  public static LocalDate inText(String text) {
    Matcher m = ANY_DATE.matcher(text);
    return m.find() ? fromGroups(m) : null;
  }

  private static LocalDate fromGroups(Matcher m) {
    if (m.group("iy") != null) {
      return date(m.group("iy"), Integer.parseInt(m.group("im")), m.group("id"));
    }
    if (m.group("y1") != null) {
      return date(m.group("y1"), month(m.group("m1")), m.group("d1"));
    }
    if (m.group("y2") != null) {
      return date(m.group("y2"), month(m.group("m2")), m.group("d2"));
    }
    if (m.group("dy") != null) {
      return date(m.group("dy"), Integer.parseInt(m.group("dm")), m.group("dd"));
    }
    int a = Integer.parseInt(m.group("sa"));
    int b = Integer.parseInt(m.group("sb"));
    if (a > 12 && b <= 12) {
      return date(m.group("sy"), b, m.group("sa"));
    }
    if (b > 12 && a <= 12) {
      return date(m.group("sy"), a, m.group("sb"));
    }
    return null; // 10/11/2024: October 11 or 10 November, the text does not say
  }

  private static int month(String name) {
    return monthNumber(name);
  }

  /**
   * The month that a name or abbreviation names, in any case ("Sept", "october"), or 0.
   *
   * @param word a month's name or abbreviation, without its period
   * @return 1 to 12, or 0 for a word that is no month
   */
  public static int monthNumber(String word) {
    return MONTHS.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
  }

  /**
   * Every month name and abbreviation, lower case ("january", "jan", "sept").
   *
   * @return an unmodifiable set
   */
  public static Set<String> monthWords() {
    return MONTHS.keySet();
  }

  private static LocalDate date(String year, int month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1800 || y > 2200) {
        return null;
      }
      return LocalDate.of(y, month, Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
