package org.newsfacet.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsfacet.internal.English;
import org.newsfacet.search.QuerySyntaxException;

/**
 * Reads a question in plain words, or in field syntax, into the typed search it stands for.
 *
 * <p>Fields ({@link FieldSyntax}) and filters in plain words ({@link PlainFilters}) may stand
 * anywhere. What is left says what is asked for: quotations ({@link QuoteQuestions}: "Haldane
 * quotes", "what did Haldane say", "Haldane on ferry fares"), figures ({@link FigureQuestions}:
 * "troop figures by source", "figures for ferry fares", "Haldane figures") or, when nothing else fits, articles by full
 * text ({@link ArticleQuestions}). Names resolve through the index's own spellings ({@link Names}); a
 * name the index does not know is an error that says so, with the nearest name it does know.
 */
final class QuestionParser {
  /** Politeness and filler that carries no meaning for the search. */
  private static final Set<String> FILLER = English.words("question-filler");

  private final FieldSyntax fields;
  private final PlainFilters filters;
  private final QuoteQuestions quotes;
  private final FigureQuestions figures;
  private final ArticleQuestions articles;

  QuestionParser(Vocabulary vocabulary) {
    Names names = new Names(vocabulary);
    this.fields = new FieldSyntax(names);
    this.filters = new PlainFilters(names);
    this.quotes = new QuoteQuestions(names);
    this.figures = new FigureQuestions(names);
    this.articles = new ArticleQuestions(names);
  }

  /** Reads the question; throws {@link QuerySyntaxException} with a message for the user when it cannot. */
  Question parse(String question) {
    if (question == null || question.isBlank()) {
      throw new QuerySyntaxException("the question is empty: ask for example \"Halvorsen quotes\", \"troop figures by "
          + "source\" or a few words to search for", null);
    }
    Parts p = new Parts();
    List<String> words = new ArrayList<>();
    List<String> tokens = Tokens.of(question);
    if (tokens.isEmpty()) {
      throw new QuerySyntaxException("the question is empty: \"\" asks for nothing", null);
    }
    for (String token : tokens) {
      if (!fields.read(token, p)) {
        words.add(token);
      }
    }
    return form(filters.read(words, p), p);
  }

  /** What the words left once the filters are taken out ask for. */
  private Question form(List<String> words, Parts p) {
    List<String> core = withoutFiller(words);
    // "direct quotes", "Haldane reported quotes" choose one kind.
    for (int k = QuoteQuestions.kindWord(lower(core)); k >= 0; k = QuoteQuestions.kindWord(lower(core))) {
      p.kind(QuoteQuestions.kind(core.get(k)), "(read from \"" + core.get(k) + " " + core.get(k + 1) + "\")");
      core.remove(k);
      core = withoutFiller(core);
    }
    Question quoted = quotes.read(core, p);
    if (quoted != null) {
      return quoted;
    }
    int figureWord = FigureQuestions.figureWord(lower(core));
    if (figureWord >= 0 || p.type == Parts.Asked.FIGURES) {
      return figures.read(core, figureWord, p);
    }
    if (p.type == Parts.Asked.QUOTES) {
      return quotes.asked(core, p);
    }
    return articles.read(core, p);
  }

  private static List<String> withoutFiller(List<String> words) {
    List<String> core = new ArrayList<>();
    for (String w : words) {
      if (!(core.isEmpty() && FILLER.contains(Tokens.lower(w)))) {
        core.add(w);
      }
    }
    return core;
  }

  private static List<String> lower(List<String> words) {
    return words.stream().map(Tokens::lower).toList();
  }
}
