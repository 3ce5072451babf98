package org.newsfacet.extract.attribution;

import java.util.List;
import java.util.Optional;
import org.newsfacet.extract.attribution.Attributor.Claim;

/**
 * Sieve {@code previous-speaker}: a quotation standing on its own takes the source of the last
 * attribution before it in its paragraph, or in the paragraph before ("Okafor says she wants
 * changes." then a paragraph that is only a quotation).
 */
final class PreviousSpeakerSieve implements QuoteSieve {

  @Override
  public String name() {
    return Attributor.PREVIOUS_SPEAKER;
  }

  @Override
  public Optional<Claim> speaker(Quotation q, Evidence e) {
    if (q.embedded()) {
      return Optional.empty();
    }
    Source s = previousSpeaker(q.token(), e);
    return s == null ? Optional.empty() : Optional.of(Claim.of(s, name()));
  }

  /** The source of the last attribution by a verb of saying before token {@code tok}, in reach. */
  private static Source previousSpeaker(int tok, Evidence e) {
    Discourse d = e.discourse();
    int s = d.sentenceOf(tok);
    int paragraph = d.paragraphOf(s);
    for (int p = s - 1; p >= 0; p--) {
      int pp = d.paragraphOf(p);
      if (pp < paragraph - 1) {
        return null;
      }
      List<Frame> in = e.frames().in(p);
      for (int i = in.size() - 1; i >= 0; i--) {
        Frame f = in.get(i);
        if (f.speech() && f.source() != null && !e.headline().holds(f.contentStart())) {
          return f.source();
        }
      }
    }
    return null;
  }
}
