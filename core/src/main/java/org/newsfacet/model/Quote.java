package org.newsfacet.model;

import java.util.Objects;

/**
 * A direct quotation and its speaker.
 *
 * @param speaker canonical name, organisation, or a label for an unnamed source; null if unsaid
 * @param speakerType what kind of speaker this is
 * @param text the words between the quotation marks, without the marks
 * @param partial true for a fragment embedded in reported speech
 * @param start offset of the first character of {@code text} in the article text
 * @param end offset just past the last character of {@code text}
 */
public record Quote(
    String speaker, SpeakerType speakerType, String text, boolean partial, int start, int end) {

  /** Validates the fields. */
  public Quote {
    Objects.requireNonNull(speakerType, "speakerType");
    Objects.requireNonNull(text, "text");
    Spans.check(start, end);
  }
}
