package org.newsfacet.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacet.extract.Extractor;
import org.newsfacet.ingest.RawArticle;
import org.newsfacet.model.Article;
import org.newsfacet.model.Figure;
import org.newsfacet.model.Quote;
import org.newsfacet.model.QuoteKind;
import org.newsfacet.model.SpeakerType;

/** One small article per attribution rule: who is named, and which rule named them. */
class AttributionTest {

  private static Article extract(String text) {
    Article a = Extractor.standard().extract(RawArticle.of("t.txt", text)).article();
    for (Quote q : a.quotes()) {
      assertEquals(q.text(), text.substring(q.start(), q.end()), "quote offsets point at its words");
    }
    for (Figure f : a.figures()) {
      assertEquals(f.text(), text.substring(f.start(), f.end()), "figure offsets point at its words");
    }
    return a;
  }

  private static Quote quote(String text, String words) {
    return extract(text).quotes().stream().filter(q -> q.text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote with '" + words + "' in " + extract(text).quotes()));
  }

  private static Figure figure(String text, String words) {
    return extract(text).figures().stream().filter(f -> f.text().equals(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure '" + words + "' in " + extract(text).figures()));
  }

  private static List<Quote> reported(String text) {
    return extract(text).quotes().stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
  }

  // Reported speech

  @Test
  void reportedSpeechAfterSaidThatIsAnIndirectQuoteOfItsSpeaker() {
    List<Quote> r = reported("Mayor Ilse Brandt said on Tuesday that the ferry would run again in May.\n");
    assertEquals(1, r.size(), r::toString);
    assertEquals("the ferry would run again in May", r.get(0).text());
    assertEquals("Ilse Brandt", r.get(0).speaker());
    assertEquals("said-that", r.get(0).attributedBy());
  }

  @Test
  void reportedSpeechClosedByItsAttributionRunsFromTheSentenceStart() {
    Quote q = reported("The quarry will close by the end of the year, the owners said.\n").get(0);
    assertEquals("The quarry will close by the end of the year", q.text());
    assertEquals("the owners", q.speaker());
    assertEquals("clause-said", q.attributedBy());
  }

  @Test
  void anAttributionInTheMiddleKeepsTheWholeSentenceAsOneStatement() {
    Quote q = reported("The bridge, the engineer said, would need new cables within a decade.\n").get(0);
    assertEquals("The bridge, the engineer said, would need new cables within a decade", q.text());
  }

  @Test
  void aVerbWhoseObjectIsAThingReportsNoSpeech() {
    assertTrue(reported("The council announced a new bus timetable on Friday.\n").isEmpty());
    assertTrue(reported("Harbour staff praised the crews for their speed.\n").isEmpty());
  }

  @Test
  void anExistentialThereOpensWhatWasSaid() {
    Quote q = reported("The alliance's chief said there was no sign of the troops at this stage.\n").get(0);
    assertEquals("there was no sign of the troops at this stage", q.text());
  }

  @Test
  void aClauseThatIsOneQuotationIsOnlyTheDirectQuote() {
    List<Quote> q = extract("Councillor Mira Okafor said: “We will not sell the park.”\n").quotes();
    assertEquals(1, q.size(), q::toString);
    assertEquals(QuoteKind.DIRECT, q.get(0).kind());
    assertEquals("Mira Okafor", q.get(0).speaker());
  }

  @Test
  void quotedWordsInsideReportedSpeechStayAPartialQuoteOfTheSameSpeaker() {
    List<Quote> q = extract("Teacher Lars Vik said the new rules were “a step backwards” for rural schools.\n").quotes();
    assertEquals(2, q.size(), q::toString);
    assertEquals(QuoteKind.INDIRECT, q.get(0).kind());
    assertTrue(q.get(1).partial());
    assertEquals("Lars Vik", q.get(1).speaker());
  }

  @Test
  void aParticipleGoesOnWithTheSpeakerOfItsSentence() {
    List<Quote> r = reported("Union leader Ada Brennan said talks had failed, adding that a strike would begin on Monday.\n");
    assertEquals(2, r.size(), r::toString);
    assertEquals("a strike would begin on Monday", r.get(1).text());
    assertEquals("Ada Brennan", r.get(1).speaker());
    assertEquals("participle", r.get(1).attributedBy());
  }

  @Test
  void reportedSpeechInsideReportedSpeechIsAQuoteOfItsOwn() {
    List<Quote> r = reported("Survivors told rescuers that the engine had failed, a coastguard officer said.\n");
    assertEquals(2, r.size(), r::toString);
  }

  @Test
  void aShortPhraseOfTimeBeforeWhatWasSaidIsNotPartOfIt() {
    Quote q = reported("The league stated in July it would review the transfer rules.\n").get(0);
    assertEquals("it would review the transfer rules", q.text());
  }

  // Direct quotations

  @Test
  void aQuotationTakesTheSpeakerNamedAfterIt() {
    Quote q = quote("“We have enough water for a month,” said reservoir manager Tomas Ruiz.\n", "enough water");
    assertEquals("Tomas Ruiz", q.speaker());
    assertEquals("quote-said", q.attributedBy());
  }

  @Test
  void anUnknownVerbAfterAQuotationStillNamesItsSpeaker() {
    Quote q = quote("“Not on my watch,” Petra Lindgren snapped.\n", "watch");
    assertEquals("Petra Lindgren", q.speaker());
    assertEquals("quote-verb", q.attributedBy());
  }

  @Test
  void aDashAndANameAfterAQuotationNameItsSpeaker() {
    Quote q = quote("“Every vote counts this time.” ― Janine Cole\n", "Every vote");
    assertEquals("Janine Cole", q.speaker());
    assertEquals("quote-dash", q.attributedBy());
  }

  @Test
  void aQuotationAfterAColonTakesTheSubjectOfTheClauseBeforeIt() {
    Quote q = quote("Harbour master Ines Moll, who has run the port for a decade, was blunt:\n\n“The dredging is overdue.”\n",
        "dredging");
    assertEquals("Ines Moll", q.speaker());
    assertEquals("colon", q.attributedBy());
  }

  @Test
  void aQuotationAloneInItsParagraphTakesTheSpeakerOfTheParagraphBefore() {
    Quote q = quote("Farmer Olu Adeyemi says the rain came too late for his maize.\n\n“We planted twice and lost twice.”\n",
        "planted twice");
    assertEquals("Olu Adeyemi", q.speaker());
  }

  @Test
  void aQuotationAfterASentenceAboutAPersonTakesThatPerson() {
    Quote q = quote("Coach Dario Mendes did not hide his anger. “We gave the game away.”\n", "gave the game");
    assertEquals("Dario Mendes", q.speaker());
    assertEquals("previous-subject", q.attributedBy());
  }

  @Test
  void aQuoteWithNoSpeakerAnywhereHasNone() {
    Quote q = quote("The road stayed shut all week.\n\n“Closed until further notice.”\n", "Closed");
    assertNull(q.speaker());
    assertNull(q.attributedBy());
    assertEquals(SpeakerType.UNKNOWN, q.speakerType());
  }

  // Resolution

  @Test
  void pronounsFollowGenderToTheRightPerson() {
    String text = "Ministers Karl Hoffmann and Anna Weiss met on Monday. Hoffmann said the talks were useful.\n\n"
        + "“We agreed on nothing,” she said.\n";
    assertEquals("Anna Weiss", quote(text, "agreed on nothing").speaker());
  }

  @Test
  void theyStandsForTheGroupThatOpensTheSentenceBefore() {
    Quote q = reported("Rescue teams searched the river all night. They said four people were still missing.\n").get(0);
    assertEquals("rescue teams", q.speaker());
  }

  @Test
  void aCompanyWordStandsForTheCompanyTheArticleNamed() {
    String text = "Kestrel Motors Inc said sales fell 4% in March. The carmaker said it would cut 300 jobs.\n";
    assertEquals("Kestrel Motors Inc", figure(text, "300 jobs").claimant());
  }

  @Test
  void aBodyDescribedBeforeItIsNamedIsTheBodyNamedNext() {
    String text = "About 120 workers were trapped underground, the mine's operator said on Monday. "
        + "Dunmore Mining Corp said rescuers had reached the first shaft.\n";
    assertEquals("Dunmore Mining Corp", figure(text, "About 120 workers").claimant());
  }

  @Test
  void aRoleDescribedBeforeThePersonTitledWithItIsThatPerson() {
    String text = "The council broke the law in closing 3 care homes, a High Court judge has ruled. "
        + "Mrs Justice Harrow said the families had been given 19 days to respond.\n";
    assertEquals("Harrow", figure(text, "3 care homes").claimant());
    assertEquals("Harrow", quote("Mrs Justice Harrow said the families had 19 days. The judge said it was not enough.\n",
        "not enough").speaker());
  }

  @Test
  void aBodysNameAfterItsNounIsTheBody() {
    assertEquals("Older Voices",
        figure("Seven homes closed last year, according to the charity Older Voices.\n", "Seven homes").claimant());
    assertEquals("Land Watch Africa", figure("About 2,100 families are still in camps, the rights group Land Watch "
        + "Africa said.\n", "About 2,100 families").claimant());
    String union = "The IG Metallbau union called a strike. According to the union, 4,000 jobs depend on the plant.\n";
    assertEquals("IG Metallbau", figure(union, "4,000 jobs").claimant());
  }

  @Test
  void aPersonDescribedBeforeAnotherIsNamedKeepsTheDescription() {
    String text = "Turnout fell to 41%, a senior official said. "
        + "Minister Clara Vidal said the count would be finished by Friday.\n";
    assertEquals("a senior official", figure(text, "41%").claimant());
  }

  @Test
  void aBareTitleStandsForThePersonGivenThatTitle() {
    String text = "Prime Minister Hana Sato opened the summit.\n\n“The region needs calm,” the prime minister said.\n";
    assertEquals("Hana Sato", quote(text, "region needs calm").speaker());
  }

  @Test
  void aRoleGivenInAppositionIsAnsweredByThatRoleLater() {
    String text = "The guild's president, Anna Falk, called a meeting.\n\n“We will vote on Friday,” the president said.\n";
    assertEquals("Anna Falk", quote(text, "vote on Friday").speaker());
  }

  @Test
  void anOrganisationsUnnamedSpokespersonSpeaksForTheOrganisation() {
    String text = "Northwind Rail cancelled 40 trains. A Northwind Rail spokeswoman said crews were checking every bridge.\n";
    Quote q = reported(text).get(0);
    assertEquals("Northwind Rail", q.speaker());
    assertEquals(SpeakerType.ORGANIZATION, q.speakerType());
  }

  @Test
  void aStatementSpeaksForWhoeverIssuedIt() {
    String text = "Senator Olga Bern resigned on Sunday.\n\n“I leave with a clear conscience,” her statement read.\n";
    assertEquals("Olga Bern", quote(text, "clear conscience").speaker());
  }

  // Figures

  @Test
  void aFigureInAQuotationIsClaimedByItsSpeaker() {
    Figure f = figure("“We lost 12 boats in one night,” fisherman Ivo Kral said.\n", "12 boats");
    assertEquals("Ivo Kral", f.claimant());
    assertEquals(Attributor.IN_QUOTE, f.attributedBy());
  }

  @Test
  void aFigureBeforeAClosingAttributionIsItsSourcesAfterALongSentence() {
    String text = "Floods cut off 14 villages in the north of the province on Sunday night, the rescue service said.\n";
    Figure f = figure(text, "14 villages");
    assertEquals("the rescue service", f.claimant());
    assertEquals("clause-said", f.attributedBy());
  }

  @Test
  void aSourceGivesFiguresByVerbsThatAreNotSpeech() {
    assertEquals("police", figure("Police put the toll at 41.\n", "41").claimant());
    String results = "Tallis Foods Ltd posted revenue of $2.1 billion for the year.\n";
    assertEquals("Tallis Foods Ltd", figure(results, "$2.1 billion").claimant());
    assertEquals("estimate", figure(results, "$2.1 billion").attributedBy());
  }

  @Test
  void aParticipleWithItsAgentNamesTheSource() {
    Figure f = figure("The quake, estimated at 6.2 by the national seismic institute, shook the coast.\n", "6.2");
    assertEquals("passive", f.attributedBy());
    assertTrue(f.claimant().contains("institute"), f.claimant());
  }

  @Test
  void accordingToAtTheEndNamesTheSourceOfTheSentence() {
    Figure f = figure("About 3,000 homes lost power overnight, according to the grid operator.\n", "About 3,000 homes");
    assertEquals("according-to", f.attributedBy());
    assertEquals("the grid operator", f.claimant());
  }

  @Test
  void theNextSentenceOfTheSameStatementCarriesItsSource() {
    String text = "Seven people were killed when the roof fell in, local police said. Another 12 people were missing.\n";
    Figure f = figure(text, "12 people");
    assertEquals("local police", f.claimant());
    assertEquals(Attributor.CARRY_OVER, f.attributedBy());
  }

  @Test
  void aNewParagraphOrAnUnattributedForecastCarriesNothing() {
    String text = "Seven people were killed when the roof fell in, local police said.\n\nAnother 12 people were missing.\n";
    assertNull(figure(text, "12 people").claimant());
    String forecast = "Sales rose 3% in May, the trade body said. They were forecast to rise by 2% in June.\n";
    assertNull(figure(forecast, "2%").claimant());
  }

  @Test
  void whatCarriesOverIsTheOutermostSpeakersStatement() {
    String text = "Speaking in Tamar, Inspector Rhys Morgan said his officers seized 80 kg of cannabis. "
        + "A further 12 vehicles were impounded.\n";
    assertEquals("Rhys Morgan", figure(text, "12 vehicles").claimant());
  }

  @Test
  void anEstimateOrAnExpectationCarriesNothingOver() {
    String estimate = "The quake was put at magnitude 6.1 by the seismology institute. It destroyed 40 homes.\n";
    assertNull(figure(estimate, "40 homes").claimant());
    String expected = "The statistics office said prices rose 0.5 percent. That was above the 0.3 percent rise expected.\n";
    assertNull(figure(expected, "0.3 percent").claimant());
  }

  @Test
  void aVerbAfterAndSharesTheSubjectOfTheSentence() {
    String text = "Ostwind Energie restored power to 90,000 homes and expected to reconnect 12,000 more by Friday.\n";
    assertEquals("Ostwind Energie", figure(text, "12,000 more").claimant());
  }

  @Test
  void aNameBeforeAHyphenatedParticipleOnlyDescribesTheHead() {
    Quote q = reported("The Kenyan-led mission said four patrols had come under fire.\n").get(0);
    assertEquals("the Kenyan-led mission", q.speaker());
  }

  @Test
  void whenAndWhereAfterTheVerbAreNotWhatWasSaid() {
    assertEquals("it restored power to 9,000 customers",
        reported("Ostwind Energie said on Friday it restored power to 9,000 customers.\n").get(0).text());
    String closing = "Rebels have seized two more towns, Defence Minister Ana Reyes said Friday, citing army reports.\n";
    Quote q = reported(closing).get(0);
    assertEquals("Rebels have seized two more towns", q.text());
    assertEquals("Ana Reyes", q.speaker());
    assertEquals("coast guards in Varna",
        figure("Coast guards in Varna reported at least one drone in that part of the coast.\n", "at least one drone")
            .claimant());
  }

  @Test
  void asPerNamesTheSourceLikeAccordingTo() {
    Figure f = figure("As per the grid operator, more than 90,000 homes were without power.\n", "more than 90,000 homes");
    assertEquals("the grid operator", f.claimant());
    assertEquals("according-to", f.attributedBy());
  }

  @Test
  void pluralSubjectsTakeTheBaseFormOfTheVerb() {
    assertEquals("unconfirmed reports",
        figure("Unconfirmed reports indicate that at least 16 people were hurt.\n", "at least 16 people").claimant());
    assertEquals("village elders", figure("Village elders allege that 12 houses were burned.\n", "12 houses").claimant());
  }

  @Test
  void aTitleOfAnotherPlaceIsNotThePersonGivenTheTitleForThisOne() {
    String text = "Lviv governor Maksym Kozak said three drones fell. "
        + "The governor of the southern Odesa region said debris from one drone hit a house.\n";
    assertEquals("the governor of the southern Odesa region", figure(text, "one drone").claimant());
    String same = "Lviv governor Maksym Kozak said three drones fell. The governor of the Lviv region said one drone hit a house.\n";
    assertEquals("Maksym Kozak", figure(same, "one drone").claimant());
  }

  @Test
  void aSecondSpeakerJoinedByAndSpeaksForTheirOwnClause() {
    String text = "Harlow Power said 37,000 customers were in the dark and Tamsin Electric, a unit of Orford Group, "
        + "said about 3,600 were without electricity.\n";
    assertEquals("Harlow Power", figure(text, "37,000 customers").claimant());
    assertEquals("Tamsin Electric", figure(text, "about 3,600").claimant());
  }

  @Test
  void aParticipleWithItsAgentOutranksTheSpeakerAroundIt() {
    String text = "The broadcaster reported that the toll rose sharply from the 19 people reported killed earlier "
        + "by the disaster council.\n";
    Figure f = figure(text, "19 people");
    assertEquals("the disaster council", f.claimant());
    assertEquals("passive", f.attributedBy());
  }

  @Test
  void aRevisedFigureGoesOnWithTheStatementBefore() {
    String text = "The death toll rose to 94, the state news agency reported. The number of injured was raised to 1,000.\n";
    assertEquals("the state news agency", figure(text, "1,000").claimant());
  }

  @Test
  void aDayBetweenSubjectAndVerbIsSkipped() {
    assertEquals("Ana Reyes",
        figure("Minister Ana Reyes had on Friday proposed to raise the duty by 2 pesos per litre.\n", "2 pesos per litre").claimant());
  }

  @Test
  void aForecastOfAnOwnerIsTheOwnersFigure() {
    String text = "Halvard Shipping cut 300 jobs. It kept its annual profit forecast of 90 million euros.\n";
    assertEquals("Halvard Shipping", figure(text, "90 million euros").claimant());
    assertEquals("Brightline", figure("Sales lagged the Brightline estimate of $23 million.\n", "$23 million").claimant());
  }

  @Test
  void aBackReferenceInTheNextSentenceNamesTheSource() {
    String text = "The repairs will cost 4 million euros.\n\nThis was stated by Transport Minister Eva Lund.\n";
    Figure f = figure(text, "4 million euros");
    assertEquals("Eva Lund", f.claimant());
    assertEquals(Attributor.BACK_REFERENCE, f.attributedBy());
  }

  @Test
  void aHeadlineThatSaysWhoGivesItsFiguresToThem() {
    String text = "Red Cross says 300 families lost their homes\n\nBy Jo Lin\n\nThe storm moved north on Friday.\n";
    Article a = extract(text);
    Figure f = a.figures().stream().filter(x -> x.text().startsWith("300")).findFirst().orElseThrow();
    assertTrue(f.claimant().contains("Red Cross"), f.claimant());
  }

  @Test
  void theOuterSpeakerClaimsWhatTheyReportAnotherExpects() {
    String text = "Finance chief Ruth Amsel said the company expected to save $90 million a year.\n";
    assertEquals("Ruth Amsel", figure(text, "$90 million a year").claimant());
  }

  @Test
  void accordingToAfterANearerEstimateIsTheEstimatesSource() {
    String text = "Halden Group said profit rose. Revenue grew 5% to $1.2 billion, ahead of the $1.3 billion "
        + "analysts had expected, according to Marlow Data.\n";
    assertEquals("Halden Group", figure(text, "5%").claimant());
    assertEquals("Marlow", figure(text, "$1.3 billion").claimant()); // "Marlow Data": the data's maker
  }

  @Test
  void theGroupIsTheBodyItsLastSpeakerChairs() {
    String text = "Tomas Reyes, chair of the Quayside Shopkeepers Association, said 40 of the 55 shops had signed "
        + "a petition. According to the group, 300 parking spaces would be lost.\n";
    assertEquals("Quayside Shopkeepers Association", figure(text, "300 parking spaces").claimant());
  }

  @Test
  void aBodysDescriptionNamesItWhenItsNameWasNotRecognised() {
    String text = "Brennmilk, the largest dairy cooperative in the region, said on Sunday it would cut 600 jobs.\n\n"
        + "The cooperative, which collects milk from about 4,800 farms, said its output had fallen 7% last year.\n";
    assertEquals("Brennmilk", figure(text, "7%").claimant());
  }

  @Test
  void aFigureWithItsEstimatorAfterItIsTheEstimatorsInsideAnotherSourcesSentence() {
    String text = "Halden Group reported earnings of 96 cents a share, ahead of the 89 cents that analysts "
        + "polled by Marlow Data had expected.\n";
    assertEquals("Halden Group", figure(text, "96 cents a share").claimant());
    assertEquals("analysts polled by Marlow Data", figure(text, "89 cents").claimant());
    assertEquals("estimate-after", figure(text, "89 cents").attributedBy());
  }

  @Test
  void aTimePhraseBeforeWhatWasSaidDoesNotEndTheStatement() {
    String text = "Halden Group said on Wednesday its quarterly net profit rose 18% to $742 million.\n";
    assertEquals("Halden Group", figure(text, "18%").claimant());
    assertEquals("Halden Group", figure(text, "$742 million").claimant());
  }
}

