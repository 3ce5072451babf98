package org.newsfacet.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsfacet.testing.StoryTexts;

class KinshipTest {
  private static final Fingerprint REPORT = Fingerprint.of(StoryTexts.report());

  private static Kinship kinship(String text) {
    return Kinship.of(REPORT, Fingerprint.of(text), anchor -> false);
  }

  @Test
  void aFingerprintKnowsItsNarrativeShinglesAndNoOthers() {
    Set<Integer> own = new HashSet<>();
    for (int h : REPORT.narrative()) {
      if (h != Fingerprint.GAP) {
        own.add(h);
        assertTrue(REPORT.narrates(h), "its own shingle " + h);
      }
    }
    assertTrue(own.size() > 50, "a report's worth of shingles");
    assertFalse(REPORT.narrates(Fingerprint.GAP), "a gap is no shingle");
    Random random = new Random(7);
    for (int i = 0; i < 10_000; i++) {
      int h = random.nextInt();
      assertEquals(own.contains(h), REPORT.narrates(h), "hash " + h);
    }
    for (int h : Fingerprint.of(StoryTexts.unrelated()).narrative()) {
      assertEquals(own.contains(h), REPORT.narrates(h), "another text's shingle " + h);
    }
  }

  @Test
  void aTrimmedCopyWithAnIntroIsACopy() {
    assertEquals(Kinship.COPY, kinship(StoryTexts.trimmedCopy()));
  }

  @Test
  void typographyAndCaseDoNotHideACopy() {
    String plain = StoryTexts.report().replace("“", "\"").replace("”", "\"").replace("’", "'").toUpperCase();
    assertEquals(Kinship.COPY, kinship(plain));
  }

  @Test
  void anArticleThatLiftsTwoParagraphsIsOfTheStoryButNoCopy() {
    assertEquals(Kinship.STORY, kinship(StoryTexts.rewrite()));
  }

  @Test
  void anIndependentReportThatPrintsTheSameQuotationIsNotOfTheStory() {
    assertEquals(Kinship.NONE, kinship(StoryTexts.independent()));
  }

  @Test
  void unrelatedTextsAreUnrelated() {
    assertEquals(Kinship.NONE, kinship(StoryTexts.unrelated()));
    assertEquals(Kinship.NONE, Kinship.of(Fingerprint.of(""), Fingerprint.of(""), a -> false));
  }

  @Test
  void passagesThatManyArticlesCarryAreBoilerplateNotEvidence() {
    // Every anchor is called common: the two lifted paragraphs are then no evidence of one story.
    assertEquals(Kinship.NONE, Kinship.of(REPORT, Fingerprint.of(StoryTexts.rewrite()), anchor -> true));
  }

  @Test
  void containmentSeesATrimmedCopyWhoseJaccardIsLow() {
    Fingerprint half = Fingerprint.of(String.join("\n\n", StoryTexts.REPORT.subList(0, 4)));
    assertTrue(REPORT.jaccard(half) < 0.7, "jaccard " + REPORT.jaccard(half));
    assertTrue(REPORT.containment(half) >= 0.7, "containment " + REPORT.containment(half));
  }

  @Test
  void aFingerprintReadsBackFromItsBytes() {
    Fingerprint back = Fingerprint.read(REPORT.bytes());
    assertEquals(REPORT.shingles(), back.shingles());
    assertArrayEquals(REPORT.bands(), back.bands());
    assertArrayEquals(REPORT.anchors(), back.anchors());
    assertEquals(1.0, REPORT.jaccard(back));
  }

  @Test
  void copiesShareABandAndRewritesShareAnAnchor() {
    long[] copy = Fingerprint.of(StoryTexts.report().replace(" (Northwire)", "")).bands();
    assertTrue(java.util.Arrays.stream(copy).anyMatch(b -> java.util.Arrays.stream(REPORT.bands()).anyMatch(x -> x == b)));
    int[] rewrite = Fingerprint.of(StoryTexts.rewrite()).anchors();
    assertTrue(java.util.Arrays.stream(rewrite).anyMatch(a -> java.util.Arrays.binarySearch(REPORT.anchors(), a) >= 0));
  }

  @Test
  void twoArticlesOfOneOutletLinkOnlyAsCopies() {
    Fingerprint rewrite = Fingerprint.of(StoryTexts.rewrite());
    assertEquals(Kinship.STORY, Kinship.of(REPORT, rewrite, anchor -> false, false));
    assertEquals(Kinship.NONE, Kinship.of(REPORT, rewrite, anchor -> false, true), "an outlet repeats its own background");
    assertEquals(Kinship.COPY, Kinship.of(REPORT, Fingerprint.of(StoryTexts.trimmedCopy()), anchor -> false, true));
  }

  private static final String LONG_QUOTE = "\"We have asked every family on the lower terraces to move their animals to "
      + "higher ground before the weekend,\" the warden said.";
  private static final String SENTENCE = "The storm tore the roof off the old grain exchange and scattered its slates "
      + "across the market square before dawn.";

  private static final String OTHER = "Shopkeepers counted the cost on Tuesday as the water slowly drained away. "
      + "Insurance assessors are expected from the capital next week, and the chamber of trade has opened a fund "
      + "for the bakeries and tailors whose cellars flooded first.";

  private static String article(String opening, String... parts) {
    return opening + "\n\n" + String.join("\n\n", parts);
  }

  @Test
  void aLiftedSentenceAndALongSharedQuotationTogetherMakeOneStory() {
    Fingerprint a = Fingerprint.of(article("Volunteers spent the night filling sandbags along the canal in the old town. "
        + "By morning the school gym had become a dormitory for forty pensioners, with cots borrowed from the army "
        + "depot and soup from the parish kitchen.", SENTENCE, LONG_QUOTE));
    Fingerprint both = Fingerprint.of(article(OTHER, SENTENCE, LONG_QUOTE));
    Fingerprint quoteOnly = Fingerprint.of(article(OTHER, LONG_QUOTE));
    Fingerprint sentenceOnly = Fingerprint.of(article(OTHER, SENTENCE));
    assertEquals(Kinship.STORY, Kinship.of(a, both, anchor -> false));
    assertEquals(Kinship.NONE, Kinship.of(a, quoteOnly, anchor -> false), "a statement every outlet printed");
    assertEquals(Kinship.NONE, Kinship.of(a, sentenceOnly, anchor -> false), "one sentence alone");
  }
}
