package org.newsfacet.search;

import java.util.Objects;

/**
 * An article close to another: another article of its story, or the nearest article of another story.
 *
 * @param relation how it is related
 * @param hit the article, its score (for {@link Relation#SIMILAR}, how much text they share in
 *     words; NaN within the story) and its story
 */
public record Related(Relation relation, Hit hit) {

  /** How an article is related to the one asked about. */
  public enum Relation {
    /** A copy of the same text, perhaps trimmed or re-headlined. */
    COPY,
    /** Another article of the same story: a rewrite, or a copy of a rewrite. */
    STORY,
    /** Another story whose words are closest. */
    SIMILAR
  }

  /** Validates the fields. */
  public Related {
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(hit, "hit");
  }
}
