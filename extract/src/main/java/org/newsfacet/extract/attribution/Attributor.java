package org.newsfacet.extract.attribution;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsfacet.extract.attribution.ClaimSieve.Passage;
import org.newsfacet.extract.entity.Recognition;
import org.newsfacet.model.Quote;
import org.newsfacet.model.SpeakerType;

/**
 * Who said what in one article: its quotations and reported speech with their speakers, and the
 * source of any passage, such as a figure's claimant.
 *
 * <p>One attribution layer serves quotations, reported speech and figures alike. It reads the
 * article once into sentences and paragraphs, finds every attribution in them (frames: a cue, its
 * source, what it attributes) and resolves sources to the entities the article names ({@link
 * Resolver}). Three ordered, immutable lists of named rules decide, each rule taking only what the
 * ones before it left and recording its name in the result ({@code attributedBy}):
 *
 * <ol>
 *   <li>{@link Frames#RULES}, the frame of each cue of a sentence: {@code according-to}, {@code
 *       participle}, {@code saying} (which records {@code said-quote}, {@code said-that}, {@code
 *       describes}, {@code quote-said} or {@code clause-said}), {@code estimate} ({@code estimate} or
 *       {@code estimate-after}), {@code passive}, {@code quote-dash}, {@code quote-verb};
 *   <li>{@link QuoteSpeakers#SIEVES}, the speaker of each quotation: {@code frame} (the frame of its
 *       sentence, recorded by the frame rule's name), {@code colon}, {@code continuation}, {@code
 *       previous-subject}, {@code previous-speaker};
 *   <li>{@link #CLAIM_SIEVES}, the source of a passage:
 *       <ol>
 *         <li>{@code in-quote}: a passage inside a quotation takes its speaker;
 *         <li>{@code frame}: the frame of its sentence that holds it, recorded by the frame rule's
 *             name; of several, the one {@link FramePreference} ranks first: a participle's agent
 *             ({@code passive}) or a figure's estimator ({@code estimate-after}), then the outermost
 *             verb of saying, then "according to", then the innermost estimating verb, except that
 *             an "according to" after a figure's estimator names that estimator's source;
 *         <li>{@code back-reference}: "This was stated by X" in the sentences after a passage;
 *         <li>{@code carry-over}: a passage in a sentence without attribution continues the outermost
 *             statement of the sentence before it in the same paragraph (never an estimate's, never
 *             into a sentence that measures against an expectation whose holder it does not name).
 *       </ol>
 * </ol>
 * A sieve either decides (a source, or that nobody is named) or passes; the first that decides wins.
 * To see what a rule is worth, {@code eval} reports accuracy per rule name; to drop one, take it off
 * its list.
 *
 * <p>Built once per article; not shared between threads.
 */
public final class Attributor {
  /** The sieve that takes the attribution frame of the sentence; it records the name of the frame rule that found it. */
  static final String FRAME = "frame";
  /** A passage inside a quotation: the quotation's speaker. */
  public static final String IN_QUOTE = "in-quote";
  /** A quotation after a colon: the subject of the clause before it. */
  public static final String COLON = "colon";
  /** A quotation going on from the one before it. */
  public static final String CONTINUATION = "continuation";
  /** A quotation on its own: the source of the attribution just before. */
  public static final String PREVIOUS_SPEAKER = "previous-speaker";
  /** A quotation on its own: the person the sentence before was about. */
  public static final String PREVIOUS_SUBJECT = "previous-subject";
  /** "This was stated by X" after the passage. */
  public static final String BACK_REFERENCE = "back-reference";
  /** A passage continuing the statement of the sentence before it. */
  public static final String CARRY_OVER = "carry-over";

  /**
   * Who a passage or quotation is attributed to, and the name of the rule that decided it.
   *
   * @param name the canonical name of the source, or the label as written for an unnamed one; null for nobody
   * @param type what kind of source it is; {@code UNKNOWN} for nobody
   * @param rule the name of the rule that decided it, as {@code attributedBy} records it; null for nobody
   */
  public record Claim(String name, SpeakerType type, String rule) {
    /** Nobody: the article says it on its own. */
    public static final Claim NONE = new Claim(null, SpeakerType.UNKNOWN, null);

    /** Validates the fields. */
    public Claim {
      Objects.requireNonNull(type, "type");
    }

    /** Source {@code s} as decided by rule {@code rule}. */
    static Claim of(Source s, String rule) {
      return new Claim(s.name(), s.type(), rule);
    }
  }

  /** The sieves for a passage's source, in the order they are tried. */
  static final List<ClaimSieve> CLAIM_SIEVES = List.of(new InQuoteSieve(), new ClaimFrameSieve(), new BackReferenceSieve(),
      new CarryOverSieve());

  private final Discourse d;
  private final List<Quote> quotes;
  /** What the claim sieves know: the article with its quotations attributed. */
  private final Evidence evidence;

  private Attributor(String text, Discourse d, Headline headline) {
    this.d = d;
    Resolver resolver = new Resolver(d);
    Frames finder = Frames.find(d, resolver);
    SentenceFrames frames = new SentenceFrames(finder.all(), d.sentences());
    Evidence known = new Evidence(text, d, resolver, finder, frames, headline, List.of());
    this.quotes = new QuoteSpeakers(known).attribute();
    this.evidence = known.withQuotes(quotes);
  }

  /**
   * The attribution of one article.
   *
   * @param text the article text as read
   * @param body the text with everything but the body (and the headline, where its figures count)
   *     blanked out, character for character
   * @param entities the article's entities and where it names them
   * @param headlineStart offset of the headline when the body holds it, else -1; quotations are
   *     not read there
   * @param headlineEnd offset just past the headline, else -1
   * @return the article's attribution, its quotations attributed
   * @throws IllegalArgumentException when {@code body} is not as long as {@code text}
   */
  public static Attributor of(String text, String body, Recognition entities, int headlineStart, int headlineEnd) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(entities, "entities");
    if (body.length() != text.length()) {
      throw new IllegalArgumentException("body must be as long as the text");
    }
    return new Attributor(text, Discourse.of(body, entities), new Headline(headlineStart, headlineEnd));
  }

  /**
   * The quotations and reported speech of the article with their speakers, in text order.
   *
   * @return an immutable list, each quotation with the rule that named its speaker
   */
  public List<Quote> quotes() {
    return quotes;
  }

  /**
   * Who the article says the passage {@code [start, end)} comes from: the speaker of the quotation
   * or reported speech it stands in, else the source its sentence names, else one named after it
   * or carried over from the sentence before; {@link Claim#NONE} when the article says it on its own.
   *
   * @param start offset of the passage's first character
   * @param end offset just past the passage
   * @return the source and the rule that named it, or {@link Claim#NONE}
   */
  public Claim claimant(int start, int end) {
    int t = d.tokenAt(start);
    Passage passage = new Passage(start, end, t < d.size() ? d.sentenceOf(t) : -1);
    for (ClaimSieve sieve : CLAIM_SIEVES) {
      Optional<Claim> decided = sieve.claimant(passage, evidence);
      if (decided.isPresent()) {
        return decided.get();
      }
    }
    return Claim.NONE;
  }
}
