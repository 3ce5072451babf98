package org.newsfacet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as metadata, header lines and urls write them. */
class DatesTest {

  // ---- metadata values ----

  @Test
  void parsesIsoDate() {
    assertEquals(LocalDate.of(2024, 10, 17), Dates.parseMetadataDate("2024-10-17"));
  }

  @Test
  void parsesIsoTimestampInUtc() {
    assertEquals(LocalDate.of(2024, 10, 17), Dates.parseMetadataDate("2024-10-17T23:30:00Z"));
  }

  @Test
  void keepsTheWrittenDateOfTimestampWithNegativeOffset() {
    // 21:15 at -05:00 is already the next day in UTC; the publisher's own day counts.
    assertEquals(LocalDate.of(2024, 9, 23), Dates.parseMetadataDate("2024-09-23T21:15:00-05:00"));
  }

  @Test
  void keepsTheWrittenDateOfTimestampWithPositiveOffset() {
    assertEquals(LocalDate.of(2025, 6, 2), Dates.parseMetadataDate("2025-06-02T01:05:00+09:00"));
  }

  @Test
  void parsesTimestampWithFractionalSeconds() {
    assertEquals(LocalDate.of(2024, 3, 8), Dates.parseMetadataDate("2024-03-08T07:45:12.123+01:00"));
  }

  @Test
  void parsesRfc1123Date() {
    assertEquals(LocalDate.of(2024, 10, 17), Dates.parseMetadataDate("Thu, 17 Oct 2024 10:00:00 GMT"));
  }

  @Test
  void parsesMonthDayYearWithAbbreviatedMonth() {
    assertEquals(LocalDate.of(2024, 11, 4), Dates.parseMetadataDate("Nov 4, 2024"));
  }

  @Test
  void parsesDayMonthYear() {
    assertEquals(LocalDate.of(2024, 10, 17), Dates.parseMetadataDate("17 October 2024"));
  }

  @Test
  void ignoresSurroundingWhitespace() {
    assertEquals(LocalDate.of(2024, 10, 17), Dates.parseMetadataDate("  2024-10-17\n"));
  }

  @Test
  void slashDateThatCouldBeEitherOrderGivesNoDate() {
    assertNull(Dates.parseMetadataDate("10/11/2024"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "yesterday", "soon after the vote", "not-a-date", "2024", "Q3 2024"})
  void garbageGivesNoDate(String value) {
    assertNull(Dates.parseMetadataDate(value));
  }

  @Test
  void nullGivesNoDate() {
    assertNull(Dates.parseMetadataDate(null));
  }

  @Test
  void impossibleCalendarDateGivesNoDate() {
    assertNull(Dates.parseMetadataDate("2024-02-30"));
  }

  @Test
  void impossibleMonthGivesNoDate() {
    assertNull(Dates.parseMetadataDate("2024-13-01"));
  }

  @Test
  void monthAndDayWithoutYearGiveNoDate() {
    assertNull(Dates.parseMetadataDate("Nov. 4"));
  }

  // ---- header lines ----

  @Test
  void headerLineReadsLabelledPublicationDate() {
    Dates.HeaderDate d = Dates.headerLine("Published: October 17, 2024");
    assertNotNull(d);
    assertEquals(LocalDate.of(2024, 10, 17), d.date());
    assertFalse(d.updated());
  }

  @Test
  void headerLineMarksUpdatedDate() {
    Dates.HeaderDate d = Dates.headerLine("Updated 17 October 2024, 10:50 CET");
    assertNotNull(d);
    assertEquals(LocalDate.of(2024, 10, 17), d.date());
    assertTrue(d.updated());
  }

  @Test
  void headerLineReadsWeekdayDateAndTime() {
    Dates.HeaderDate d = Dates.headerLine("Fri 19 Jul 2024 14.32 BST");
    assertNotNull(d);
    assertEquals(LocalDate.of(2024, 7, 19), d.date());
  }

  @Test
  void headerLineReadsDateWithTimeAndZoneAfterAt() {
    Dates.HeaderDate d = Dates.headerLine("December 20, 2024 at 10:50 JST");
    assertNotNull(d);
    assertEquals(LocalDate.of(2024, 12, 20), d.date());
  }

  @Test
  void headerLineRejectsSentenceThatContainsADate() {
    assertNull(Dates.headerLine("The council met on October 17, 2024 to vote on the ferry budget."));
  }

  @Test
  void headerLineRejectsDateFollowedByText() {
    assertNull(Dates.headerLine("17 October 2024 was the day the bridge opened"));
  }

  @Test
  void headerLineRejectsMonthAndDayWithoutYear() {
    assertNull(Dates.headerLine("Thursday, October 17"));
  }

  // ---- urls ----

  @Test
  void readsDateFromUrlPath() {
    assertEquals(LocalDate.of(2024, 10, 17),
        Dates.inUrl("https://www.lindholm-courier.example/news/2024/10/17/ferry-timetable"));
  }

  @Test
  void urlWithoutDatedPathGivesNoDate() {
    assertNull(Dates.inUrl("https://www.lindholm-courier.example/news/ferry-timetable-2024"));
  }

  @Test
  void urlWithImpossibleDateGivesNoDate() {
    assertNull(Dates.inUrl("https://www.lindholm-courier.example/2024/02/31/ferry"));
  }

  @Test
  void nullUrlGivesNoDate() {
    assertNull(Dates.inUrl(null));
  }

  @Test
  void readsATimeBeforeTheDateInAHeaderLine() {
    Dates.HeaderDate d = Dates.headerLine("Updated 10:50 AM EDT, Thu October 17, 2024");
    assertNotNull(d);
    assertEquals(LocalDate.of(2024, 10, 17), d.date());
    assertTrue(d.updated());
  }

  @Test
  void readsDayFirstDatesWithDots() {
    assertEquals(LocalDate.of(2024, 10, 17), Dates.headerLine("17.10.2024 08:15").date());
  }

  @Test
  void readsSlashedDatesOnlyWhenOnePartCannotBeTheMonth() {
    assertEquals(LocalDate.of(2024, 10, 17), Dates.parseMetadataDate("17/10/2024"));
    assertEquals(LocalDate.of(2024, 10, 17), Dates.parseMetadataDate("10/17/2024"));
    assertNull(Dates.parseMetadataDate("10/11/2024"));
  }
}
