package org.newsfacet.extract.attribution;

import java.util.Optional;
import org.newsfacet.extract.attribution.Attributor.Claim;

/**
 * One named rule for the source of a passage, such as a figure's claimant: it names the source,
 * settles that the article says the passage on its own, or leaves it to the next sieve of {@link
 * Attributor#CLAIM_SIEVES}.
 */
interface ClaimSieve {

  /** The name of the rule, which the passages it decides record in {@code attributedBy}. */
  String name();

  /**
   * The source of passage {@code p}: a claim with this sieve's rule, {@link Claim#NONE} when the
   * sieve settles that nobody is named, or empty to leave the passage to the next sieve.
   */
  Optional<Claim> claimant(Passage p, Evidence e);

  /**
   * A passage of the article whose source is asked for.
   *
   * @param start offset of its first character
   * @param end offset just past it
   * @param sentence the sentence it starts in; -1 when it starts past the last token
   */
  record Passage(int start, int end, int sentence) {}
}
