package org.newsfacet.extract.attribution;

import java.util.Optional;
import org.newsfacet.extract.attribution.Attributor.Claim;
import org.newsfacet.model.Quote;

/**
 * Sieve {@code continuation}: a quotation standing on its own right after another one with a
 * speaker, or after the other's own attribution ("“…,” she said. “…”"), goes on with that speaker.
 */
final class ContinuationSieve implements QuoteSieve {
  /** A quotation goes on from another across at most this many paragraph breaks. */
  private static final int CONTINUATION_PARAGRAPHS = 4;
  /** The longest attribution that may stand between a quotation and the one it goes on from, in words. */
  private static final int ATTRIBUTION_WORDS = 24;

  @Override
  public String name() {
    return Attributor.CONTINUATION;
  }

  @Override
  public Optional<Claim> speaker(Quotation q, Evidence e) {
    Quote p = q.previous();
    if (q.embedded() || p == null || p.speaker() == null || !continues(p, q.span(), q.token(), e)) {
      return Optional.empty();
    }
    return Optional.of(new Claim(p.speaker(), p.speakerType(), name()));
  }

  /**
   * A quotation goes on from the previous one when only white space lies between them (over at
   * most a few paragraph breaks), or the previous one's own attribution ("“…,” she said. “…”").
   */
  private static boolean continues(Quote previous, Span span, int to, Evidence e) {
    Discourse d = e.discourse();
    String between = e.text().substring(previous.end(), span.openStart());
    int paragraphs = 0;
    for (int i = 0; i < between.length(); i++) {
      if (between.charAt(i) == '\n') {
        paragraphs++;
      }
    }
    if (paragraphs > CONTINUATION_PARAGRAPHS) {
      return false;
    }
    int from = d.tokenAt(previous.end());
    int words = 0;
    boolean verb = false;
    for (int k = from; k < to; k++) {
      Token t = d.token(k);
      if (t.isQuote()) {
        continue; // the closing mark of the previous quotation
      }
      if (t.isWord()) {
        words++;
        verb |= Lexicon.isReportingVerb(t.lower());
      }
      if (k + 1 < to && k > from && t.kind() == Token.Kind.PUNCT && ".!?".indexOf(t.text().charAt(0)) >= 0) {
        return false; // narrative of its own between the two quotations
      }
    }
    // "“A,” Quill said, referring to the delay, “B”": the sentence resumes the quotation after a comma
    boolean resumes = to > 0 && d.token(to - 1).is(',');
    return words == 0 || verb && words <= ATTRIBUTION_WORDS && (resumes || d.sentenceOf(to) != d.sentenceOf(Math.max(from, 0)));
  }
}
