package org.newsfacet.extract.attribution;

import java.util.Optional;
import org.newsfacet.extract.attribution.Attributor.Claim;
import org.newsfacet.model.Quote;

/**
 * Sieve {@code in-quote}: a passage inside a direct quotation is its speaker's; inside a quotation
 * without a speaker, nobody's.
 */
final class InQuoteSieve implements ClaimSieve {

  @Override
  public String name() {
    return Attributor.IN_QUOTE;
  }

  @Override
  public Optional<Claim> claimant(Passage p, Evidence e) {
    for (Quote q : e.quotes()) {
      if (q.direct() && p.start() >= q.start() && p.end() <= q.end()) {
        return Optional.of(q.speaker() == null ? Claim.NONE : new Claim(q.speaker(), q.speakerType(), name()));
      }
    }
    return Optional.empty();
  }
}
