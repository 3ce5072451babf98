package org.newsfacet.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private static List<String> strings(Tokens t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.string(i));
    }
    return out;
  }

  private static List<String> strings(String text) {
    return strings(Tokenizer.tokens(text));
  }

  @Test
  void keepsNumbersWithTheirSeparatorsAsOneWord() {
    assertEquals(List.of("rose", "to", "1,200.5", "tonnes", ",", "3.5", "%"), strings("rose to 1,200.5 tonnes, 3.5%"));
  }

  @Test
  void keepsTheFullStopOfInitialsAcronymsAndKnownAbbreviations() {
    assertEquals(List.of("J.", "K.", "Varn", "met", "Gen.", "Quillan", "in", "the", "U.S.A.", "at", "Acme", "Inc."),
        strings("J. K. Varn met Gen. Quillan in the U.S.A. at Acme Inc."));
  }

  @Test
  void endsAWordBeforeAFullStopThatIsNoAbbreviations() {
    assertEquals(List.of("It", "rained", ".", "It", "rose", "3.5", "."), strings("It rained. It rose 3.5."));
  }

  @Test
  void joinsAnInitialWrittenCloseToWhatFollows() {
    assertEquals(List.of("T.van", "Tovar", "scored"), strings("T.van Tovar scored"));
  }

  @Test
  void readsASiteAsOneWordWhoseNameEndsAtTheDot() {
    Tokens t = Tokenizer.tokens("Example.com said");
    assertEquals(List.of("Example.com", "said"), strings(t));
    assertEquals("Example".length(), t.nameEnd(0));
  }

  @Test
  void readsANameJoinedToAnAdjectiveAsOneWordWhoseNameEndsAtTheHyphen() {
    Tokens t = Tokenizer.tokens("the Port Varnholm-listed firm and a well-known one");
    assertEquals(List.of("the", "Port", "Varnholm-listed", "firm", "and", "a", "well-known", "one"), strings(t));
    assertEquals("the Port Varnholm".length(), t.nameEnd(2));
    assertEquals(t.end(6), t.nameEnd(6));
  }

  @Test
  void leavesPossessivesOutOfTheWord() {
    Tokens t = Tokenizer.tokens("Varn's car and the workers’ union");
    assertEquals(List.of("Varn", "car", "and", "the", "workers", "union"), strings(t));
    assertTrue(t.possessive(0));
    assertEquals("Varn's".length(), t.next(0));
    assertTrue(t.pluralPossessive(4));
    assertFalse(t.possessive(4));
  }

  @Test
  void readsEachGivenQuotationAsOneTokenAndCountsParagraphs() {
    String text = "He said “It is over.”\nThen he left.";
    Tokens t = Tokenizer.tokens(text, List.of(new Tokenizer.Quotation(8, 21)));
    assertEquals(List.of("He", "said", "“It is over.”", "Then", "he", "left", "."), strings(t));
    assertTrue(t.isQuotation(2));
    assertEquals(0, t.quotation(2));
    assertEquals(0, t.paragraph(2));
    assertEquals(1, t.paragraph(3));
  }

  @Test
  void givesTheOffsetsOfTheTextWhenReadingAStretch() {
    Tokens t = Tokenizer.tokens("one two three", 4, 13);
    assertEquals(List.of("two", "three"), strings(t));
    assertEquals(4, t.start(0));
  }
}
