package org.newsfacet.cli;

import java.io.PrintWriter;
import org.newsfacet.ingest.Item;

/** One line on standard error for each input that was skipped or had a problem. */
final class Messages {
  private final PrintWriter err;
  private int skipped;

  Messages(PrintWriter err) {
    this.err = err;
  }

  void skipped(Item.Skipped item) {
    skipped++;
    err.println("newsfacet: skipped " + Terminal.field(item.message()));
    err.flush();
  }

  void warning(String source, String message) {
    err.println("newsfacet: warning: " + Terminal.field(source) + ": " + Terminal.field(message));
    err.flush();
  }

  boolean skippedAny() {
    return skipped > 0;
  }
}
