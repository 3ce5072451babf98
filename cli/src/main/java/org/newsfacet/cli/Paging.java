package org.newsfacet.cli;

import picocli.CommandLine.Option;

/** Which page of results to print, shared by the commands that list hits. */
final class Paging {
  @Option(names = "--limit", defaultValue = "20", description = "How many to show (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "How many to skip first, for paging.")
  int offset;

  /** Fails as bad usage for a negative page. */
  void check() {
    if (limit < 0 || offset < 0) {
      throw new UsageException("--limit and --offset must not be negative");
    }
  }
}
