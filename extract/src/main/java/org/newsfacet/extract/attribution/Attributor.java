package org.newsfacet.extract.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsfacet.extract.entity.Recognition;
import org.newsfacet.model.Entity;
import org.newsfacet.model.EntityType;
import org.newsfacet.model.Quote;
import org.newsfacet.model.QuoteKind;
import org.newsfacet.model.SpeakerType;

/**
 * Who said what in one article: its quotations and reported speech with their speakers, and the
 * source of any passage, such as a figure's claimant.
 *
 * <p>One attribution layer serves quotations, reported speech and figures alike. It reads the
 * article once into sentences and paragraphs, finds every attribution in them ({@link Frames}:
 * a cue, its source, what it attributes) and resolves sources to the entities the article names
 * ({@link Resolver}). Then an ordered list of named rules decides each quotation's speaker and
 * each passage's source, every rule skipping what an earlier one settled and recording its name
 * in the result ({@code attributedBy}):
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
  private static final java.util.regex.Pattern NAME_BREAKS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}'’-]+");
  private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

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

  /** Quotations this short or shorter, embedded in a sentence that reports no one, are titles or scare quotes. */
  private static final int SCARE_WORDS = 6;
  /** A quotation goes on from another across at most this many paragraph breaks. */
  private static final int CONTINUATION_PARAGRAPHS = 4;
  /** The longest attribution that may stand between a quotation and the one it goes on from, in words. */
  private static final int ATTRIBUTION_WORDS = 24;
  /** How many sentences after a passage a back-reference ("This was stated by") may stand. */
  private static final int BACK_REFERENCE_SENTENCES = 3;
  /** How many words before a quotation decide whether the writer's own words lead into it. */
  private static final int LEAD_IN_WORDS = 4;
  /** How far before a comma and a quotation its reporting verb may stand: "told his radio audience, “…”". */
  private static final int LEAD_IN_REACH = 10;
  /** Small words inside a capitalised name ("Bank of England"). */
  private static final Set<String> NAME_JOINERS = Set.of("of", "the", "and", "in", "on", "for", "a");
  /** Words that refer back to what was just said: "This", "These figures". */
  private static final Set<String> BACK_REFERENCES = Set.of("this", "that", "these", "those", "it", "the figures",
      "the figure", "the data", "the numbers", "the estimate", "the information", "such figures");
  /** Participles that report a figure in the passive ("was given by", "were provided by"). */
  private static final Set<String> PASSIVE_REPORTS = Set.of("given", "provided", "released", "published", "cited",
      "quoted", "disclosed", "revealed", "presented", "shared", "stated", "said", "reported", "announced",
      "confirmed");

  /** Who a passage or quotation is attributed to, and the name of the rule that decided it. */
  public record Claim(String name, SpeakerType type, String rule) {
    /** Nobody: the article says it on its own. */
    public static final Claim NONE = new Claim(null, SpeakerType.UNKNOWN, null);

    /** Validates the fields. */
    public Claim {
      Objects.requireNonNull(type, "type");
    }
  }

  private final String text;
  private final Discourse d;
  private final Resolver resolver;
  private final Frames finder;
  private final List<Frame> frames;
  /** Per sentence, the index of its first frame in {@link #frames} (frames are in sentence order). */
  private final int[] firstFrame;
  /** Offsets of the headline when it stands in the body: no quotation is read there. */
  private final int headlineStart;
  private final int headlineEnd;
  /** Per quotation: the quote record, or null for a title, a name or a scare quote. */
  private final Quote[] direct;
  private final List<Quote> quotes;

  private Attributor(String text, Discourse d, int headlineStart, int headlineEnd) {
    this.text = text;
    this.d = d;
    this.resolver = new Resolver(d);
    this.finder = Frames.find(d, resolver);
    this.frames = finder.all();
    this.firstFrame = new int[d.sentences() + 1];
    int f = frames.size();
    for (int s = d.sentences(); s >= 0; s--) {
      while (f > 0 && frames.get(f - 1).sentence() >= s) {
        f--;
      }
      firstFrame[s] = f;
    }
    this.headlineStart = headlineStart;
    this.headlineEnd = headlineEnd;
    this.direct = new Quote[d.quotes.size()];
    this.quotes = attributeQuotes();
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
    return new Attributor(text, Discourse.of(body, entities), headlineStart, headlineEnd);
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
    for (int i = firstFrame[s]; i < firstFrame[s + 1]; i++) {
      Frame f = frames.get(i);
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
    for (int i = firstFrame[s]; i < firstFrame[s + 1]; i++) {
      Frame g = frames.get(i);
      int other = d.token(g.cue()).start();
      if (g != f && other > passageEnd && other < cue && !g.contains(passageStart, passageEnd)) {
        return true; // the passage is not part of the nearer statement, which the "according to" covers
      }
    }
    return false;
  }

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

  private List<Quote> attributeQuotes() {
    List<Quote> out = new ArrayList<>();
    Quote previous = null;
    for (int q = 0; q < d.quotes.size(); q++) {
      Span span = d.quotes.get(q);
      int tok = d.quoteToken(q);
      if (tok < 0 || inHeadline(span.openStart())) {
        continue;
      }
      Frame frame = quoteFrame(q, span);
      // a quotation that is the whole of what its verb introduces is whole, however long the speaker's aside
      boolean embedded = embedded(tok) && !(frame != null && frame.quote() == q && frame.rule().equals("said-quote"));
      Source source = frame == null ? null : frame.source();
      String rule = frame == null || source == null ? null : frame.rule();
      if (embedded && source == null && words(span) <= SCARE_WORDS || isName(span) && (embedded || frame == null)) {
        continue; // a title, a nickname, a name or a scare quote: nobody's words
      }
      if (frame == null && !embedded) {
        Source colon = colon(tok);
        if (colon != null) {
          source = colon;
          rule = COLON;
        } else if (previous != null && previous.speaker() != null && continues(previous, span, tok)) {
          Quote p = previous;
          source = new Source(p.speaker(), p.speakerType(), "continuation", -1, false);
          rule = CONTINUATION;
        } else {
          // the sentence just before names who is talking, else an attribution further back
          source = previousSubject(tok);
          rule = source == null ? null : PREVIOUS_SUBJECT;
          if (source == null) {
            source = previousSpeaker(tok);
            rule = source == null ? null : PREVIOUS_SPEAKER;
          }
        }
      }
      Quote quote = new Quote(source == null ? null : source.name(), source == null ? SpeakerType.UNKNOWN : source.type(),
          text.substring(span.start(), span.end()), QuoteKind.DIRECT, embedded, rule, span.start(), span.end());
      direct[q] = quote;
      out.add(quote);
      previous = quote;
    }
    for (Frame f : frames) {
      if (f.indirect() && !inHeadline(f.contentStart())) {
        out.add(reported(f));
      }
    }
    out.sort(Comparator.comparingInt(Quote::start).thenComparingInt(q -> q.kind().ordinal()));
    return List.copyOf(out);
  }

  private boolean inHeadline(int offset) {
    return headlineStart >= 0 && offset >= headlineStart && offset < headlineEnd;
  }

  private Quote reported(Frame f) {
    int end = f.contentEnd();
    while (end > f.contentStart() && ",;:".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    Source s = f.source();
    return new Quote(s == null ? null : s.name(), s == null ? SpeakerType.UNKNOWN : s.type(),
        text.substring(f.contentStart(), end), QuoteKind.INDIRECT, false, s == null ? null : f.rule(),
        f.contentStart(), end);
  }

  /** The frame whose content is quotation {@code q}, else the innermost whose content holds it. */
  private Frame quoteFrame(int q, Span span) {
    int s = d.sentenceOf(d.quoteToken(q));
    Frame holder = null;
    for (int i = firstFrame[s]; i < firstFrame[s + 1]; i++) {
      Frame f = frames.get(i);
      if (f.quote() == q) {
        return f;
      }
      if (f.contains(span.start(), span.end())
          && (holder == null || f.contentEnd() - f.contentStart() < holder.contentEnd() - holder.contentStart())) {
        holder = f;
      }
    }
    return holder;
  }

  /**
   * The writer's words lead into the quotation, unless they end with a colon, or with a comma
   * after a reporting verb ("He said, “…”").
   */
  private boolean embedded(int tok) {
    int from = d.sentenceStart(d.sentenceOf(tok));
    if (tok == from) {
      return false;
    }
    Token last = d.token(tok - 1);
    if (last.is(':')) {
      return false;
    }
    if (last.is(',')) {
      int words = 0;
      for (int k = tok - 2; k >= from; k--) {
        Token t = d.token(k);
        if (t.isWord()) {
          words++;
          if (words <= LEAD_IN_REACH && Lexicon.isReportingVerb(t.lower())) {
            return false; // "said, “…”", "told his radio audience on Monday, “…”"
          }
        } else if (t.isQuote()) {
          words += words(d.quotes.get(t.quote())); // "includes “Song one”, “Song two”": a list
        }
      }
      return words > LEAD_IN_WORDS;
    }
    if (last.isWord() && Lexicon.isReportingVerb(last.lower())) {
      // "writing “Allow me to do the research.”": a whole sentence right after its verb, no fragment
      String words = text.substring(d.quotes.get(d.token(tok).quote()).start(), d.quotes.get(d.token(tok).quote()).end()).strip();
      return words.isEmpty() || !Character.isUpperCase(words.charAt(0)) || ".!?".indexOf(words.charAt(words.length() - 1)) < 0;
    }
    return true;
  }

  /** "Martell is more blunt: “…”", "The minister said:" closing the paragraph before: the clause's subject. */
  private Source colon(int tok) {
    if (tok == 0 || !d.token(tok - 1).is(':')) {
      return null;
    }
    int s = d.sentenceOf(tok - 1);
    int from = d.sentenceStart(s);
    for (int i = firstFrame[s]; i < firstFrame[s + 1]; i++) {
      Frame f = frames.get(i);
      if (f.cue() < tok - 1 && f.source() != null) {
        return f.source();
      }
    }
    if (from >= tok - 1) {
      return null; // a colon that opens its sentence has no clause before it
    }
    Entity last = d.entity(tok - 2);
    boolean alone = false;
    if (last != null) {
      int first = tok - 2;
      while (first > from && d.mention(first - 1) == d.mention(tok - 2)) {
        first--;
      }
      alone = first == from || d.token(first - 1).kind() == Token.Kind.PUNCT
          && "-—–―".indexOf(d.token(first - 1).text().charAt(0)) >= 0;
    }
    if (last != null && last.type() == EntityType.PERSON && alone) {
      return resolver.resolve(tok - 2, tok - 1); // "Pollsters agree - Carl Bialik: “…”"
    }
    if (d.token(from).isWord() && Lexicon.isReportingVerb(d.token(from).lower()) && from + 1 < tok - 1) {
      Source inverted = resolver.resolve(from + 1, tok - 1); // "Stated Stone: “…”"
      if (inverted != null) {
        return inverted;
      }
    }
    for (int k = tok - 2; k > from; k--) {
      if (finder.speaks(k)) {
        Source found = finder.speakerOf(k); // "Okonjo, exasperated, famously replied:", "Halvorsen called them on it:"
        if (found != null) {
          return found;
        }
      }
    }
    int[] subject = subjectOf(from, tok - 1);
    Source opening = subject == null ? null : resolver.resolve(subject[0], subject[1]);
    if (opening != null) {
      return opening;
    }
    for (int k = tok - 2; k > from; k--) {
      Token t = d.token(k);
      if (t.is(',') || t.isWord() && Lexicon.CLAUSE_WORDS.contains(t.lower())) {
        int[] clause = subjectOf(k + 1, tok - 1); // "… in mid-December when Musk took to Twitter with this:"
        Source named = clause == null ? null : resolver.resolve(clause[0], clause[1]);
        return resolver.isName(named) || named != null && named.resolution().equals("pronoun") ? named : null;
      }
    }
    return null;
  }

  /**
   * The phrase that opens {@code [from, to)}, up to its first break or verb-like word; a name in
   * apposition after a description ("Whitfield's lawyer, Daniel Cho, is blunt").
   */
  private int[] subjectOf(int from, int to) {
    int k = phraseEnd(from, to);
    if (k < to && k > from && d.token(k).is(',')) {
      int appositive = phraseEnd(k + 1, to);
      Source first = resolver.resolve(from, k);
      if (!resolver.isName(first) && appositive > k + 1 && resolver.isName(resolver.resolve(k + 1, appositive))) {
        return new int[] {k + 1, appositive};
      }
    }
    return k > from ? new int[] {from, k} : null;
  }

  private int phraseEnd(int from, int to) {
    int k = from;
    while (k < to && d.token(k).isWord() && (d.mention(k) >= 0 || !Lexicon.AUXILIARIES.contains(d.token(k).lower())
        && Lexicon.verb(d.token(k).lower()) == null
        && !(k > from && !d.token(k).capitalised() && d.token(k).lower().endsWith("ed")))) {
      k++; // "Okonjo gestured …": up to the past tense
    }
    return k;
  }

  /**
   * A quotation goes on from the previous one when only white space lies between them (over at
   * most a few paragraph breaks), or the previous one's own attribution ("“…,” she said. “…”").
   */
  private boolean continues(Quote previous, Span span, int to) {
    String between = text.substring(previous.end(), span.openStart());
    int paragraphs = 0;
    for (int i = 0; i < between.length(); i++) {
      if (between.charAt(i) == '\n') {
        paragraphs++;
      }
    }
    if (paragraphs > CONTINUATION_PARAGRAPHS) {
      return false;
    }
    int from = d.tokenAt(previous.end());
    int words = 0;
    boolean verb = false;
    for (int k = from; k < to; k++) {
      Token t = d.token(k);
      if (t.isQuote()) {
        continue; // the closing mark of the previous quotation
      }
      if (t.isWord()) {
        words++;
        verb |= Lexicon.isReportingVerb(t.lower());
      }
      if (k + 1 < to && k > from && t.kind() == Token.Kind.PUNCT && ".!?".indexOf(t.text().charAt(0)) >= 0) {
        return false; // narrative of its own between the two quotations
      }
    }
    // "“A,” Tester said, referring to the excuse, “B”": the sentence resumes the quotation after a comma
    boolean resumes = to > 0 && d.token(to - 1).is(',');
    return words == 0 || verb && words <= ATTRIBUTION_WORDS && (resumes || d.sentenceOf(to) != d.sentenceOf(Math.max(from, 0)));
  }


  /**
   * A quotation standing on its own (its sentence names no source) takes the source of the last
   * attribution before it in its paragraph, or in the paragraph before ("Howell says she wants
   * changes." then a paragraph that is only a quotation).
   */
  private Source previousSpeaker(int tok) {
    int s = d.sentenceOf(tok);
    int paragraph = d.paragraphOf(s);
    for (int p = s - 1; p >= 0; p--) {
      int pp = d.paragraphOf(p);
      if (pp < paragraph - 1) {
        return null;
      }
      for (int i = firstFrame[p + 1] - 1; i >= firstFrame[p]; i--) {
        Frame f = frames.get(i);
        if (f.speech() && f.source() != null && !inHeadline(f.contentStart())) {
          return f.source();
        }
      }
    }
    return null;
  }

  /**
   * A quotation on its own after a sentence about a person who says nothing there: that person
   * ("Valastro praised Christie's leadership." then a paragraph that is only a quotation).
   */
  private Source previousSubject(int tok) {
    int s = d.sentenceOf(tok);
    if (s == 0 || d.sentenceStart(s) != tok || d.paragraphOf(s) - d.paragraphOf(s - 1) > 1
        || firstFrame[s - 1] != firstFrame[s]) {
      return null; // a sentence with an attribution of its own leaves the quotation to previous-speaker
    }
    int from = d.sentenceStart(s - 1);
    int k = phraseEnd(from, d.sentenceEnd(s - 1));
    Source subject = k > from ? resolver.resolve(from, k) : null;
    return subject != null && subject.type() == SpeakerType.PERSON
        && (subject.resolution().equals("name") || subject.resolution().equals("pronoun")) ? subject : null;
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
        while (end < to && d.token(end).isWord() && end - by < ATTRIBUTION_WORDS / 3) {
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
    if (to - from < 4 || !d.token(from).isWord()) {
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
    for (int i = k + 1; i < Math.min(to - 1, k + 4); i++) {
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
    if (d.paragraphOf(p) != d.paragraphOf(s) || inHeadline(d.token(d.sentenceStart(p)).start())) {
      return null;
    }
    // Only a statement goes on into the next sentence, and it is the outermost speaker's: "He said police
    // booked 80 cases" carries his word, not the police's; "estimated at 5.8 by the USGS" carries nothing.
    Frame statement = null;
    boolean estimates = false;
    for (int i = firstFrame[p]; i < firstFrame[p + 1]; i++) {
      Frame f = frames.get(i);
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
      if (d.token(k).isWord() && EXPECTATIONS.contains(d.token(k).lower()) && !cue(s, k)) {
        return true; // an expectation whose holder the sentence names ("analysts had forecast") is its own frame
      }
    }
    return false;
  }

  private boolean cue(int s, int k) {
    for (int i = firstFrame[s]; i < firstFrame[s + 1]; i++) {
      if (frames.get(i).cue() == k) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> EXPECTATIONS = Set.of("expected", "forecast", "predicted", "anticipated",
      "expectations", "predictions", "forecasts", "consensus");

  /** True when sentence {@code s} has an attribution of its own by a verb of saying. */
  private boolean hasSpeech(int s) {
    for (int i = firstFrame[s]; i < firstFrame[s + 1]; i++) {
      if (rank(frames.get(i)) == 0) {
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

  private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "is", "are", "been", "be");

  /** "Ponte Solar", "The Keeper's Eye": up to five words, each capitalised, is a name, not a quotation. */
  private boolean isName(Span span) {
    String t = text.substring(span.start(), span.end()).strip();
    String[] words = NAME_BREAKS.split(t);
    int n = 0;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      n++;
      if (!Character.isUpperCase(w.charAt(0)) && !NAME_JOINERS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return n > 0 && n <= 5 && !t.endsWith(".") && !t.endsWith(",") && !t.endsWith("!") && !t.endsWith("?");
  }

  private int words(Span span) {
    int n = 0;
    for (String w : NOT_WORD.split(text.substring(span.start(), span.end()))) {
      if (!w.isEmpty()) {
        n++;
      }
    }
    return n;
  }
}
