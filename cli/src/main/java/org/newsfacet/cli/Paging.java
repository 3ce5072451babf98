package org.newsfacet.cli;

import java.util.regex.Pattern;
import org.newsfacet.query.Page;
import org.newsfacet.search.QueryLimitException;
import org.newsfacet.search.QueryLimits;
import picocli.CommandLine.Option;

/** Which page of results to print, shared by the commands that list hits. */
final class Paging {
  /** The names in {@link Page}'s messages, which are this command's options. */
  private static final Pattern OPTION_NAMES = Pattern.compile("\\b(limit|offset)\\b");

  @Option(names = "--limit", defaultValue = "" + Page.DEFAULT_LIMIT,
      description = "How many to show (default ${DEFAULT-VALUE}, at most " + QueryLimits.MAX_PAGE
          + "; --offset plus --limit at most " + QueryLimits.MAX_PAGE_END + "); in a comparison, how many figures "
          + "each group shows. 0 shows only the counts.")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "How many to skip first, for paging.")
  int offset;

  /**
   * The page asked for, as the library takes it.
   *
   * @throws UsageException for a negative page, or one larger or deeper than a question may have:
   *     the library's message, naming the options
   */
  Page page(boolean copies, boolean countStories) {
    try {
      return new Page(limit, offset, copies, countStories);
    } catch (QueryLimitException e) {
      throw new UsageException(OPTION_NAMES.matcher(e.getMessage()).replaceAll("--$1"));
    }
  }
}
