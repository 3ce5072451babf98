package org.newsfacet.extract.attribution;

import java.util.Optional;
import java.util.Set;
import org.newsfacet.extract.attribution.Attributor.Claim;
import org.newsfacet.internal.English;

/**
 * Sieve {@code carry-over}: a passage in a sentence without attribution continues the outermost
 * statement of the sentence before it in the same paragraph ("…, police said. Another 12 were
 * missing."), or the statement that sentence continued; never an estimate's, never into a sentence
 * that measures against an expectation whose holder it does not name.
 */
final class CarryOverSieve implements ClaimSieve {
  /** Words for what was expected: a sentence that measures against one has a source of its own. */
  private static final Set<String> EXPECTATIONS = English.words("expectation-words");
  /** Forms of "be" that make the reporting or estimating verb after them passive: "was forecast". */
  private static final Set<String> PASSIVE_AUXILIARIES = English.words("passive-be-forms");

  @Override
  public String name() {
    return Attributor.CARRY_OVER;
  }

  @Override
  public Optional<Claim> claimant(Passage p, Evidence e) {
    Source carried = p.sentence() < 0 ? null : carriedOver(p.sentence(), e);
    return carried == null ? Optional.empty() : Optional.of(Claim.of(carried, name()));
  }

  /** The source of the statement that sentence {@code s} continues, else null. */
  private static Source carriedOver(int s, Evidence e) {
    Discourse d = e.discourse();
    if (s == 0 || hasCue(s, d) || hasSpeech(s, e) || expects(s, e)) {
      return null; // "It was forecast to fall by 300": a statement of its own, though it names nobody
    }
    int p = s - 1;
    if (d.paragraphOf(p) != d.paragraphOf(s) || e.headline().holds(d.token(d.sentenceStart(p)).start())) {
      return null;
    }
    // Only a statement goes on into the next sentence, and it is the outermost speaker's: "He said police
    // booked 30 cases" carries his word, not the police's; "estimated at 4.9 by the survey" carries nothing.
    Frame statement = null;
    boolean estimates = false;
    for (Frame f : e.frames().in(p)) {
      if (f.source() != null && f.speech() && (statement == null || FramePreference.better(f, statement))) {
        statement = f;
      }
      estimates |= !f.speech();
    }
    if (statement != null) {
      return statement.source();
    }
    return hasSpeech(p, e) || estimates ? null : carriedOver(p, e);
  }

  /**
   * True when sentence {@code s} measures against what someone expected ("higher than the 0.5
   * percent rise expected", "above predictions"): a comparison whose other side nobody named, so the
   * previous sentence's source does not go on into it.
   */
  private static boolean expects(int s, Evidence e) {
    Discourse d = e.discourse();
    for (int k = d.sentenceStart(s); k < d.sentenceEnd(s); k++) {
      if (d.token(k).isWord() && EXPECTATIONS.contains(d.token(k).lower()) && !e.frames().cueAt(s, k)) {
        return true; // an expectation whose holder the sentence names ("analysts had forecast") is its own frame
      }
    }
    return false;
  }

  /** True when sentence {@code s} has an attribution of its own by a verb of saying. */
  private static boolean hasSpeech(int s, Evidence e) {
    for (Frame f : e.frames().in(s)) {
      if (FramePreference.isStatement(f)) {
        return true; // a verb of saying; an "according to" may name only a nearer estimate's source
      }
    }
    return false;
  }

  /**
   * True when sentence {@code s} has a reporting or estimating verb in the passive: "It was forecast to
   * fall"; a revision ("the toll was raised to 25") is no new source's.
   */
  private static boolean hasCue(int s, Discourse d) {
    for (int k = d.sentenceStart(s) + 1; k < d.sentenceEnd(s); k++) {
      Token t = d.token(k);
      if (t.isWord() && (Lexicon.verb(t.lower()) != null || Lexicon.FIGURE_VERBS.contains(t.lower()))
          && !Lexicon.REVISING.contains(t.lower()) && PASSIVE_AUXILIARIES.contains(d.token(k - 1).lower())) {
        return true;
      }
    }
    return false;
  }
}
