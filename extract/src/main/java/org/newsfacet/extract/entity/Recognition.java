package org.newsfacet.extract.entity;

import java.util.List;
import org.newsfacet.model.Entity;

/**
 * The entities of one article and every place it names them.
 *
 * @param entities people, organisations and places, in order of first mention
 * @param mentions the mentions, in text order
 */
public record Recognition(List<Entity> entities, List<Mention> mentions) {

  /** Copies the lists. */
  public Recognition {
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
  }
}
