package org.newsfacet.index;

import java.time.LocalDate;
import java.util.List;
import org.newsfacet.model.QuoteKind;

/**
 * A search over quotations: by speaker (any spelling), by words in the quotation, by kind (the
 * speaker's own words, or reported speech), by outlet, agency and date. Immutable; each method returns a changed copy.
 *
 * <pre>{@code
 * QuoteRequest.by("Stoltenberg").words("evidence").outlet("Reuters").limit(20)
 * }</pre>
 *
 * @param words words that must be in the quotation; blank for any
 * @param speakers only quotations of one of these speakers (names, surnames, any spelling)
 * @param outlets only quotations from articles of one of these outlets
 * @param agencies only quotations from articles credited to one of these agencies
 * @param sources only quotations from articles published by or credited to one of these
 * @param kind only quotations of this kind, or null for both
 * @param from only quotations from articles published on or after this day, or null
 * @param to only quotations from articles published on or before this day, or null
 * @param offset hits to skip, for paging
 * @param limit hits to return
 */
public record QuoteRequest(String words, List<String> speakers, List<String> outlets, List<String> agencies,
    List<String> sources, QuoteKind kind, LocalDate from, LocalDate to, int offset, int limit) {

  /** Validates and copies. */
  public QuoteRequest {
    words = words == null ? "" : words.strip();
    speakers = List.copyOf(speakers);
    outlets = List.copyOf(outlets);
    agencies = List.copyOf(agencies);
    sources = List.copyOf(sources);
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
  }

  /** Every quotation, twenty at a time, newest first. */
  public static QuoteRequest all() {
    return new QuoteRequest("", List.of(), List.of(), List.of(), List.of(), null, null, null, 0, 20);
  }

  /** The quotations of one speaker. */
  public static QuoteRequest by(String speaker) {
    return all().speaker(speaker);
  }

  /** Also accepts this speaker. */
  public QuoteRequest speaker(String name) {
    return new QuoteRequest(words, Requests.plus(speakers, name, "speaker"), outlets, agencies, sources, kind, from, to, offset, limit);
  }

  /** Requires these words in the quotation (Lucene syntax). */
  public QuoteRequest words(String text) {
    return new QuoteRequest(text, speakers, outlets, agencies, sources, kind, from, to, offset, limit);
  }

  /** Also accepts this outlet. */
  public QuoteRequest outlet(String outlet) {
    return new QuoteRequest(words, speakers, Requests.plus(outlets, outlet, "outlet"), agencies, sources, kind, from, to, offset, limit);
  }

  /** Also accepts this agency. */
  public QuoteRequest agency(String agency) {
    return new QuoteRequest(words, speakers, outlets, Requests.plus(agencies, agency, "agency"), sources, kind, from, to, offset, limit);
  }

  /** Also accepts this source: an outlet or an agency. */
  public QuoteRequest source(String source) {
    return new QuoteRequest(words, speakers, outlets, agencies, Requests.plus(sources, source, "source"), kind, from, to, offset, limit);
  }

  /** Only quotations of this kind: {@link QuoteKind#DIRECT} words or {@link QuoteKind#INDIRECT} reported speech; null for both. */
  public QuoteRequest kind(QuoteKind k) {
    return new QuoteRequest(words, speakers, outlets, agencies, sources, k, from, to, offset, limit);
  }

  /** Only quotations published on or after this day. */
  public QuoteRequest from(LocalDate day) {
    return new QuoteRequest(words, speakers, outlets, agencies, sources, kind, day, to, offset, limit);
  }

  /** Only quotations published on or before this day. */
  public QuoteRequest to(LocalDate day) {
    return new QuoteRequest(words, speakers, outlets, agencies, sources, kind, from, day, offset, limit);
  }

  /** Returns at most this many hits. */
  public QuoteRequest limit(int n) {
    return new QuoteRequest(words, speakers, outlets, agencies, sources, kind, from, to, offset, n);
  }

  /** Skips this many hits first. */
  public QuoteRequest offset(int n) {
    return new QuoteRequest(words, speakers, outlets, agencies, sources, kind, from, to, n, limit);
  }

}
