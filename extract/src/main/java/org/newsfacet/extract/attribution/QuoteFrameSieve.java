package org.newsfacet.extract.attribution;

import java.util.Optional;
import org.newsfacet.extract.attribution.Attributor.Claim;

/**
 * Sieve {@code frame} for quotations: a quotation that a frame of its sentence attributes, or stands
 * in, takes that frame's source and records the name of the frame rule that found it ({@code
 * quote-said}, {@code said-quote}...); a frame that names nobody (a pronoun without antecedent)
 * settles that the quotation has no speaker.
 */
final class QuoteFrameSieve implements QuoteSieve {

  @Override
  public String name() {
    return Attributor.FRAME;
  }

  @Override
  public Optional<Claim> speaker(Quotation q, Evidence e) {
    Frame f = q.frame();
    if (f == null) {
      return Optional.empty();
    }
    return Optional.of(f.source() == null ? Claim.NONE : Claim.of(f.source(), f.rule()));
  }
}
