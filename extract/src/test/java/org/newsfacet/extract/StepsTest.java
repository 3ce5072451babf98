package org.newsfacet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacet.ingest.RawArticle;

class StepsTest {
  @Test
  void aFailingStepGivesItsFallbackAndOneFaultNamingTheStep() {
    Steps steps = new Steps();
    String kept = steps.run("title", () -> "Harbour reopens", null);
    List<String> lost = steps.run("figures", () -> {
      throw new StringIndexOutOfBoundsException("Range [64, 58) out of bounds for length 80");
    }, List.of());
    assertEquals("Harbour reopens", kept);
    assertEquals(List.of(), lost);
    assertEquals(List.of("figures not extracted: internal error (StringIndexOutOfBoundsException: Range [64, 58) "
        + "out of bounds for length 80)"), steps.faults());
  }

  @Test
  void aRuleRecursingTooDeepLosesOnlyItsStep() {
    Steps steps = new Steps();
    Integer depth = steps.run("entities", StepsTest::recurse, -1);
    assertEquals(-1, depth);
    assertTrue(steps.faults().get(0).startsWith("entities not extracted: internal error (StackOverflowError"));
  }

  @Test
  void ordinaryArticlesExtractWithoutFaults() {
    Extraction e = Extractor.standard().extract(RawArticle.of("t.txt",
        "OSLO (Reuters) - There were 6 hundred people at the pier, the harbour master said.\n"));
    assertEquals(List.of(), e.faults());
    assertEquals(600, e.article().figures().get(0).low());
  }

  private static int recurse() {
    return recurse() + 1;
  }
}
