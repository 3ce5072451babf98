package org.newsfacet.search;

import java.util.Objects;

/**
 * Where an article stands among the articles that carry one story: the story it belongs to, the
 * text it copies, and the agency its copy group credits when it credits none.
 *
 * @param story the story's id: the id of its original article (the article's own id when no
 *     other article carries its story)
 * @param copyOf the id of the original of the text it copies, or null for an original or a text
 *     that no other article carries
 * @param inferredAgency the agency credited by the copies of its text, when it credits none itself;
 *     inferred, never a stated credit; or null
 */
public record Syndication(String story, String copyOf, String inferredAgency) {

  /** Validates the fields. */
  public Syndication {
    Objects.requireNonNull(story, "story");
  }

  /**
   * An article that no other article carries.
   *
   * @param articleId its id
   * @return a story of its own
   */
  public static Syndication alone(String articleId) {
    return new Syndication(articleId, null, null);
  }

  /**
   * The copy group it belongs to: the original of the text it copies, or its own id.
   *
   * @param articleId the article's id
   * @return {@link #copyOf()}, or {@code articleId} when it copies nothing
   */
  public String copyGroup(String articleId) {
    return copyOf != null ? copyOf : articleId;
  }
}
