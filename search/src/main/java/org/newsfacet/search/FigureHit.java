package org.newsfacet.search;

import java.time.LocalDate;
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
 */
public record FigureHit(Figure figure, String articleId, String title, String outlet, String agency, LocalDate published,
    String source) {

  /** Validates the fields. */
  public FigureHit {
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(articleId, "articleId");
  }
}
