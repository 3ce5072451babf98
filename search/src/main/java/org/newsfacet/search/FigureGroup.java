package org.newsfacet.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The figures that share an outlet, an agency, a claimant, a day or a story.
 *
 * @param by what the figures are grouped by
 * @param key the outlet, agency, claimant, day (YYYY-MM-DD) or story id (its original's article id);
 *     null for the figures that have none
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
    /** The story the article carries: its original and every copy and rewrite of it. */
    STORY
  }

  /** Validates and copies. */
  public FigureGroup {
    Objects.requireNonNull(by, "by");
    figures = List.copyOf(figures);
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
