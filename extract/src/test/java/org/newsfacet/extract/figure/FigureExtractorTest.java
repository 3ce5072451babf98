package org.newsfacet.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacet.extract.Extractor;
import org.newsfacet.ingest.RawArticle;
import org.newsfacet.model.Figure;
import org.newsfacet.model.FigureCategory;

class FigureExtractorTest {
  private static List<Figure> figures(String text) {
    List<Figure> figures = Extractor.standard().extract(RawArticle.of("t.txt", text)).article().figures();
    for (Figure f : figures) {
      assertEquals(f.text(), text.substring(f.start(), f.end()), "offsets point at the figure");
    }
    return figures;
  }

  private static Figure only(String text) {
    List<Figure> f = figures(text);
    assertEquals(1, f.size(), f::toString);
    return f.get(0);
  }

  @Test
  void readsSeparatorsScalesSuffixesAndCurrencies() {
    assertEquals(1_500_000, only("The fund raised 1.5 million dollars last year.\n").low());
    Figure k = only("Harbour towns brace for 10K visitors\n\nThe festival opens on Friday in the old port.\n");
    assertEquals(10_000, k.low());
    Figure money = only("The company reported a profit of $2.3bn for the quarter.\n");
    assertEquals(2_300_000_000.0, money.low());
    assertEquals(FigureCategory.MONEY, money.category());
    assertEquals("$", money.unit());
    Figure euros = only("The council approved €40 million for the new tram line.\n");
    assertEquals(40_000_000, euros.high());
  }

  @Test
  void readsRangesApproximationsAndBounds() {
    Figure range = only("Officials said between 2,000 and 12,000 fighters had crossed the border.\n");
    assertEquals(2000, range.low());
    assertEquals(12000, range.high());
    assertEquals("between 2,000 and 12,000 fighters", range.text());
    assertEquals(FigureCategory.TROOPS, range.category());
    Figure about = only("About 300 residents left the village overnight.\n");
    assertTrue(about.approximate());
    assertEquals(FigureCategory.PEOPLE, about.category());
    Figure bound = only("At least 26 people were killed in the blast.\n");
    assertFalse(bound.approximate());
    assertEquals(26, bound.low());
    assertEquals(26, bound.high());
    assertEquals(FigureCategory.CASUALTIES, bound.category());
    Figure dashed = only("The plan would cost 2,000-3,000 euros per household.\n");
    assertEquals(3000, dashed.high());
  }

  @Test
  void readsNumberWordsAndPercentages() {
    assertEquals(4, only("The army sent four brigades to the front.\n").low());
    assertEquals(12_000, only("Twelve thousand fans filled the ground.\n").low());
    Figure pct = only("Turnout rose to 61% in the capital.\n");
    assertEquals(FigureCategory.PERCENT, pct.category());
    assertEquals(61, pct.low());
  }

  @Test
  void leavesOutDatesYearsTimesDurationsAgesScoresAndNames() {
    assertTrue(figures("On October 17, 2024, at 7:40 a.m., the G7 met for six months about COVID-19.\n").isEmpty());
    assertTrue(figures("Maren Holt, 67, said her 91-year-old mother won 6-2 on Route 9.\n").isEmpty());
    assertTrue(figures("Thousands of people and dozens of trucks queued for hours.\n").isEmpty());
  }

  @Test
  void theClaimantIsTheSpeakerOrTheSourceOfTheSentence() {
    List<Figure> f = figures("“We have about 5,000 volunteers,” Mayor Ines Varga said.\n\n"
        + "Police said 40 people were arrested, according to the ministry.\n\n"
        + "The town had 30,000 inhabitants before the war.\n");
    assertEquals("Ines Varga", f.get(0).claimant());
    assertTrue(f.get(1).claimant() != null, f.toString());
    assertNull(f.get(2).claimant(), "the article states it on its own authority");
  }

  @Test
  void theCountedThingEndsOnItsPluralNounAndMeasuresAreUnits() {
    Figure homes = only("The council will close three residential care homes next spring.\n");
    assertEquals(3, homes.low());
    assertEquals("three residential care homes", homes.text());
    Figure ruling = only("The judge handed down a 46-page ruling on Friday.\n");
    assertEquals("46-page ruling", ruling.text());
    assertEquals("page", ruling.unit());
    assertEquals(FigureCategory.OTHER, ruling.category());
    Figure range = only("Nurses said six or seven patients were waiting in the corridor.\n");
    assertEquals(6, range.low());
    assertEquals(7, range.high());
  }

  @Test
  void readsDigitsBeforeHundredAsOneNumber() {
    Figure f = only("There were 6 hundred people.\n");
    assertEquals(600, f.low());
    assertEquals("6 hundred people", f.text());
    assertEquals(600_000_000, only("There were 6 hundred million people.\n").low());
  }

  @Test
  void readsCompoundNumberWordsAsOneNumber() {
    Figure f = only("The district enrolled thirty-one thousand four hundred fifty-seven students this year.\n");
    assertEquals(31_457, f.low());
    assertEquals("thirty-one thousand four hundred fifty-seven students", f.text());
    assertEquals(250, only("The ferry carried two hundred and fifty passengers.\n").low());
    assertEquals(642, only("The school has six hundred forty two pupils.\n").low());
  }

  @Test
  void neverReturnsOverlappingFiguresOrBlankEdges() {
    for (String text : List.of("another shot back at 12-under 130.\n", "There were 6 hundred people.\n",
        "thirty-one thousand four hundred fifty-seven students\n", "Scores: 3-under 68, 12-under 130 and 5-over 75.\n")) {
      List<Figure> found = figures(text);
      for (int k = 1; k < found.size(); k++) {
        assertTrue(found.get(k - 1).end() <= found.get(k).start(), () -> "overlap in " + found);
      }
      for (Figure f : found) {
        assertEquals(f.text().strip(), f.text(), "no blank at either end");
      }
    }
  }
  @Test
  void moneyKeepsItsCurrencyCodeAndABoundIsRecorded() {
    Figure hk = only("Revenue grew to HK$6.4 billion last year.\n");
    assertEquals("HKD", hk.currency());
    assertEquals(6_400_000_000.0, hk.low());
    assertEquals("JPY", only("The recall will cost 18 billion yen.\n").currency());
    assertEquals("AUD", only("The house sold for AUD1.5m in March.\n").currency());
    assertEquals("CAD", only("The fund paid 40 million Canadian dollars.\n").currency());
    assertNull(only("Each family received 300 pesos.\n").currency(), "pesos alone name no country");
    assertNull(only("Each family received 300 pesos.\n").bound());
    assertEquals("at least", only("At least 23 people died.\n").bound());
    assertEquals("up to", only("The drill can reach up to 40 wells.\n").bound());
    assertEquals("less than", only("Turnout was under 40%.\n").bound());
    assertEquals("at least", only("The contract is worth a minimum of $15 million.\n").bound());
    Figure hedged = only("Just under 30,000 people live there.\n");
    assertTrue(hedged.approximate());
    assertEquals("less than", hedged.bound());
  }

  @Test
  void measuresKeepTheirUnitsGluedOrApart() {
    Figure wind = only("Winds reached 155mph overnight.\n");
    assertEquals(155, wind.low());
    assertEquals("mph", wind.unit());
    assertEquals(FigureCategory.OTHER, wind.category());
    assertEquals("GB", only("The phone comes with 256GB of storage.\n").unit());
    assertEquals("degrees Celsius", only("Temperatures hit 41 degrees Celsius.\n").unit());
    Figure rate = only("The group will cut output by 650,000 barrels a day.\n");
    assertEquals("barrels a day", rate.unit());
    Figure metres = only("The bridge is 120m long.\n");
    assertEquals(120, metres.low(), "metres, not millions");
    assertEquals(35_000_000, only("The firm sold 35m of its devices.\n").low(), "millions, not metres");
    Figure points = only("Rates rose 0.5 percentage points.\n");
    assertEquals(FigureCategory.PERCENT, points.category());
  }

  @Test
  void signsAndLeadingPointsAreReadAsWritten() {
    Figure fall = only("In Frankfurt the DAX closed -1.6% lower.\n");
    assertEquals(-1.6, fall.low());
    assertEquals(0.625, only("The team finished with a .625 record.\n").low());
    assertEquals(6, only("Shares were up 6pc by noon.\n").low());
    assertEquals(FigureCategory.PERCENT, only("Shares were up 6pc by noon.\n").category());
  }

  @Test
  void rangesTakeTheScaleTheSignAndTheCentsOfEitherEnd() {
    Figure rupees = only("The scheme will cost Rs 18,000-21,000 crore over five years.\n");
    assertEquals(180_000_000_000.0, rupees.low());
    assertEquals(210_000_000_000.0, rupees.high());
    Figure percent = only("Prices rose 20 to 26 percent in the north.\n");
    assertEquals(20, percent.low());
    assertEquals(26, percent.high());
    assertEquals(FigureCategory.PERCENT, percent.category());
    List<Figure> lead = figures("The senator leads by 51 to 46 percent among likely voters.\n");
    assertEquals(2, lead.size(), lead::toString);
    assertEquals(FigureCategory.PERCENT, lead.get(0).category(), "a falling pair is two percents, not a range");
    Figure cents = only("Analysts had expected 41 to 42 cents.\n");
    assertEquals(0.41, cents.low(), 1e-9);
    assertEquals(0.42, cents.high(), 1e-9);
    Figure share = only("The company earned 58 cents a share.\n");
    assertEquals("58 cents a share", share.text());
    assertEquals(FigureCategory.MONEY, share.category());
    assertEquals(0.58, share.low(), 1e-9);
    assertNull(share.currency(), "cents alone name no currency");
    Figure mixed = only("Profit came in at 86 cents to $1.07 a share.\n");
    assertEquals(0.86, mixed.low(), 1e-9);
    assertEquals(1.07, mixed.high(), 1e-9);
  }

  @Test
  void readsGroupingsAndNumberWordsOfEveryShape() {
    assertEquals(23_518_409, only("Police seized Rs 2,35,18,409 in cash.\n").low());
    assertEquals(5_000_000, only("Cash of about Rs.50,00,000 was found.\n").low());
    assertEquals("INR", only("Cash of about Rs.50,00,000 was found.\n").currency());
    assertEquals(48_316_522, only("The party polled 48 316 522 votes.\n").low());
    assertEquals(74, only("The alliance won seventy four seats.\n").low());
    assertEquals(24, only("Air defences downed more than two dozen drones.\n").low());
    Figure perCent = only("Turnout was over six per cent higher.\n");
    assertEquals(6, perCent.low());
    assertEquals(FigureCategory.PERCENT, perCent.category());
    assertEquals(9.5, only("The champion finished on 9 1/2 points.\n").low());
    assertEquals(2_600_000_000.0, only("The probe flew a 2.6 billion-mile journey.\n").low());
    assertEquals("mile", only("The probe flew a 2.6 billion-mile journey.\n").unit());
    assertEquals(75_000, only("China had 75,000-plus cases of the virus.\n").low());
  }

  @Test
  void yearLikeNumbersCountOnlyWhenTheyCountSomething() {
    Figure hires = only("The firm is going from 1000 to 3000 hires this year.\n");
    assertEquals(1000, hires.low());
    assertEquals(3000, hires.high());
    assertEquals(2200, only("Adults need about 1800 - 2200 calories a day.\n").high());
    assertTrue(figures("Its 2025 sales beat the 2024 results.\n").isEmpty());
  }

  @Test
  void oneCountsOnlyWeaponsAndCasualties() {
    assertEquals(1, only("One storm-related fatality was reported.\n").low());
    assertEquals(FigureCategory.WEAPONS, only("Air defences shot down one drone.\n").category());
    assertEquals(FigureCategory.CASUALTIES, only("The shelling killed one man.\n").category());
    assertTrue(figures("It was one of the best days.\n").isEmpty());
  }

  @Test
  void categoriesFollowTheCountedNounAndItsClause() {
    assertEquals(FigureCategory.OTHER, only("About 1.6 million customers were without power.\n").category());
    assertEquals(FigureCategory.OTHER, only("Police registered 395 cases against the gang.\n").category());
    assertEquals(FigureCategory.PEOPLE, only("The ministry reported 1,076 confirmed cases of cholera.\n").category());
    assertEquals(FigureCategory.PEOPLE, only("The labour force numbered 925,000.\n").category());
    assertEquals(FigureCategory.PEOPLE, only("Officers arrested 431 accused.\n").category());
    assertEquals(FigureCategory.PERCENT, only("In the latest poll she holds a 7-point lead.\n").category());
    assertEquals(FigureCategory.OTHER, only("The index rose 64 points on Friday.\n").category(), "points outside a poll");
    assertEquals(FigureCategory.OTHER, only("Survivors said the quake measured 6.3 on the Richter scale.\n").category());
    assertEquals(FigureCategory.OTHER, only("Customs seized 512 Narcotic Pills at the port.\n").category());
    assertEquals(FigureCategory.WEAPONS, figures("The air force downed 14 out of 17 drones.\n").get(0).category());
    assertEquals(FigureCategory.PEOPLE, only("Fire crews rescued eight elderly people.\n").category());
  }

  @Test
  void measuresAfterNamesAndPrefixesAreFigures() {
    assertEquals("inch", only("The MacBook Air 15 inch costs more.\n").unit());
    assertEquals(7, only("The plant makes sub-7 nanometre chips.\n").low());
    assertEquals(7.8, only("Prices were down 7.8% year over year.\n").low());
    assertEquals("pound", only("Add 1/2 pound of butter.\n").unit());
    assertNull(only("Add 1/2 pound of butter.\n").currency(), "a pound of something is a weight");
  }

  @Test
  void theUnitIsTheCountedNounWithoutItsQualifiers() {
    assertEquals("routes", only("The airline added five more routes.\n").unit());
    assertEquals("drones", only("Air defences downed 16 Russian drones.\n").unit());
    assertEquals("charging stations", only("The city wants 250 charging stations.\n").unit(), "a compound stays whole");
    Figure coordinated = only("About 380 Ford and Honda vehicles were stolen.\n");
    assertEquals("About 380 Ford and Honda vehicles", coordinated.text());
    assertEquals("vehicles", coordinated.unit());
    assertEquals("copies", only("The album sold 3.1M print and digital copies.\n").unit());
    assertEquals(2, figures("The estate has 435 homes and 187 flats.\n").size(), "two plural nouns are two figures");
    Figure force = only("A 2,000-strong force crossed the river.\n");
    assertEquals("force", force.unit());
    assertEquals(FigureCategory.TROOPS, force.category());
    assertTrue(figures("Life expectancy there is around 71, raising the prospect of losses.\n").isEmpty(),
        "a verb with its object is not a counted noun");
  }

  @Test
  void aListItemWithoutItsNounCountsWhatTheListCounts() {
    List<Figure> homes = figures("Over 2 million homes lost power, including 1.5 million in the north.\n");
    assertEquals(2, homes.size(), homes::toString);
    assertEquals("homes", homes.get(1).unit());
    assertEquals("1.5 million", homes.get(1).text(), "the text stays as written");
    List<Figure> sold = figures("It sold 128,000 vehicles in Japan, 97,000 in Europe.\n");
    assertEquals("vehicles", sold.get(1).unit());
  }

  @Test
  void suspendedHyphensShareTheirMeasure() {
    List<Figure> engines = figures("The maker offers three-, four- and five-door models.\n");
    assertEquals(List.of(3.0, 4.0, 5.0), engines.stream().map(Figure::low).toList());
    assertTrue(engines.stream().allMatch(f -> "door".equals(f.unit())), engines::toString);
    List<Figure> screens = figures("It comes with a 9- or 10-inch screen.\n");
    assertEquals(2, screens.size(), screens::toString);
    assertEquals("inch", screens.get(0).unit());
    assertEquals("bedroom", only("They rented a three-bedroom flat.\n").unit());
    assertTrue(figures("The 2014-15 season ended early.\n").isEmpty(), "a season is no figure");
  }

  @Test
  void bareNumbersCountWhatTheSentenceCounts() {
    Figure dashed = only("The league played 20-30 games a year.\n");
    assertEquals(20, dashed.low());
    assertEquals(30, dashed.high());
    assertTrue(figures("The home side won 6-2 on Sunday.\n").isEmpty(), "a score");
    assertEquals(12, figures("Nine sailors were rescued. Another 12 were missing.\n").get(1).low());
    List<Figure> fell = figures("Thefts fell from 120 to 45 in a year.\n");
    assertEquals(List.of(120.0, 45.0), fell.stream().map(Figure::low).toList(), "a falling pair is two figures");
    Figure euros = only("The repair cost 1,200€ in the end.\n");
    assertEquals(1200, euros.low());
    assertEquals("EUR", euros.currency());
    assertTrue(figures("The temple was built between A.D. 1100 and 1350.\n").isEmpty(), "a range of years");
  }

  @Test
  void oneCountsAPartOfACountedWholeAndTheDeadIncludeTheirCasualties() {
    List<Figure> missiles = figures("Air defences shot down one of two cruise missiles.\n");
    assertEquals("one", missiles.get(0).text());
    assertEquals(FigureCategory.WEAPONS, missiles.get(0).category());
    assertEquals("cruise missiles", missiles.get(0).unit());
    assertEquals(FigureCategory.CASUALTIES, figures("Eight people died. The dead included one child.\n").get(1).category());
    assertTrue(figures("She is one of the best runners.\n").isEmpty());
  }

  @Test
  void wordsInLyThatAreNoAdverbsStayInTheCountedPhrase() {
    assertEquals("assembly plants", only("The firm is retooling two assembly plants.\n").unit());
    Figure armed = only("Police detained 12 heavily armed men.\n");
    assertEquals("men", armed.unit());
    assertEquals("12 heavily armed men", armed.text());
    assertEquals("14 percent", figures("Shares rose to 19%, up from 14 percent.\n").get(1).text(), "'from' is no qualifier");
    assertEquals("from 10 to 15 dollars", only("Prices went from 10 to 15 dollars.\n").text());
  }
}

