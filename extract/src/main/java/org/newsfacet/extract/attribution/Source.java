package org.newsfacet.extract.attribution;

import java.util.Objects;
import org.newsfacet.model.SpeakerType;

/**
 * Who a phrase of the text names as the source of what is said, and how it was found.
 *
 * @param name canonical name of the entity, or the label as written for an unnamed source
 * @param type what kind of source this is
 * @param resolution how the phrase led to the source: {@code name}, {@code pronoun}, {@code
 *     description}, {@code title}, {@code spokesperson}, {@code document} or {@code label}
 * @param entity index of the entity in the article's recognition, or -1 for a label
 * @param plural true for a group ("officials", "police"), which "they" can stand for
 */
record Source(String name, SpeakerType type, String resolution, int entity, boolean plural) {

  /** Validates the fields. */
  Source {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(resolution, "resolution");
  }

  /** The same source, found another way. */
  Source via(String how) {
    return new Source(name, type, how, entity, plural);
  }
}
