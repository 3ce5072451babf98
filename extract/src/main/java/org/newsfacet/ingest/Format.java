package org.newsfacet.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The input formats the reader understands. */
enum Format {
  /** Plain text, one article per file. */
  TEXT,
  /** JSON Lines, one article per line. */
  JSON_LINES,
  /** An HTML page, one article per file. */
  HTML;

  /**
   * The format that a file's extension announces, or empty for a file a directory walk skips.
   *
   * @param file the file's path; only its name is read
   * @return the format, or empty for an extension the reader does not read
   */
  static Optional<Format> ofExtension(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      return Optional.of(TEXT);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Optional.of(JSON_LINES);
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Optional.of(HTML);
    }
    return Optional.empty();
  }
}
