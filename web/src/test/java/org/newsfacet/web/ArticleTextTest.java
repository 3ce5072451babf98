package org.newsfacet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsfacet.model.Article;
import org.newsfacet.model.Figure;
import org.newsfacet.model.FigureCategory;
import org.newsfacet.model.Quote;
import org.newsfacet.model.SpeakerType;

/** Cutting an article's indexed text where its quotations and figures stand. */
class ArticleTextTest {
  private static Article article(List<Quote> quotes, List<Figure> figures) {
    return new Article("a", "a.txt", "Title", null, null, null, null, null, List.of(), List.of(), quotes, figures);
  }

  private static Quote quote(String text, int start) {
    return new Quote("Ada Quint", SpeakerType.PERSON, text, false, start, start + text.length());
  }

  private static Figure figure(String text, double value, int start) {
    return new Figure(text, value, value, false, "sheds", FigureCategory.OTHER, null, start, start + text.length());
  }

  private static String joined(List<Map<String, Object>> segments) {
    StringBuilder s = new StringBuilder();
    segments.forEach(m -> s.append(m.get("text")));
    return s.toString();
  }

  @Test
  void findsAQuotationWhoseBlanksTheIndexSqueezed() {
    String text = "The board met. \"We will not wait another winter,\" she said.";
    List<Map<String, Object>> segments = ArticleText.segments(text,
        article(List.of(quote("We will not\n  wait another winter,", 16)), List.of()));
    assertEquals(text, joined(segments));
    assertEquals(List.of(Map.of("text", "The board met. \""), Map.of("text", "We will not wait another winter,",
        "quote", 0), Map.of("text", "\" she said.")), segments);
  }

  @Test
  void aFigureInsideAQuotationCarriesBothMarks() {
    String text = "\"We need 40 sheds now,\" she said.";
    List<Map<String, Object>> segments = ArticleText.segments(text,
        article(List.of(quote("We need 40 sheds now,", 1)), List.of(figure("40 sheds", 40, 9))));
    assertEquals(text, joined(segments));
    assertEquals(Map.of("text", "40 sheds", "quote", 0, "figure", 0), segments.get(2));
    assertEquals(Map.of("text", "We need ", "quote", 0), segments.get(1));
  }

  @Test
  void repeatedWordsAreMarkedWhereEachStandsInOrder() {
    String text = "Ten sheds burned. Later, ten sheds more.";
    List<Map<String, Object>> segments = ArticleText.segments(text.toLowerCase(java.util.Locale.ROOT),
        article(List.of(), List.of(figure("ten sheds", 10, 25), figure("ten sheds", 10, 0))));
    long marked = segments.stream().filter(m -> m.containsKey("figure")).count();
    assertEquals(2, marked);
    assertEquals(1, segments.stream().filter(m -> m.containsKey("figure")).findFirst().orElseThrow().get("figure"),
        "the figure that starts first in the article is the first in the text");
  }

  @Test
  void wordsNotFoundInTheTextLeaveItUnmarked() {
    String text = "Nothing quoted here.";
    List<Map<String, Object>> segments = ArticleText.segments(text, article(List.of(quote("absent words", 0)),
        List.of()));
    assertEquals(List.of(Map.of("text", text)), segments);
    assertFalse(segments.get(0).containsKey("quote"));
  }
}
