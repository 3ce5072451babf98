package org.newsfacet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The keys and spans of the groupings by day, month and ISO week. */
class FigureGroupTest {
  @Test
  void aWeekIsKeyedByItsIsoYearAndNumberFromMondayToSunday() {
    LocalDate newYearsEve = LocalDate.of(2024, 12, 31); // a Tuesday: its week's Thursday is in 2025
    assertEquals("2025-W01", FigureGroup.timeKey(FigureGroup.GroupBy.WEEK, newYearsEve));
    assertEquals(LocalDate.of(2024, 12, 30), FigureGroup.timeStart(FigureGroup.GroupBy.WEEK, newYearsEve));
    assertEquals(LocalDate.of(2025, 1, 5), FigureGroup.timeEnd(FigureGroup.GroupBy.WEEK, newYearsEve));
    assertEquals("2020-W53", FigureGroup.timeKey(FigureGroup.GroupBy.WEEK, LocalDate.of(2021, 1, 3)));
    assertEquals("2024-W09", FigureGroup.timeKey(FigureGroup.GroupBy.WEEK, LocalDate.of(2024, 2, 29)));
  }

  @Test
  void aMonthIsKeyedByYearAndMonthFromItsFirstDayToItsLast() {
    LocalDate leapDay = LocalDate.of(2024, 2, 29);
    assertEquals("2024-02", FigureGroup.timeKey(FigureGroup.GroupBy.MONTH, leapDay));
    assertEquals(LocalDate.of(2024, 2, 1), FigureGroup.timeStart(FigureGroup.GroupBy.MONTH, leapDay));
    assertEquals(leapDay, FigureGroup.timeEnd(FigureGroup.GroupBy.MONTH, LocalDate.of(2024, 2, 3)));
    assertEquals("2024-02-29", FigureGroup.timeKey(FigureGroup.GroupBy.DATE, leapDay));
  }

  @Test
  void aGroupingThatIsNoSpanOfTimeHasNoTimeKey() {
    assertThrows(IllegalArgumentException.class, () -> FigureGroup.timeKey(FigureGroup.GroupBy.OUTLET, LocalDate.of(2024, 1, 1)));
  }
}
