package org.newsfacet.model;

import java.util.List;
import java.util.Objects;

/**
 * One person, organisation or place named in an article, with every form the article used.
 *
 * @param type what kind of entity this is
 * @param name canonical name: the fullest form used, without titles
 * @param aliases the other forms seen in the article
 * @param role title or role as stated, or null
 * @param mentions how many times the article names it
 * @param typedBy the context rule that typed most of its mentions ("score-line", "org-member"), or null
 *     when the lists, heads and titles did: where to look when an entity has the wrong type
 */
public record Entity(EntityType type, String name, List<String> aliases, String role, int mentions, String typedBy) {

  /**
   * An entity typed by the lists, heads and titles.
   *
   * @param type what kind of entity this is
   * @param name canonical name
   * @param aliases the other forms seen in the article
   * @param role title or role as stated, or null
   * @param mentions how many times the article names it
   */
  public Entity(EntityType type, String name, List<String> aliases, String role, int mentions) {
    this(type, name, aliases, role, mentions, null);
  }

  /** Validates the fields and copies the aliases. */
  public Entity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
    if (mentions < 0) {
      throw new IllegalArgumentException("mentions must not be negative: " + mentions);
    }
  }
}
