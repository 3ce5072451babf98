package org.newsfacet.extract.entity;

/**
 * Where an article names an entity.
 *
 * @param entity index of the entity in {@link Recognition#entities()}
 * @param start offset of the mention in the article text, or -1 for a mention in a given title
 * @param end offset just past the mention, or -1
 * @param rule the context rule that typed the mention ("score-line", "agreement"), or null when
 *     the lists, heads and titles did
 */
public record Mention(int entity, int start, int end, String rule) {

  /**
   * A mention typed by the lists, heads and titles.
   *
   * @param entity index of the entity in {@link Recognition#entities()}
   * @param start offset of the mention in the article text, or -1
   * @param end offset just past the mention, or -1
   */
  public Mention(int entity, int start, int end) {
    this(entity, start, end, null);
  }
}
