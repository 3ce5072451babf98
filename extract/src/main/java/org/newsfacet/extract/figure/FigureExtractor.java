package org.newsfacet.extract.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsfacet.extract.attribution.Attributor;
import org.newsfacet.model.Figure;
import org.newsfacet.model.FigureCategory;

/**
 * Finds the numeric figures of an article and who claimed them.
 *
 * <p>Digits with separators, decimals, suffixes and scales ("48,000", "1.5 million", "10K",
 * "$2.3bn"), number words ("four brigades", "twelve thousand"), ranges ("between 2,650 and
 * 7,250", "2,650-7,250", "15 to 35"), approximations and bounds ("about", "at least") and
 * percentages. Dates, years, times, durations, ages, ordinals, scores, numbers inside names
 * ("G7", "COVID-19") and vague amounts ("thousands of") are not figures. The counted thing gives
 * the category through the lexicon's {@code figure-categories.tsv}; the claimant is the speaker of
 * the quotation a figure stands in, or the source its sentence names. Immutable and thread-safe.
 *
 * <p>The work is shared out by job: {@code DigitReader} and {@code NumberWords} read the numbers,
 * {@code NonFigures} leaves out those that are no figures, {@code Ranges} joins two numbers into one
 * figure, and {@code FigureReader} makes the figure of each (with {@code Hedges}, {@code
 * CountedNouns}, {@code Categories} and {@code Casualties}); this class runs them in turn and lets a
 * figure count what the list it stands in counts.
 */
public final class FigureExtractor {
  private static final FigureExtractor STANDARD = new FigureExtractor();
  /** The longest gap, in characters, between two figures of one list: "12 vans in the north, 9 in the south". */
  private static final int LIST_GAP = 60;

  private FigureExtractor() {}

  /**
   * The extractor with the bundled categories and currencies.
   *
   * @return a shared, thread-safe extractor
   */
  public static FigureExtractor standard() {
    return STANDARD;
  }

  /**
   * The figures of one article, in text order.
   *
   * @param text the article text as read
   * @param body the text with everything but the body (and a headline whose figures count) blanked out
   * @param sources the article's attribution, which names each figure's claimant
   * @return the figures, with their claimants and categories
   */
  public List<Figure> extract(String text, String body, Attributor sources) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(sources, "sources");
    List<NumberSpan> values = values(body);
    List<Figure> figures = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      NumberSpan v = values.get(i);
      if (NonFigures.excluded(body, v) || !figures.isEmpty() && v.start() < figures.get(figures.size() - 1).end()) {
        continue; // a number inside the previous figure's counted thing is part of it
      }
      Ranges.Range range = Ranges.join(body, v, i + 1 < values.size() ? values.get(i + 1) : null);
      if (range == null) {
        i++; // a score or a vote: neither number is a figure
        continue;
      }
      if (range.takesNext()) {
        i++;
      }
      Figure f = FigureReader.figure(text, body, range.low(), range.high(), sources);
      if (!figures.isEmpty() && f.start() < figures.get(figures.size() - 1).end()) {
        continue; // "12-under 130": a bound word ("under") already belongs to the figure before
      }
      if (f.unit() == null && !figures.isEmpty() && f.category() != FigureCategory.MONEY
          && f.category() != FigureCategory.PERCENT) {
        Figure before = figures.get(figures.size() - 1);
        String gap = body.substring(Math.min(before.end(), f.start()), f.start());
        if (before.unit() != null && gap.length() <= LIST_GAP && gap.indexOf('.') < 0 && gap.indexOf('\n') < 0
            && (gap.strip().equals(",") || gap.strip().equals("and") || gap.endsWith(", ") || gap.endsWith(" including ")
            || gap.endsWith(" and ") && !before.text().contains(before.unit()))) { // "..., 4,260 in Ontario and 1,870 in Manitoba"
          // "52,000 vehicles sold in Japan, 31,000 in North America": the list counts one thing.
          f = f.countingAs(before);
        }
      }
      if (f.category() == FigureCategory.PEOPLE && !figures.isEmpty()
          && figures.get(figures.size() - 1).category() == FigureCategory.CASUALTIES) {
        String gap = body.substring(Math.min(figures.get(figures.size() - 1).end(), f.start()), f.start());
        if (gap.length() <= LIST_GAP && gap.indexOf('.') < 0 && BodyWords.lastWordsBefore(body, f.start(), 1).equals("including")) {
          // "19 passengers were hurt, including three pupils": the pupils are among the hurt.
          f = f.withCategory(FigureCategory.CASUALTIES);
        }
      }
      figures.add(f);
    }
    return figures;
  }

  /** Every number of the body, in digits or in words, with its value, currency and percent sign. */
  private static List<NumberSpan> values(String body) {
    List<NumberSpan> out = new ArrayList<>(DigitReader.read(body));
    out.addAll(NumberWords.read(body));
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    // A number word inside a number already read ("6 hundred people") is part of it.
    List<NumberSpan> apart = new ArrayList<>(out.size());
    for (NumberSpan v : out) {
      if (apart.isEmpty() || v.start() >= apart.get(apart.size() - 1).end()) {
        apart.add(v);
      }
    }
    return apart;
  }
}
