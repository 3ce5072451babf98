package org.newsfacet.extract.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentence around a quotation: where it starts and ends, and whether the quotation is
 * embedded in the writer's own words ("said there were “tactical personnel”").
 *
 * @param start offset where the sentence starts
 * @param end offset where it ends
 * @param embedded true when the writer's words lead into the quotation
 */
record Sentence(int start, int end, boolean embedded) {
  private static final int LOOK_BACK = 4;
  /** How far before a quotation its lead-in is read: enough for any attribution, and no more. */
  private static final int LEAD_IN = 300;

  /**
   * The sentence boundaries of one body, quotations skipped, found once so that every quotation
   * looks its sentence up by binary search: a sentence of a thousand quotations costs no more than
   * a thousand short ones.
   */
  static final class Index {
    private final String body;
    private final List<Span> spans;
    /** Offsets where a sentence starts, ascending. */
    private final int[] starts;

    Index(String body, List<Span> spans) {
      this.body = body;
      this.spans = spans;
      List<Integer> out = new ArrayList<>();
      int s = 0;
      for (int i = 0; i < body.length(); i++) {
        while (s < spans.size() && spans.get(s).closeEnd() <= i) {
          s++;
        }
        if (s < spans.size() && i >= spans.get(s).openStart()) {
          i = spans.get(s).closeEnd() - 1; // quotations never end the sentence that holds them
          continue;
        }
        if (body.charAt(i) == '\n' || isBoundary(body, i)) {
          out.add(i + 1);
        }
      }
      starts = out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The sentence that holds {@code quote}. */
    Sentence around(Span quote) {
      int start = previous(quote.openStart());
      int end = next(quote.closeEnd());
      int from = Math.max(start, quote.openStart() - LEAD_IN);
      String before = body.substring(from, quote.openStart()).strip();
      return new Sentence(start, end, embedded(before));
    }

    /** The sentence right after {@code s}, or null at the body's end. */
    Sentence after(Sentence s) {
      return s.end() >= body.length() ? null : new Sentence(s.end(), next(s.end()), false);
    }

    /** The largest sentence start at or before {@code offset}, else 0. */
    private int previous(int offset) {
      int lo = 0;
      int hi = starts.length - 1;
      int found = 0;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] <= offset) {
          found = starts[mid];
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return found;
    }

    /** The smallest sentence start after {@code offset} (the end of its sentence), else the body's end. */
    private int next(int offset) {
      int lo = 0;
      int hi = starts.length - 1;
      int found = body.length();
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] > offset) {
          found = starts[mid];
          hi = mid - 1;
        } else {
          lo = mid + 1;
        }
      }
      return found;
    }

    List<Span> spans() {
      return spans;
    }
  }

  /** Writer's words lead in, unless they end with a colon, or with a comma after a reporting verb. */
  private static boolean embedded(String before) {
    if (before.isEmpty()) {
      return false;
    }
    char last = before.charAt(before.length() - 1);
    if (last == ':') {
      return false;
    }
    if (last == ',') {
      List<QuoteExtractor.Word> words = QuoteExtractor.Word.split(before, 0, before.length());
      for (int i = Math.max(0, words.size() - LOOK_BACK); i < words.size(); i++) {
        if (QuoteExtractor.isReportingVerb(words.get(i).lower())) {
          return false;
        }
      }
      return words.size() > LOOK_BACK;
    }
    return true;
  }

  /** A full stop, question or exclamation mark that ends a sentence (not "U.S." nor "Gen."). */
  static boolean isBoundary(String body, int i) {
    char c = body.charAt(i);
    if (c != '.' && c != '!' && c != '?') {
      return false;
    }
    if (i + 1 < body.length() && !Character.isWhitespace(body.charAt(i + 1))) {
      return false;
    }
    if (c != '.') {
      return true;
    }
    char before = i > 0 ? body.charAt(i - 1) : ' ';
    if (Character.isUpperCase(before)) {
      return false; // U.S. or an initial
    }
    int w = i - 1;
    while (w >= 0 && Character.isLetter(body.charAt(w))) {
      w--;
    }
    // "Gen." and other short capitalised abbreviations rarely end a sentence.
    return !(i - w - 1 <= 3 && w + 1 < i && Character.isUpperCase(body.charAt(w + 1)));
  }
}
