package org.newsfacet.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacet.extract.Extractor;
import org.newsfacet.ingest.RawArticle;
import org.newsfacet.model.Quote;
import org.newsfacet.model.SpeakerType;

class QuotesTest {
  /** The direct quotations of {@code text}. */
  private static List<Quote> quotes(String text) {
    return all(text).stream().filter(Quote::direct).toList();
  }

  /** The quotations and reported speech of {@code text}. */
  private static List<Quote> all(String text) {
    List<Quote> quotes = Extractor.standard().extract(RawArticle.of("t.txt", text)).article().quotes();
    for (Quote q : quotes) {
      assertEquals(q.text(), text.substring(q.start(), q.end()), "offsets point at the quoted words");
    }
    return quotes;
  }

  @Test
  void aQuoteSplitByItsAttributionIsTwoQuotesOfOneSpeaker() {
    List<Quote> q = quotes("“The bridge will reopen in spring,” Mayor Ines Varga said. “We owe that to the drivers.”\n");
    assertEquals(2, q.size());
    assertEquals("The bridge will reopen in spring,", q.get(0).text());
    assertEquals("Ines Varga", q.get(0).speaker());
    assertEquals("Ines Varga", q.get(1).speaker());
    assertFalse(q.get(0).partial());
  }

  @Test
  void aQuoteAfterSaidAndAColonTakesTheSpeakerBeforeIt() {
    List<Quote> q = quotes("Harbour master Tomas Quill said:\n\n“No ship leaves before the wind drops.”\n");
    assertEquals(1, q.size());
    assertEquals("Tomas Quill", q.get(0).speaker());
  }

  @Test
  void aQuoteRunningOverParagraphsIsOneQuoteAndACutOffOneRunsToTheEnd() {
    String text = "Marta Quiroga, an engineer, described the repair.\n\n“We replaced every cable on the north side.\n\n"
        + "“Then we tested each one twice,” she said.\n\nLater she added: “The south side is next and";
    List<Quote> q = quotes(text);
    assertEquals(2, q.size());
    assertTrue(q.get(0).text().contains("north side.\n\n“Then we tested"), q.get(0).text());
    assertEquals("Marta Quiroga", q.get(0).speaker());
    assertEquals("The south side is next and", q.get(1).text());
    assertEquals("Marta Quiroga", q.get(1).speaker());
  }

  @Test
  void readsEveryQuotationStyle() {
    String text = "«Wir bleiben hier», said farmer Anton Belyk. „Das ist unser Land“, he added.\n"
        + "''We will wait,'' said Petra Lindqvist. ‘Not one more day,’ she said.\n";
    List<Quote> q = quotes(text);
    assertEquals(List.of("Wir bleiben hier", "Das ist unser Land", "We will wait,", "Not one more day,"),
        q.stream().map(Quote::text).toList());
    assertEquals(List.of("Anton Belyk", "Anton Belyk", "Petra Lindqvist", "Petra Lindqvist"),
        q.stream().map(Quote::speaker).toList());
  }

  @Test
  void pronounsGoToThePersonNamedBeforeThemNotToAPossessive() {
    String text = "Coach Dana Reyes praised the defence. Captain Leo Marsh said the team had improved.\n\n"
        + "Marsh did not answer questions about Reyes's future. “We fought for every ball,” he said.\n";
    List<Quote> q = quotes(text);
    assertEquals("Leo Marsh", q.get(0).speaker());
  }

  @Test
  void aQuoteWithoutAttributionContinuesThePreviousSpeaker() {
    String text = "“The harvest is late,” farmer Anton Belyk told reporters.\n\n“The rain came too early this year.”\n";
    List<Quote> q = quotes(text);
    assertEquals(2, q.size());
    assertEquals("Anton Belyk", q.get(1).speaker());
  }

  @Test
  void unnamedSourcesAndOrganisationsSpeak() {
    String text = "“We are tracking the convoy,” a senior U.S. military official told reporters.\n\n"
        + "“Talks will resume on Monday,” the ministry said in a statement.\n\n"
        + "“Nothing is agreed,” two diplomats said.\n";
    List<Quote> q = quotes(text);
    assertEquals("a senior U.S. military official", q.get(0).speaker());
    assertEquals(SpeakerType.UNNAMED, q.get(0).speakerType());
    assertEquals("the ministry", q.get(1).speaker());
    assertEquals(SpeakerType.ORGANIZATION, q.get(1).speakerType());
    assertEquals(SpeakerType.UNNAMED, q.get(2).speakerType());
  }

  @Test
  void partialQuotesInReportedSpeechAreKeptButScareQuotesAndTitlesAreNot() {
    String text = "Mayor Ines Varga said the plan was “a first step” toward a safer port.\n\n"
        + "The council adopted its “green harbour” scheme last year, and the film “Salt and Iron” opened in May.\n";
    List<Quote> q = quotes(text);
    assertEquals(1, q.size(), q::toString);
    assertEquals("a first step", q.get(0).text());
    assertTrue(q.get(0).partial());
    assertEquals("Ines Varga", q.get(0).speaker());
  }

  @Test
  void accordingToNamesTheSpeaker() {
    List<Quote> q = quotes("The line would create “about 6,000 jobs”, according to Aroha Whitcombe, the transport minister.\n");
    assertEquals("Aroha Whitcombe", q.get(0).speaker());
  }

  @Test
  void elisionsPossessivesAndInchMarksOpenAndCloseNothing() {
    assertTrue(quotes("Ray Cole, known for hits from the ‘90s, said the new single took a weekend.\n").isEmpty());
    assertTrue(quotes("‘Tis the season for rock ‘n’ roll, the organisers said on Monday.\n").isEmpty());
    List<Quote> q = quotes("‘The workers’ patience has run out, and the bosses’ offer is an insult,’ Lynch told reporters.\n");
    assertEquals("The workers’ patience has run out, and the bosses’ offer is an insult,", q.get(0).text());
    List<Quote> inch = quotes("A 12\"-wide main burst near the station, engineer Tom Hill said. \"It was old,\" he said.\n");
    assertEquals(List.of("It was old,"), inch.stream().map(Quote::text).toList());
  }

  @Test
  void aQuotationInsideAQuotationIsPartOfIt() {
    List<Quote> q = quotes("“He looked at me and said “never again” and then he walked away,” Doyle told the court.\n");
    assertEquals(1, q.size());
    assertEquals("He looked at me and said “never again” and then he walked away,", q.get(0).text());
  }

  @Test
  void aQuotationLeftOpenEndsWithItsFirstSentenceWhenAnotherOpens() {
    List<Quote> q = quotes("Crews worked overnight. “This is a dangerous storm, Governor Ana Ruiz said at a briefing. "
        + "Power returned to most homes by noon. “We have crews ready to go,” said spokesman Jack Miller.\n");
    assertEquals("This is a dangerous storm, Governor Ana Ruiz said at a briefing.", q.get(0).text());
    assertEquals("We have crews ready to go,", q.get(1).text());
  }

  @Test
  void aSpokespersonSpeaksForThePersonNotAsThem() {
    List<Quote> q = quotes("John Smith left early. “We will not back down,” a spokesman for Smith said.\n");
    assertEquals("a spokesman for Smith", q.get(0).speaker());
    assertEquals(SpeakerType.UNNAMED, q.get(0).speakerType());
  }

  @Test
  void thePersonSpeaksPastAParentheticalNotTheOrganisationBeforeTheirTitle() {
    List<Quote> q = quotes("Bundesbank President Joachim Nagel, speaking in Berlin, said: “It would be premature.”\n");
    assertEquals("Joachim Nagel", q.get(0).speaker());
  }

  @Test
  void aQuotationWithItsOwnUnresolvedAttributionDoesNotInherit() {
    List<Quote> q = quotes("“It will bring customers,” Tom Baker said.\n\n“It will also bring traffic,” Green said.\n");
    assertEquals("Tom Baker", q.get(0).speaker());
    assertFalse("Tom Baker".equals(q.get(1).speaker()), q.toString());
  }

  @Test
  void aLongListOfQuotedTitlesHoldsNoQuotations() {
    // Thousands of quotations in one sentence: each is a title with nobody's words. (The sentence
    // index keeps this linear; were it quadratic, this test would take minutes.)
    StringBuilder b = new StringBuilder("The playlist includes ");
    for (int i = 0; i < 3000; i++) {
      b.append("“Song number ").append(i).append("”, ");
    }
    assertTrue(quotes(b.append("and more.\n").toString()).isEmpty());
  }
  @Test
  void aQuotationAfterAStateAbbreviationOpensANewSentenceOfTheSameSpeaker() {
    String text = "\"We back him because he is the nominee,\" said Sen. Tom Ridley, R-S.C. \"I get that. But he must stop.\"\n";
    List<Quote> q = quotes(text);
    assertEquals(2, q.size(), q::toString);
    assertEquals("Tom Ridley", q.get(1).speaker());
    assertFalse(q.get(1).partial());
  }

  @Test
  void aQuotationResumedAfterAParticipleKeepsItsSpeaker() {
    String text = "“Every time you say that,” Tester said, referring to the excuse, “you give ammunition to critics.”\n";
    assertEquals("Tester", quotes(text).get(1).speaker());
  }

  @Test
  void aLongCloseAfterAQuestionStaysInItsSentence() {
    String text = "“Why should we wait?” Harlan asked the council members pointedly at the budget hearing last week.\n";
    assertEquals("Harlan", quotes(text).get(0).speaker());
  }

  @Test
  void aSentenceOpenedBySaidNamesTheSpeakerOfTheQuotationAfterIt() {
    String text = "Said Dora Penn, who grew up on the same street, “He was our hero.”\n";
    Quote q = quotes(text).get(0);
    assertEquals("Dora Penn", q.speaker());
    assertFalse(q.partial());
  }

  @Test
  void aClosingMarkTypedAsAnOpeningOneStillClosesTheQuotation() {
    String text = "“It's unusual,“ said Larry Nobel, a lawyer.\n";
    Quote q = quotes(text).get(0);
    assertEquals("It's unusual,", q.text());
    assertEquals("Larry Nobel", q.speaker());
  }
  @Test
  void aNoBreakSpaceAfterANameIsSpaceToo() {
    String text = "Voters wrote to us.\n“He never answers a question.” ― Marta Aguila\u00a0\n“He scares me.” ― Estela Tapio\n";
    List<Quote> q = quotes(text);
    assertEquals("Marta Aguila", q.get(0).speaker());
    assertEquals("Estela Tapio", q.get(1).speaker());
  }

  @Test
  void aPartyTagAfterANameIsNoSpeakerAndAClauseBeforeItNoSubject() {
    String text = "After winning Ohio in the primary, Gov. Jon Kessler (R-OH), said, “We are going all the way.”\n";
    assertEquals("Jon Kessler", quotes(text).get(0).speaker());
  }

  @Test
  void aColonTakesTheSubjectOfItsClauseNotTheLastNameInIt() {
    String text = "Senate leader Mitch Connell, R-Ky., delivered a blunt message to Donald Trump: “Get on message.”\n";
    assertEquals("Mitch Connell", quotes(text).get(0).speaker());
  }

  @Test
  void anUnnamedSpeakerBeforeAQuotationIsDescribed() {
    String text = "A boy asked who was in the painting. Another child responded, “That is her husband.”\n";
    assertEquals("another child", quotes(text).get(0).speaker());
  }
}
