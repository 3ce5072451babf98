package org.newsfacet.index;

import java.util.Objects;
import org.newsfacet.model.Article;

/**
 * One matching article.
 *
 * @param article its extraction record
 * @param score relevance score (NaN when sorted by date)
 * @param snippet a passage of the body with the matched words between {@code <b>} and {@code </b>}
 */
public record Hit(Article article, float score, String snippet) {

  /** Validates the fields. */
  public Hit {
    Objects.requireNonNull(article, "article");
    snippet = snippet == null ? "" : snippet;
  }
}
