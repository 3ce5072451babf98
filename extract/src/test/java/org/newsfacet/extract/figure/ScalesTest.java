package org.newsfacet.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ScalesTest {
  private static final Pattern SUFFIXED = Pattern.compile("\\d+" + Scales.SUFFIX + "\\b");

  @Test
  void aOneLetterSuffixIsReadInEitherCaseALongerOneOnlyAsListed() {
    for (String written : new String[] {"15k", "15K", "3m", "3M", "2b", "2B", "2bn", "7mn", "4tn", "4trn"}) {
      assertTrue(SUFFIXED.matcher(written).matches(), written);
    }
    for (String written : new String[] {"2BN", "2Bn", "7MN", "15x"}) {
      assertFalse(SUFFIXED.matcher(written).matches(), written);
    }
    assertEquals(1e9, Scales.ofSuffix("bn"));
    assertEquals(1.0, Scales.ofSuffix("pc"), "no suffix multiplies by one");
  }

  @Test
  void aScaledValueCloseToAWholeNumberIsThatNumber() {
    assertEquals(8_200_000_000.0, Scales.scaled(8.2, Scales.ofWord("billion")));
    assertEquals(0.25, Scales.scaled(0.25, 1), "no scale leaves a fraction alone");
  }
}
