package org.newsfacet.query;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.newsfacet.search.FigureGroup;
import org.newsfacet.search.QueryLimitException;
import org.newsfacet.search.QueryLimits;

/**
 * Which part of an answer to return, the same from the command line and over HTTP: a page of
 * {@code limit} hits after {@code offset}, every copy of a quotation or figure or one entry per
 * story, and whether the facets of an article search count stories. In a comparison the limit is
 * how many figures each group shows and the offset does not apply.
 *
 * @param limit how many to return; 0 returns only the counts
 * @param offset how many to skip first
 * @param copies list every article's copy, not one entry per story
 * @param countStories count stories, not articles, in an article search's facets
 */
public record Page(int limit, int offset, boolean copies, boolean countStories) {
  /** How many hits a page has unless asked otherwise, from the command line and over HTTP. */
  public static final int DEFAULT_LIMIT = 20;

  /**
   * Checks the page.
   *
   * @throws QueryLimitException when the limit or offset is negative, or the page is larger or
   *     reaches deeper than {@link QueryLimits} allow
   */
  public Page {
    if (limit < 0 || offset < 0) {
      throw new QueryLimitException("limit and offset must not be negative: limit " + limit + ", offset " + offset);
    }
    if (limit > QueryLimits.MAX_PAGE) {
      throw new QueryLimitException(String.format(Locale.ROOT, "limit %,d is more than the %,d hits a page may "
          + "show: page through them with offset, or narrow the question", limit, QueryLimits.MAX_PAGE));
    }
    if ((long) offset + limit > QueryLimits.MAX_PAGE_END) {
      throw new QueryLimitException(String.format(Locale.ROOT, "limit %,d with offset %,d reaches past the %,d hits "
          + "a question may page through: narrow it (a date, an outlet) instead", limit, offset,
          QueryLimits.MAX_PAGE_END));
    }
  }

  /**
   * Answers a question read by {@code questions} for this page.
   *
   * @param questions what reads and answers questions
   * @param question a question as {@link Questions#parse} read it
   * @return the answer, at most {@code limit} hits, or in a comparison {@code limit} figures a group
   * @throws IOException when the index cannot be read
   */
  public Answer answer(Questions questions, Question question) throws IOException {
    return trim(questions.answer(apply(question)));
  }

  /**
   * The question asking for this page.
   *
   * @param q a question as read
   * @return the same question with this page's limit, offset, copies and story counting
   */
  public Question apply(Question q) {
    return switch (q) {
      case Question.Articles a -> new Question.Articles(a.request().limit(limit).offset(offset)
          .countStories(countStories), a.explanation());
      case Question.Quotes a -> new Question.Quotes(a.request().limit(limit).offset(offset).copies(copies),
          a.explanation());
      // A timeline's own cap on the figures it reads stays: the limit applies to each day, in trim.
      case Question.Figures a when a.groupBy() == FigureGroup.GroupBy.DATE -> new Question.Figures(
          a.request().copies(copies), a.groupBy(), a.explanation());
      case Question.Figures a when a.groupBy() != null -> new Question.Figures(a.request().limit(limit)
          .copies(copies), a.groupBy(), a.explanation());
      case Question.Figures a -> new Question.Figures(a.request().limit(limit).offset(offset).copies(copies),
          null, a.explanation());
    };
  }

  /**
   * A comparison by date with at most {@code limit} figures a day, each day keeping its count: the
   * engines cap the figures a timeline reads, not a day's, and a page of days shows as many as a
   * page of outlets does. Any other answer is returned as it is.
   *
   * @param answer the answer to {@link #apply}'s question
   * @return the answer with at most {@code limit} figures a day
   */
  public Answer trim(Answer answer) {
    if (!(answer instanceof Answer.Groups a) || a.question().groupBy() != FigureGroup.GroupBy.DATE) {
      return answer;
    }
    List<FigureGroup> trimmed = a.groups().stream().map(g -> g.figures().size() <= limit ? g
        : new FigureGroup(g.by(), g.key(), g.figures().subList(0, limit), g.total())).toList();
    return new Answer.Groups(a.question(), trimmed);
  }
}
