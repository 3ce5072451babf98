package org.newsfacet.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.newsfacet.model.Figure;

/**
 * A figure found by a search, with the article it came from.
 *
 * @param figure the figure, its category and claimant
 * @param articleId the id of its article
 * @param title the article's headline, or null
 * @param outlet the article's outlet, or null
 * @param agency the article's agency, or null
 * @param published the article's publication date, or null
 * @param source where the article came from
 * @param syndication the article's story and copy group
 * @param carriedBy when several articles of one story carry this figure, all of them, the original
 *     first (and this hit is the original's); empty when the hit stands for its article alone
 * @param independentSources in a comparison, how many stories (not articles) report the same
 *     value; 0 outside comparisons
 */
public record FigureHit(Figure figure, String articleId, String title, String outlet, String agency, LocalDate published,
    String source, Syndication syndication, List<Carrier> carriedBy, int independentSources) {

  /** Validates the fields. */
  public FigureHit {
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(articleId, "articleId");
    syndication = syndication == null ? Syndication.alone(articleId) : syndication;
    carriedBy = carriedBy == null ? List.of() : List.copyOf(carriedBy);
  }

  /**
   * A hit for its article alone, before its story is known.
   *
   * @param figure the figure
   * @param articleId the id of its article
   * @param title the article's headline, or null
   * @param outlet the article's outlet, or null
   * @param agency the article's agency, or null
   * @param published the article's publication date, or null
   * @param source where the article came from
   */
  public FigureHit(Figure figure, String articleId, String title, String outlet, String agency, LocalDate published,
      String source) {
    this(figure, articleId, title, outlet, agency, published, source, null, List.of(), 0);
  }

  /**
   * How many articles carried it: 1 for a hit that stands for its article alone.
   *
   * @return the number of carriers, at least 1
   */
  public int copies() {
    return Math.max(1, carriedBy.size());
  }

  /**
   * This hit with its article's story.
   *
   * @param s the article's story and copy group
   * @return a changed copy
   */
  public FigureHit with(Syndication s) {
    return new FigureHit(figure, articleId, title, outlet, agency, published, source, s, carriedBy, independentSources);
  }

  /**
   * This hit standing for every article of its story that carried it.
   *
   * @param carriers the articles, the original first
   * @return a changed copy
   */
  public FigureHit carriedBy(List<Carrier> carriers) {
    return new FigureHit(figure, articleId, title, outlet, agency, published, source, syndication, carriers, independentSources);
  }

  /**
   * This hit with the number of stories that report its value.
   *
   * @param stories independent sources of the value
   * @return a changed copy
   */
  public FigureHit independentSources(int stories) {
    return new FigureHit(figure, articleId, title, outlet, agency, published, source, syndication, carriedBy, stories);
  }
}
