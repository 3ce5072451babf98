package org.newsfacet.extract.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfacet.internal.English;
import org.newsfacet.model.Entity;
import org.newsfacet.model.EntityType;
import org.newsfacet.model.Quote;
import org.newsfacet.model.QuoteKind;
import org.newsfacet.model.SpeakerType;

/**
 * The speaker of each quotation of one article, and its reported speech: a quotation takes the
 * attribution of its sentence, else the rules {@code colon}, {@code continuation}, {@code
 * previous-subject} and {@code previous-speaker} in that order (see {@link Attributor}); a title, a
 * name or a scare quote in quotation marks is nobody's words and is left out.
 */
final class QuoteSpeakers {
  private static final Pattern NAME_BREAKS = Pattern.compile("[^\\p{L}\\p{N}'’-]+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Quotations this short or shorter, embedded in a sentence that reports no one, are titles or scare quotes. */
  private static final int SCARE_WORDS = 6;
  /** The longest run of capitalised words in quotation marks taken for a name or a title: "The Keeper's Eye". */
  private static final int NAME_WORDS = 5;
  /** A quotation goes on from another across at most this many paragraph breaks. */
  private static final int CONTINUATION_PARAGRAPHS = 4;
  /** The longest attribution that may stand between a quotation and the one it goes on from, in words. */
  private static final int ATTRIBUTION_WORDS = 24;
  /** How many words before a quotation decide whether the writer's own words lead into it. */
  private static final int LEAD_IN_WORDS = 4;
  /** How far before a comma and a quotation its reporting verb may stand: "told his radio audience, “…”". */
  private static final int LEAD_IN_REACH = 10;
  /** Small words inside a capitalised name ("Bank of England"). */
  private static final Set<String> NAME_JOINERS = English.words("title-small-words");

  private final String text;
  private final Discourse d;
  private final Resolver resolver;
  private final Frames finder;
  private final SentenceFrames frames;
  private final Headline headline;

  QuoteSpeakers(String text, Discourse d, Resolver resolver, Frames finder, SentenceFrames frames, Headline headline) {
    this.text = text;
    this.d = d;
    this.resolver = resolver;
    this.finder = finder;
    this.frames = frames;
    this.headline = headline;
  }

  /** The quotations outside the headline with their speakers, and the reported speech, in text order. */
  List<Quote> attribute() {
    List<Quote> out = new ArrayList<>();
    Quote previous = null;
    for (int q = 0; q < d.quotes.size(); q++) {
      Span span = d.quotes.get(q);
      int tok = d.quoteToken(q);
      if (tok < 0 || headline.holds(span.openStart())) {
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
          rule = Attributor.COLON;
        } else if (previous != null && previous.speaker() != null && continues(previous, span, tok)) {
          Quote p = previous;
          source = new Source(p.speaker(), p.speakerType(), "continuation", -1, false);
          rule = Attributor.CONTINUATION;
        } else {
          // the sentence just before names who is talking, else an attribution further back
          source = previousSubject(tok);
          rule = source == null ? null : Attributor.PREVIOUS_SUBJECT;
          if (source == null) {
            source = previousSpeaker(tok);
            rule = source == null ? null : Attributor.PREVIOUS_SPEAKER;
          }
        }
      }
      Quote quote = new Quote(source == null ? null : source.name(), source == null ? SpeakerType.UNKNOWN : source.type(),
          text.substring(span.start(), span.end()), QuoteKind.DIRECT, embedded, rule, span.start(), span.end());
      out.add(quote);
      previous = quote;
    }
    for (Frame f : frames.all()) {
      if (f.indirect() && !headline.holds(f.contentStart())) {
        out.add(reported(f));
      }
    }
    out.sort(Comparator.comparingInt(Quote::start).thenComparingInt(q -> q.kind().ordinal()));
    return List.copyOf(out);
  }

  /** Frame {@code f}'s reported speech as a quotation of its source, without the punctuation that closes it. */
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
    for (Frame f : frames.in(s)) {
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
    for (Frame f : frames.in(s)) {
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

  /** Where the phrase that opens {@code [from, to)} ends: at its first verb-like word outside a name. */
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
      List<Frame> in = frames.in(p);
      for (int i = in.size() - 1; i >= 0; i--) {
        Frame f = in.get(i);
        if (f.speech() && f.source() != null && !headline.holds(f.contentStart())) {
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
        || !frames.in(s - 1).isEmpty()) {
      return null; // a sentence with an attribution of its own leaves the quotation to previous-speaker
    }
    int from = d.sentenceStart(s - 1);
    int k = phraseEnd(from, d.sentenceEnd(s - 1));
    Source subject = k > from ? resolver.resolve(from, k) : null;
    return subject != null && subject.type() == SpeakerType.PERSON
        && (subject.resolution().equals("name") || subject.resolution().equals("pronoun")) ? subject : null;
  }

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
      if (!Character.isUpperCase(w.charAt(0)) && !NAME_JOINERS.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return n > 0 && n <= NAME_WORDS && !t.endsWith(".") && !t.endsWith(",") && !t.endsWith("!") && !t.endsWith("?");
  }

  /** The number of words in quotation {@code span}. */
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
