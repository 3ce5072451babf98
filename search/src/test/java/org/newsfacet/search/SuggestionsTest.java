package org.newsfacet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsfacet.model.Article;

class SuggestionsTest {
  /** A collection that knows two speakers, one outlet and one agency, and nothing else. */
  private static final NewsSearch KNOWN = new NewsSearch() {
    @Override
    public List<String> names(String dimension) {
      return switch (dimension) {
        case Dimensions.SPEAKER -> List.of("Ingrid Halvorsen", "Chidi Okonkwo");
        case Dimensions.OUTLET -> List.of("Harbour Ledger");
        case Dimensions.AGENCY -> List.of("Norvik Press");
        default -> List.of();
      };
    }

    @Override public Results<Hit> search(SearchRequest request) { throw new UnsupportedOperationException(); }
    @Override public Results<QuoteHit> quotes(QuoteRequest request) { throw new UnsupportedOperationException(); }
    @Override public Results<FigureHit> figures(FigureRequest request) { throw new UnsupportedOperationException(); }
    @Override public List<FigureGroup> compare(FigureRequest r, FigureGroup.GroupBy by) { throw new UnsupportedOperationException(); }
    @Override public List<FacetCount> values(String dimension) { throw new UnsupportedOperationException(); }
    @Override public Optional<Article> get(String id) { throw new UnsupportedOperationException(); }
    @Override public Optional<String> text(String id) { throw new UnsupportedOperationException(); }
    @Override public IndexStats stats() { throw new UnsupportedOperationException(); }
    @Override public List<Related> similar(String id, int limit) { throw new UnsupportedOperationException(); }
    @Override public java.util.Map<String, Syndication> stories() { throw new UnsupportedOperationException(); }
    @Override public void close() {}
  };

  private static final Results<QuoteHit> NONE = new Results<>(0, List.of(), Map.of());

  @Test
  void aMisspeltSpeakerThatFindsNothingSuggestsTheNearestKnownName() throws Exception {
    Results<QuoteHit> r = Suggestions.whenEmpty(NONE, Map.of(Dimensions.SPEAKER, List.of("Halvorsn")), KNOWN::names);
    assertEquals(List.of("Halvorsen"), r.suggestions());
  }

  @Test
  void aKnownNameInAnyCaseOrInAnotherAskedDimensionIsNoSlip() throws Exception {
    assertEquals(List.of(), Suggestions.whenEmpty(NONE, Map.of(Dimensions.SPEAKER, List.of("chidi okonkwo")),
        KNOWN::names).suggestions());
    // a source asked as outlet and agency: an agency, no outlet, so nothing to suggest for either
    assertEquals(List.of(), Suggestions.whenEmpty(NONE, Map.of(Dimensions.OUTLET, List.of("Norvik Press"),
        Dimensions.AGENCY, List.of("Norvik Press")), KNOWN::names).suggestions());
  }

  @Test
  void resultsThatFoundSomethingAreLeftAsTheyAre() throws Exception {
    Results<QuoteHit> some = new Results<>(3, List.of(), Map.of());
    assertSame(some, Suggestions.whenEmpty(some, Map.of(Dimensions.SPEAKER, List.of("Halvorsn")), KNOWN::names));
  }

  @Test
  void aNameNearNothingKnownGetsNoSuggestion() throws Exception {
    assertEquals(List.of(), Suggestions.whenEmpty(NONE, Map.of(Dimensions.SPEAKER, List.of("Zyxwvut")), KNOWN::names)
        .suggestions());
  }
}
