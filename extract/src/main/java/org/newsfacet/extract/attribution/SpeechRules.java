package org.newsfacet.extract.attribution;

import java.util.List;
import java.util.Set;
import org.newsfacet.extract.attribution.Lexicon.VerbClass;
import org.newsfacet.internal.English;
import org.newsfacet.model.Entity;
import org.newsfacet.model.EntityType;

/**
 * How the frame rules that attribute what was said find their frames (see {@link FrameRule}):
 * through a verb of saying ({@link #saying}: {@code said-quote}, {@code said-that}, {@code
 * describes}, {@code quote-said}, {@code clause-said}), "according to" ({@code according-to}), a
 * participle ({@code participle}), and for a quotation no known verb took, a dash and a name
 * ({@code quote-dash}) or a name and any verb ({@code quote-verb}). Each finds the frame of one cue,
 * or null.
 */
final class SpeechRules {
  /** Dashes that put a name after a quotation: "“…” ― Lena Voss". */
  private static final String DASHES = "—―–-";
  /** How many words may stand between a quotation and an unknown verb that attributes it: "the Florida senator fumed". */
  private static final int TRIGRAM_WORDS = 4;
  /** Content this long after "told" and its hearer is a clause even without an auxiliary. */
  private static final int TOLD_CLAUSE_WORDS = 7;
  /** Auxiliaries of the passive: "Smith was quoted as saying". */
  private static final Set<String> PASSIVE = English.words("passive-auxiliaries");
  /** Particles that finish a verb of speaking: "shot back", "went on". */
  private static final Set<String> PARTICLES = English.words("speech-particles");

  private final Discourse d;
  private final Resolver r;
  private final VerbUse verbs;
  private final SourcePhrases phrases;
  private final SaidContent content;
  /** The article's frames so far, to which a rule adds a second frame it finds beside the one it returns. */
  private final List<Frame> frames;

  SpeechRules(Discourse d, Resolver r, VerbUse verbs, SourcePhrases phrases, SaidContent content, List<Frame> frames) {
    this.d = d;
    this.r = r;
    this.verbs = verbs;
    this.phrases = phrases;
    this.content = content;
    this.frames = frames;
  }

  /** A verb of saying: the forms with the source before the verb, then those with it after. */
  Frame saying(int s, int t, VerbClass c) {
    int from = d.sentenceStart(s);
    int end = content.end(s);
    if (t == from && c == VerbClass.SAY) {
      // "Said Wilma Threadgold, who coached him, “He never gave up.”"
      Source inverted = phrases.inverted(t);
      for (int k = t + 1; r.isName(inverted) && k < end; k++) {
        if (d.token(k).isQuote()) {
          return d.token(k - 1).is(',') || d.token(k - 1).is(':')
              ? content.frame("said-quote", s, t, inverted, k, false, true) : null;
        }
      }
      return null;
    }
    if (t > from + 1 && d.token(t - 1).is(',') && !Lexicon.TELLING.contains(d.token(t).lower())) {
      int npEnd = phrases.phraseAfter(t, end, false);
      Source inverted = npEnd > t + 1 && closesAt(npEnd, end) ? phrases.inverted(t) : null;
      if (r.isName(inverted)) {
        return closing(s, t, inverted, t - 1, c); // "…, said police Chief Ruth Vandermeer."
      }
    }
    int[] subject = phrases.coordinated(t, from, phrases.subjectBefore(t, from));
    Source source = subject == null ? null : phrases.resolveSubject(subject, from);
    boolean pronoun = subject != null && subject[1] - subject[0] == 1
        && Lexicon.PRONOUNS.contains(d.token(subject[0]).lower());
    int quoted = subject == null ? -1 : phrases.quoteRightBefore(subject[0], from);
    boolean quoteNext = t + 2 < end && d.token(t + 1).is(',') && d.token(t + 2).isQuote();
    if (source == null && !pronoun && subject != null && (quoted >= 0 || (c == VerbClass.SAY || quoteNext)
        && Lexicon.DETERMINERS.contains(d.token(subject[0]).lower()))) {
      // "“…,” the careful challenger said", "The 31-year-old left back said …", "Another child responded, “…”":
      // whoever the phrase describes
      source = r.generic(subject[0], subject[1]);
    }
    if (source != null || pronoun) {
      int[] after = content.after(t, end);
      if (quoted >= 0 && after != null && content.singleQuote(after[0], after[1]) < 0
          && !content.holdsQuote(after[0], after[1]) && !content.indirect(after[0], after[1], c, after[2] == 1)) {
        after = null; // "“…?” the mayor asked the council at a budget hearing."
      }
      if (after != null) {
        quoteBefore(s, t, source, subject[0], from); // "“…,” she said, “…”": both are hers
        int quote = content.singleQuote(after[0], after[1]);
        if (quote >= 0) {
          return content.frame("said-quote", s, t, source, quote, false, true);
        }
        boolean indirect = content.indirect(after[0], after[1], c, after[2] == 1)
            && !(Lexicon.TELLING.contains(d.token(t).lower()) && after[2] == 0
                && content.words(after[0], after[1]) < TOLD_CLAUSE_WORDS // "told councillors at the meeting"
                && !content.finite(after[0], Math.min(after[1], after[0] + SaidContent.FINITE_REACH)));
        if (c == VerbClass.DEED && !indirect) {
          // "The union called the closure “a betrayal”": the quotation is the union's; "Station staff called
          // paramedics": a deed, not a statement
          return content.holdsQuote(after[0], after[1])
              ? content.frame("describes", s, t, source, after[0], after[1], false, true) : null;
        }
        return content.frame("said-that", s, t, source, after[0], after[1], indirect, true);
      }
      int before = subject[0] - 1;
      if (before >= from && d.token(before).isQuote()) {
        return content.frame("quote-said", s, t, source, before, false, true); // “…” Smith said
      }
      if (before > from && SaidContent.isBreak(d.token(before))) {
        return closing(s, t, source, before, c);
      }
      return null;
    }
    if (t > from && (SaidContent.isBreak(d.token(t - 1)) || d.token(t - 1).isQuote())) {
      Source inverted = phrases.inverted(t);
      int npEnd = phrases.phraseAfter(t, end, false);
      if (inverted == null && phrases.quoteRightBefore(t, from) >= 0 && npEnd > t + 1
          && !Lexicon.PRONOUNS.contains(d.token(t + 1).lower()) && !content.finite(t + 1, npEnd)) {
        inverted = r.generic(t + 1, npEnd); // "“…,” said one well-placed Liberal", not "“…” argue it could tie"
      }
      if (inverted != null) {
        int after = phrases.phraseAfter(t, end, false);
        if (after + 1 < d.sentenceEnd(s) && d.token(after).is(',') && d.token(after + 1).isQuote()
            && phrases.quoteRightBefore(t, from) >= 0) {
          frames.add(content.frame("quote-said", s, t, inverted, after + 1, false, true)); // "“A,” said Lewis, “B.”"
          r.spoke(t, inverted);
        }
        return closing(s, t, inverted, d.token(t - 1).isQuote() ? t : t - 1, c);
      }
    }
    return null;
  }

  /**
   * Rule {@code quote-dash}: a dash and a name after a quotation that its sentence's known verbs
   * leave unattributed ("“…” ― Lena Voss.").
   */
  Frame quoteDash(int s, int q) {
    int end = content.end(s);
    int k = afterQuote(q, end);
    if (k >= end) {
      return null;
    }
    Token next = d.token(k);
    if (next.kind() != Token.Kind.PUNCT || DASHES.indexOf(next.text().charAt(0)) < 0) {
      return null;
    }
    int npEnd = phrases.phraseAfter(k, end, false);
    Source named = npEnd > k + 1 ? r.resolve(k + 1, npEnd) : null;
    return r.isName(named) && (npEnd >= end || d.token(npEnd).breaksClause())
        ? content.frame("quote-dash", s, k, named, q, false, true) : null;
  }

  /**
   * Rule {@code quote-verb}: after a quotation that its sentence's known verbs leave unattributed, a
   * speaker and any verb closing the sentence ("“…,” Okonjo barked.", "“…,” scoffed Marta Quell, 24.").
   */
  Frame quoteVerb(int s, int q) {
    int end = content.end(s);
    int k = afterQuote(q, end);
    if (k >= end || !d.token(k).isWord()) {
      return null;
    }
    if (verbs.verbLike(k)) {
      int npEnd = phrases.phraseAfter(k, end, false);
      Source inverted = npEnd > k + 1 ? r.resolve(k + 1, npEnd) : null;
      return r.isName(inverted) && closesAt(npEnd, end) ? content.frame("quote-verb", s, k, inverted, q, false, true) : null;
    }
    for (int v = k + 1; v < end && v <= k + TRIGRAM_WORDS; v++) {
      if (verbs.verbLike(v)) {
        Source subject = r.resolve(k, v);
        boolean name = r.isName(subject) || subject != null && subject.resolution().equals("pronoun");
        return name && closesAt(v + 1, end) ? content.frame("quote-verb", s, v, subject, q, false, true) : null;
      }
      if (!d.token(v).isWord()) {
        return null;
      }
    }
    return null;
  }

  /** The token after quotation token {@code q} and a comma after it, if any. */
  private int afterQuote(int q, int end) {
    int k = q + 1;
    if (k < end && d.token(k).is(',')) {
      k++;
    }
    return k;
  }

  /** True when only a short tail closes the sentence from {@code k}: "on Tuesday", "with a laugh", ", who …". */
  private boolean closesAt(int k, int end) {
    if (k >= end || d.token(k).breaksClause()) {
      return true;
    }
    return content.adverbial(k, end) || d.token(k).isWord() && PARTICLES.contains(d.token(k).lower())
        && (k + 1 >= end || content.adverbial(k + 1, end) || d.token(k + 1).breaksClause());
  }

  /** A quotation right before the subject of a verb that also introduces what follows it. */
  private void quoteBefore(int s, int t, Source source, int subjectStart, int from) {
    int before = subjectStart - 1;
    if (before >= from && d.token(before).is(',')) {
      before--;
    }
    if (before >= from && d.token(before).isQuote()) {
      Frame f = content.frame("quote-said", s, t, source, before, false, true);
      frames.add(f);
      r.spoke(t, source);
    }
  }

  /**
   * What is said stands before the attribution, which closes the sentence or interrupts it:
   * "…, the ministry said." / "The plan, she said, would fail." / "“…,” said Smith."
   */
  private Frame closing(int s, int t, Source source, int breakAt, VerbClass c) {
    int from = d.sentenceStart(s);
    int quote = content.singleQuote(from, breakAt);
    if (quote >= 0) {
      return content.frame("quote-said", s, t, source, quote, false, true);
    }
    int lastWord = breakAt;
    int end = content.end(s);
    int resume = afterAttribution(t, end);
    boolean interrupted = resume >= 0;
    int contentTo = interrupted ? end : breakAt;
    int words = content.words(from, breakAt);
    if (words < 1) {
      return null;
    }
    boolean indirect = words + (interrupted ? content.words(resume, end) : 0) >= SaidContent.CLAUSE_WORDS
        && c != VerbClass.DEED && !content.startsWithQuote(from, lastWord);
    return content.frame("clause-said", s, t, source, from, contentTo, indirect, true);
  }

  /**
   * After an interrupting attribution ("The plan, she said, would fail"), where the rest of the
   * sentence resumes; -1 when the attribution closes its sentence or a clause of the writer's own
   * follows it (", as rescuers searched").
   */
  private int afterAttribution(int t, int end) {
    int k = t + 1;
    while (k < end && d.token(k).isWord() && Lexicon.verb(d.token(k).lower()) == null) {
      k++; // the inverted subject or an adverbial: "said Smith", "said on Tuesday"
    }
    if (k >= end || !d.token(k).is(',') || k + 1 >= end) {
      return -1;
    }
    Token next = d.token(k + 1);
    if (!next.isWord() || next.lower().endsWith("ing") || Lexicon.SUBORDINATORS.contains(next.lower())
        || Lexicon.verb(next.lower()) != null
        || Lexicon.CLAUSE_WORDS.contains(next.lower()) || Lexicon.DETERMINERS.contains(next.lower())
        || next.capitalised()) {
      return -1; // ", adding that", ", as ...", ", a spokeswoman for X", ", citing": not the sentence resuming
    }
    return k + 1;
  }

  /** "According to X, …", "…, according to X.", "… according to X, …". */
  Frame according(int s, int t) {
    int from = d.sentenceStart(s);
    int end = content.end(s);
    int npEnd = sourceEnd(t + 2, phrases.phraseAfter(t + 1, end, true));
    if (npEnd <= t + 2) {
      return null;
    }
    Source source = r.resolve(t + 2, npEnd);
    if (source == null) {
      source = r.generic(t + 2, npEnd); // "according to the Crown"
    }
    if (npEnd + 1 < end && d.token(npEnd).is(',') && !r.isName(source)) {
      int appositiveEnd = phrases.phraseAfter(npEnd, end, false);
      Source appositive = r.resolve(npEnd + 1, appositiveEnd);
      if (r.isName(appositive) && appositiveEnd < end && d.token(appositiveEnd).is(',')) {
        source = appositive; // "According to its director, Ivo Perrin, …"
        npEnd = appositiveEnd;
      }
    }
    if (source == null) {
      return null;
    }
    int contentFrom;
    int contentTo;
    if (content.onlyConnectives(from, t)) {
      contentFrom = npEnd < end && SaidContent.isBreak(d.token(npEnd)) ? npEnd + 1 : npEnd;
      contentTo = contentFrom < end ? content.contrastEnd(contentFrom, end) : end;
    } else {
      contentFrom = from;
      boolean afterBreak = SaidContent.isBreak(d.token(t - 1));
      boolean resumes = npEnd + 1 < end && d.token(npEnd).is(',') && d.token(npEnd + 1).isWord()
          && !Lexicon.SUBORDINATORS.contains(d.token(npEnd + 1).lower())
          && !Lexicon.CONJUNCTIONS.contains(d.token(npEnd + 1).lower());
      contentTo = resumes ? end : afterBreak ? t - 1 : t;
    }
    if (contentFrom >= contentTo) {
      return null;
    }
    int quote = content.singleQuote(contentFrom, contentTo);
    if (quote >= 0) {
      return content.frame("according-to", s, t, source, quote, false, true);
    }
    boolean indirect = content.words(contentFrom, contentTo) >= SaidContent.CLAUSE_WORDS;
    return content.frame("according-to", s, t, source, contentFrom, contentTo, indirect, true);
  }

  /**
   * Where the source after "according to" ends when no comma closes it: after its head noun or
   * name, unless a modifier follows ("according to the board spokesperson only three ballots were
   * uncounted": the board spokesperson; "according to figures from the ministry": the whole).
   */
  private int sourceEnd(int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = d.token(k);
      boolean head = !t.possessive() && (d.mention(k) >= 0 && (k + 1 >= to || d.mention(k + 1) != d.mention(k))
          || Lexicon.SOURCES.containsKey(t.lower()) || Lexicon.DOCUMENTS.contains(t.lower()));
      if (head && k + 1 < to) {
        Token next = d.token(k + 1);
        if (!(Lexicon.POSTMODIFIERS.contains(next.lower()) || Lexicon.SOURCES.containsKey(next.lower())
            || Lexicon.DOCUMENTS.contains(next.lower()) || d.mention(k + 1) >= 0 || next.lower().endsWith("ed")
            || next.capitalised() && d.mention(k) < 0)) { // "the charity Open Doors": its name follows
          return k + 1;
        }
      }
    }
    return to;
  }

  /** ", adding that …", "saying …", "quoted X as saying …": the source of the sentence goes on. */
  Frame participle(int s, int t, List<Frame> here) {
    int from = d.sentenceStart(s);
    int end = content.end(s);
    Source source = null;
    if (t - 1 >= from && d.token(t - 1).is("as")) {
      source = quotedAs(t - 1, from);
    }
    for (int i = 0; source == null && i < here.size(); i++) {
      source = here.get(i).speech() ? here.get(i).source() : null; // the sentence's main speaker goes on
    }
    if (source == null && t - 1 > from && SaidContent.isBreak(d.token(t - 1))) {
      int[] subject = phrases.firstPhrase(from, t - 1);
      source = subject == null ? null : r.resolve(subject[0], subject[1]);
    }
    if (source == null || t + 1 >= end) {
      return null;
    }
    int opening = d.token(from).isQuote() ? from : -1;
    if (opening >= 0 && t - from <= SourcePhrases.SUBJECT_WORDS && content.adverbial(t + 1, end)) {
      // "“…,” he was quoted as saying in the release."
      return content.frame("participle", s, t, source, opening, false, true);
    }
    int contentFrom = t + 1;
    boolean that = d.token(contentFrom).is("that");
    if (that) {
      contentFrom++;
    } else if (Lexicon.TELLING.contains(d.token(t).lower())) {
      contentFrom = content.afterHearer(contentFrom, end);
    }
    if (contentFrom < end && (d.token(contentFrom).is(':') || d.token(contentFrom).is(','))) {
      contentFrom++;
    }
    if (contentFrom >= end) {
      return null;
    }
    int quote = content.singleQuote(contentFrom, end);
    if (quote >= 0) {
      return content.frame("participle", s, t, source, quote, false, true);
    }
    VerbClass c = d.token(t).is("saying") ? VerbClass.SAY : VerbClass.REPORT;
    return content.frame("participle", s, t, source, contentFrom, end, content.indirect(contentFrom, end, c, that), true);
  }

  /** "quoted Tomas Ekberg as saying", "Smith was quoted as saying": who is quoted. */
  private Source quotedAs(int as, int from) {
    for (int k = as - 1; k >= from && k >= as - SourcePhrases.SUBJECT_WORDS; k--) {
      if (d.token(k).is("quoted") || d.token(k).is("quoting")) {
        int aux = k - 1;
        if (aux >= from && PASSIVE.contains(d.token(aux).lower())) {
          int[] subject = phrases.subjectBefore(aux, from); // "Szabo was quoted by a broadcaster as saying"
          return subject == null ? null : phrases.resolveSubject(subject, from);
        }
        for (int p = as - 1; p > k; p--) {
          Entity named = d.entity(p);
          if (named != null && named.type() == EntityType.PERSON) {
            return r.resolve(p, p + 1); // "quoting an official, Tomas Ekberg, as saying": the person
          }
        }
        return k + 1 < as ? r.resolve(k + 1, as) : null; // "The news agency quoted an official as saying"
      }
    }
    return null;
  }
}
