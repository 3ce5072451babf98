package org.newsfacet.extract.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfacet.extract.attribution.Attributor.Claim;
import org.newsfacet.extract.attribution.QuoteSieve.Quotation;
import org.newsfacet.internal.English;
import org.newsfacet.model.Quote;
import org.newsfacet.model.QuoteKind;
import org.newsfacet.model.SpeakerType;

/**
 * The speaker of each direct quotation of one article, and its reported speech. A title, a name or
 * a scare quote in quotation marks is nobody's words and is left out; every other quotation goes
 * through {@link #SIEVES} in order, the first sieve that decides naming its speaker (or settling
 * that there is none) and its rule ({@code attributedBy}):
 *
 * <ol>
 *   <li>{@code frame}: the frame of its sentence that attributes the quotation or holds it, which
 *       records the name of the frame rule that found it (see {@link Frames#RULES});
 *   <li>{@code colon}: after a colon, the subject of the clause before it;
 *   <li>{@code continuation}: right after another quotation, or after the other's attribution,
 *       that quotation's speaker;
 *   <li>{@code previous-subject}: opening its sentence after a sentence about a person, that person;
 *   <li>{@code previous-speaker}: the source of the attribution just before it in its paragraph, or
 *       closing the paragraph before.
 * </ol>
 * The last four take only a quotation standing on its own: one the writer's words lead into is
 * attributed by its frame or by nobody. Reported speech is the source's of the frame that found
 * it, recorded by the frame rule's name.
 */
final class QuoteSpeakers {
  /** The sieves for a quotation's speaker, in the order they are tried. */
  static final List<QuoteSieve> SIEVES = List.of(new QuoteFrameSieve(), new ColonSieve(), new ContinuationSieve(),
      new PreviousSubjectSieve(), new PreviousSpeakerSieve());

  private static final Pattern NAME_BREAKS = Pattern.compile("[^\\p{L}\\p{N}'’-]+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Quotations this short or shorter, embedded in a sentence that reports no one, are titles or scare quotes. */
  private static final int SCARE_WORDS = 6;
  /** The longest run of capitalised words in quotation marks taken for a name or a title: "The Keeper's Eye". */
  private static final int NAME_WORDS = 5;
  /** How many words before a quotation decide whether the writer's own words lead into it. */
  private static final int LEAD_IN_WORDS = 4;
  /** How far before a comma and a quotation its reporting verb may stand: "told his radio audience, “…”". */
  private static final int LEAD_IN_REACH = 10;
  /** Small words inside a capitalised name ("Bank of England"). */
  private static final Set<String> NAME_JOINERS = English.words("title-small-words");

  private final Evidence e;
  private final String text;
  private final Discourse d;
  private final SentenceFrames frames;
  private final Headline headline;

  QuoteSpeakers(Evidence e) {
    this.e = e;
    this.text = e.text();
    this.d = e.discourse();
    this.frames = e.frames();
    this.headline = e.headline();
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
      if (embedded && source == null && words(span) <= SCARE_WORDS || isName(span) && (embedded || frame == null)) {
        continue; // a title, a nickname, a name or a scare quote: nobody's words
      }
      Claim speaker = speaker(new Quotation(q, span, tok, frame, embedded, previous));
      Quote quote = new Quote(speaker.name(), speaker.type(), text.substring(span.start(), span.end()), QuoteKind.DIRECT,
          embedded, speaker.rule(), span.start(), span.end());
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

  /** The speaker the first sieve that decides gives quotation {@code q}; {@link Claim#NONE} when none does. */
  private Claim speaker(Quotation q) {
    for (QuoteSieve sieve : SIEVES) {
      Optional<Claim> decided = sieve.speaker(q, e);
      if (decided.isPresent()) {
        return decided.get();
      }
    }
    return Claim.NONE;
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
