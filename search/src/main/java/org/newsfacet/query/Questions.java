package org.newsfacet.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsfacet.extract.Outlets;
import org.newsfacet.model.EntityType;
import org.newsfacet.search.Dimensions;
import org.newsfacet.search.FacetCount;
import org.newsfacet.search.FigureRequest;
import org.newsfacet.search.NewsSearch;
import org.newsfacet.search.QueryLimits;
import org.newsfacet.search.QuoteRequest;
import org.newsfacet.search.Results;
import org.newsfacet.search.SearchRequest;

/**
 * Questions in plain words over a collection (the embedded index or a search cluster): "Haldane quotes",
 * "troop figures by source", "what did Haldane say about ferry fares", "casualty figures since 2031-03-01",
 * "Lindvik in Harbor Times".
 *
 * <pre>{@code
 * Questions questions = Questions.on(index);
 * Question q = questions.parse("troop figures by source");   // the typed search, with its explanation
 * Answer a = questions.answer(q);                           // Answer.Groups here
 * }</pre>
 *
 * <p>A question that cannot be read, or that names a speaker or outlet the index does not know,
 * throws {@link org.newsfacet.search.QuerySyntaxException} with a message for the user ("no speaker
 * named 'Haldan' in the index; did you mean Haldane?"); one that would cost too much (see
 * {@link QueryLimits}) throws {@link org.newsfacet.search.QueryLimitException}. Safe to share between threads while the index is open.
 */
public final class Questions {
  private final NewsSearch index;
  private final Outlets outlets = Outlets.bundled();

  private Questions(NewsSearch index) {
    this.index = Objects.requireNonNull(index, "index");
  }

  /**
   * Questions over a collection.
   *
   * @param index the embedded index or another backend, whose names the questions are read against
   * @return a reader of questions that asks {@code index}
   */
  public static Questions on(NewsSearch index) {
    return new Questions(index);
  }

  /**
   * Reads a question into the search it stands for.
   *
   * @param question the question in plain words or field syntax
   * @return the typed search with how each part was read
   * @throws org.newsfacet.search.QuerySyntaxException when it cannot be read or names what the collection does not know
   */
  public Question parse(String question) {
    QueryLimits.checkQuestion(question); // before any word is looked up in the index
    // A vocabulary per question: it reads the index's lists of names once for the whole question,
    // however many filters ask for them, and the next question sees names indexed since.
    return new QuestionParser(new IndexVocabulary(index, outlets)).parse(question);
  }

  /**
   * Reads and answers a question.
   *
   * @param question the question in plain words or field syntax
   * @return the answer, in the shape that fits the question
   * @throws IOException when the collection cannot be searched
   */
  public Answer ask(String question) throws IOException {
    return answer(parse(question));
  }

  /**
   * Runs a question's search.
   *
   * @param question a question as read, or one an application built from the request types
   * @return the answer, in the shape that fits the question
   * @throws IOException when the collection cannot be searched
   */
  public Answer answer(Question question) throws IOException {
    return switch (question) {
      case Question.Articles q -> new Answer.Articles(q, index.search(q.request()));
      case Question.Quotes q -> new Answer.Quotes(q, index.quotes(q.request()));
      case Question.Figures q when q.groupBy() != null -> new Answer.Groups(q, index.compare(q.request(), q.groupBy()));
      case Question.Figures q -> new Answer.Figures(q, index.figures(q.request()));
    };
  }

  /** The index's own names: what its quotations, figures and articles were indexed under. */
  private static final class IndexVocabulary implements Vocabulary {
    private final NewsSearch index;
    private final Outlets outlets;
    /** The key of the outlets and agencies together among the lists of names read. */
    private static final String SOURCES = "outlet+agency";
    private final java.util.Map<String, List<String>> names = new java.util.HashMap<>();

    IndexVocabulary(NewsSearch index, Outlets outlets) {
      this.index = index;
      this.outlets = outlets;
    }

    @Override
    public Optional<String> speaker(String name) {
      try {
        Results<?> r = index.quotes(QuoteRequest.by(name).limit(0));
        List<FacetCount> speakers = r.facet(Dimensions.SPEAKER);
        return r.total() == 0 || speakers.isEmpty() ? Optional.empty() : Optional.of(speakers.get(0).value());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }

    @Override
    public List<String> speakers() {
      return names(Dimensions.SPEAKER);
    }

    @Override
    public Optional<String> claimant(String name) {
      try {
        Results<?> r = index.figures(FigureRequest.all().claimant(name).limit(0));
        List<FacetCount> claimants = r.facet(Dimensions.CLAIMANT);
        return r.total() == 0 || claimants.isEmpty() ? Optional.empty() : Optional.of(claimants.get(0).value());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }

    @Override
    public List<String> claimants() {
      return names(Dimensions.CLAIMANT);
    }

    @Override
    public Optional<String> source(String name) {
      String canonical = outlets.canonical(name);
      for (String known : sources()) {
        if (known.equalsIgnoreCase(canonical) || known.equalsIgnoreCase(name)) {
          return Optional.of(known);
        }
      }
      return Optional.empty();
    }

    @Override
    public List<String> sources() {
      List<String> known = names.get(SOURCES);
      if (known == null) {
        Set<String> all = new LinkedHashSet<>(names(Dimensions.OUTLET));
        all.addAll(names(Dimensions.AGENCY));
        known = new ArrayList<>(all);
        names.put(SOURCES, known);
      }
      return known;
    }

    @Override
    public Optional<String> entity(EntityType type, String name) {
      try {
        Results<?> r = index.search(SearchRequest.all().entity(type, name).limit(0));
        if (r.total() == 0) {
          return Optional.empty();
        }
        String key = Dimensions.nameKey(name);
        for (FacetCount c : r.facet(Dimensions.dimension(type))) {
          if (Dimensions.nameKey(c.value()).equals(key)) {
            return Optional.of(c.value());
          }
        }
        return Optional.of(name);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private List<String> names(String dimension) {
      List<String> known = names.get(dimension);
      if (known == null) {
        try {
          known = index.names(dimension);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        names.put(dimension, known);
      }
      return known;
    }
  }
}
