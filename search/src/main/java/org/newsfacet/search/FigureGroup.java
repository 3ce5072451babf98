package org.newsfacet.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The figures that share an outlet, an agency, a claimant, a day, a month, a week or a story.
 *
 * @param by what the figures are grouped by
 * @param key the outlet, agency, claimant, day (YYYY-MM-DD), month (YYYY-MM), ISO week (YYYY-Www, as
 *     2031-W09, the year the week's Thursday falls in) or story id (its original's article id); null
 *     for the figures that have none
 * @param figures the group's figures, newest first (its newest ones, as many as the request's limit)
 * @param total how many figures the group has in all (collapsed: each story's copies of a figure once)
 */
public record FigureGroup(GroupBy by, String key, List<FigureHit> figures, long total) {

  /** What figures can be grouped by. */
  public enum GroupBy {
    /** The outlet that published the article. */
    OUTLET,
    /** The agency credited for the article. */
    AGENCY,
    /** Who the article attributes the figure to. */
    CLAIMANT,
    /** The day the article was published. */
    DATE,
    /** The month the article was published in. */
    MONTH,
    /** The ISO week (Monday to Sunday) the article was published in. */
    WEEK,
    /** The story the article carries: its original and every copy and rewrite of it. */
    STORY
  }

  /** Validates and copies. */
  public FigureGroup {
    Objects.requireNonNull(by, "by");
    figures = List.copyOf(figures);
  }

  /**
   * True for the groupings by a span of time, a day, a month or a week, whose groups come newest
   * first rather than largest first.
   *
   * @param by a grouping
   * @return true for {@code DATE}, {@code MONTH} and {@code WEEK}
   */
  public static boolean byTime(GroupBy by) {
    return by == GroupBy.DATE || by == GroupBy.MONTH || by == GroupBy.WEEK;
  }

  /**
   * The key of the day, month or week a publication day falls in: every engine files a figure under
   * it, so the keys sort newest last as text and the same figures share a key in each.
   *
   * @param by {@code DATE}, {@code MONTH} or {@code WEEK}
   * @param day a publication day
   * @return 2031-03-04, 2031-03 or 2031-W10
   */
  public static String timeKey(GroupBy by, LocalDate day) {
    return switch (by) {
      case DATE -> day.toString();
      case MONTH -> YearMonth.from(day).toString();
      case WEEK -> String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
          day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      default -> throw new IllegalArgumentException(by + " is no span of time");
    };
  }

  /**
   * The first day of the day, month or week a publication day falls in.
   *
   * @param by {@code DATE}, {@code MONTH} or {@code WEEK}
   * @param day a publication day
   * @return the day itself, the month's first day, or the week's Monday
   */
  public static LocalDate timeStart(GroupBy by, LocalDate day) {
    return switch (by) {
      case DATE -> day;
      case MONTH -> day.withDayOfMonth(1);
      case WEEK -> day.with(DayOfWeek.MONDAY);
      default -> throw new IllegalArgumentException(by + " is no span of time");
    };
  }

  /**
   * The last day of the day, month or week a publication day falls in.
   *
   * @param by {@code DATE}, {@code MONTH} or {@code WEEK}
   * @param day a publication day
   * @return the day itself, the month's last day, or the week's Sunday
   */
  public static LocalDate timeEnd(GroupBy by, LocalDate day) {
    return switch (by) {
      case DATE -> day;
      case MONTH -> YearMonth.from(day).atEndOfMonth();
      case WEEK -> day.with(DayOfWeek.SUNDAY);
      default -> throw new IllegalArgumentException(by + " is no span of time");
    };
  }

  /**
   * Figures grouped by their publication day, in the order the days first come, the undated ones
   * last: every engine's comparison by date.
   *
   * @param hits figures, newest first
   * @return one group a day, each counting its figures, and one without a key for the undated
   */
  public static List<FigureGroup> byDay(List<FigureHit> hits) {
    Map<String, List<FigureHit>> groups = new LinkedHashMap<>();
    List<FigureHit> none = new ArrayList<>();
    for (FigureHit hit : hits) {
      if (hit.published() == null) {
        none.add(hit);
      } else {
        groups.computeIfAbsent(hit.published().toString(), k -> new ArrayList<>()).add(hit);
      }
    }
    List<FigureGroup> out = new ArrayList<>();
    groups.forEach((day, list) -> out.add(new FigureGroup(GroupBy.DATE, day, list, list.size())));
    if (!none.isEmpty()) {
      out.add(new FigureGroup(GroupBy.DATE, null, none, none.size()));
    }
    return out;
  }
}
