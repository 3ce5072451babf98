package org.newsfacet.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsfacet.json.Json;
import org.newsfacet.model.Figure;
import org.newsfacet.model.FigureCategory;
import org.newsfacet.search.FacetCount;
import org.newsfacet.search.FigureGroup;
import org.newsfacet.search.FigureHit;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AnswerJsonTest {
  private static final Figure YEN = new Figure("at least 18 billion yen", 18e9, 18e9, false, "yen", "JPY", "at least",
      FigureCategory.MONEY, "the ministry", "said-that", 0, 23);
  private static final FigureHit HIT = new FigureHit(YEN, "a1", "Budget", "Kyodo", null, LocalDate.of(2025, 3, 1), "a.txt");

  @Test
  void aFigureKeepsItsUnitCurrencyAndBoundInTheSameKeysAsTheCommandLine() {
    Map<String, Object> o = AnswerJson.figure(HIT);
    assertEquals(List.of("type", "text", "low", "high", "approximate", "unit", "currency", "bound", "category", "claimant",
        "attributedBy", "articleId", "outlet", "agency", "published", "story", "copyOf", "inferredAgency", "copies",
        "carriedBy"), List.copyOf(o.keySet()));
    assertEquals("a1", o.get("story"), "an article no other carries is a story of its own");
    assertEquals(1, o.get("copies"));
    assertEquals("JPY", o.get("currency"));
    assertEquals("at least", o.get("bound"));
    assertEquals("2025-03-01", o.get("published"));
  }

  @Test
  void aGroupListsItsFiguresAndAFacetItsCountsInOrder() {
    Map<String, Object> g = AnswerJson.group(new FigureGroup(FigureGroup.GroupBy.OUTLET, "Kyodo", List.of(HIT), 3));
    assertEquals("outlet", g.get("by"));
    assertEquals(3L, g.get("total"));
    assertEquals(1, ((List<?>) g.get("figures")).size());
    String facet = Json.write(AnswerJson.facet("outlet", List.of(new FacetCount("Reuters", 4), new FacetCount("AP", 2))));
    assertEquals("{\"type\":\"facet\",\"dim\":\"outlet\",\"counts\":{\"Reuters\":4,\"AP\":2}}", facet);
  }
}
