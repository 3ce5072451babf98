package org.newsfacet.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.newsfacet.model.EntityType;
import org.newsfacet.model.FigureCategory;
import org.newsfacet.model.QuoteKind;
import org.newsfacet.search.FigureGroup;
import org.newsfacet.search.QuerySyntaxException;

/** What a question asks, gathered while reading it, with how each part was read. */
final class Parts {
  /** The kind of answer a field chose before the words are read. */
  enum Asked { ARTICLES, QUOTES, FIGURES }

  /** Which days of a date's span a filter keeps: "since" from its first day, "before" to the day before it... */
  enum Bound {
    /** From the span's first day: "since", "from". */
    FROM,
    /** From the day after the span: "after". */
    AFTER,
    /** To the span's last day: "until", "to". */
    TO,
    /** To the day before the span: "before". */
    BEFORE,
    /** The span itself: "on". */
    ON,
    /** The span itself, where a day is read only when written YYYY-MM-DD: "in". */
    IN
  }

  final List<String> explanation = new ArrayList<>();
  final List<String> sources = new ArrayList<>();
  final List<String> outlets = new ArrayList<>();
  final List<String> agencies = new ArrayList<>();
  final List<String> speakers = new ArrayList<>();
  final List<String> claimants = new ArrayList<>();
  final Map<EntityType, List<String>> entities = new HashMap<>();
  final List<String> about = new ArrayList<>();
  LocalDate from;
  LocalDate to;
  FigureCategory category;
  FigureGroup.GroupBy groupBy;
  Double min;
  Double max;
  Asked type;
  QuoteKind kind;
  boolean newest;

  /** Asks for {@code asked} unless a field already chose the kind of answer. */
  void askUnlessChosen(Asked asked) {
    type = type == null ? asked : type;
  }

  /** One kind of quotation; a question that asks for both kinds is an error. */
  void kind(QuoteKind k, String read) {
    if (kind != null && kind != k) {
      throw new QuerySyntaxException("a question asks for one kind of quotation, direct or indirect, not both: "
          + "leave the kind out for both", null);
    }
    kind = k;
    askUnlessChosen(Asked.QUOTES);
    explanation.add((k == QuoteKind.DIRECT ? "the speaker's own words only " : "reported speech only ") + read);
  }

  /** The days of {@code span} that {@code bound} keeps; dates that leave no day are an error. */
  void dates(Bound bound, Dates.Span span, String read) {
    switch (bound) {
      case FROM -> from = span.start();
      case AFTER -> from = span.end().plusDays(1);
      case TO -> to = span.end();
      case BEFORE -> to = span.start().minusDays(1);
      case ON, IN -> {
        from = span.start();
        to = span.end();
      }
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new QuerySyntaxException("the dates leave no day: from " + from + " to " + to, null);
    }
    explanation.add("published " + (from == null ? "" : "from " + from) + (from != null && to != null ? " " : "")
        + (to == null ? "" : "to " + to) + " " + read);
  }

  /** One more name of an entity the articles must name. */
  void entity(EntityType type, String name) {
    entities.computeIfAbsent(type, t -> new ArrayList<>()).add(name);
  }

  /** The request with the outlet, agency and source filters, built by each request type's own methods. */
  <R> R withSources(R request, BiFunction<R, String, R> outlet, BiFunction<R, String, R> agency,
      BiFunction<R, String, R> source) {
    return each(each(each(request, outlets, outlet), agencies, agency), sources, source);
  }

  /** The request with one more value of a filter for each of {@code values}. */
  static <R> R each(R request, List<String> values, BiFunction<R, String, R> with) {
    R r = request;
    for (String v : values) {
      r = with.apply(r, v);
    }
    return r;
  }

  /** A filter the chosen kind of answer cannot apply is an error, never silently dropped. */
  static void unusable(boolean present, String answer, String filter) {
    if (present) {
      throw new QuerySyntaxException("a question about " + answer + " cannot take " + filter, null);
    }
  }
}
