package org.newsfacet.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where no quotation is read: the headline's own offsets, end excluded. */
class HeadlineTest {

  @Test
  void holdsItsOwnOffsetsUpToItsEnd() {
    Headline headline = new Headline(10, 40);
    assertTrue(headline.holds(10));
    assertTrue(headline.holds(39));
    assertFalse(headline.holds(40));
    assertFalse(headline.holds(9));
  }

  @Test
  void aBodyWithoutItsHeadlineHoldsNone() {
    assertFalse(new Headline(-1, -1).holds(0));
  }
}
