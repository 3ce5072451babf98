package org.newsfacet.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What Newsfacet knows about one article: the extraction record of the public JSON contract.
 *
 * <p>A value the article does not state is {@code null} (or an empty list), never a guess.
 *
 * @param id stable id: the JSON Lines record's id, else a hash of the normalised text
 * @param source where the article came from: the path as given, or {@code PATH#LINE}
 * @param title headline, or null
 * @param published the article's own publication date, or null
 * @param outlet publisher that carried the article, or null
 * @param agency wire agency credited for the text, or null
 * @param url canonical url, or null
 * @param dateline dateline city in title case, or null
 * @param authors bylines and reporting credits, as names
 * @param entities people, organisations and places named in the article
 * @param quotes direct quotations with their speakers
 * @param figures numeric figures with who claimed them
 */
public record Article(
    String id,
    String source,
    String title,
    LocalDate published,
    String outlet,
    String agency,
    String url,
    String dateline,
    List<String> authors,
    List<Entity> entities,
    List<Quote> quotes,
    List<Figure> figures) {

  /** Validates the required fields and copies the lists so that the record stays immutable. */
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    authors = List.copyOf(authors == null ? List.of() : authors);
    entities = List.copyOf(entities == null ? List.of() : entities);
    quotes = List.copyOf(quotes == null ? List.of() : quotes);
    figures = List.copyOf(figures == null ? List.of() : figures);
  }
}
