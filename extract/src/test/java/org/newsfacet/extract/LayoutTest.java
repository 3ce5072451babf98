package org.newsfacet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacet.ingest.Given;
import org.newsfacet.ingest.RawArticle;
import org.newsfacet.model.Article;

/** The layout of plain-text articles, read through the public extractor. */
class LayoutTest {
  private static final Extractor EXTRACTOR = Extractor.standard();

  private static Extraction extraction(String text) {
    return EXTRACTOR.extract(RawArticle.of("article.txt", text));
  }

  private static Article extract(String text) {
    return extraction(text).article();
  }

  // ---- publication dates ----

  @Test
  void readsPublicationDateFromLeadingDateMarker() {
    Article a = extract("date 2024-10-17\n"
        + "The harbour council of Lindholm voted to extend the ferry timetable into the winter.\n");
    assertEquals(LocalDate.of(2024, 10, 17), a.published());
  }

  @Test
  void dateMarkerIsNotPartOfTheBody() {
    String text = "date 2024-10-17 The harbour council of Lindholm voted to extend the ferry timetable.\n";
    Extraction e = extraction(text);
    assertEquals(LocalDate.of(2024, 10, 17), e.article().published());
    assertFalse(e.body().contains("2024-10-17"));
    int at = text.indexOf("The harbour council");
    assertEquals(at, e.body().indexOf("The harbour council"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "October 17, 2024|2024-10-17",
      "Nov. 4, 2024|2024-11-04",
      "December 20, 2024 at 10:50 JST|2024-12-20",
      "17 October 2024|2024-10-17",
      "2025-06-02T14:05:00+02:00|2025-06-02",
      "Fri 19 Jul 2024 14.32 BST|2024-07-19",
      "Published: October 17, 2024|2024-10-17",
  })
  void readsPublicationDateFromHeaderLine(String dateLine, String expected) {
    Article a = extract("Ferry timetable extended into the winter\n"
        + dateLine + "\n\n"
        + "The harbour council of Lindholm voted to keep the island ferries running until March.\n");
    assertEquals(LocalDate.parse(expected), a.published());
    assertEquals("Ferry timetable extended into the winter", a.title());
  }

  @Test
  void headerDateLineIsNotPartOfTheBody() {
    String text = "Ferry timetable extended into the winter\n"
        + "Fri 19 Jul 2024 14.32 BST\n\n"
        + "The harbour council of Lindholm voted to keep the island ferries running until March.\n";
    Extraction e = extraction(text);
    assertFalse(e.body().contains("14.32"));
    assertFalse(e.body().contains("Ferry timetable extended"));
  }

  @Test
  void publishedLineWinsOverUpdatedLine() {
    Article a = extract("Ferry timetable extended into the winter\n"
        + "Updated: November 5, 2024\n"
        + "Published: November 4, 2024\n\n"
        + "The harbour council of Lindholm voted to keep the island ferries running until March.\n");
    assertEquals(LocalDate.of(2024, 11, 4), a.published());
  }

  @Test
  void updatedLineAloneStillGivesTheDate() {
    Article a = extract("Ferry timetable extended into the winter\n"
        + "Updated 5 November 2024\n\n"
        + "The harbour council of Lindholm voted to keep the island ferries running until March.\n");
    assertEquals(LocalDate.of(2024, 11, 5), a.published());
  }

  @Test
  void weekdayInBodyIsNoPublicationDate() {
    Article a = extract("Ferry timetable extended into the winter\n\n"
        + "The harbour council of Lindholm voted on Thursday to keep the island ferries running.\n"
        + "A second vote is planned for next Tuesday.\n");
    assertNull(a.published());
  }

  @Test
  void datelineMonthAndDayWithoutYearGiveNoDate() {
    Article a = extract("SEOUL, Nov. 4 (Yonhap) -- The coast guard of the southern islands"
        + " rescued eleven fishermen from a drifting trawler.\n");
    assertNull(a.published());
    assertEquals("Seoul", a.dateline());
  }

  @Test
  void datelineDateWithYearGivesTheDate() {
    Article a = extract("KYIV, Nov. 4, 2024 (Ukrinform) -- The regional council of Varnivka"
        + " approved a new water pipeline.\n");
    assertEquals(LocalDate.of(2024, 11, 4), a.published());
    assertEquals("Kyiv", a.dateline());
    assertEquals("Ukrinform", a.agency());
  }

  @Test
  void readsDateFromUrlPathWhenNothingElseGivesOne() {
    Article a = extract("Ferry timetable extended into the winter\n\n"
        + "The harbour council of Lindholm voted to keep the island ferries running until March.\n\n"
        + "Original url:\nhttps://www.lindholm-courier.example/news/2024/10/17/ferry-timetable\n");
    assertEquals(LocalDate.of(2024, 10, 17), a.published());
  }

  @Test
  void headerDateWinsOverUrlDate() {
    Article a = extract("Ferry timetable extended into the winter\n"
        + "October 18, 2024\n\n"
        + "The harbour council of Lindholm voted to keep the island ferries running until March.\n\n"
        + "Original url:\nhttps://www.lindholm-courier.example/news/2024/10/17/ferry-timetable\n");
    assertEquals(LocalDate.of(2024, 10, 18), a.published());
  }

  // ---- datelines ----

  @Test
  void readsDatelineCityWithRegionAndAgency() {
    Article a = extract("Ministers agree on fishing quotas\n\n"
        + "BRUSSELS, Belgium (AFP) — Fisheries ministers agreed on Tuesday to cut the cod quota"
        + " in the northern sea by a fifth.\n");
    assertEquals("Brussels", a.dateline());
    assertEquals("AFP", a.agency());
  }

  @Test
  void readsDatelineWithSingleHyphen() {
    Article a = extract("KYIV (Reuters) - The regional council of Varnivka approved a new water pipeline"
        + " on Monday.\n");
    assertEquals("Kyiv", a.dateline());
    assertEquals("Reuters", a.agency());
  }

  @Test
  void readsDatelineWithMonthDayAndDoubleHyphen() {
    Article a = extract("SEOUL, Nov. 4 (Yonhap) -- The coast guard of the southern islands"
        + " rescued eleven fishermen from a drifting trawler.\n");
    assertEquals("Seoul", a.dateline());
    assertEquals("Yonhap", a.agency());
  }

  @Test
  void readsMixedCaseDatelineWithoutDash() {
    Article a = extract("New Delhi, Jan 5 (PTI) The state electricity board of Haripur announced"
        + " a new solar park on Sunday.\n");
    assertEquals("New Delhi", a.dateline());
    assertEquals("PTI", a.agency());
  }

  @Test
  void readsDatelineWithEmDash() {
    Article a = extract("WASHINGTON (AP) — A committee of the city council delayed a vote on the"
        + " new bus lanes until the spring.\n");
    assertEquals("Washington", a.dateline());
    assertEquals("AP", a.agency());
  }

  @Test
  void readsDatelineWithoutAgency() {
    Article a = extract("PARIS — The museum of river boats reopened on Saturday after two years"
        + " of repairs.\n");
    assertEquals("Paris", a.dateline());
    assertNull(a.agency());
    assertNull(a.outlet());
  }

  @Test
  void titleCasesDatelineWithAbbreviation() {
    Article a = extract("ST. PETERSBURG, Russia (AP) — The city opened a new tram line along the"
        + " northern embankment on Friday.\n");
    assertEquals("St. Petersburg", a.dateline());
    assertEquals("AP", a.agency());
  }

  @Test
  void titleCasesDatelineKeepingParticlesLowerCase() {
    Article a = extract("RIO DE JANEIRO (Reuters) - Samba schools on the northern hills rehearsed"
        + " late into the night on Saturday.\n");
    assertEquals("Rio de Janeiro", a.dateline());
    assertEquals("Reuters", a.agency());
  }

  @Test
  void bodyOpeningWithOrdinarySentenceHasNoDateline() {
    Article a = extract("The ferry to Lindholm was cancelled on Monday after a storm damaged the pier."
        + " Repairs are expected to take a week.\n");
    assertNull(a.dateline());
    assertNull(a.agency());
  }

  @Test
  void datelineIsNotPartOfTheBody() {
    String text = "KYIV (Reuters) - The regional council of Varnivka approved a new water pipeline.\n";
    Extraction e = extraction(text);
    assertFalse(e.body().contains("Reuters"));
    assertEquals(text.indexOf("The regional council"), e.body().indexOf("The regional council"));
  }

  // ---- agency credits ----

  @Test
  void creditsAgencyFromDatelineParenthesesAsOutletWithoutUrl() {
    Article a = extract("WASHINGTON (AP) — A committee of the city council delayed a vote on the"
        + " new bus lanes until the spring.\n");
    assertEquals("AP", a.agency());
    assertEquals("AP", a.outlet());
  }

  @Test
  void creditsAgencyFromByline() {
    Article a = extract("Storm closes ferry port for two days\n"
        + "By AFP\n\n"
        + "The port of Lindholm closed on Monday as winds of more than a hundred kilometres an hour"
        + " swept the coast.\n");
    assertEquals("AFP", a.agency());
    assertEquals(List.of(), a.authors());
    assertNull(a.outlet());
  }

  @Test
  void creditsAgencyFromLoneHeaderLine() {
    Article a = extract("REUTERS\n\n"
        + "The port of Lindholm closed on Monday as strong winds swept the coast.\n");
    assertEquals("Reuters", a.agency());
  }

  @Test
  void creditsAgencyFromAggregatorPrefix() {
    Article a = extract("(MENAFN- UkrinForm) The regional council of Varnivka approved a new water"
        + " pipeline on Monday.\n");
    assertEquals("Ukrinform", a.agency());
  }

  @Test
  void creditsAgencyFromSignOffLine() {
    Article a = extract("Storm closes ferry port for two days\n\n"
        + "The port of Lindholm closed on Monday as strong winds swept the coast.\n"
        + "Ferries are expected to sail again on Wednesday.\n\n"
        + "— AFP\n");
    assertEquals("AFP", a.agency());
  }

  @Test
  void creditsAgencyFromTrailingDeskCode() {
    String text = "New Delhi solar park plan announced\n\n"
        + "The state electricity board of Haripur announced a new solar park on Sunday.\n"
        + "Work on the site will start in the spring. PTI NSR VN RT\n";
    Extraction e = extraction(text);
    assertEquals("PTI", e.article().agency());
    assertFalse(e.body().contains("NSR VN RT"));
    assertTrue(e.body().contains("Work on the site will start in the spring."));
  }

  @Test
  void photoCreditLineCreditsNoAgency() {
    String text = "Rocket test draws protests\n\n"
        + "A rocket stands on a launch pad near the coast in this undated picture.\n"
        + "KCNA VIA KNS / AFP\n\n"
        + "Neighbouring governments protested on Monday after the launch of a long-range rocket.\n";
    Extraction e = extraction(text);
    assertNull(e.article().agency());
    assertNull(e.article().outlet());
    assertFalse(e.body().contains("KCNA VIA KNS"));
  }

  @Test
  void photoByCreditCreditsNoAgency() {
    String text = "Rocket test draws protests\n\n"
        + "(Photo by Jane Roe / AFP)\n\n"
        + "Neighbouring governments protested on Monday after the launch of a long-range rocket.\n";
    Extraction e = extraction(text);
    assertNull(e.article().agency());
    assertFalse(e.body().contains("Jane Roe"));
    assertEquals(List.of(), e.article().authors());
  }

  @Test
  void captionEndingInViaCreditCreditsNoAgency() {
    String text = "Reservoir opens outside the capital\n\n"
        + "Neighbouring governments protested on Monday after the opening of a dam on a shared river.\n\n"
        + "Workers inspect a new reservoir outside the capital in this undated picture. (KCNA via REUTERS)\n\n"
        + "The dam will hold water for three provinces, officials said.\n";
    Extraction e = extraction(text);
    assertNull(e.article().agency());
    assertFalse(e.body().contains("KCNA via REUTERS"));
    assertFalse(e.body().contains("Workers inspect a new reservoir"));
  }

  @Test
  void agencyMentionedInBodyIsNoCredit() {
    Article a = extract("Ferry timetable extended into the winter\n\n"
        + "The harbour council of Lindholm voted to keep the island ferries running, according to Reuters.\n"
        + "The decision was welcomed by islanders.\n");
    assertNull(a.agency());
  }

  // ---- titles ----

  @Test
  void shortFirstLineFollowedByBodyIsTheTitle() {
    Article a = extract("Ferry timetable extended into the winter\n\n"
        + "The harbour council of Lindholm voted to keep the island ferries running until March.\n");
    assertEquals("Ferry timetable extended into the winter", a.title());
  }

  @Test
  void longFirstSentenceEndingInPeriodIsNoTitle() {
    Article a = extract("The harbour council of Lindholm voted on Monday to keep the island ferries"
        + " running until March.\n"
        + "The decision was welcomed by islanders, who had feared a winter without boats.\n");
    assertNull(a.title());
  }

  @Test
  void givenTitleWinsOverFirstLine() {
    Given given = new Given(null, null, "Island ferries will sail all winter", null, null, null, null, List.of());
    Article a = EXTRACTOR.extract(new RawArticle("a.jsonl#1",
        "Ferry timetable extended into the winter\n\n"
            + "The harbour council of Lindholm voted to keep the island ferries running until March.\n",
        given)).article();
    assertEquals("Island ferries will sail all winter", a.title());
  }

  @Test
  void titleLineIsNotPartOfTheBody() {
    String text = "Ferry timetable extended into the winter\n\n"
        + "The harbour council of Lindholm voted to keep the island ferries running until March.\n";
    Extraction e = extraction(text);
    assertFalse(e.body().contains("Ferry timetable"));
  }

  // ---- authors ----

  @Test
  void readsTwoAuthorsJoinedByAnd() {
    Article a = extract("Storm closes ferry port for two days\n"
        + "By Maria Lopez and Tom Becker\n\n"
        + "The port of Lindholm closed on Monday as strong winds swept the coast.\n");
    assertEquals(List.of("Maria Lopez", "Tom Becker"), a.authors());
    assertNull(a.agency());
  }

  @Test
  void splitsUpperCaseBylineFromAgencyWithoutComma() {
    Article a = extract("Storm closes ferry port for two days\n"
        + "By MARCUS ELLINGTON Associated Press\n\n"
        + "The port of Lindholm closed on Monday as strong winds swept the coast.\n");
    assertEquals(List.of("Marcus Ellington"), a.authors());
    assertEquals("AP", a.agency());
  }

  @Test
  void splitsBylineFromAgencyAfterComma() {
    Article a = extract("Storm closes ferry port for two days\n"
        + "By Ana Ruiz, Reuters\n\n"
        + "The port of Lindholm closed on Monday as strong winds swept the coast.\n");
    assertEquals(List.of("Ana Ruiz"), a.authors());
    assertEquals("Reuters", a.agency());
  }

  @Test
  void readsReportingCreditsWithoutPlaces() {
    String text = "KYIV (Reuters) - The regional council of Varnivka approved a new water pipeline.\n\n"
        + "Work will begin in the spring, the council said.\n\n"
        + "(Reporting by Oksana Hrytsenko in Kyiv; Additional reporting by Pavel Doran;"
        + " Editing by Lena Marsh and Hugo Brandt)\n";
    Extraction e = extraction(text);
    assertEquals(List.of("Oksana Hrytsenko", "Pavel Doran", "Lena Marsh", "Hugo Brandt"), e.article().authors());
    assertFalse(e.body().contains("Reporting by"));
    assertFalse(e.body().contains("Hugo Brandt"));
  }

  @Test
  void surnameThatIsAlsoAPapersNameStaysAnAuthor() {
    Article a = extract("Storm closes ferry port for two days\n"
        + "By Jane Stern\n\n"
        + "The port of Lindholm closed on Monday as strong winds swept the coast.\n");
    assertEquals(List.of("Jane Stern"), a.authors());
    assertNull(a.agency());
    assertNull(a.outlet());
  }

  @Test
  void bylineLineIsNotPartOfTheBody() {
    String text = "Storm closes ferry port for two days\n"
        + "By Maria Lopez and Tom Becker\n\n"
        + "The port of Lindholm closed on Monday as strong winds swept the coast.\n";
    Extraction e = extraction(text);
    assertFalse(e.body().contains("Maria Lopez"));
  }

  // ---- url and outlet ----

  @Test
  void readsUrlOnLineAfterOriginalUrlLabelAndOutletFromRegistry() {
    Article a = extract("Ferry timetable extended into the winter\n\n"
        + "The harbour council of Lindholm voted to keep the island ferries running until March.\n\n"
        + "Original url:\n"
        + "https://www.theguardian.com/world/2024/oct/17/lindholm-ferry-timetable\n");
    assertEquals("https://www.theguardian.com/world/2024/oct/17/lindholm-ferry-timetable", a.url());
    assertEquals("The Guardian", a.outlet());
  }

  @Test
  void readsUrlOnSameLineAsOriginalUrlLabel() {
    Article a = extract("Ferry timetable extended into the winter\n\n"
        + "The harbour council of Lindholm voted to keep the island ferries running until March.\n\n"
        + "Original url: https://edition.cnn.com/2024/10/17/world/lindholm-ferry\n");
    assertEquals("https://edition.cnn.com/2024/10/17/world/lindholm-ferry", a.url());
    assertEquals("CNN", a.outlet());
  }

  @Test
  void unknownDomainGivesRegistrableDomainAsOutlet() {
    Article a = extract("Ferry timetable extended into the winter\n\n"
        + "The harbour council of Lindholm voted to keep the island ferries running until March.\n\n"
        + "Original url:\nhttps://news.example-harbour.co.uk/x\n");
    assertEquals("https://news.example-harbour.co.uk/x", a.url());
    assertEquals("example-harbour.co.uk", a.outlet());
  }

  @Test
  void urlOutletWinsOverDatelineAgency() {
    Article a = extract("KYIV (Reuters) - The regional council of Varnivka approved a new water pipeline.\n\n"
        + "Original url:\nhttps://www.theguardian.com/world/2024/nov/04/varnivka-pipeline\n");
    assertEquals("The Guardian", a.outlet());
    assertEquals("Reuters", a.agency());
  }

  @Test
  void givenMetadataWinsOverText() {
    String text = "Ferry timetable extended into the winter\n"
        + "October 17, 2024\n\n"
        + "KYIV (Reuters) - The harbour council voted to keep the island ferries running until March.\n\n"
        + "Original url:\nhttps://www.theguardian.com/world/2024/oct/17/lindholm-ferry-timetable\n";
    Given given = new Given("rec-7", "https://lindholm-courier.example/ferries", "Island ferries will sail all winter",
        LocalDate.of(2024, 10, 20), "Lindholm Courier", "Agence France-Presse", null, List.of());
    Article a = EXTRACTOR.extract(new RawArticle("feed.jsonl#3", text, given)).article();
    assertEquals("rec-7", a.id());
    assertEquals("feed.jsonl#3", a.source());
    assertEquals("https://lindholm-courier.example/ferries", a.url());
    assertEquals("Island ferries will sail all winter", a.title());
    assertEquals(LocalDate.of(2024, 10, 20), a.published());
    assertEquals("Lindholm Courier", a.outlet());
    assertEquals("AFP", a.agency());
  }

  @Test
  void givenOutletIsCanonicalised() {
    Given given = new Given(null, null, null, null, "the guardian", null, null, List.of());
    Article a = EXTRACTOR.extract(new RawArticle("feed.jsonl#1",
        "The harbour council of Lindholm voted to keep the island ferries running until March.\n", given)).article();
    assertEquals("The Guardian", a.outlet());
  }

  @Test
  void dateMarkerAfterByteOrderMarkIsRead() {
    Article a = extract("\uFEFFdate 2024-10-17\n"
        + "The harbour council of Lindholm voted to extend the ferry timetable into the winter.\n");
    assertEquals(LocalDate.of(2024, 10, 17), a.published());
  }

  @Test
  void bodySentenceOpeningWithByIsNoByline() {
    String text = "Ferry timetable extended into the winter\n\n"
        + "By a vote of nine to two, the harbour council of Lindholm kept the island ferries running.\n"
        + "Islanders cheered the decision.\n";
    Extraction e = extraction(text);
    assertEquals(List.of(), e.article().authors());
    String first = "By a vote of nine to two";
    assertEquals(text.indexOf(first), e.body().indexOf(first), "the first body sentence was blanked");
  }

  @Test
  void firstSentenceEndingInQuotationIsNoTitle() {
    String text = "The mayor of Lindholm told reporters on Monday that the council would not let the islands"
        + " down: \"We will keep the ferries running all winter.\"\n"
        + "Islanders cheered the decision.\n";
    Extraction e = extraction(text);
    assertNull(e.article().title());
    String first = "The mayor of Lindholm told reporters";
    assertEquals(text.indexOf(first), e.body().indexOf(first));
  }

  @Test
  void shortBodyParagraphMentioningImagesIsNoCaption() {
    String text = "Ferry timetable extended into the winter\n\n"
        + "The council of Lindholm approved the winter timetable on Monday after a long debate.\n\n"
        + "The council published images of the new pier on Monday.\n\n"
        + "Work on the pier starts in March.\n";
    Extraction e = extraction(text);
    String para = "The council published images of the new pier on Monday.";
    assertEquals(text.indexOf(para), e.body().indexOf(para), "a body paragraph was blanked as a caption");
  }

  @Test
  void headlineOpeningWithCopyrightIsTheTitle() {
    Article a = extract("Copyright reform passes in Varnholm\n\n"
        + "The parliament of Varnholm approved the reform of authors' rights on Monday.\n");
    assertEquals("Copyright reform passes in Varnholm", a.title());
  }

  @Test
  void bodyParagraphOpeningWithCopyrightIsNoCopyrightNotice() {
    String text = "Parliament passes reform of authors' rights\n\n"
        + "The parliament of Varnholm approved the reform on Monday.\n\n"
        + "Copyright holders will be paid twice a year under the new law.\n\n"
        + "The law takes effect in March.\n";
    Extraction e = extraction(text);
    String para = "Copyright holders will be paid twice a year";
    assertEquals(text.indexOf(para), e.body().indexOf(para), "a body paragraph was blanked as a copyright line");
  }

  @Test
  void copyrightNoticeAtTheEndIsBlanked() {
    String text = "Ferry timetable extended into the winter\n\n"
        + "The harbour council of Lindholm voted to keep the island ferries running until March.\n\n"
        + "\u00a9 2024 Lindholm Courier. All rights reserved.\n";
    Extraction e = extraction(text);
    assertFalse(e.body().contains("All rights reserved"));
  }

  // ---- the body ----

  @Test
  void bodyBlanksHeaderFurnitureAndKeepsOffsets() {
    String text = "Rocket test draws protests\n"
        + "By Maria Lopez\n"
        + "October 17, 2024\n\n"
        + "Neighbouring governments protested on Monday after the launch of a long-range rocket.\n\n"
        + "Related article: Coastal towns prepare for storm season\n\n"
        + "A rocket stands on a launch pad near the coast in this undated picture.\n"
        + "KCNA VIA KNS / AFP\n\n"
        + "The launch was the third this year, officials in the capital said.\n\n"
        + "Original url:\n"
        + "https://news.example-harbour.co.uk/2024/10/17/rocket\n";
    Extraction e = extraction(text);
    String body = e.body();
    assertEquals(text.length(), body.length());
    for (String gone : List.of("Rocket test draws protests", "Maria Lopez", "October 17, 2024",
        "Related article", "Coastal towns prepare", "A rocket stands", "KCNA VIA KNS", "Original url",
        "example-harbour")) {
      assertFalse(body.contains(gone), () -> "body still contains: " + gone);
    }
    String first = "Neighbouring governments protested on Monday";
    assertEquals(text.indexOf(first), body.indexOf(first));
    String later = "The launch was the third this year";
    assertEquals(text.indexOf(later), body.indexOf(later));
    assertEquals(text.chars().filter(c -> c == '\n').count(), body.chars().filter(c -> c == '\n').count());
  }

  @Test
  void crlfLineEndsGiveTheSameRecordAsLf() {
    String lf = "Storm closes ferry port for two days\n"
        + "By Maria Lopez and Tom Becker\n"
        + "Nov. 4, 2024\n\n"
        + "WASHINGTON (AP) — The port of Lindholm closed on Monday as strong winds swept the coast.\n\n"
        + "Original url:\nhttps://www.theguardian.com/world/2024/nov/04/lindholm-port\n";
    String crlf = lf.replace("\n", "\r\n");
    Extraction a = extraction(lf);
    Extraction b = extraction(crlf);
    assertEquals(a.article(), b.article());
    assertEquals(crlf.length(), b.body().length());
    assertEquals(a.body(), b.body().replace("\r", ""));
    assertEquals("Storm closes ferry port for two days", b.article().title());
  }

  @Test
  void leadingByteOrderMarkGivesTheSameRecord() {
    String plain = "Storm closes ferry port for two days\n"
        + "By Maria Lopez and Tom Becker\n"
        + "Nov. 4, 2024\n\n"
        + "WASHINGTON (AP) — The port of Lindholm closed on Monday as strong winds swept the coast.\n";
    String bom = "\uFEFF" + plain;
    Extraction a = extraction(plain);
    Extraction b = extraction(bom);
    assertEquals(a.article(), b.article());
    assertEquals(bom.length(), b.body().length());
    String first = "The port of Lindholm";
    assertEquals(bom.indexOf(first), b.body().indexOf(first));
  }

  @Test
  void byteOrderMarkBeforeDatelineStillReadsTheDateline() {
    Article a = extract("\uFEFFKYIV (Reuters) - The regional council of Varnivka approved a new water pipeline.\n");
    assertEquals("Kyiv", a.dateline());
    assertEquals("Reuters", a.agency());
  }

  @Test
  void readsTassStyleDatelineWithSlashedCredit() {
    Article a = extract("MOSCOW, October 17. /TASS/. Russian forces took control of a village, the defence ministry said.\n");
    assertEquals("Moscow", a.dateline());
    assertEquals("TASS", a.agency());
    assertEquals("TASS", a.outlet());
  }

  @Test
  void readsDatelineWithFullStopAfterTheCity() {
    Article a = extract("MOSCOW. Oct 17 (Interfax) - The central bank kept its key rate unchanged on Friday.\n");
    assertEquals("Moscow", a.dateline());
    assertEquals("Interfax", a.agency());
  }

  @Test
  void readsCreditWithoutCityAtTheStartOfTheBody() {
    Extraction e = extraction("(Bloomberg) -- Oil rose for a third day as traders weighed supply risks.\n");
    assertEquals("Bloomberg", e.article().agency());
    assertNull(e.article().dateline());
    assertFalse(e.body().contains("(Bloomberg)"));
  }

  @Test
  void outletCreditingItsOwnCopyIsTheOutletButNoAgency() {
    Article a = extract("WASHINGTON (CNN) — The Senate passed a stopgap spending bill late on Thursday night.\n");
    assertEquals("CNN", a.outlet());
    assertNull(a.agency());
    assertEquals("Washington", a.dateline());
  }

  @Test
  void readsBylineDateAndDatelineBelowAStandfirst() {
    String text = "Harbour towns brace for storm surge\n\n"
        + "Residents were told to move valuables upstairs as the tide rose\n\n"
        + "By Jane Stern and Omar Haddad\n\n"
        + "Updated 10:50 AM EDT, Thu October 17, 2024\n\n"
        + "HARBOURTON, Maine — Residents of the coast were told to leave on Thursday.\n";
    Extraction e = extraction(text);
    assertEquals("Harbour towns brace for storm surge", e.article().title());
    assertEquals(List.of("Jane Stern", "Omar Haddad"), e.article().authors());
    assertEquals(LocalDate.of(2024, 10, 17), e.article().published());
    assertEquals("Harbourton", e.article().dateline());
    assertFalse(e.body().contains("By Jane Stern"));
    assertEquals(text.indexOf("Residents of the coast"), e.body().indexOf("Residents of the coast"));
  }

  @Test
  void abbreviationKeepsItsFullStopInTheDateline() {
    assertEquals("Washington D.C.", extract("WASHINGTON D.C. — Lawmakers returned on Monday.\n").dateline());
  }

  @Test
  void multiCityDatelineKeepsTheFirstCityAndTheRealCredit() {
    Article a = extract("GAZA/CAIRO/JERUSALEM, Nov 4 (Reuters) - Talks on a ceasefire resumed on Monday.\n");
    assertEquals("Gaza", a.dateline());
    assertEquals("Reuters", a.agency());
    Article b = extract("KYIV/LVIV/MOSCOW (Reuters) - Power cuts spread on Monday.\n");
    assertEquals("Kyiv", b.dateline());
    assertEquals("Reuters", b.agency());
  }

  @Test
  void capitalsWithAnUnknownWordInParenthesesAndNoDashAreNoDateline() {
    Article a = extract("PRESIDENT ADDRESSES THE NATION (VIDEO)\n\nThe president spoke for an hour on Monday evening.\n");
    assertNull(a.dateline());
    assertNull(a.agency());
    assertNull(a.outlet());
    assertEquals("PRESIDENT ADDRESSES THE NATION (VIDEO)", a.title());
    assertNull(extract("NORTH KOREA (DPRK) fired a missile into the sea on Monday, officials said.\n").agency());
  }

  @Test
  void anOutletInParenthesesWithoutADashIsNoDateline() {
    Article a = extract("Deutsche Welle (DW) reported on Monday that the talks had stalled.\n");
    assertNull(a.dateline());
    assertNull(a.outlet());
  }

  @Test
  void anUnknownCallSignMarksTheCopyButIsNoAgency() {
    Article a = extract("DALLAS (KDFW) — A water main broke downtown on Monday.\n");
    assertEquals("Dallas", a.dateline());
    assertNull(a.agency());
    assertEquals("KDFW", a.outlet());
  }

  @Test
  void photoAgenciesAreNeverCreditedForTheText() {
    Article a = extract("Storm floods harbour town\n\nGetty Images\n\nWater rose through the harbour town on Monday, police said.\n\n"
        + "© 2024 Getty Images\n");
    assertNull(a.agency());
    assertEquals("Storm floods harbour town", a.title());
  }

  @Test
  void pageFurnitureBetweenHeadlineAndStoryIsSkipped() {
    Article a = extract("Power cuts spread across the capital\n\nBy JANE DOE\n\nUpdated 2 hours ago\n\nShare\n\n3 min read\n\n"
        + "KYIV, Nov 4 (Reuters) - Power cuts spread across the capital on Monday.\n");
    assertEquals("Kyiv", a.dateline());
    assertEquals("Reuters", a.agency());
    assertEquals(List.of("Jane Doe"), a.authors());
  }

  @Test
  void aBylineNamingOnlyADeskIsNoTitleAndNoAuthor() {
    Article a = extract("By Kyiv Independent news desk\n\nKYIV — Power was restored to most of the city on Monday.\n");
    assertNull(a.title());
    assertEquals(List.of(), a.authors());
    assertEquals("Kyiv", a.dateline());
  }

  @Test
  void bylinesLoseTheirPlacesDesksAndCapitals() {
    assertEquals(List.of("Luke Harding"), extract("By Luke Harding in Kyiv\n\nKYIV — Sirens sounded at dawn.\n").authors());
    assertEquals(List.of("Jane Doe", "Marc Smith"),
        extract("By Jane DOE with Marc SMITH in Paris\n\nPARIS — Farmers blocked roads on Monday.\n").authors());
    assertEquals(List.of("Jane Doe"),
        extract("By Bloomberg Opinion Columnist Jane Doe\n\nInflation slowed in May, figures showed.\n").authors());
    assertEquals(List.of("Jane Doe"),
        extract("Rates held\n\nWASHINGTON (Reuters) - The Fed held rates on Wednesday.\n\n"
            + "(Reporting by Reuters TV and Jane Doe; Editing by Associated Press)\n").authors());
  }

  @Test
  void aHardWrappedLeadIsNoTitle() {
    Article a = extract("The air quality in the capital slipped to the severe category on\n"
        + "Sunday, officials said, as a thick haze settled over the city.\n");
    assertNull(a.title());
  }

  @Test
  void aGivenTitleMatchesItsHeadlineLineDespiteQuotesAndASiteSuffix() {
    Article a = Extractor.standard().extract(new RawArticle("j#1",
        "Ukraine’s grid hit again\n\nKYIV (Reuters) - Strikes hit the grid overnight, officials said.\n",
        new Given(null, null, "Ukraine's grid hit again - Reuters", null, null, null, null, List.of()))).article();
    assertEquals("Reuters", a.agency());
    assertEquals("Kyiv", a.dateline());
  }

  @Test
  void aSlugAfterTheMonthIsNoDay() {
    Article a = extract("Five things to know about the budget\n\nThe budget was published on Tuesday.\n\n"
        + "Original url: https://examplenews.com/2024/03/5-things-to-know-about-the-budget/\n");
    assertNull(a.published());
  }
}
