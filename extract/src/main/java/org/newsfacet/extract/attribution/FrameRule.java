package org.newsfacet.extract.attribution;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.newsfacet.extract.attribution.Cue.Kind;
import org.newsfacet.extract.attribution.Lexicon.VerbClass;

/**
 * One named rule that finds attribution frames: the cues it takes and how it finds the frame of
 * one, or null to leave the cue to the next rule of {@link Frames#RULES}. A rule that reads one cue
 * into one of several forms stamps the form's name on its frame: {@code saying} and {@code estimate}
 * list theirs in {@link #stamps}.
 *
 * @param name the rule's name
 * @param stamps the rule names its frames record, which {@code attributedBy} reports
 * @param cues true for a cue the rule takes
 * @param finder how it finds the frame of a cue it takes
 */
record FrameRule(String name, List<String> stamps, Predicate<Cue> cues, Finder finder) {

  /** How a rule finds the frame of a cue, through the article's speech and figure rules. */
  @FunctionalInterface
  interface Finder {
    /** The frame of {@code cue}, or null when there is none. */
    Frame find(Cue cue, SpeechRules speech, FigureRules figures);
  }

  /** {@code according-to}: "According to X, …", "…, according to X.", "… as per X". */
  static final FrameRule ACCORDING_TO = new FrameRule("according-to", List.of("according-to"),
      c -> c.kind() == Kind.ACCORDING_TO, (c, speech, figures) -> speech.according(c.sentence(), c.token()));

  /** {@code participle}: a participle that goes on with its sentence's source (", adding that …", "quoted as saying"). */
  static final FrameRule PARTICIPLE = new FrameRule("participle", List.of("participle"),
      c -> c.kind() == Kind.VERB && c.verbClass() == VerbClass.PARTICIPLE,
      (c, speech, figures) -> speech.participle(c.sentence(), c.token(), c.here()));

  /**
   * A verb of saying with its source before or after it, in one of five forms: {@code said-quote}
   * (a source and verb, then the quotation: "Smith said: “…”"), {@code said-that} (then what was said
   * in the writer's words, or the figure a source gives: "Smith said the bridge would reopen", "the
   * ministry confirmed 40 deaths"), {@code describes} (a verb that labels something with a
   * quotation: "The union called the closure “a betrayal”"), {@code quote-said} (a quotation, then
   * its source and verb: "“…,” she said", "“…,” said the ministry") and {@code clause-said} (what was
   * said, then its source and verb closing or interrupting the sentence: "…, the rescue service
   * said.", "The plan, she said, would fail."). A quotation on the other side of the source ("“A,”
   * she said, “B.”") gets a {@code quote-said} frame of its own beside the one the rule returns.
   */
  static final FrameRule SAYING = new FrameRule("saying",
      List.of("said-quote", "said-that", "describes", "quote-said", "clause-said"), // not words: rule names
      c -> c.kind() == Kind.VERB && c.verbClass() != null && c.verbClass() != VerbClass.PARTICIPLE,
      (c, speech, figures) -> speech.saying(c.sentence(), c.token(), c.verbClass()));

  /**
   * A source and the word by which it gives its own figures: {@code estimate} ("the city estimates",
   * "the company posted revenue of", "officials put the toll at", "made the claim", "the agency's
   * forecast of") or {@code estimate-after} when the figure stands before its estimator ("the $3
   * billion analysts had expected").
   */
  static final FrameRule ESTIMATE = new FrameRule("estimate", List.of("estimate", "estimate-after"),
      c -> c.kind() == Kind.CLAIM_NOUN || c.kind() == Kind.ESTIMATE_NOUN || c.kind() == Kind.VERB && c.figures(),
      (c, speech, figures) -> switch (c.kind()) {
        case CLAIM_NOUN -> figures.estimate(c.sentence(), c.token() - 2, c.token()); // the verb two words before
        case ESTIMATE_NOUN -> figures.estimateOf(c.sentence(), c.token());
        default -> figures.estimateBy(c.sentence(), c.token());
      });

  /** {@code passive}: a participle with its agent ("the 12 people reported killed by the council"). */
  static final FrameRule PASSIVE = new FrameRule("passive", List.of("passive"),
      c -> c.kind() == Kind.VERB || c.kind() == Kind.AFTER_NUMBER,
      (c, speech, figures) -> figures.passive(c.sentence(), c.token()));

  /** {@code quote-dash}: a quotation no frame took, then a dash and a name ("“…” ― Lena Voss"). */
  static final FrameRule QUOTE_DASH = new FrameRule("quote-dash", List.of("quote-dash"),
      c -> c.kind() == Kind.QUOTATION, (c, speech, figures) -> speech.quoteDash(c.sentence(), c.token()));

  /** {@code quote-verb}: a quotation no frame took, then a name and any verb ("“…,” Okonjo barked"). */
  static final FrameRule QUOTE_VERB = new FrameRule("quote-verb", List.of("quote-verb"),
      c -> c.kind() == Kind.QUOTATION, (c, speech, figures) -> speech.quoteVerb(c.sentence(), c.token()));

  /** Validates the fields and copies the names. */
  FrameRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(cues, "cues");
    Objects.requireNonNull(finder, "finder");
    stamps = List.copyOf(stamps);
  }

  /** True when this rule takes {@code cue}. */
  boolean takes(Cue cue) {
    return cues.test(cue);
  }

  /** The frame of {@code cue}, which this rule takes, or null to leave it to the next rule. */
  Frame find(Cue cue, SpeechRules speech, FigureRules figures) {
    return finder.find(cue, speech, figures);
  }
}
