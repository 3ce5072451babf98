package org.newsfacet.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsfacet.testing.StoryTexts;

class KinshipTest {
  private static final Fingerprint REPORT = Fingerprint.of(StoryTexts.report());

  private static Kinship kinship(String text) {
    return Kinship.of(REPORT, Fingerprint.of(text), anchor -> false);
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
}
