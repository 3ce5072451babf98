package org.newsfacet.extract.attribution;

import java.util.Optional;
import java.util.Set;
import org.newsfacet.extract.attribution.Attributor.Claim;
import org.newsfacet.internal.English;

/**
 * Sieve {@code back-reference}: "This was stated by X" opening one of the next sentences names X as
 * the source of what came before.
 */
final class BackReferenceSieve implements ClaimSieve {
  /** How many sentences after a passage a back-reference ("This was stated by") may stand. */
  private static final int BACK_REFERENCE_SENTENCES = 3;
  /** The fewest tokens of a back-reference: "This was stated by X". */
  private static final int BACK_REFERENCE_TOKENS = 4;
  /** How far after its auxiliary the participle of a back-reference may stand: "was later officially confirmed by". */
  private static final int BACK_REFERENCE_REACH = 3;
  /** How many words after "by" in a back-reference may name its source. */
  private static final int STATED_BY_WORDS = 8;
  /** Words that refer back to what was just said: "This", "These figures". */
  private static final Set<String> BACK_REFERENCES = English.words("back-references");
  /** Participles that report a figure in the passive ("was given by", "were provided by"). */
  private static final Set<String> PASSIVE_REPORTS = English.words("passive-report-participles");

  @Override
  public String name() {
    return Attributor.BACK_REFERENCE;
  }

  @Override
  public Optional<Claim> claimant(Passage p, Evidence e) {
    Source stated = p.sentence() < 0 ? null : statedAfter(p.sentence(), e);
    return stated == null ? Optional.empty() : Optional.of(Claim.of(stated, name()));
  }

  /** "This was stated by X" opening one of the sentences after sentence {@code s}: X. */
  private static Source statedAfter(int s, Evidence e) {
    Discourse d = e.discourse();
    int paragraph = d.paragraphOf(s);
    for (int n = s + 1; n < d.sentences() && n <= s + BACK_REFERENCE_SENTENCES; n++) {
      int from = d.sentenceStart(n);
      int to = d.sentenceEnd(n);
      int by = backReference(d, from, to);
      if (by > 0) {
        int end = by;
        while (end < to && d.token(end).isWord() && end - by < STATED_BY_WORDS) {
          end++;
        }
        return e.resolver().resolve(by, end);
      }
      if (d.paragraphOf(n) != paragraph) {
        return null; // only the first sentence of the next paragraph looks back
      }
    }
    return null;
  }

  /** The token after "by" in "This was stated by X", "These figures were given by X", else -1. */
  private static int backReference(Discourse d, int from, int to) {
    if (to - from < BACK_REFERENCE_TOKENS || !d.token(from).isWord()) {
      return -1;
    }
    int k = from + 1;
    String first = d.token(from).lower();
    if (d.token(from + 1).isWord() && BACK_REFERENCES.contains(first + " " + d.token(from + 1).lower())) {
      k = from + 2;
    } else if (!BACK_REFERENCES.contains(first)) {
      return -1;
    }
    if (k >= to || !Lexicon.AUXILIARIES.contains(d.token(k).lower())) {
      return -1;
    }
    for (int i = k + 1; i < Math.min(to - 1, k + 1 + BACK_REFERENCE_REACH); i++) {
      String w = d.token(i).lower();
      if (Lexicon.isReportingVerb(w) || PASSIVE_REPORTS.contains(w)) {
        return d.token(i + 1).is("by") && i + 2 < to ? i + 2 : -1;
      }
    }
    return -1;
  }
}
