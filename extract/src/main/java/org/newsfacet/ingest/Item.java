package org.newsfacet.ingest;

import java.util.List;
import java.util.Objects;

/** One item of input: an article that was read, or one that was skipped with the reason. */
public sealed interface Item permits Item.Loaded, Item.Skipped {

  /**
   * Where the item came from: a path, {@code PATH#LINE}, or {@code -} for standard input.
   *
   * @return the name that messages and records give the item
   */
  String source();

  /**
   * An article that was read.
   *
   * @param article the article
   * @param warnings problems that did not stop it from being read (a bad optional field)
   * @param encoding the charset the text was read in when it was not UTF-8 ("windows-1251",
   *     "UTF-16LE"), for the run's summary; null for UTF-8
   */
  record Loaded(RawArticle article, List<String> warnings, String encoding) implements Item {
    /** Validates and copies. */
    public Loaded {
      Objects.requireNonNull(article, "article");
      warnings = List.copyOf(warnings);
    }

    /**
     * An article read from UTF-8.
     *
     * @param article the article
     * @param warnings problems that did not stop it from being read
     */
    public Loaded(RawArticle article, List<String> warnings) {
      this(article, warnings, null);
    }

    @Override
    public String source() {
      return article.source();
    }
  }

  /**
   * An item that could not be read.
   *
   * @param source where it came from
   * @param reason why it was skipped, in words a user understands
   */
  record Skipped(String source, String reason) implements Item {
    /** Validates the fields. */
    public Skipped {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(reason, "reason");
    }

    /**
     * The one-line message for the user: the item and the reason.
     *
     * @return {@code SOURCE: REASON}
     */
    public String message() {
      return source + ": " + reason;
    }
  }
}
