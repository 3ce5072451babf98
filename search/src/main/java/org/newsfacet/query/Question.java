package org.newsfacet.query;

import java.util.List;
import java.util.Objects;
import org.newsfacet.search.FigureGroup;
import org.newsfacet.search.FigureRequest;
import org.newsfacet.search.QuoteRequest;
import org.newsfacet.search.SearchRequest;

/**
 * A question as {@link Questions} read it: the typed search it stands for, and how each part of
 * the question was read. An embedding application can build the same searches itself from the
 * request types and never write a question at all.
 */
public sealed interface Question {
  /**
   * How the question was read.
   *
   * @return one line per part ("quotations by Ruth Haldane (read from "Haldane")")
   */
  List<String> explanation();

  /**
   * A full-text search over articles, with filters and facet counts.
   *
   * @param request the search
   * @param explanation how the question was read into it
   */
  record Articles(SearchRequest request, List<String> explanation) implements Question {
    /** Validates and copies. */
    public Articles {
      Objects.requireNonNull(request, "request");
      explanation = List.copyOf(explanation);
    }
  }

  /**
   * A search over quotations.
   *
   * @param request the search
   * @param explanation how the question was read into it
   */
  record Quotes(QuoteRequest request, List<String> explanation) implements Question {
    /** Validates and copies. */
    public Quotes {
      Objects.requireNonNull(request, "request");
      explanation = List.copyOf(explanation);
    }
  }

  /**
   * A search over figures, listed, or grouped for comparison when {@code groupBy} is not null.
   *
   * @param request the figures wanted
   * @param groupBy what to group them by, or null for a list
   * @param explanation how the question was read
   */
  record Figures(FigureRequest request, FigureGroup.GroupBy groupBy, List<String> explanation) implements Question {
    /** Validates and copies. */
    public Figures {
      Objects.requireNonNull(request, "request");
      explanation = List.copyOf(explanation);
    }
  }
}
