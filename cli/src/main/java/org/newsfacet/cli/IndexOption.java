package org.newsfacet.cli;

import java.nio.file.Path;
import org.newsfacet.Newsfacet;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option that every command reading or writing an index shares. */
final class IndexOption {
  @Option(names = "--index", paramLabel = "DIR", defaultValue = "${env:NEWSFACET_INDEX:-newsfacet-index}",
      description = "Index folder (default: $NEWSFACET_INDEX, else ./newsfacet-index; now ${DEFAULT-VALUE}).")
  Path index;

  /** The index folder, which must hold an index: searching a folder never indexed is a usage error. */
  Path existing() {
    if (!Newsfacet.exists(index)) {
      throw new UsageException("no index at " + index + "; create one with: newsfacet index PATH");
    }
    return index;
  }
}
