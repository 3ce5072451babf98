package org.newsfacet.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsfacet.model.Article;
import org.newsfacet.model.Figure;
import org.newsfacet.model.FigureCategory;
import org.newsfacet.model.Quote;
import org.newsfacet.model.QuoteKind;
import org.newsfacet.model.SpeakerType;
import org.newsfacet.search.Carrier;
import org.newsfacet.search.FacetCount;
import org.newsfacet.search.FigureGroup;
import org.newsfacet.search.FigureHit;
import org.newsfacet.search.FigureRequest;
import org.newsfacet.search.Hit;
import org.newsfacet.search.QuoteHit;
import org.newsfacet.search.QuoteRequest;
import org.newsfacet.search.Results;
import org.newsfacet.search.SearchRequest;
import org.newsfacet.search.Syndication;

class AnswerCsvTest {
  private static final char Q = '\u0022';
  private static final LocalDate DAY = LocalDate.of(2025, 3, 4);
  private static final Map<String, List<FacetCount>> FACETS = Map.of("outlet", List.of(new FacetCount("Daily Example", 2)));

  private static String csv(Answer answer) throws IOException {
    StringBuilder out = new StringBuilder();
    AnswerCsv.write(answer, out);
    return out.toString();
  }

  /** The rows of a CSV text, read as RFC 4180 says: quoted fields may hold commas, doubled quotes, line breaks. */
  private static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == Q && i + 1 < csv.length() && csv.charAt(i + 1) == Q) {
          field.append(Q);
          i++;
        } else if (c == Q) {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == Q) {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && csv.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    assertTrue(row.isEmpty() && field.isEmpty(), "every row ends in CR LF");
    return rows;
  }

  private static QuoteHit quote(String text) {
    Quote q = new Quote("Ann Example", SpeakerType.PERSON, text, QuoteKind.DIRECT, false, "said-after", 0, text.length());
    return new QuoteHit(q, "a1", "Harbour, \"reopened\"", "Daily Example", null, DAY, "a1.txt",
        new Syndication("a1", null, null), List.of(new Carrier("a1", "Daily Example", null, null, DAY),
            new Carrier("a2", null, "Wire Example", null, DAY), new Carrier("a3", null, null, null, null)));
  }

  private static FigureHit figure(String text, double low, double high) {
    Figure f = new Figure(text, low, high, true, "people", null, null, FigureCategory.PEOPLE, null, null, 0, text.length());
    return new FigureHit(f, "a1", null, "Daily Example", null, DAY, "a1.txt");
  }

  @Test
  void aFieldWithACommaAQuoteOrALineBreakIsQuotedAndReadsBackExactly() throws IOException {
    String text = "We will, \"if we must\",\nstay";
    String csv = csv(new Answer.Quotes(new Question.Quotes(QuoteRequest.all(), List.of()),
        new Results<>(1, List.of(quote(text)), FACETS)));
    assertTrue(csv.contains(",\"We will, \"\"if we must\"\",\nstay\","), csv);
    List<List<String>> rows = parse(csv);
    assertEquals(List.of("speaker", "text", "kind", "partial", "attributedBy", "articleId", "outlet", "agency",
        "published", "title", "story", "copies", "carriedBy"), rows.get(0));
    assertEquals(List.of("Ann Example", text, "direct", "false", "said-after", "a1", "Daily Example", "", "2025-03-04",
        "Harbour, \"reopened\"", "a1", "3", "Daily Example; no outlet (Wire Example); no outlet"), rows.get(1));
    assertEquals(2, rows.size(), "facet counts are no rows");
  }

  @Test
  void aTextFieldThatAFormulaCouldStartGetsAnApostropheButANegativeNumberDoesNot() throws IOException {
    for (String start : List.of("=", "+", "-", "@", "\t", "\r", "\n", " =", "\u00a0=", "\u200b=", "  \t+",
        "\uff1d")) {
      String text = start + "HYPERLINK(\"http://example.invalid\")";
      List<List<String>> rows = parse(csv(new Answer.Figures(new Question.Figures(FigureRequest.all(), null, List.of()),
          new Results<>(1, List.of(figure(text, -5, -2.5)), Map.of()))));
      assertEquals("'" + text, rows.get(1).get(0), "guarded: " + start);
      assertEquals(List.of("-5", "-2.5"), rows.get(1).subList(1, 3), "numbers stay numbers");
    }
    assertEquals("1500000000", AnswerCsv.field(1.5e9), "no exponent");
    assertEquals("0.7", AnswerCsv.field(0.7f));
    assertEquals("a-b", AnswerCsv.field("a-b"), "only a first character is a formula's");
    assertEquals(" a=b", AnswerCsv.field(" a=b"), "nor one after a first letter");
  }

  @Test
  void aComparisonIsOneRowPerFigureWithItsGroupFirst() throws IOException {
    FigureGroup outlet = new FigureGroup(FigureGroup.GroupBy.OUTLET, "Daily Example",
        List.of(figure("40 people", 40, 40).independentSources(2), figure("about 45", 45, 45)), 7);
    FigureGroup none = new FigureGroup(FigureGroup.GroupBy.OUTLET, null, List.of(figure("12 people", 12, 12)), 1);
    FigureGroup counted = new FigureGroup(FigureGroup.GroupBy.OUTLET, "Only Counted", List.of(), 3);
    List<List<String>> rows = parse(csv(new Answer.Groups(new Question.Figures(FigureRequest.all(),
        FigureGroup.GroupBy.OUTLET, List.of()), List.of(outlet, none, counted))));
    assertEquals(List.of("group", "groupTotal", "text", "low", "high"), rows.get(0).subList(0, 5));
    assertEquals("independentSources", rows.get(0).get(rows.get(0).size() - 1));
    assertEquals(5, rows.size(), "a header, three figures and the count of a group without figures");
    assertEquals(List.of("Daily Example", "7", "40 people", "40", "40", "true", "people"), rows.get(1).subList(0, 7));
    assertEquals("2", rows.get(1).get(rows.get(1).size() - 1));
    assertEquals("", rows.get(2).get(rows.get(2).size() - 1), "not counted");
    assertEquals(List.of("", "1", "12 people"), rows.get(3).subList(0, 3));
    assertEquals(List.of("Only Counted", "3", ""), rows.get(4).subList(0, 3));
    assertTrue(rows.get(4).subList(2, rows.get(4).size()).stream().allMatch(String::isEmpty), rows.get(4).toString());
    rows.forEach(r -> assertEquals(rows.get(0).size(), r.size(), r.toString()));
  }

  @Test
  void anArticleRowHasItsSnippetAsPlainTextAndNoScoreWhenSortedByDate() throws IOException {
    Article a = new Article("a1", "a1.txt", "=1+1 in the harbour", DAY, "Daily Example", "Wire Example", null, null,
        List.of(), List.of(), List.of(), List.of());
    Hit byDate = new Hit(a, Float.NaN, "The <b>ferry</b> &amp; the &quot;tram&quot;", new Syndication("a0", "a0", null));
    Hit scored = new Hit(a, 2.5f, "", null);
    List<List<String>> rows = parse(csv(new Answer.Articles(new Question.Articles(SearchRequest.all(), List.of()),
        new Results<>(2, List.of(byDate, scored), FACETS))));
    assertEquals(List.of("id", "title", "outlet", "agency", "published", "source", "snippet", "score", "story", "copyOf"),
        rows.get(0));
    assertEquals(List.of("a1", "'=1+1 in the harbour", "Daily Example", "Wire Example", "2025-03-04", "a1.txt",
        "The ferry & the \"tram\"", "", "a0", "a0"), rows.get(1));
    assertEquals("2.5", rows.get(2).get(7));
  }

  @Test
  void anEmptyAnswerIsItsHeaderRow() throws IOException {
    String csv = csv(new Answer.Quotes(new Question.Quotes(QuoteRequest.all(), List.of()),
        new Results<>(0, List.of(), Map.of())));
    assertEquals(AnswerCsv.QUOTE_COLUMNS + "\r\n", csv);
  }
}
