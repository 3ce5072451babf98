package org.newsfacet.query;

import java.util.List;
import java.util.Objects;
import org.newsfacet.search.FigureGroup;
import org.newsfacet.search.FigureHit;
import org.newsfacet.search.Hit;
import org.newsfacet.search.QuoteHit;
import org.newsfacet.search.Results;

/** The answer to a {@link Question}, in the shape that fits it. */
public sealed interface Answer {
  /**
   * The question answered.
   *
   * @return the question, with the search it stood for and how it was read
   */
  Question question();

  /**
   * Articles, best or newest first, with facet counts.
   *
   * @param question the question answered
   * @param results the page of articles and the counts over all matches
   */
  record Articles(Question.Articles question, Results<Hit> results) implements Answer {
    /** Validates. */
    public Articles {
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(results, "results");
    }
  }

  /**
   * Quotations with their speakers, newest first, with facet counts.
   *
   * @param question the question answered
   * @param results the page of quotations and the counts over all matches
   */
  record Quotes(Question.Quotes question, Results<QuoteHit> results) implements Answer {
    /** Validates. */
    public Quotes {
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(results, "results");
    }
  }

  /**
   * Figures, newest first, with facet counts.
   *
   * @param question the question answered
   * @param results the page of figures and the counts over all matches
   */
  record Figures(Question.Figures question, Results<FigureHit> results) implements Answer {
    /** Validates. */
    public Figures {
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(results, "results");
    }
  }

  /**
   * Figures grouped for comparison: by outlet, agency, claimant or day.
   *
   * @param question the question answered, with how it groups
   * @param groups the groups, the largest first and the figures without a key last
   */
  record Groups(Question.Figures question, List<FigureGroup> groups) implements Answer {
    /** Validates and copies. */
    public Groups {
      Objects.requireNonNull(question, "question");
      groups = List.copyOf(groups);
    }
  }
}
