package org.newsfacet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacet.ingest.RawArticle;
import org.newsfacet.model.Article;

/** Agency credits outside bylines and plain datelines, read through the public extractor. */
class CreditsTest {
  private static final Extractor EXTRACTOR = Extractor.standard();
  private static final String HEADLINE = "Ferry timetable extended into the winter\n\n";
  private static final String LEAD = "The harbour council of Lindholm voted on Monday to keep the island ferries"
      + " running until March.";

  private static Extraction extraction(String text) {
    return EXTRACTOR.extract(RawArticle.of("article.txt", text));
  }

  private static Article extract(String text) {
    return extraction(text).article();
  }

  // ---- sign-offs ----

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "(Kyodo)|Kyodo",
      "— dpa|dpa",
      "-- Xinhua|Xinhua",
      "/ANI/|ANI",
      "(IANS)|IANS",
      "(UNI)|UNI",
      "- AFP.|AFP",
  })
  void creditsAgencyFromSignOffLineAtTheEnd(String signOff, String agency) {
    Extraction e = extraction(HEADLINE + LEAD + "\n\nIslanders welcomed the decision.\n\n" + signOff + "\n");
    assertEquals(agency, e.article().agency());
    assertFalse(e.body().contains(signOff));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "(Kyodo)|Kyodo",
      "— dpa|dpa",
      "-- Xinhua|Xinhua",
      "/ANI/|ANI",
      "(IANS)|IANS",
  })
  void creditsAgencyFromSignOffClosingTheLastParagraph(String signOff, String agency) {
    String last = "Islanders welcomed the decision.";
    Extraction e = extraction(HEADLINE + LEAD + "\n\n" + last + " " + signOff + "\n");
    assertEquals(agency, e.article().agency());
    assertFalse(e.body().contains(signOff));
    assertTrue(e.body().contains(last));
  }

  @Test
  void acronymIntroducedInTheLastSentenceIsNoSignOff() {
    Article a = extract(HEADLINE + LEAD + "\n\nThe vote was first reported by the Kuwait News Agency (KUNA).\n");
    assertNull(a.agency());
  }

  @Test
  void signOffInTheMiddleOfTheTextIsNoCredit() {
    Article a = extract(HEADLINE + LEAD + " (Kyodo)\n\nIslanders welcomed the decision.\n\n"
        + "The first winter crossing is planned for December.\n\nTickets go on sale next week.\n");
    assertNull(a.agency());
  }

  @Test
  void outletSigningOffIsNoAgency() {
    Article a = extract(HEADLINE + LEAD + "\n\nIslanders welcomed the decision. (CNN)\n");
    assertNull(a.agency());
  }

  @Test
  void pictureCreditClosingTheLastParagraphCreditsNoAgency() {
    Article a = extract(HEADLINE + LEAD + "\n\nA ferry leaves the harbour at dawn. (Photo by Jane Roe / AFP)\n");
    assertNull(a.agency());
  }

  // ---- contributions ----

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "(With inputs from PTI)|PTI",
      "With inputs from IANS|IANS",
      "(With PTI inputs)|PTI",
      "(with inputs from PTI and ANI)|PTI",
  })
  void creditsAgencyFromInputsNote(String note, String agency) {
    Extraction e = extraction(HEADLINE + LEAD + "\n\n" + note + "\n");
    assertEquals(agency, e.article().agency());
    assertFalse(e.body().contains(note));
  }

  @Test
  void inputsNoteClosingTheLastParagraphCreditsItsAgency() {
    Article a = extract(HEADLINE + LEAD + " (With inputs from PTI)\n");
    assertEquals("PTI", a.agency());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"(with agency inputs)", "(With inputs from agencies)", "With inputs from our correspondents"})
  void inputsNoteNamingNoAgencyCreditsNothingAndIsNoBody(String note) {
    Extraction e = extraction(HEADLINE + LEAD + "\n\n" + note + "\n");
    assertNull(e.article().agency());
    assertFalse(e.body().contains(note));
  }

  @Test
  void datelineCreditWinsOverInputsNote() {
    Article a = extract("NEW DELHI (PTI) — " + LEAD + "\n\n(With inputs from IANS)\n");
    assertEquals("PTI", a.agency());
  }

  // ---- credit lines ----

  @Test
  void creditsAgencyThatAReportingCreditNames() {
    Article a = extract(HEADLINE + LEAD + "\n\n(Reporting by Jane Doe for Reuters; Editing by John Roe)\n");
    assertEquals("Reuters", a.agency());
    assertEquals(List.of("Jane Doe", "John Roe"), a.authors());
  }

  @Test
  void creditsAgencyWhoseReportsACompilerUsed() {
    Article a = extract(HEADLINE + LEAD + "\n\nCompiled by Jane Doe from AFP reports\n");
    assertEquals("AFP", a.agency());
    assertEquals(List.of("Jane Doe"), a.authors());
  }

  @Test
  void reportingCreditNamingOnlyPeopleCreditsNoAgency() {
    Article a = extract(HEADLINE + LEAD + "\n\n(Reporting by Jane Doe; Additional reporting by Ola Berg; Writing by John Roe)\n");
    assertNull(a.agency());
    assertEquals(List.of("Jane Doe", "Ola Berg", "John Roe"), a.authors());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The Associated Press contributed to this report.|AP",
      "Reuters writer Jane Doe in Oslo contributed reporting.|Reuters",
  })
  void creditsAgencyFromContributorLine(String line, String agency) {
    Extraction e = extraction(HEADLINE + LEAD + "\n\n" + line + "\n");
    assertEquals(agency, e.article().agency());
    assertFalse(e.body().contains("contributed"));
  }

  // ---- source lines ----

  @Test
  void creditsAgencyFromSourceLine() {
    Article a = extract(HEADLINE + LEAD + "\n\nSource: Xinhua\n");
    assertEquals("Xinhua", a.agency());
  }

  @Test
  void creditsAgencyFromSourceClosingTheLastParagraph() {
    Article a = extract(HEADLINE + LEAD + " Source: Kyodo News\n");
    assertEquals("Kyodo", a.agency());
  }

  @Test
  void sourceLineNamingNoAgencyCreditsNothing() {
    Article a = extract(HEADLINE + LEAD + "\n\nSource: Lindholm harbour council\n");
    assertNull(a.agency());
  }

  // ---- header strips ----

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', value = {
      "UNI |#UNI",
      "PTI | Updated: 04-03-2025 09:15 IST | Modified: 04-03-2025 10:40 IST#PTI",
      "Bernama | Kuala Lumpur#Bernama",
  })
  void creditsAgencyFromHeaderStrip(String strip, String agency) {
    Extraction e = extraction(HEADLINE + strip + "\n\n" + LEAD + "\n");
    assertEquals(agency, e.article().agency());
    assertFalse(e.body().contains(strip));
  }

  @Test
  void creditsAgencyFromItsNameBelowAStandfirst() {
    Article a = extract(HEADLINE
        + "Islanders had asked for a winter service for years, and the council listened.\n"
        + "Reuters\n"
        + "Share this story\n\n"
        + LEAD + "\n");
    assertEquals("Reuters", a.agency());
  }

  // ---- datelines ----

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', value = {
      "OSLO, Nov. 3 (Xinhua) —#Oslo#Xinhua",
      "Oslo, Nov 3 (dpa):#Oslo#dpa",
      "OSLO (EFE):#Oslo#EFE",
      "Oslo | UNI |#Oslo#UNI",
      "IANS, Oslo:#Oslo#IANS",
      "Oslo: PTI -#Oslo#PTI",
      "Oslo, Nov 3 /TASS/#Oslo#TASS",
      "Oslo, (APP - Harbour News Network - 3rd Nov, 2025)#Oslo#APP",
  })
  void readsDatelineCreditPunctuatedAnyWay(String dateline, String city, String agency) {
    Extraction e = extraction(dateline + " " + LEAD + "\n");
    assertEquals(city, e.article().dateline());
    assertEquals(agency, e.article().agency());
    assertTrue(e.body().contains(LEAD));
    assertFalse(e.body().contains(agency));
  }

  @Test
  void readsCreditAfterTheDayWithoutACity() {
    Article a = extract("Nov. 3 (UPI) — " + LEAD + "\n");
    assertEquals("UPI", a.agency());
    assertNull(a.dateline());
  }

  @Test
  void cityAndColonBeforeAnOrdinarySentenceCreditNoAgency() {
    Article a = extract("Oslo: Reuters Road will close for repairs, the harbour council said on Monday.\n");
    assertNull(a.agency());
  }

  // ---- lead sentences ----

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', value = {
      "Four ferries will sail through the winter, Xinhua reports.#Xinhua",
      "Four ferries will sail through the winter, Kyodo reported on Monday.#Kyodo",
      "Ukrinform reports that four ferries will sail through the winter.#Ukrinform",
  })
  void creditsAgencyWhoseCopyTheLeadSentenceSays(String lead, String agency) {
    Article a = extract(HEADLINE + lead + " Islanders welcomed the decision.\n");
    assertEquals(agency, a.agency());
  }

  @Test
  void agencyQualifiedInTheLeadIsCitedNotCredited() {
    Article a = extract(HEADLINE + "Four ferries will sail through the winter, the Yonhap news agency reported.\n");
    assertNull(a.agency());
  }

  @Test
  void agencyReportAfterTheLeadSentenceIsNoCredit() {
    Article a = extract(HEADLINE + LEAD + " Four ferries will sail through the winter, Xinhua reported.\n\n"
        + "AFP reported that islanders welcomed the decision.\n");
    assertNull(a.agency());
  }
}
