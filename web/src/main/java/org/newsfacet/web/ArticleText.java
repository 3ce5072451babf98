package org.newsfacet.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.newsfacet.model.Article;
import org.newsfacet.model.Figure;
import org.newsfacet.model.Quote;

/**
 * An article's text cut into segments, each marked with the quotation and the figure it belongs to,
 * so that a page shows the marks as plain text nodes and no piece of the article is ever markup.
 */
final class ArticleText {
  // The indexed body squeezes no-break spaces with the other blanks; Java's \s does not know them.
  private static final String BLANK = "[\\s\\u00a0]+";
  private static final Pattern BLANKS = Pattern.compile(BLANK);

  private ArticleText() {}

  /** Where one quotation or figure stands in the text. */
  private record Mark(int start, int end, boolean quote, int index) {}

  /**
   * The segments of {@code text}: {@code {"text"}}, with {@code "quote": i} and {@code "figure": j}
   * (indexes into the record's lists) where they stand.
   *
   * <p>The text is the indexed one, its blanks squeezed, so the record's offsets do not point into
   * it: each quotation and figure is found by its words, blanks matching blanks, in the order of the
   * record. One that cannot be found is left unmarked.
   */
  static List<Map<String, Object>> segments(String text, Article article) {
    List<Mark> marks = new ArrayList<>();
    List<Quote> quotes = article.quotes();
    for (int i : order(quotes.size(), i -> quotes.get(i).start())) {
      find(text, quotes.get(i).text(), true, i, marks);
    }
    List<Figure> figures = article.figures();
    for (int i : order(figures.size(), i -> figures.get(i).start())) {
      find(text, figures.get(i).text(), false, i, marks);
    }
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    marks.forEach(m -> {
      cuts.add(m.start());
      cuts.add(m.end());
    });
    List<Map<String, Object>> out = new ArrayList<>();
    Integer from = cuts.first();
    for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
      Map<String, Object> segment = new LinkedHashMap<>();
      segment.put("text", text.substring(from, to));
      for (Mark m : marks) {
        if (m.start() <= from && to <= m.end()) {
          segment.putIfAbsent(m.quote() ? "quote" : "figure", m.index());
        }
      }
      out.add(segment);
    }
    return out;
  }

  /** The indexes 0..n-1 in the order of where their items start in the article. */
  private static List<Integer> order(int n, IntUnaryOperator start) {
    return IntStream.range(0, n).boxed().sorted(Comparator.comparingInt(start::applyAsInt)).toList();
  }

  /** Finds {@code words} after the last mark of its kind, else anywhere; blanks in it match any blanks. */
  private static void find(String text, String words, boolean quote, int index, List<Mark> marks) {
    String[] parts = BLANKS.split(words.strip());
    if (parts.length == 0 || parts[0].isEmpty()) {
      return;
    }
    StringBuilder regex = new StringBuilder();
    for (String part : parts) {
      regex.append(regex.isEmpty() ? "" : BLANK).append(Pattern.quote(part));
    }
    Matcher m = Pattern.compile(regex.toString()).matcher(text);
    int after = marks.stream().filter(k -> k.quote() == quote).mapToInt(Mark::end).max().orElse(0);
    if (m.find(after) || m.find(0)) {
      marks.add(new Mark(m.start(), m.end(), quote, index));
    }
  }
}
