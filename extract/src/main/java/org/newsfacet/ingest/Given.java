package org.newsfacet.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * Metadata that came with an article rather than from its text: the fields of a JSON Lines
 * record, or the metadata of an HTML page. Every field may be null; given values are trusted
 * over what extraction finds in the text.
 *
 * @param id the record's own id
 * @param url canonical url
 * @param title headline
 * @param published publication date
 * @param outlet publisher, as the record names it
 * @param agency wire agency, as the record names it
 * @param siteName the site's own name from HTML metadata (a hint for the outlet, not the outlet)
 * @param authors author names from metadata
 */
public record Given(
    String id,
    String url,
    String title,
    LocalDate published,
    String outlet,
    String agency,
    String siteName,
    List<String> authors) {

  /** No metadata at all. */
  public static final Given NONE = new Given(null, null, null, null, null, null, null, List.of());

  /** Blanks become nulls and the author list is copied. */
  public Given {
    id = blankToNull(id);
    url = blankToNull(url);
    title = blankToNull(title);
    outlet = blankToNull(outlet);
    agency = blankToNull(agency);
    siteName = blankToNull(siteName);
    authors = authors == null ? List.of() : authors.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
