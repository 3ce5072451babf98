package org.newsfacet.extract.attribution;

import java.util.Optional;
import org.newsfacet.extract.attribution.Attributor.Claim;
import org.newsfacet.model.Quote;

/**
 * One named rule for the speaker of a direct quotation: it names the speaker, settles that nobody
 * is named, or leaves the quotation to the next sieve of {@link QuoteSpeakers#SIEVES}.
 */
interface QuoteSieve {

  /** The name of the rule, which the quotations it decides record in {@code attributedBy}. */
  String name();

  /**
   * The speaker of quotation {@code q}: a claim with this sieve's rule, {@link Claim#NONE} when the
   * sieve settles that the article names nobody, or empty to leave the quotation to the next sieve.
   */
  Optional<Claim> speaker(Quotation q, Evidence e);

  /**
   * A direct quotation to attribute and what is known of it.
   *
   * @param index its index in the article's quotation list
   * @param span where its marks and words stand
   * @param token its token
   * @param frame the frame of its sentence whose content is the quotation, else the innermost whose
   *     content holds it; null when none does
   * @param embedded true when the writer's own words lead into it: then only a frame names its speaker
   * @param previous the quotation attributed before it, or null
   */
  record Quotation(int index, Span span, int token, Frame frame, boolean embedded, Quote previous) {}
}
