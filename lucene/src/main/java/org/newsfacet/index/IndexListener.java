package org.newsfacet.index;

import org.newsfacet.ingest.Item;
import org.newsfacet.model.Article;

/** Hears what happens to each item of an indexing run, for progress and messages. */
public interface IndexListener {
  /** Hears nothing. */
  IndexListener NONE = new IndexListener() {};

  /** An article was indexed. */
  default void indexed(Article article) {}

  /** An item was skipped, with the reason. */
  default void skipped(Item.Skipped item) {}

  /** An item was indexed despite a problem with one of its fields. */
  default void warned(String source, String message) {}
}
