package org.newsfacet.index;

import java.util.List;
import org.newsfacet.ingest.Item;

/**
 * What an indexing run did.
 *
 * @param added articles new to the index
 * @param replaced articles whose id was already indexed, now replaced
 * @param skipped items that could not be read, with reasons
 */
public record IndexReport(long added, long replaced, List<Item.Skipped> skipped) {

  /** Copies the list. */
  public IndexReport {
    skipped = List.copyOf(skipped);
  }

  /**
   * Articles indexed in all, new or replaced.
   *
   * @return {@code added + replaced}
   */
  public long indexed() {
    return added + replaced;
  }
}
