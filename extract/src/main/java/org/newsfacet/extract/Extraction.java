package org.newsfacet.extract;

import java.util.List;
import java.util.Objects;
import org.newsfacet.extract.entity.Mention;
import org.newsfacet.extract.text.Sentences;
import org.newsfacet.model.Article;
import org.newsfacet.model.Figure;

/**
 * The result of extracting one article: its record, and the text it was extracted from.
 *
 * @param article the extraction record
 * @param text the article text as read; every offset in the record points into it
 * @param body the text with everything that is not article body (header, captions, credits)
 *     blanked out, character for character, so that offsets stay valid
 * @param mentions where the text names each of the record's entities (index into its entity list)
 * @param faults the extraction steps that failed on this text, one line each ("figures not
 *     extracted: internal error (...)"); the record lacks only those steps' results
 */
public record Extraction(Article article, String text, String body, List<Mention> mentions, List<String> faults) {

  /** Validates the fields. */
  public Extraction {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(body, "body");
    if (body.length() != text.length()) {
      throw new IllegalArgumentException("body must be as long as the text");
    }
    mentions = List.copyOf(mentions);
    faults = List.copyOf(faults);
  }

  /**
   * An extraction in which every step succeeded.
   *
   * @param article the extraction record
   * @param text the article text that the record's offsets point into
   * @param body the text with all but the body blanked out, as long as {@code text}
   * @param mentions where the text names each of the record's entities
   */
  public Extraction(Article article, String text, String body, List<Mention> mentions) {
    this(article, text, body, mentions, List.of());
  }

  /**
   * The sentence of the text that a figure stands in, as extraction splits sentences: what a search
   * for the figure's words ("figures for flood relief") reads.
   *
   * @param figure one of the record's figures
   * @return its sentence as written; empty when the figure's offsets are not in the text
   */
  public String sentence(Figure figure) {
    Objects.requireNonNull(figure, "figure");
    if (figure.start() < 0 || figure.end() > text.length() || figure.start() > figure.end()) {
      return "";
    }
    Sentences.Bounds sentence = Sentences.around(text, figure.start(), figure.end());
    return text.substring(sentence.start(), sentence.end());
  }
}
