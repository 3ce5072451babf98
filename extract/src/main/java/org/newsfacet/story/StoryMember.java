package org.newsfacet.story;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One indexed article as story clustering sees it: its fingerprint, what says which copy is the
 * original, and the story and copy group it is filed in.
 *
 * @param id the article's id
 * @param fingerprint its body's fingerprint
 * @param published its publication date, or null
 * @param outlet its outlet, or null
 * @param agency the agency it credits, or null
 * @param story the id of its story's original (its own id while it stands alone)
 * @param copyOf the id of the original of the text it copies; null for an original or a text no
 *     other article carries
 * @param inferredAgency the agency its copy group credits when it credits none itself, or null
 */
public record StoryMember(String id, Fingerprint fingerprint, LocalDate published, String outlet, String agency,
    String story, String copyOf, String inferredAgency) {

  /** The original first: see {@link Originals}. */
  public static final Comparator<StoryMember> ORIGINAL_FIRST = Originals.first(StoryMember::outlet,
      StoryMember::agency, StoryMember::published, StoryMember::id);

  /** Validates the fields. */
  public StoryMember {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(story, "story");
  }

  /**
   * True when one outlet published both articles.
   *
   * @param other another article
   * @return false when either outlet is unknown
   */
  public boolean sameOutlet(StoryMember other) {
    return outlet != null && outlet.equals(other.outlet());
  }

  /**
   * The key of its copy group: the original's id.
   *
   * @return {@link #copyOf()}, or its own id when it copies nothing
   */
  public String copyGroup() {
    return copyOf != null ? copyOf : id;
  }
}
