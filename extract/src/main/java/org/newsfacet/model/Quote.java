package org.newsfacet.model;

import java.util.Objects;

/**
 * A quotation or a piece of reported speech, and its speaker.
 *
 * @param speaker canonical name, organisation, or a label for an unnamed source; null if unsaid
 * @param speakerType what kind of speaker this is
 * @param text the words between the quotation marks, without the marks; for reported speech, the
 *     reported clause
 * @param kind direct quotation or reported speech; null is read as direct
 * @param partial true for a quotation embedded in the writer's own sentence
 * @param attributedBy the name of the attribution rule that chose the speaker, or null
 * @param start offset of the first character of {@code text} in the article text
 * @param end offset just past the last character of {@code text}
 */
public record Quote(
    String speaker,
    SpeakerType speakerType,
    String text,
    QuoteKind kind,
    boolean partial,
    String attributedBy,
    int start,
    int end) {

  /** Validates the fields; a record written before quotes had a kind is a direct quotation. */
  public Quote {
    Objects.requireNonNull(speakerType, "speakerType");
    Objects.requireNonNull(text, "text");
    kind = kind == null ? QuoteKind.DIRECT : kind;
    Spans.check(start, end);
  }

  /**
   * A direct quotation with no recorded rule.
   *
   * @param speaker canonical name, organisation, or a label for an unnamed source; null if unsaid
   * @param speakerType what kind of speaker this is
   * @param text the words between the quotation marks, without the marks
   * @param partial true for a quotation embedded in the writer's own sentence
   * @param start offset of the first character of {@code text}
   * @param end offset just past the last character of {@code text}
   */
  public Quote(String speaker, SpeakerType speakerType, String text, boolean partial, int start, int end) {
    this(speaker, speakerType, text, QuoteKind.DIRECT, partial, null, start, end);
  }

  /**
   * True for a quotation in the source's own words.
   *
   * @return false for reported speech
   */
  public boolean direct() {
    return kind == QuoteKind.DIRECT;
  }
}
