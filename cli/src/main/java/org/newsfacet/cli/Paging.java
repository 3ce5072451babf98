package org.newsfacet.cli;

import java.util.Locale;
import org.newsfacet.query.Page;
import org.newsfacet.search.QueryLimits;
import picocli.CommandLine.Option;

/** Which page of results to print, shared by the commands that list hits. */
final class Paging {
  @Option(names = "--limit", defaultValue = "20",
      description = "How many to show (default ${DEFAULT-VALUE}, at most " + QueryLimits.MAX_PAGE
          + "; --offset plus --limit at most " + QueryLimits.MAX_PAGE_END + "); in a comparison, how many figures "
          + "each group shows. 0 shows only the counts.")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "How many to skip first, for paging.")
  int offset;

  /**
   * The page asked for, as the library takes it.
   *
   * @throws UsageException for a negative page, or one larger or deeper than a question may have
   */
  Page page(boolean copies, boolean countStories) {
    check();
    return new Page(limit, offset, copies, countStories);
  }

  /** Fails as bad usage for a negative page, or one larger or deeper than a question may have. */
  void check() {
    if (limit < 0 || offset < 0) {
      throw new UsageException("--limit and --offset must not be negative");
    }
    if (limit > QueryLimits.MAX_PAGE) {
      throw new UsageException(String.format(Locale.ROOT, "--limit %,d is more than the %,d hits a page may show: page "
          + "through them with --offset, or narrow the question", limit, QueryLimits.MAX_PAGE));
    }
    if ((long) offset + limit > QueryLimits.MAX_PAGE_END) {
      throw new UsageException(String.format(Locale.ROOT, "--limit %,d with --offset %,d reaches past the %,d hits a "
          + "question may page through: narrow it (a date, an outlet) instead", limit, offset, QueryLimits.MAX_PAGE_END));
    }
  }
}
