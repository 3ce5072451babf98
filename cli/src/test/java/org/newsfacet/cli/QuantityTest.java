package org.newsfacet.cli;

import org.junit.jupiter.api.Test;
import org.newsfacet.model.Figure;
import org.newsfacet.model.FigureCategory;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** How the figure table writes what a figure is, so that a reader never compares unlike things. */
class QuantityTest {
  private static Figure figure(double low, double high, String unit, String currency, String bound,
      FigureCategory category) {
    return new Figure("t", low, high, false, unit, currency, bound, category, null, null, 0, 1);
  }

  @Test
  void showsTheBoundTheUnitAndTheCurrency() {
    assertEquals("at least 31 people", QueryCommand.quantity(figure(31, 31, "people", null, "at least",
        FigureCategory.CASUALTIES)));
    assertEquals("18 billion yen (JPY)", QueryCommand.quantity(figure(18e9, 18e9, "yen", "JPY", null,
        FigureCategory.MONEY)));
    assertEquals("HK$6.4 billion (HKD)", QueryCommand.quantity(figure(6.4e9, 6.4e9, "HK$", "HKD", null,
        FigureCategory.MONEY)));
    assertEquals("4 brigades", QueryCommand.quantity(figure(4, 4, "brigades", null, null, FigureCategory.TROOPS)));
  }

  @Test
  void centsAreShownInCents() {
    assertEquals("47 cents", QueryCommand.quantity(figure(0.47, 0.47, "cents", null, null, FigureCategory.MONEY)));
    assertEquals("32-33 cents", QueryCommand.quantity(figure(0.32, 0.33, "cents", null, null, FigureCategory.MONEY)));
  }
}
