package org.newsfacet.extract.attribution;

import java.util.List;
import org.newsfacet.extract.attribution.Lexicon.VerbClass;

/**
 * A word or a quotation that may open an attribution frame, of the one {@link Kind} that the words
 * around it make it; each {@link FrameRule} says which cues it takes.
 *
 * @param kind what the cue is
 * @param sentence the sentence it stands in
 * @param token the cue word, or the quotation's token
 * @param verbClass for a verb, its class in the lexicon; null for a verb that only gives figures
 * @param figures for a verb, true when it can give figures ("estimates", "posted")
 * @param here the frames found so far in its sentence, in the order found
 */
record Cue(Kind kind, int sentence, int token, VerbClass verbClass, boolean figures, List<Frame> here) {

  /** What a cue is; a word is of the first kind that fits it, in this order. */
  enum Kind {
    /** "according to" or "as per", not before a number: "according to the ministry". */
    ACCORDING_TO,
    /** A claim noun after a verb that makes a claim with it and a determiner: "made the claim". */
    CLAIM_NOUN,
    /** A noun of estimating before "of" or "for": "analyst estimates of", "the consensus for". */
    ESTIMATE_NOUN,
    /** A reporting or estimating verb used as the verb of its clause: "said", "estimates". */
    VERB,
    /** A reporting or estimating word that is not a verb there, after a number: "the 12 people reported killed". */
    AFTER_NUMBER,
    /** A quotation that no frame of its sentence attributes or holds. */
    QUOTATION
  }

  /**
   * Where the attribution of frame {@code f}, found for this cue, stands for the resolver's record of
   * who spoke: the cue word, or for a quotation the verb or the dash after it.
   */
  int spokenAt(Frame f) {
    return kind == Kind.QUOTATION ? f.cue() : token;
  }
}
