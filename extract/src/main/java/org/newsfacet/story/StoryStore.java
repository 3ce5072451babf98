package org.newsfacet.story;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
   * The articles that share a band of the fingerprint's signature or one of its anchors, those
   * that share the rarest first: the candidates that {@link Kinship#of} then verifies.
   *
   * @param id the article whose candidates these are, left out of them
   * @param fingerprint its fingerprint
   * @return the candidates, at most a few thousand
   * @throws IOException when the index cannot be read
   */
  List<StoryMember> candidates(String id, Fingerprint fingerprint) throws IOException;

  /**
   * The candidates of many articles at once, as {@link #candidates(String, Fingerprint)} gives
   * them one by one; a store that can look up the terms of many articles in one pass over its
   * dictionary does it here.
   *
   * @param articles the articles
   * @return each article's candidates, by its id
   * @throws IOException when the index cannot be read
   */
  default Map<String, List<StoryMember>> candidates(Collection<StoryMember> articles) throws IOException {
    Map<String, List<StoryMember>> out = new HashMap<>();
    for (StoryMember m : articles) {
      out.put(m.id(), candidates(m.id(), m.fingerprint()));
    }
    return out;
  }

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
