package org.newsfacet.query;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsfacet.model.EntityType;
import org.newsfacet.model.FigureCategory;
import org.newsfacet.model.QuoteKind;
import org.newsfacet.search.FigureGroup;
import org.newsfacet.search.QuerySyntaxException;

/**
 * The field syntax of questions: {@code key:value} tokens such as speaker:"Ruth Haldane",
 * outlet:"Harbor Times", since:2031-03, person:, org:, place:, by:claimant, min:, max:, type:,
 * kind: and sort:date. A key of no field of ours is left to the text search.
 */
final class FieldSyntax {
  /** The filters a field can set; which keys set which is the lexicon's list question-fields. */
  enum Field {
    SPEAKER, CLAIMANT, OUTLET, AGENCY, SOURCE, CATEGORY, PERSON, ORGANIZATION, LOCATION,
    FROM, AFTER, TO, BEFORE, ON, ABOUT, BY, MIN, MAX, TYPE, SORT, KIND
  }

  /** The orders that sort: asks for. */
  enum Order { NEWEST, RELEVANCE }

  private static final Map<String, Field> FIELDS = QuestionLexicon.table("question-fields", Field.class);
  private static final Map<String, Parts.Asked> TYPES =
      QuestionLexicon.table("question-answer-types", Parts.Asked.class);
  private static final Map<String, Order> ORDERS = QuestionLexicon.table("question-sort-orders", Order.class);

  private final Names names;

  FieldSyntax(Names names) {
    this.names = names;
  }

  /** Applies {@code key:value}; false when the token is no field of ours (left to the text search). */
  boolean read(String token, Parts p) {
    int colon = token.indexOf(':');
    if (colon <= 0 || colon == token.length() - 1) {
      return false;
    }
    String key = Tokens.lower(token.substring(0, colon));
    Field field = FIELDS.get(key);
    if (field == null) {
      return false; // "title:ferry" is Lucene's own field syntax
    }
    String value = Tokens.unquote(token.substring(colon + 1)).strip();
    String read = "(read from " + token + ")";
    switch (field) {
      case SPEAKER -> {
        String name = names.speaker(value);
        p.speakers.add(name);
        p.askUnlessChosen(Parts.Asked.QUOTES);
        p.explanation.add("quotations by " + name + " " + read);
      }
      case CLAIMANT -> {
        p.claimants.add(value);
        p.askUnlessChosen(Parts.Asked.FIGURES);
        p.explanation.add("figures claimed by " + value + " " + read);
      }
      case OUTLET -> {
        String name = names.source(value);
        p.outlets.add(name);
        p.explanation.add("outlet " + name + " " + read);
      }
      case AGENCY -> {
        String name = names.source(value);
        p.agencies.add(name);
        p.explanation.add("agency " + name + " " + read);
      }
      case SOURCE -> {
        String name = names.source(value);
        p.sources.add(name);
        p.explanation.add("published by or credited to " + name + " " + read);
      }
      case CATEGORY -> {
        FigureCategory c = FigureQuestions.category(value);
        p.category = c;
        p.type = Parts.Asked.FIGURES;
        p.explanation.add("figures of category " + c.label() + " " + read);
      }
      case PERSON -> entity(p, EntityType.PERSON, value, read);
      case ORGANIZATION -> entity(p, EntityType.ORGANIZATION, value, read);
      case LOCATION -> entity(p, EntityType.LOCATION, value, read);
      case FROM -> date(p, Parts.Bound.FROM, token, value, read);
      case AFTER -> date(p, Parts.Bound.AFTER, token, value, read);
      case TO -> date(p, Parts.Bound.TO, token, value, read);
      case BEFORE -> date(p, Parts.Bound.BEFORE, token, value, read);
      case ON -> date(p, Parts.Bound.ON, token, value, read);
      case ABOUT -> {
        p.about.add(value.contains(" ") ? "\"" + value + "\"" : value);
        p.explanation.add("about: " + value + " " + read);
      }
      case BY -> {
        FigureGroup.GroupBy g = FigureQuestions.grouping(value);
        if (g == null) {
          throw new QuerySyntaxException("by:" + value + " is no grouping: figures group by source, outlet, agency, "
              + "claimant, date (day), month, week or story", null);
        }
        p.groupBy = g;
        p.type = Parts.Asked.FIGURES;
        p.explanation.add("grouped by " + g.name().toLowerCase(Locale.ROOT) + " " + read);
      }
      case MIN, MAX -> {
        double v;
        try {
          v = Double.parseDouble(value.replace(",", ""));
        } catch (NumberFormatException e) {
          throw new QuerySyntaxException(token + ": '" + value + "' is no number", e);
        }
        if (field == Field.MIN) {
          p.min = v;
        } else {
          p.max = v;
        }
        p.type = Parts.Asked.FIGURES;
        p.explanation.add("figures " + (field == Field.MIN ? "reaching at least " : "starting at most at ") + value
            + " " + read);
      }
      case TYPE -> {
        Parts.Asked t = TYPES.get(Tokens.lower(value));
        if (t == null) {
          throw new QuerySyntaxException("type:" + value + " is no type: articles, quotes or figures", null);
        }
        p.type = t;
      }
      case KIND -> {
        QuoteKind k = QuoteQuestions.kind(value);
        if (k == null) {
          throw new QuerySyntaxException("kind:" + value + " is no kind of quotation: direct (the speaker's own words) "
              + "or indirect (reported speech)", null);
        }
        p.kind(k, read);
      }
      case SORT -> {
        Order o = ORDERS.get(Tokens.lower(value));
        if (o == null) {
          throw new QuerySyntaxException("sort:" + value + " is no order: date or relevance", null);
        }
        p.newest = o == Order.NEWEST;
        p.explanation.add((p.newest ? "newest first " : "best first ") + read);
      }
    }
    return true;
  }

  private void entity(Parts p, EntityType type, String value, String read) {
    String name = names.entity(type, value);
    p.entity(type, name);
    p.explanation.add("articles naming " + name + " " + read);
  }

  private static void date(Parts p, Parts.Bound bound, String token, String value, String read) {
    Dates.Span d = Dates.at(List.of(value.split("\\s+")), 0);
    if (d == null) {
      throw new QuerySyntaxException("'" + value + "' in " + token + " is no date: write it as YYYY-MM-DD, "
          + "YYYY-MM or YYYY", null);
    }
    p.dates(bound, d, read);
  }
}
