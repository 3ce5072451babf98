package org.newsfacet.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacet.model.Figure;
import org.newsfacet.model.FigureCategory;
import org.newsfacet.search.FigureGroup;
import org.newsfacet.search.FigureHit;
import org.newsfacet.search.FigureRequest;
import org.newsfacet.search.QueryLimitException;
import org.newsfacet.search.QuoteRequest;
import org.newsfacet.search.SearchRequest;

class PageTest {
  private final Page page = new Page(3, 6, true, true);

  @Test
  void aNegativeOversizedOrTooDeepPageIsRefusedNamingLimitAndOffset() {
    assertTrue(assertThrows(QueryLimitException.class, () -> new Page(-1, 0, false, false)).getMessage()
        .contains("limit -1"));
    assertTrue(assertThrows(QueryLimitException.class, () -> new Page(1, -5, false, false)).getMessage()
        .contains("offset -5"));
    assertTrue(assertThrows(QueryLimitException.class, () -> new Page(1_001, 0, false, false)).getMessage()
        .contains("limit 1,001 is more than the 1,000"));
    assertTrue(assertThrows(QueryLimitException.class, () -> new Page(20, 9_990, false, false)).getMessage()
        .contains("limit 20 with offset 9,990 reaches past the 10,000"));
    assertEquals(0, new Page(0, 9_999, false, false).limit(), "a page of counts only, however deep");
  }

  @Test
  void quotesAndArticlesGetTheLimitOffsetCopiesAndStoryCount() {
    var quotes = (Question.Quotes) page.apply(new Question.Quotes(QuoteRequest.all(), List.of("read")));
    assertEquals(List.of(3, 6, true), List.of(quotes.request().limit(), quotes.request().offset(), quotes.request().copies()));
    assertEquals(List.of("read"), quotes.explanation());
    var articles = (Question.Articles) page.apply(new Question.Articles(SearchRequest.all(), List.of()));
    assertEquals(List.of(3, 6, true), List.of(articles.request().limit(), articles.request().offset(),
        articles.request().countStories()));
  }

  @Test
  void aComparisonGetsTheLimitPerGroupAndNoOffsetATimelineKeepsItsOwnCap() {
    var figures = (Question.Figures) page.apply(new Question.Figures(FigureRequest.all(), null, List.of()));
    assertEquals(List.of(3, 6, true), List.of(figures.request().limit(), figures.request().offset(),
        figures.request().copies()));
    var bySource = (Question.Figures) page.apply(new Question.Figures(FigureRequest.all(), FigureGroup.GroupBy.OUTLET,
        List.of()));
    assertEquals(List.of(3, 0), List.of(bySource.request().limit(), bySource.request().offset()));
    FigureRequest timeline = FigureRequest.all();
    var byDate = (Question.Figures) page.apply(new Question.Figures(timeline, FigureGroup.GroupBy.DATE, List.of()));
    assertEquals(timeline.limit(), byDate.request().limit());
    assertTrue(byDate.request().copies());
  }

  @Test
  void trimsEachDayOfATimelineToTheLimitKeepingItsCountAndLeavesOtherAnswersAlone() {
    Question.Figures byDate = new Question.Figures(FigureRequest.all(), FigureGroup.GroupBy.DATE, List.of());
    FigureGroup busy = new FigureGroup(FigureGroup.GroupBy.DATE, "2025-03-04",
        List.of(figure("1 ship"), figure("2 ships"), figure("3 ships"), figure("4 ships"), figure("5 ships")), 9);
    FigureGroup quiet = new FigureGroup(FigureGroup.GroupBy.DATE, "2025-03-03", List.of(figure("6 ships")), 1);
    var trimmed = (Answer.Groups) page.trim(new Answer.Groups(byDate, List.of(busy, quiet)));
    assertEquals(List.of(3, 1), trimmed.groups().stream().map(g -> g.figures().size()).toList());
    assertEquals(List.of(9L, 1L), trimmed.groups().stream().map(FigureGroup::total).toList());
    assertEquals(busy.figures().subList(0, 3), trimmed.groups().get(0).figures(), "the newest stay, in order");
    var counts = (Answer.Groups) new Page(0, 0, false, false).trim(new Answer.Groups(byDate, List.of(busy)));
    assertEquals(List.of(), counts.groups().get(0).figures(), "limit 0: the counts only");

    Answer.Groups bySource = new Answer.Groups(new Question.Figures(FigureRequest.all(), FigureGroup.GroupBy.OUTLET,
        List.of()), List.of(busy));
    assertSame(bySource, page.trim(bySource));
  }

  private static FigureHit figure(String text) {
    Figure f = new Figure(text, 1, 1, false, "ships", null, null, FigureCategory.OTHER, null, null, 0, text.length());
    return new FigureHit(f, "a1", null, "Daily Example", null, LocalDate.of(2025, 3, 4), "a1.txt");
  }
}
