package org.newsfacet.query;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.newsfacet.model.Article;
import org.newsfacet.model.Figure;
import org.newsfacet.model.Quote;
import org.newsfacet.search.Carrier;
import org.newsfacet.search.FigureGroup;
import org.newsfacet.search.FigureHit;
import org.newsfacet.search.Hit;
import org.newsfacet.search.QuoteHit;

/**
 * An answer as CSV (RFC 4180), for a spreadsheet: a header row, then one row per quotation,
 * figure or article of the page, or per figure of a comparison with its group first. Rows end in
 * CR LF, as the RFC and spreadsheets expect; a group with no figures listed (a limit of 0) is one
 * row with its count and empty figure columns. The fields are those of {@link AnswerJson}'s objects,
 * flattened; facet counts are not rows of this table and are left out.
 *
 * <p>A field with a comma, a quotation mark or a line break is quoted. A text field that starts
 * with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so that a spreadsheet
 * opening the file shows it as text instead of running it as a formula (a quotation that begins
 * "=HYPERLINK(...)" is a quotation); numbers of the numeric columns ({@code low}, {@code high},
 * {@code copies}, {@code score}...) are written as they are, a negative one too.
 */
public final class AnswerCsv {
  /** The columns of a quotation. */
  static final String QUOTE_COLUMNS =
      "speaker,text,kind,partial,attributedBy,articleId,outlet,agency,published,title,story,copies,carriedBy";
  /** The columns of a figure; a figure of a comparison adds {@code independentSources}. */
  static final String FIGURE_COLUMNS = "text,low,high,approximate,unit,currency,bound,category,claimant,attributedBy,"
      + "articleId,outlet,agency,published,story,copies,carriedBy";
  /** The columns of a comparison: the group's key and its count of figures, then the figure's. */
  static final String GROUP_COLUMNS = "group,groupTotal," + FIGURE_COLUMNS + ",independentSources";
  /** How many of a comparison's columns are its figure's: all but the group and its count. */
  private static final int GROUP_FIGURE_COLUMNS = GROUP_COLUMNS.split(",").length - 2;
  /** The columns of an article; its snippet as plain text, the highlight marks left out. */
  static final String ARTICLE_COLUMNS = "id,title,outlet,agency,published,source,snippet,score,story,copyOf";
  /** The characters that make a spreadsheet read a cell as a formula when they start it. */
  private static final String FORMULA_STARTS = "=+-@\t\r\n\uff1d\uff0b\uff0d\uff20"; // and their full-width forms
  private static final String QUOTE = String.valueOf('\u0022');
  private static final String END = "\r\n";

  private AnswerCsv() {}

  /**
   * Writes an answer as CSV: the header row of its shape, then a row per item.
   *
   * @param answer the answer
   * @param out where to write; not closed
   * @throws IOException when {@code out} fails
   */
  public static void write(Answer answer, Appendable out) throws IOException {
    switch (answer) {
      case Answer.Quotes a -> {
        header(out, QUOTE_COLUMNS);
        for (QuoteHit h : a.results().hits()) {
          row(out, quote(h));
        }
      }
      case Answer.Figures a -> {
        header(out, FIGURE_COLUMNS);
        for (FigureHit h : a.results().hits()) {
          row(out, figure(h));
        }
      }
      case Answer.Groups a -> {
        header(out, GROUP_COLUMNS);
        for (FigureGroup g : a.groups()) {
          if (g.figures().isEmpty()) { // a count only (limit 0): the group's row, its figure's columns empty
            List<Object> row = new ArrayList<>(Arrays.asList(g.key(), g.total()));
            row.addAll(Collections.nCopies(GROUP_FIGURE_COLUMNS, null));
            row(out, row);
          }
          for (FigureHit h : g.figures()) {
            List<Object> row = new ArrayList<>(Arrays.asList(g.key(), g.total()));
            row.addAll(figure(h));
            row.add(h.independentSources() > 0 ? h.independentSources() : null); // 0: not counted (every copy listed)
            row(out, row);
          }
        }
      }
      case Answer.Articles a -> {
        header(out, ARTICLE_COLUMNS);
        for (Hit h : a.results().hits()) {
          row(out, article(h));
        }
      }
    }
  }

  private static List<Object> quote(QuoteHit h) {
    Quote q = h.quote();
    return Arrays.asList(q.speaker(), q.text(), q.kind().label(), q.partial(), q.attributedBy(), h.articleId(),
        h.outlet(), h.agency(), h.published(), h.title(), h.syndication().story(), h.copies(),
        carriedBy(h.carriedBy()));
  }

  private static List<Object> figure(FigureHit h) {
    Figure f = h.figure();
    return Arrays.asList(f.text(), f.low(), f.high(), f.approximate(), f.unit(), f.currency(), f.bound(),
        f.category().label(), f.claimant(), f.attributedBy(), h.articleId(), h.outlet(), h.agency(), h.published(),
        h.syndication().story(), h.copies(), carriedBy(h.carriedBy()));
  }

  private static List<Object> article(Hit h) {
    Article a = h.article();
    return Arrays.asList(a.id(), a.title(), a.outlet(), a.agency(), a.published(), a.source(),
        h.snippetText("", ""), Float.isNaN(h.score()) ? null : h.score(), h.syndication().story(),
        h.syndication().copyOf());
  }

  /**
   * The carriers in one cell, the original first, "; " between them: each by its outlet, or as
   * "no outlet (agency)" with the agency it credits or copied, as the text answer names them.
   */
  private static String carriedBy(List<Carrier> carriers) {
    List<String> names = new ArrayList<>();
    for (Carrier c : carriers) {
      String agency = Objects.requireNonNullElse(c.agency(), Objects.requireNonNullElse(c.inferredAgency(), ""));
      names.add(c.outlet() != null ? c.outlet() : agency.isEmpty() ? "no outlet" : "no outlet (" + agency + ")");
    }
    return String.join("; ", names);
  }

  private static void header(Appendable out, String columns) throws IOException {
    out.append(columns).append(END);
  }

  private static void row(Appendable out, List<Object> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(values.get(i)));
    }
    out.append(END);
  }

  /**
   * One field: empty for null, a number in plain digits (never an exponent), a boolean as
   * {@code true} or {@code false}, and text guarded against formulas and quoted when it must be.
   */
  static String field(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number n) {
      return number(n);
    }
    String s = value.toString();
    if (formula(s)) {
      s = "'" + s;
    }
    boolean quoted = s.contains(",") || s.contains(QUOTE) || s.contains("\n") || s.contains("\r");
    return quoted ? QUOTE + s.replace(QUOTE, QUOTE + QUOTE) + QUOTE : s;
  }

  /**
   * Whether a spreadsheet could read the text as a formula: its first character, or the first after
   * spaces and invisible characters (no-break and zero-width spaces, which some spreadsheets trim),
   * starts one.
   */
  private static boolean formula(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (FORMULA_STARTS.indexOf(c) >= 0) {
        return true;
      }
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT) {
        return false;
      }
    }
    return false;
  }

  private static String number(Number n) {
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return "";
      }
      // A float's own shortest digits ("0.7", not "0.699999988079071").
      BigDecimal exact = n instanceof Float f ? new BigDecimal(Float.toString(f)) : BigDecimal.valueOf(d);
      String plain = exact.stripTrailingZeros().toPlainString();
      return plain.equals("-0") ? "0" : plain;
    }
    return n.toString();
  }
}
