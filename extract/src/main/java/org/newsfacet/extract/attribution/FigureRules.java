package org.newsfacet.extract.attribution;

import java.util.Map;
import java.util.Set;
import org.newsfacet.internal.English;

/**
 * The rules by which a source gives its own figures: {@code estimate} ("the city estimates",
 * "officials put the toll at", "analyst estimates of"), {@code estimate-after} (the figure before its
 * estimator: "the $2.7 billion analysts had expected") and {@code passive} (a participle and its
 * agent: "the 27 people reported killed by the council"). Each finds the frame of one cue, or null.
 */
final class FigureRules {
  /** How many words before an estimate noun name its maker: "the average Wall Street analyst estimate". */
  private static final int MODIFIER_WORDS = 4;
  /** How far after a participle its agent's "by" may stand: "estimated as a magnitude 5.8 by". */
  private static final int PASSIVE_REACH = 6;
  /** How far after a revising verb its estimate noun may stand: "raised its full-year revenue forecast". */
  private static final int REVISING_REACH = 5;
  /** Words that make a preposition a bound on a number: "at least", "more than". */
  private static final Set<String> BOUND_WORDS = English.words("number-bounds");
  /** Words that scale a number: "4.26 billion". */
  private static final Set<String> SCALES = English.words("number-scales");
  /** What a revising verb gives a figure with, only: "put the toll at 41", "raised its forecast". */
  private static final Set<String> ESTIMATE_NOUNS = English.words("revisable-figure-nouns");
  /** Participles that do not end in -ed: "the toll forecast by the agency". */
  private static final Set<String> BARE_PARTICIPLES = English.words("bare-participles");
  /** Forms of "be" and "have" before an estimating verb's participle: "is forecasting", "has been expecting". */
  private static final Set<String> BE_FORMS = English.words("be-and-have-forms");
  /** The subject pronoun of each possessive one: "its forecast" is the forecast of whatever "it" stands for. */
  private static final Map<String, String> SUBJECT_PRONOUNS = English.table("possessive-subject-pronouns");

  private final Discourse d;
  private final Resolver r;
  private final SourcePhrases phrases;
  private final SaidContent content;

  FigureRules(Discourse d, Resolver r, SourcePhrases phrases, SaidContent content) {
    this.d = d;
    this.r = r;
    this.phrases = phrases;
    this.content = content;
  }

  /**
   * A verb of sentence {@code s} by which a source gives its own figures: "the city estimates", "the
   * company posted revenue of", "officials put the toll at"; null when the verb is one that revises
   * and no estimate follows it.
   */
  Frame estimateBy(int s, int t) {
    return revises(t, d.sentenceEnd(s)) ? estimate(s, t, t) : null;
  }

  /** A revising verb ("raised", "put") gives a figure only with its estimate: "put the toll at", "put it at". */
  private boolean revises(int t, int to) {
    if (!Lexicon.REVISING.contains(d.token(t).lower())) {
      return true;
    }
    boolean put = d.token(t).lower().startsWith("put");
    for (int k = t + 1; k < to && k <= t + REVISING_REACH; k++) {
      if (ESTIMATE_NOUNS.contains(d.token(k).lower()) || put && d.token(k).is("at")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A source and a verb by which it gives its own figures (the figures follow in the sentence):
   * {@code verb} is the verb, {@code last} the last word of the cue ("made the claim").
   */
  Frame estimate(int s, int verb, int last) {
    int from = d.sentenceStart(s);
    int head = verb;
    while (head - 1 > from && BE_FORMS.contains(d.token(head - 1).lower())) {
      head--; // "the company is forecasting": the subject stands before "is"
    }
    int[] subject = phrases.coordinated(verb, from, phrases.subjectBefore(head, from));
    int fronted = subject == null ? -1 : afterFigure(subject[0], subject[1]);
    int figureStart = subject == null || fronted < 0 ? -1 : phraseStart(subject[0], fronted);
    if (subject != null && fronted > subject[0] && fronted < subject[1] && figureStart >= 0) {
      if (d.token(fronted).is("that") || d.token(fronted).is("which")) {
        fronted++; // "the 76 cents that analysts had expected"
      }
      subject = fronted < subject[1] ? new int[] {fronted, subject[1]} : null; // "the $4.26 billion analysts had expected"
    } else if (subject != null && subject[0] - 2 > from && (d.token(subject[0] - 1).is("that") || d.token(subject[0] - 1).is("which"))
        && (d.token(subject[0] - 2).numeric() || SCALES.contains(d.token(subject[0] - 2).lower()))
        && phraseStart(from, subject[0] - 1) >= 0) {
      figureStart = phraseStart(from, subject[0] - 1); // the subject stopped at "that": "the 76 cents that analysts"
      fronted = subject[0];
    } else {
      fronted = -1;
    }
    Source source = subject == null ? null : phrases.resolveSubject(subject, from);
    if (source == null) {
      return null;
    }
    int t = last;
    int end = content.end(s);
    int to = t + 1;
    while (fronted < 0 && to < end && !(d.token(to).is(',') && to + 1 < end && d.token(to + 1).isWord()
        && (Lexicon.SUBORDINATORS.contains(d.token(to + 1).lower()) || d.token(to + 1).is("according")))) {
      to++;
    }
    int start = fronted >= 0 ? Math.max(from, figureStart - (figureStart > from && d.token(figureStart - 1).is('$') ? 1 : 0))
        : antecedentStart(subject[0], from, t + 1);
    if (to <= start) {
      return null;
    }
    // "the 76 cents analysts had expected": the figure names its estimator right after it
    return content.frame(fronted >= 0 ? "estimate-after" : "estimate", s, verb, source, start, to, false, false);
  }

  /**
   * Where the figure ending before {@code to} starts when only determiners and bounds stand between
   * it and {@code from} or a preposition ("the $4.26 billion analysts", "ahead of the 76 cents that
   * analysts"), else -1 ("a program in nine districts" has a noun before the figure).
   */
  private int phraseStart(int from, int to) {
    int k = to;
    while (k > from) {
      Token t = d.token(k - 1);
      if (t.isWord() && !t.numeric() && !Lexicon.DETERMINERS.contains(t.lower()) && !BOUND_WORDS.contains(t.lower())
          && !SCALES.contains(t.lower())) {
        return Lexicon.PREPOSITIONS.contains(t.lower()) && k < to ? k : -1;
      }
      k--;
    }
    return from;
  }

  /** Past the figure that opens a phrase ("4.26 billion analysts"): where its noun starts, else -1. */
  private int afterFigure(int from, int to) {
    int last = -1;
    for (int k = from; k < to; k++) {
      if (d.token(k).numeric()) {
        last = k;
      }
    }
    if (last < 0) {
      return -1;
    }
    int k = last + 1;
    while (k < to && SCALES.contains(d.token(k).lower())) {
      k++;
    }
    return k;
  }

  /**
   * A participle with its agent: "the 14 hikers reported missing by the park service", "a
   * tremor measured at magnitude 4.3 by the national seismology office". The content is the
   * noun phrase before the participle and what stands between it and "by".
   */
  Frame passive(int s, int t) {
    Token verb = d.token(t);
    if (!verb.lower().endsWith("ed") && !(verb.isWord() && BARE_PARTICIPLES.contains(verb.lower()))) {
      return null;
    }
    int from = d.sentenceStart(s);
    int end = content.end(s);
    int by = -1;
    for (int k = t + 1; k < end && k <= t + PASSIVE_REACH; k++) {
      if (d.token(k).is("by")) {
        by = k;
        break;
      }
      if (d.token(k).breaksClause() || d.token(k).isQuote()) {
        return null;
      }
    }
    if (by < 0) {
      return null;
    }
    int agentEnd = phrases.phraseAfter(by, end, true);
    Source source = agentEnd > by + 1 ? r.resolve(by + 1, agentEnd) : null;
    if (source == null) {
      return null;
    }
    int start = t;
    while (start - 1 >= from && t - start < SourcePhrases.SUBJECT_WORDS && d.token(start - 1).isWord()
        && !Lexicon.PREPOSITIONS.contains(d.token(start - 1).lower()) && Lexicon.verb(d.token(start - 1).lower()) == null
        && !Lexicon.CLAUSE_WORDS.contains(d.token(start - 1).lower())) {
      start--;
    }
    if (start == t && by == t + 1) {
      return null;
    }
    return content.frame("passive", s, t, source, start, by, false, false);
  }

  /** "analyst estimates of 71 cents", "the company's forecast of $4 billion": who made the estimate. */
  Frame estimateOf(int s, int t) {
    int from = d.sentenceStart(s);
    int i = t;
    Source source = null;
    while (i - 1 >= from && t - i < MODIFIER_WORDS && d.token(i - 1).isWord()
        && !Lexicon.PREPOSITIONS.contains(d.token(i - 1).lower()) && !d.token(i - 1).numeric()) {
      String w = d.token(i - 1).lower();
      if (Lexicon.POSSESSIVE_PRONOUNS.contains(w)) {
        // "its annual profit forecast of 318 billion yen": the forecast of whoever "its" stands for
        source = r.antecedent(SUBJECT_PRONOUNS.get(w), i - 1);
        break;
      }
      if (Lexicon.DETERMINERS.contains(w) || Lexicon.verb(w) != null || Lexicon.AUXILIARIES.contains(w)) {
        break; // "the FactSet estimate of": FactSet's
      }
      i--;
    }
    if (source == null && i < t) {
      source = r.resolve(i, t);
    }
    if (source == null) {
      return null;
    }
    int end = content.end(s);
    int to = t + 2;
    while (to < end && !d.token(to).breaksClause()) {
      to++;
    }
    return content.frame("estimate", s, t, source, t + 1, to, false, false);
  }

  /**
   * Where a figure's content starts when the figure stands before its source in a relative clause:
   * "the 2.6 billion euros that analysts had forecast", "which her lawyers put at": the noun
   * phrase before "that" or "which"; else {@code otherwise}.
   */
  private int antecedentStart(int subjectStart, int from, int otherwise) {
    int k = subjectStart - 1;
    if (k < from || !(d.token(k).is("that") || d.token(k).is("which"))) {
      return otherwise;
    }
    int start = k;
    while (start - 1 >= from && k - start < SourcePhrases.SUBJECT_WORDS && !d.token(start - 1).breaksClause()
        && !(d.token(start - 1).isWord() && Lexicon.PREPOSITIONS.contains(d.token(start - 1).lower()))) {
      start--;
    }
    return start < k ? start : otherwise;
  }
}
