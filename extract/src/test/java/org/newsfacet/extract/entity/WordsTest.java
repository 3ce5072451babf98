package org.newsfacet.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
  private static List<String> texts(List<Token> tokens) {
    return tokens.stream().map(Token::text).toList();
  }

  @Test
  void readsTheNameInACompoundAdjectiveAndInASiteOnItsOwn() {
    List<Token> t = Words.of("the Lindholm-based Example.com site", 0);
    assertEquals(List.of("the", "Lindholm", "based", "Example", "com", "site"), texts(t));
    assertEquals(4, t.get(1).start());
    assertEquals(12, t.get(1).end());
    assertFalse(t.get(2).joinedToPrevious());
  }

  @Test
  void keepsAPluralPossessiveInsideANameOnly() {
    List<Token> t = Words.of("the Supporters' Trust and the workers' union", 0);
    assertEquals(List.of("the", "Supporters'", "Trust", "and", "the", "workers", "union"), texts(t));
    assertTrue(t.get(2).joinedToPrevious());
    assertFalse(t.get(6).joinedToPrevious());
  }

  @Test
  void startsSentencesWhereTheSentenceSplitterDoes() {
    List<Token> t = Words.of("Shares of Acme Inc. Officials said Gen. Tovar agreed.", 0);
    assertEquals("Officials", t.get(4).text());
    assertTrue(t.get(4).sentenceStart());
    assertEquals("Tovar", t.get(7).text());
    assertFalse(t.get(7).sentenceStart());
  }

  @Test
  void givesNoOffsetsInAHeadlineReadOnItsOwn() {
    Token t = Words.of("Tovar's Day", -1).get(0);
    assertEquals("Tovar", t.text());
    assertTrue(t.possessive());
    assertEquals(-1, t.start());
  }
}
