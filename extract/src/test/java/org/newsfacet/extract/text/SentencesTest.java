package org.newsfacet.extract.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
  /** The sentences of {@code text}, each as written. */
  private static List<String> sentences(String text) {
    Tokens t = Tokenizer.tokens(text);
    int[] starts = Sentences.starts(t);
    return java.util.stream.IntStream.range(0, starts.length - 1)
        .mapToObj(s -> text.substring(t.start(starts[s]), t.end(starts[s + 1] - 1))).toList();
  }

  @Test
  void endsASentenceAtAFullStopBeforeASpaceButNotBeforeALowerCaseWord() {
    assertEquals(List.of("It rained.", "Then it stopped, e.g. at noon!", "Why?"),
        sentences("It rained. Then it stopped, e.g. at noon! Why?"));
  }

  @Test
  void endsNoSentenceAfterAnAbbreviationBeforeAName() {
    assertEquals(List.of("Gen. Quillan and Dr. Varn met at St. Ives in the U.S. on Monday."),
        sentences("Gen. Quillan and Dr. Varn met at St. Ives in the U.S. on Monday."));
  }

  @Test
  void endsASentenceAfterAnAbbreviationThatMayEndOne() {
    assertEquals(List.of("Shares of Acme Inc.", "The company said so."), sentences("Shares of Acme Inc. The company said so."));
  }

  @Test
  void endsASentenceAfterTheClosingMarksOfOne() {
    assertEquals(List.of("(It was not.)", "He left.", "She said \"no.\"", "Then she went."),
        sentences("(It was not.) He left. She said \"no.\" Then she went."));
  }

  @Test
  void endsASentenceAtALineBreak() {
    assertEquals(List.of("A headline", "The first line."), sentences("A headline\nThe first line."));
  }

  @Test
  void endsASentenceAfterAQuotationUnlessItsAttributionFollows() {
    String text = "“It is over.” The rescue went on. “Why now?” asked Varn.";
    Tokens t = Tokenizer.tokens(text, List.of(new Tokenizer.Quotation(0, 13), new Tokenizer.Quotation(34, 44)));
    int asked = 7;
    assertEquals("asked", t.string(asked));
    // after “It is over.” and after "on.", not after “Why now?”, which "asked" attributes
    assertArrayEquals(new int[] {0, 1, 6, t.size()}, Sentences.starts(t, from -> from == asked));
  }

  @Test
  void findsTheSentenceAroundAStretchWithinItsLine() {
    String text = "Headline 12\nIt rained. The fund gave $3 million for flood relief, Gen. Quillan said. It stopped.";
    int at = text.indexOf("$3 million");
    Sentences.Bounds b = Sentences.around(text, at, at + "$3 million".length());
    assertEquals("The fund gave $3 million for flood relief, Gen. Quillan said.", text.substring(b.start(), b.end()));
    Sentences.Bounds h = Sentences.around(text, 9, 11);
    assertEquals("Headline 12", text.substring(h.start(), h.end()));
  }
}
