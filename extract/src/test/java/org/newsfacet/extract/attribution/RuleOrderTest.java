package org.newsfacet.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacet.model.SpeakerType;

/** The ordered lists of named attribution rules hold the rules in the order their javadoc documents. */
class RuleOrderTest {

  @Test
  void frameRulesAreTriedInTheDocumentedOrder() {
    assertEquals(List.of("according-to", "participle", "saying", "estimate", "passive", "quote-dash", "quote-verb"),
        Frames.RULES.stream().map(FrameRule::name).toList());
  }

  @Test
  void frameRulesStampEveryFrameRuleNameOnce() {
    List<String> stamped = Frames.RULES.stream().flatMap(r -> r.stamps().stream()).toList();
    assertEquals(List.of("according-to", "participle", "said-quote", "said-that", "describes", "quote-said", "clause-said",
        "estimate", "estimate-after", "passive", "quote-dash", "quote-verb"), stamped);
  }

  @Test
  void quotationSievesAreTriedInTheDocumentedOrder() {
    assertEquals(List.of("frame", "colon", "continuation", "previous-subject", "previous-speaker"),
        QuoteSpeakers.SIEVES.stream().map(QuoteSieve::name).toList());
  }

  @Test
  void passageSievesAreTriedInTheDocumentedOrder() {
    assertEquals(List.of("in-quote", "frame", "back-reference", "carry-over"),
        Attributor.CLAIM_SIEVES.stream().map(ClaimSieve::name).toList());
  }

  @Test
  void framesAroundAPassageRankInTheDocumentedOrder() {
    assertEquals(List.of("agent", "saying", "according-to", "figures"),
        FramePreference.TIERS.stream().map(FramePreference.Tier::name).toList());
  }

  @Test
  void theListsCannotBeChangedAtRunTime() {
    assertThrows(UnsupportedOperationException.class, () -> Frames.RULES.add(FrameRule.PASSIVE));
    assertThrows(UnsupportedOperationException.class, () -> QuoteSpeakers.SIEVES.remove(0));
    assertThrows(UnsupportedOperationException.class, () -> Attributor.CLAIM_SIEVES.clear());
  }

  private static Frame frame(String rule, int cue, int contentStart, int contentEnd, boolean speech) {
    Source source = new Source("the harbour office", SpeakerType.UNNAMED, "label", -1, false);
    return new Frame(rule, 0, cue, source, contentStart, contentEnd, -1, !speech, speech);
  }

  @Test
  void aParticiplesAgentOutranksTheVerbOfSayingAroundIt() {
    Frame said = frame("said-that", 1, 10, 90, true);
    Frame agent = frame("passive", 6, 30, 50, false);
    assertTrue(FramePreference.better(agent, said));
    assertFalse(FramePreference.better(said, agent));
  }

  @Test
  void ofTwoVerbsOfSayingTheOutermostWinsAndOfTwoEstimatesTheInnermost() {
    assertTrue(FramePreference.better(frame("said-that", 1, 10, 90, true), frame("said-that", 5, 30, 60, true)));
    assertTrue(FramePreference.better(frame("estimate", 5, 30, 60, false), frame("estimate", 1, 10, 90, false)));
  }

  @Test
  void anAccordingToAfterAFiguresEstimatorOverridesItsTier() {
    Frame estimator = frame("estimate-after", 4, 20, 40, false);
    Frame later = frame("according-to", 9, 0, 80, true);
    Frame earlier = frame("according-to", 1, 0, 80, true);
    assertTrue(FramePreference.better(later, estimator));
    assertFalse(FramePreference.better(estimator, later));
    assertTrue(FramePreference.better(estimator, earlier));
  }

  @Test
  void onlyAVerbOfSayingIsAStatementOfItsOwn() {
    assertTrue(FramePreference.isStatement(frame("clause-said", 3, 0, 20, true)));
    assertFalse(FramePreference.isStatement(frame("according-to", 3, 0, 20, true)));
    assertFalse(FramePreference.isStatement(frame("estimate", 3, 0, 20, false)));
  }
}
