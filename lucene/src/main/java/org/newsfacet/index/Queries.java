package org.newsfacet.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.newsfacet.search.Dimensions;
import org.newsfacet.search.Filters;
import org.newsfacet.search.QueryLimitException;
import org.newsfacet.search.QueryLimits;
import org.newsfacet.search.QuerySyntaxException;

/**
 * The Lucene queries the searches are made of: the kinds of document, the filters every request
 * shares ({@link Filters}: dates and sources), name keys, the order of hits, and the user's words
 * read with Lucene's query syntax, refused with a message when they cannot be read or cost too much.
 */
final class Queries {
  /** Every article's own document, and none of its quotations' or figures'. */
  static final Query ARTICLES = new TermQuery(new Term(Schema.TYPE, Schema.ARTICLE));
  /** Every quotation's document. */
  static final Query QUOTES = new TermQuery(new Term(Schema.TYPE, Schema.QUOTE));
  /** Every figure's document. */
  static final Query FIGURES = new TermQuery(new Term(Schema.TYPE, Schema.FIGURE));

  private Queries() {}

  /** Article documents that match {@code q}. */
  static Query articlesWith(Query q) {
    return new BooleanQuery.Builder().add(ARTICLES, BooleanClause.Occur.FILTER).add(q, BooleanClause.Occur.FILTER).build();
  }

  /**
   * {@code match} among documents of {@code type}, narrowed by {@code filters}: dates and sources as
   * filter clauses; outlets and agencies as drill-down dimensions, where values in one dimension
   * are alternatives and dimensions narrow each other.
   */
  static DrillDownQuery filtered(Query match, Query type, Filters filters, FacetState facets, FacetsConfig config,
      Query... more) {
    BooleanQuery.Builder base = new BooleanQuery.Builder().add(match, BooleanClause.Occur.MUST)
        .add(type, BooleanClause.Occur.FILTER);
    dates(base, filters.from(), filters.to());
    sources(base, facets, filters.sources());
    for (Query q : more) {
      if (q != null) {
        base.add(q, BooleanClause.Occur.FILTER);
      }
    }
    DrillDownQuery query = new DrillDownQuery(config, base.build());
    filters.outlets().forEach(o -> query.add(Dimensions.OUTLET, facets.label(Dimensions.OUTLET, o)));
    filters.agencies().forEach(a -> query.add(Dimensions.AGENCY, facets.label(Dimensions.AGENCY, a)));
    return query;
  }

  /** "Reuters" as a source: articles Reuters published or that credit Reuters; any of the sources. */
  private static void sources(BooleanQuery.Builder base, FacetState facets, List<String> names) {
    if (names.isEmpty()) {
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String name : names) {
      any.add(dimensionIs(Dimensions.OUTLET, facets.label(Dimensions.OUTLET, name)), BooleanClause.Occur.SHOULD);
      any.add(dimensionIs(Dimensions.AGENCY, facets.label(Dimensions.AGENCY, name)), BooleanClause.Occur.SHOULD);
    }
    base.add(any.build(), BooleanClause.Occur.FILTER);
  }

  private static void dates(BooleanQuery.Builder base, LocalDate fromDay, LocalDate toDay) {
    if (fromDay != null || toDay != null) {
      long from = fromDay == null ? Long.MIN_VALUE : fromDay.toEpochDay();
      long to = toDay == null ? Long.MAX_VALUE : toDay.toEpochDay();
      base.add(LongField.newRangeQuery(Schema.PUBLISHED_DAY, from, to), BooleanClause.Occur.FILTER);
    }
  }

  /** Documents whose facet dimension {@code dim} has {@code value}; without a value, any value. */
  static Query dimensionIs(String dim, String... value) {
    return new TermQuery(DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, dim, value));
  }

  /** Documents filed under the name key of any of {@code names} in {@code field}; null for no names. */
  static Query anyKey(String field, List<String> names) {
    if (names.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    names.forEach(name -> any.add(new TermQuery(new Term(field, Dimensions.nameKey(name))), BooleanClause.Occur.SHOULD));
    return any.build();
  }

  /** Newest first, undated last; ties best first. */
  static Sort newestFirst() {
    SortedNumericSortField byDate = new SortedNumericSortField(Schema.PUBLISHED_DAY, SortField.Type.LONG, true);
    byDate.setMissingValue(Long.MIN_VALUE);
    return new Sort(byDate, SortField.FIELD_SCORE);
  }

  /** The user's words over title and body, the title counting double. */
  static Query text(String text, Analyzer analyzer) {
    return parse(new MultiFieldQueryParser(new String[] {Schema.TITLE, Schema.BODY}, analyzer,
        Map.of(Schema.TITLE, 2f, Schema.BODY, 1f)), text);
  }

  /** The user's words over one field. */
  static Query text(String text, String field, Analyzer analyzer) {
    return parse(new QueryParser(field, analyzer), text);
  }

  private static Query parse(QueryParser parser, String text) {
    QueryLimits.checkSyntax(text);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      if (e.getCause() instanceof IndexSearcher.TooManyClauses) {
        throw new QueryLimitException(String.format(Locale.ROOT, "the question makes more than %,d clauses: ask with "
            + "fewer words", IndexSearcher.getMaxClauseCount()), e);
      }
      throw new QuerySyntaxException("cannot read the query '" + text + "': " + firstLine(e.getMessage()), e);
    } catch (TooComplexToDeterminizeException e) {
      throw new QueryLimitException("a pattern in the question is too complex to search for: '" + text
          + "'; use a simpler wildcard or regular expression", e);
    } catch (IllegalArgumentException e) {
      if (e instanceof QueryLimitException) {
        throw e;
      }
      // A regular expression the automaton cannot read ("/[a/"), met while the parser builds its query.
      throw new QuerySyntaxException("cannot read the query '" + text + "': " + firstLine(e.getMessage()), e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "syntax error";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
