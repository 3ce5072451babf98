package org.newsfacet.index;

import org.newsfacet.pipeline.Pipeline;

/** Hears what happens to each item of an indexing run, for progress and messages. */
public interface IndexListener extends Pipeline.Listener {
  /** Hears nothing. */
  IndexListener NONE = new IndexListener() {};
}
