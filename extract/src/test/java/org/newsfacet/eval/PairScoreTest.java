package org.newsfacet.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PairScoreTest {
  @Test
  void countsThePairsPutTogetherRightlyAndWrongly() {
    // Truth: {a,b,c} and {d}; found: {a,b} and {c,d}. True pairs ab ac bc; found ab cd; right ab.
    PairScore s = PairScore.of(Map.of("a", "x", "b", "x", "c", "x", "d", "y"),
        Map.of("a", "1", "b", "1", "c", "2", "d", "2"));
    assertEquals(new PairScore(3, 2, 1), s);
    assertEquals(0.5, s.precision());
    assertEquals(1 / 3.0, s.recall());
    assertEquals(0.4, s.f1(), 1e-9);
  }

  @Test
  void anArticleTheGroupingDoesNotKnowStandsAlone() {
    PairScore s = PairScore.of(Map.of("a", "x", "b", "x"), Map.of("a", "1"));
    assertEquals(new PairScore(1, 0, 0), s);
    assertEquals(1.0, s.precision(), "nothing put together, nothing wrong");
    assertEquals(0.0, s.recall());
  }
}
