package org.newsfacet.extract.attribution;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Which of several frames around a passage attributes it: the frame of the better {@link #TIERS
 * tier}, and of two frames of one tier the outermost or the innermost as the tier says, unless an
 * {@link #overrides override} decides first.
 */
final class FramePreference {

  /**
   * One tier of frames.
   *
   * @param name what the tier holds
   * @param holds true for a frame of the tier (a frame belongs to the first tier that holds it)
   * @param outermost true when the outermost of two frames of the tier wins, false for the innermost
   */
  record Tier(String name, Predicate<Frame> holds, boolean outermost) {

    /** Validates the fields. */
    Tier {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(holds, "holds");
    }
  }

  /** A participle with its agent, or a figure with its estimator right after it: the innermost. */
  private static final Tier AGENT =
      new Tier("agent", f -> f.rule().equals("passive") || f.rule().equals("estimate-after"), false);
  /** A verb of saying: the outermost. */
  private static final Tier SAYING = new Tier("saying", f -> f.speech() && !f.rule().equals("according-to"), true);
  /** "According to": the innermost. */
  private static final Tier ACCORDING_TO = new Tier("according-to", f -> f.rule().equals("according-to"), false);
  /** A verb that only gives figures: the innermost. */
  private static final Tier FIGURES = new Tier("figures", f -> true, false);

  /**
   * The tiers, best first: a participle with its agent, or a figure with its estimator right after it
   * ("he said the 31 people reported killed by the council": the council's figure; "Acme reported 64
   * cents, ahead of the 58 cents analysts had expected": the analysts'); then verbs of saying, the
   * outermost ("Okafor said the company expected to save $26.8 million" is Okafor's); then "according
   * to"; then the innermost verb that only gives figures ("the union put the number at 900").
   */
  static final List<Tier> TIERS = List.of(AGENT, SAYING, ACCORDING_TO, FIGURES);

  private FramePreference() {}

  /**
   * True when frame {@code f} rather than {@code than} attributes a passage both hold: an override,
   * else the better tier, else the outermost or innermost of the tier.
   */
  static boolean better(Frame f, Frame than) {
    if (overrides(f, than)) {
      return true;
    }
    if (overrides(than, f)) {
      return false;
    }
    int tier = tier(f);
    int other = tier(than);
    if (tier != other) {
      return tier < other;
    }
    int size = f.contentEnd() - f.contentStart();
    int otherSize = than.contentEnd() - than.contentStart();
    return TIERS.get(tier).outermost() ? size > otherSize : size < otherSize;
  }

  /**
   * The one case in which a frame of a lower tier wins: an "according to" after a figure with its
   * estimator ("the $9 billion analysts had expected, according to Delphi Data"), whose source made
   * the estimate.
   */
  static boolean overrides(Frame f, Frame than) {
    return f.rule().equals("according-to") && than.rule().equals("estimate-after") && f.cue() > than.cue();
  }

  /** True for a frame of a verb of saying; an "according to" may name only a nearer estimate's source. */
  static boolean isStatement(Frame f) {
    return TIERS.get(tier(f)) == SAYING;
  }

  /** The index of the first tier that holds {@code f}. */
  private static int tier(Frame f) {
    for (int i = 0; i < TIERS.size(); i++) {
      if (TIERS.get(i).holds().test(f)) {
        return i;
      }
    }
    throw new IllegalStateException("the last tier holds every frame, not " + f);
  }
}
