package org.newsfacet.extract.attribution;

import java.util.Optional;
import org.newsfacet.extract.attribution.Attributor.Claim;

/**
 * Sieve {@code frame} for passages: of the frames of its sentence whose content holds the passage,
 * the one {@link FramePreference} prefers gives its source and records the name of the frame rule
 * that found it; a frame that names nobody (a pronoun without antecedent) settles that there is no
 * source.
 */
final class ClaimFrameSieve implements ClaimSieve {

  @Override
  public String name() {
    return Attributor.FRAME;
  }

  @Override
  public Optional<Claim> claimant(Passage p, Evidence e) {
    if (p.sentence() < 0) {
      return Optional.empty();
    }
    Frame f = sourceFrame(p.sentence(), p.start(), p.end(), e);
    if (f == null) {
      return Optional.empty();
    }
    return Optional.of(f.source() == null ? Claim.NONE : Claim.of(f.source(), f.rule()));
  }

  /** The frame that attributes {@code [start, end)} in sentence {@code s}, else null. */
  private static Frame sourceFrame(int s, int start, int end, Evidence e) {
    Frame best = null;
    for (Frame f : e.frames().in(s)) {
      if (f.contains(start, end) && !screened(f, s, start, end, e) && (best == null || FramePreference.better(f, best))) {
        best = f;
      }
    }
    return best;
  }

  /**
   * "Revenue grew 4%, ahead of the $2.1 billion analysts had expected, according to Delphi Data":
   * an "according to" after the passage names the source of the nearer statement between them,
   * not of the passage.
   */
  private static boolean screened(Frame f, int s, int passageStart, int passageEnd, Evidence e) {
    Discourse d = e.discourse();
    int cue = d.token(f.cue()).start();
    if (!f.rule().equals("according-to") || cue < passageEnd) {
      return false;
    }
    for (Frame g : e.frames().in(s)) {
      int other = d.token(g.cue()).start();
      if (g != f && other > passageEnd && other < cue && !g.contains(passageStart, passageEnd)) {
        return true; // the passage is not part of the nearer statement, which the "according to" covers
      }
    }
    return false;
  }
}
