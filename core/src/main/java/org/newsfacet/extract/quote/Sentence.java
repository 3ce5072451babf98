package org.newsfacet.extract.quote;

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

  static Sentence around(String body, Span quote, List<Span> spans) {
    int start = quote.openStart();
    while (start > 0) {
      char c = body.charAt(start - 1);
      if (c == '\n') {
        break;
      }
      Span other = containing(start - 1, spans, quote);
      if (other != null) {
        start = other.openStart();
        continue;
      }
      if (isBoundary(body, start - 1)) {
        break;
      }
      start--;
    }
    int end = quote.closeEnd();
    while (end < body.length()) {
      char c = body.charAt(end);
      if (c == '\n') {
        break;
      }
      Span other = containing(end, spans, quote);
      if (other != null) {
        end = other.closeEnd();
        continue;
      }
      end++;
      if (isBoundary(body, end - 1)) {
        break;
      }
    }
    String before = body.substring(start, quote.openStart()).strip();
    return new Sentence(start, end, embedded(before));
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
  private static boolean isBoundary(String body, int i) {
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

  private static Span containing(int offset, List<Span> spans, Span self) {
    for (Span s : spans) {
      if (s != self && offset >= s.openStart() && offset < s.closeEnd()) {
        return s;
      }
    }
    return null;
  }
}
