package org.newsfacet.search;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacet.model.FigureCategory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FiltersTest {
  private static final Filters REUTERS_IN_OCTOBER = Filters.NONE.source("Reuters").outlet("AP").outlet("ap")
      .from(LocalDate.of(2024, 10, 1)).to(LocalDate.of(2024, 10, 31));

  @Test
  void oneSetOfFiltersServesEveryKindOfSearch() {
    assertEquals(REUTERS_IN_OCTOBER, SearchRequest.text("drones").filters(REUTERS_IN_OCTOBER).filters());
    assertEquals(REUTERS_IN_OCTOBER, QuoteRequest.by("Rutte").filters(REUTERS_IN_OCTOBER).filters());
    assertEquals(REUTERS_IN_OCTOBER, FigureRequest.of(FigureCategory.TROOPS).filters(REUTERS_IN_OCTOBER).filters());
    assertEquals(List.of("AP"), REUTERS_IN_OCTOBER.outlets(), "the same outlet twice is one filter");
  }

  @Test
  void theBuilderMethodsOfEachRequestChangeItsFilters() {
    QuoteRequest q = QuoteRequest.all().source("Reuters").outlet("AP").from(LocalDate.of(2024, 10, 1))
        .to(LocalDate.of(2024, 10, 31));
    assertEquals(REUTERS_IN_OCTOBER, q.filters());
        assertEquals(LocalDate.of(2024, 10, 1), FigureRequest.all().from(LocalDate.of(2024, 10, 1)).filters().from());
  }

  @Test
  void datesMustBeInOrderAndValuesNotBlank() {
    assertThrows(IllegalArgumentException.class, () -> QuoteRequest.all().from(LocalDate.of(2024, 11, 2))
        .to(LocalDate.of(2024, 11, 1)));
    assertThrows(IllegalArgumentException.class, () -> Filters.NONE.outlet(" "));
  }
}
