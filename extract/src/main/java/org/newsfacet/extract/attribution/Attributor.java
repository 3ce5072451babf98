package org.newsfacet.extract.attribution;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsfacet.extract.entity.Recognition;
import org.newsfacet.internal.English;
import org.newsfacet.model.Quote;
import org.newsfacet.model.SpeakerType;

/**
 * Who said what in one article: its quotations and reported speech with their speakers, and the
 * source of any passage, such as a figure's claimant.
 *
 * <p>One attribution layer serves quotations, reported speech and figures alike. It reads the
 * article once into sentences and paragraphs, finds every attribution in them ({@link Frames}:
 * a cue, its source, what it attributes) and resolves sources to the entities the article names
 * ({@link Resolver}). Then an ordered list of named rules decides each quotation's speaker (see
 * {@link QuoteSpeakers}) and each passage's source (here), every rule skipping what an earlier one
 * settled and recording its name in the result ({@code attributedBy}):
 *
 * <ol>
 *   <li>the attribution of the sentence (the rule that found it, see {@link Frames}); a passage
 *       inside a quotation first takes its speaker ({@code in-quote}); of several frames around a
 *       figure, a participle's agent ({@code passive}) first, then the outermost verb of saying,
 *       then "according to", then the innermost estimating verb;
 *   <li>{@code colon}: a quotation after a colon takes the subject of the clause before it ("Smith
 *       is blunt: “…”", "He said:" closing the paragraph before);
 *   <li>{@code continuation}: a quotation right after another one, or after the other's
 *       attribution, goes on with its speaker;
 *   <li>{@code previous-subject}: a quotation standing on its own after a sentence about a person
 *       takes that person;
 *   <li>{@code previous-speaker}: a quotation standing on its own takes the source of the
 *       attribution just before it in its paragraph, or closing the paragraph before;
 *   <li>{@code back-reference}: "This was stated by X" in the sentences after a passage;
 *   <li>{@code carry-over}: a passage in a sentence without attribution continues the outermost
 *       statement of the sentence before it in the same paragraph (never an estimate's, never into a
 *       sentence that measures against an expectation whose holder it does not name).
 * </ol>
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
  /** Words for what was expected: a sentence that measures against one has a source of its own. */
  private static final Set<String> EXPECTATIONS = English.words("expectation-words");
  /** Forms of "be" that make the reporting or estimating verb after them passive: "was forecast". */
  private static final Set<String> PASSIVE_AUXILIARIES = English.words("passive-be-forms");

  /** Who a passage or quotation is attributed to, and the name of the rule that decided it. */
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

  private final Discourse d;
  private final Resolver resolver;
  private final SentenceFrames frames;
  private final Headline headline;
  private final List<Quote> quotes;

  private Attributor(String text, Discourse d, Headline headline) {
    this.d = d;
    this.resolver = new Resolver(d);
    Frames finder = Frames.find(d, resolver);
    this.frames = new SentenceFrames(finder.all(), d.sentences());
    this.headline = headline;
    this.quotes = new QuoteSpeakers(new Evidence(text, d, resolver, finder, frames, headline, List.of())).attribute();
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

  /** The quotations and reported speech of the article with their speakers, in text order. */
  public List<Quote> quotes() {
    return quotes;
  }

  /**
   * Who the article says the passage {@code [start, end)} comes from: the speaker of the quotation
   * or reported speech it stands in, else the source its sentence names, else one named after it
   * or carried over from the sentence before; {@link Claim#NONE} when the article says it on its own.
   */
  public Claim claimant(int start, int end) {
    for (Quote q : quotes) {
      if (q.direct() && start >= q.start() && end <= q.end()) {
        return q.speaker() == null ? Claim.NONE : new Claim(q.speaker(), q.speakerType(), IN_QUOTE);
      }
    }
    int t = d.tokenAt(start);
    if (t >= d.size()) {
      return Claim.NONE;
    }
    int s = d.sentenceOf(t);
    Frame f = sourceFrame(s, start, end);
    if (f != null && f.source() != null) {
      return claim(f.source(), f.rule());
    }
    if (f != null) {
      return Claim.NONE;
    }
    Source stated = statedAfter(s);
    if (stated != null) {
      return claim(stated, BACK_REFERENCE);
    }
    Source carried = carriedOver(s);
    return carried == null ? Claim.NONE : claim(carried, CARRY_OVER);
  }

  private static Claim claim(Source s, String rule) {
    return new Claim(s.name(), s.type(), rule);
  }

  /**
   * The frame that attributes {@code [start, end)} in sentence {@code s}: the outermost verb of
   * saying ("Chandran said the company expected to save $120 million" is Chandran's), else
   * "according to" ("analysts had expected $3.95 billion, according to LSEG data" is LSEG's), else
   * the innermost verb that gives figures ("the union put the number at 2,000").
   */
  private Frame sourceFrame(int s, int start, int end) {
    Frame best = null;
    for (Frame f : frames.in(s)) {
      if (f.contains(start, end) && !screened(f, s, start, end) && (best == null || better(f, best))) {
        best = f;
      }
    }
    return best;
  }

  /**
   * "Revenue grew 7%, ahead of the $3.38 billion analysts had expected, according to LSEG data":
   * an "according to" after the passage names the source of the nearer statement between them,
   * not of the passage.
   */
  private boolean screened(Frame f, int s, int passageStart, int passageEnd) {
    int cue = d.token(f.cue()).start();
    if (!f.rule().equals("according-to") || cue < passageEnd) {
      return false;
    }
    for (Frame g : frames.in(s)) {
      int other = d.token(g.cue()).start();
      if (g != f && other > passageEnd && other < cue && !g.contains(passageStart, passageEnd)) {
        return true; // the passage is not part of the nearer statement, which the "according to" covers
      }
    }
    return false;
  }

  /**
   * True when frame {@code f} rather than {@code than} attributes a passage both hold: the better
   * {@link #rank}, then of two verbs of saying the outermost, of the others the innermost.
   */
  private static boolean better(Frame f, Frame than) {
    if (f.rule().equals("according-to") && than.rule().equals("estimate-after") && f.cue() > than.cue()) {
      return true; // "the $1.3 billion analysts had expected, according to LSEG data": the data's maker
    }
    if (than.rule().equals("according-to") && f.rule().equals("estimate-after") && than.cue() > f.cue()) {
      return false;
    }
    int rank = rank(f);
    int other = rank(than);
    if (rank != other) {
      return rank < other;
    }
    int size = f.contentEnd() - f.contentStart();
    int otherSize = than.contentEnd() - than.contentStart();
    return rank == 0 ? size > otherSize : size < otherSize;
  }

  /**
   * A participle with its agent, or a figure with the estimator right after it, first ("he said the
   * 19 people reported killed by the council": the council's figure; "Acme reported 96 cents, ahead
   * of the 89 cents analysts had expected": the analysts'), then verbs of saying, then "according to", then verbs that only give figures.
   */
  private static int rank(Frame f) {
    if (f.rule().equals("passive") || f.rule().equals("estimate-after")) {
      return -1;
    }
    return f.speech() && !f.rule().equals("according-to") ? 0 : f.rule().equals("according-to") ? 1 : 2;
  }

  /** "This was stated by X" opening one of the next sentences: X, the source of what came before. */
  private Source statedAfter(int s) {
    int paragraph = d.paragraphOf(s);
    for (int n = s + 1; n < d.sentences() && n <= s + BACK_REFERENCE_SENTENCES; n++) {
      int from = d.sentenceStart(n);
      int to = d.sentenceEnd(n);
      int by = backReference(from, to);
      if (by > 0) {
        int end = by;
        while (end < to && d.token(end).isWord() && end - by < STATED_BY_WORDS) {
          end++;
        }
        return resolver.resolve(by, end);
      }
      if (d.paragraphOf(n) != paragraph) {
        return null; // only the first sentence of the next paragraph looks back
      }
    }
    return null;
  }

  /** The token after "by" in "This was stated by X", "These figures were given by X", else -1. */
  private int backReference(int from, int to) {
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

  /**
   * The source of the statement that a sentence without attribution continues: the sentence just
   * before it in its paragraph is someone's statement ("…, police said. Another 12 were missing."),
   * or continued one itself.
   */
  private Source carriedOver(int s) {
    if (s == 0 || hasCue(s) || hasSpeech(s) || expects(s)) {
      return null; // "It was forecast to fall by 4,150": a statement of its own, though it names nobody
    }
    int p = s - 1;
    if (d.paragraphOf(p) != d.paragraphOf(s) || headline.holds(d.token(d.sentenceStart(p)).start())) {
      return null;
    }
    // Only a statement goes on into the next sentence, and it is the outermost speaker's: "He said police
    // booked 80 cases" carries his word, not the police's; "estimated at 5.8 by the USGS" carries nothing.
    Frame statement = null;
    boolean estimates = false;
    for (Frame f : frames.in(p)) {
      if (f.source() != null && f.speech() && (statement == null || better(f, statement))) {
        statement = f;
      }
      estimates |= !f.speech();
    }
    if (statement != null) {
      return statement.source();
    }
    return hasSpeech(p) || estimates ? null : carriedOver(p);
  }

  /**
   * True when sentence {@code s} measures against what someone expected ("higher than the 0.3
   * percent rise expected", "above predictions"): a comparison whose other side nobody named, so the
   * previous sentence's source does not go on into it.
   */
  private boolean expects(int s) {
    for (int k = d.sentenceStart(s); k < d.sentenceEnd(s); k++) {
      if (d.token(k).isWord() && EXPECTATIONS.contains(d.token(k).lower()) && !frames.cueAt(s, k)) {
        return true; // an expectation whose holder the sentence names ("analysts had forecast") is its own frame
      }
    }
    return false;
  }

  /** True when sentence {@code s} has an attribution of its own by a verb of saying. */
  private boolean hasSpeech(int s) {
    for (Frame f : frames.in(s)) {
      if (rank(f) == 0) {
        return true; // a verb of saying; an "according to" may name only a nearer estimate's source
      }
    }
    return false;
  }

  /**
   * True when sentence {@code s} has a reporting or estimating verb in the passive: "It was forecast to
   * fall"; a revision ("the toll was raised to 71") is no new source's.
   */
  private boolean hasCue(int s) {
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
