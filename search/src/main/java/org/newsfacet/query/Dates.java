package org.newsfacet.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Dates as questions write them: "2031-03-04", "2031-03", "2031", "March 4, 2031", "4 Mar 2031",
 * "March 2031". A date is a span of days: a day, a month or a year.
 */
final class Dates {
  private static final Map<String, Integer> MONTHS = org.newsfacet.internal.Dates.monthWords().stream()
      .collect(java.util.stream.Collectors.toUnmodifiableMap(m -> m, org.newsfacet.internal.Dates::monthNumber));

  private Dates() {}

  /**
   * The span of days the words from {@code i} write.
   *
   * @param start the first day
   * @param end the last day
   * @param words how many words it took
   */
  record Span(LocalDate start, LocalDate end, int words) {}

  /** The date written at {@code words[i..]}, or null. */
  static Span at(List<String> words, int i) {
    if (i >= words.size()) {
      return null;
    }
    String w = clean(words.get(i));
    try {
      if (w.matches("\\d{4}-\\d{2}-\\d{2}")) {
        LocalDate d = LocalDate.parse(w);
        return new Span(d, d, 1);
      }
      if (w.matches("\\d{4}-\\d{2}")) {
        YearMonth m = YearMonth.parse(w);
        return new Span(m.atDay(1), m.atEndOfMonth(), 1);
      }
      if (w.matches("(19|20)\\d{2}")) {
        int y = Integer.parseInt(w);
        return new Span(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), 1);
      }
      Integer month = MONTHS.get(w);
      if (month != null) {
        // "March 4, 2031", "March 4 2031", "March 2031"
        String next = i + 1 < words.size() ? clean(words.get(i + 1)) : "";
        String then = i + 2 < words.size() ? clean(words.get(i + 2)) : "";
        if (next.matches("\\d{1,2}") && then.matches("(19|20)\\d{2}")) {
          LocalDate d = LocalDate.of(Integer.parseInt(then), month, Integer.parseInt(next));
          return new Span(d, d, 3);
        }
        if (next.matches("(19|20)\\d{2}")) {
          YearMonth m = YearMonth.of(Integer.parseInt(next), month);
          return new Span(m.atDay(1), m.atEndOfMonth(), 2);
        }
        return null;
      }
      if (w.matches("\\d{1,2}") && i + 2 < words.size() && MONTHS.containsKey(clean(words.get(i + 1)))
          && clean(words.get(i + 2)).matches("(19|20)\\d{2}")) {
        // "4 March 2031"
        LocalDate d = LocalDate.of(Integer.parseInt(clean(words.get(i + 2))), MONTHS.get(clean(words.get(i + 1))),
            Integer.parseInt(w));
        return new Span(d, d, 3);
      }
    } catch (DateTimeException e) {
      return null; // "2031-02-30" is no day
    }
    return null;
  }

  private static String clean(String word) {
    return word.toLowerCase(Locale.ROOT).replaceAll("[.,;?!]+$", "");
  }
}
