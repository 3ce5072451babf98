package org.newsfacet.story;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where story clustering reads indexed articles and files them: an index, embedded or on a
 * cluster, implements it over its own terms and doc values.
 */
public interface StoryStore {
  /**
   * The indexed article with this id.
   *
   * @param id an article id
   * @return empty when no live article has it
   * @throws IOException when the index cannot be read
   */
  Optional<StoryMember> member(String id) throws IOException;

  /**
   * The articles that share a band of the fingerprint's signature or one of its anchors (leaving
   * out anchors carried by so many articles that they are boilerplate): the candidates that
   * {@link Kinship#of} then verifies.
   *
   * @param id the article whose candidates these are, left out of them
   * @param fingerprint its fingerprint
   * @return the candidates, at most a few thousand
   * @throws IOException when the index cannot be read
   */
  List<StoryMember> candidates(String id, Fingerprint fingerprint) throws IOException;

  /**
   * Every article filed in one of these stories.
   *
   * @param stories story ids
   * @return the articles, in any order
   * @throws IOException when the index cannot be read
   */
  List<StoryMember> members(Set<String> stories) throws IOException;

  /**
   * True when this anchor is carried by so many articles that it is boilerplate, not evidence.
   *
   * @param anchor an anchor hash
   * @return true for a footer's or a copyright line's passages
   */
  boolean common(int anchor);

  /**
   * Files an article in its story and copy group (every document of the article, where an index
   * keeps several).
   *
   * @param changed the article with its new story, copy group and inferred agency
   * @throws IOException when the index cannot be written
   */
  void file(StoryMember changed) throws IOException;
}
