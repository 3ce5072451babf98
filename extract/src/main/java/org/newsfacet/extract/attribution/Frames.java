package org.newsfacet.extract.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfacet.extract.attribution.Lexicon.VerbClass;
import org.newsfacet.internal.English;
import org.newsfacet.model.SpeakerType;

/**
 * Finds the attributions of every sentence, in text order. Each word that may open a frame is a
 * {@link Cue} of one kind ("according to", a claim noun, an estimate noun, a verb, a word after a
 * number), then each quotation that no frame took is one; every cue goes down {@link #RULES} in
 * order, and the first rule that takes it and finds a frame gives its frame:
 *
 * <ol>
 *   <li>{@code according-to}: "according to X" at the start, in the middle or at the end, "as per X";
 *   <li>{@code participle}: a participle that goes on with its sentence's source (", adding that …");
 *   <li>{@code saying}: a verb of saying, whose frame is one of {@code said-quote} ("Smith said:
 *       “…”"), {@code said-that} ("Smith said the bridge would reopen", "the ministry confirmed 40
 *       deaths"), {@code describes} ("The union called the closure “a betrayal”"), {@code quote-said}
 *       ("“…,” she said", "‘…’, Smith, 45, told reporters") and {@code clause-said} ("…, the rescue
 *       service said.", "The plan, she said, would fail.");
 *   <li>{@code estimate}: a source and the word by which it gives its own figures ("the city
 *       estimates", "the company posted revenue of", "officials put the toll at", "its forecast of"),
 *       {@code estimate-after} when the figure stands before its estimator ("the $3 billion analysts
 *       had expected");
 *   <li>{@code passive}: a participle with its agent ("the 12 people reported killed by the council"),
 *       when no rule before found a frame for the verb, or the word is no verb there but follows a number;
 *   <li>{@code quote-dash}: a quotation no frame took, then a dash and a name ("“…” ― Lena Voss");
 *   <li>{@code quote-verb}: a quotation no frame took, then a name and any verb ("“…,” Okonjo barked").
 * </ol>
 * A word is a cue of the first kind that fits it only, so that the rules for "according to", a
 * claim noun or an estimate noun are the only ones to try it: such a noun is never read as a verb.
 * A description the article names only after it ("…, the mine's operator said." then "Quarrystone
 * Minerals said") takes that name afterwards.
 *
 * <p>The rules find their frames through {@link SpeechRules} and {@link FigureRules}.
 */
final class Frames {
  /** The frame rules, in the order they are tried on each cue (see {@link FrameRule} for each). */
  static final List<FrameRule> RULES = List.of(FrameRule.ACCORDING_TO, FrameRule.PARTICIPLE, FrameRule.SAYING,
      FrameRule.ESTIMATE, FrameRule.PASSIVE, FrameRule.QUOTE_DASH, FrameRule.QUOTE_VERB);
  /** How many sentences after a description the attribution that names it may stand. */
  private static final int CATAPHORA_SENTENCES = 2;
  /** Verbs whose noun makes a claim with them: "made the claim", "gave an estimate". */
  private static final Set<String> SUPPORT_VERBS = English.words("claim-support-verbs");
  /** The nouns such a verb takes. */
  private static final Set<String> CLAIM_NOUNS = English.words("claim-nouns");
  /** Nouns of estimating that name their maker before them: "analyst estimates of", "the FactSet consensus for". */
  private static final Set<String> ESTIMATE_OF = English.words("estimate-nouns");
  /** Every word that can open a frame but "according" and "as": one look-up skips the other words of a sentence. */
  private static final Set<String> TRIGGERS = triggers();

  private final Discourse d;
  private final Resolver r;
  private final List<Frame> frames = new ArrayList<>();
  private final VerbUse verbs;
  private final SourcePhrases phrases;
  private final SpeechRules speechRules;
  private final FigureRules figureRules;

  private Frames(Discourse d, Resolver r) {
    this.d = d;
    this.r = r;
    this.verbs = new VerbUse(d);
    this.phrases = new SourcePhrases(d, r, verbs);
    SaidContent content = new SaidContent(d, verbs);
    this.speechRules = new SpeechRules(d, r, verbs, phrases, content, frames);
    this.figureRules = new FigureRules(d, r, phrases, content);
  }

  /** The attributions of the article, sentence by sentence, in text order. */
  static Frames find(Discourse d, Resolver r) {
    Frames f = new Frames(d, r);
    for (int s = 0; s < d.sentences(); s++) {
      f.sentence(s);
    }
    f.namedAfter();
    return f;
  }

  /**
   * A body or a role that the article names only after describing it ("…, the mine's operator said."
   * then "Quarrystone Minerals said …"; "a High Court judge has ruled" then "Mrs Justice Pellow said"):
   * the source named by the next attribution within two sentences. A person only when the article
   * gives them that title: on real news the next named speaker after "a senior official" or "the
   * delegate" is as often someone else, and the description is the better answer.
   */
  private void namedAfter() {
    for (int i = 0; i < frames.size(); i++) {
      Frame f = frames.get(i);
      Source src = f.source();
      if (src == null || !src.resolution().equals("label")) {
        continue;
      }
      String head = src.name().substring(src.name().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
      Lexicon.NounKind kind = Lexicon.SOURCES.get(head);
      // "the mine's operator", not "the Gansu earthquake response center": a body the phrase itself names
      boolean body = (kind == Lexicon.NounKind.COMPANY || kind == Lexicon.NounKind.AGENCY)
          && src.name().chars().noneMatch(Character::isUpperCase);
      boolean role = Lexicon.ROLES.contains(head) && kind != Lexicon.NounKind.SPOKESPERSON;
      if (!body && !role) {
        continue;
      }
      for (int j = i + 1; j < frames.size() && frames.get(j).sentence() <= f.sentence() + CATAPHORA_SENTENCES; j++) {
        Source next = frames.get(j).source();
        if (next == null || frames.get(j).sentence() == f.sentence()) {
          continue;
        }
        boolean named = next.resolution().equals("name") && next.entity() >= 0;
        // a person only when the article titles them with that role: "a High Court judge has ruled …" then
        // "Mrs Justice Pellow said"; "the influential delegate" is not whoever speaks next
        if (named && (body && next.type() == SpeakerType.ORGANIZATION
            || role && next.type() == SpeakerType.PERSON && r.titled(next.entity(), head))) {
          frames.set(i, new Frame(f.rule(), f.sentence(), f.cue(), next.via("description"), f.contentStart(),
              f.contentEnd(), f.quote(), f.indirect(), f.speech()));
        }
        break; // only the next attribution can name it
      }
    }
  }

  /** The attributions found, sentence by sentence, in text order. */
  List<Frame> all() {
    return List.copyOf(frames);
  }

  /**
   * Who speaks through the verb at {@code verb}, which no attribution took (it ends with a colon:
   * "Okonjo, exasperated, famously replied:"): its subject, past asides and adverbs.
   */
  Source speakerOf(int verb) {
    int from = d.sentenceStart(d.sentenceOf(verb));
    int j = verb - 1;
    while (j > from && d.token(j).isWord() && d.token(j).lower().endsWith("ly") && d.mention(j) < 0) {
      j--; // "famously replied"
    }
    int[] subject = phrases.subjectBefore(j + 1, from);
    if (subject == null) {
      return null;
    }
    Source s = phrases.resolveSubject(subject, from);
    return s != null ? s : r.generic(subject[0], subject[1]);
  }

  /** A word that may be the verb of a speaker the lexicon does not know: "retorted", "affirms". */
  boolean speaks(int k) {
    Token t = d.token(k);
    return t.isWord() && (Lexicon.isReportingVerb(t.lower()) || verbs.verbLike(k)
        || !t.capitalised() && t.lower().endsWith("s") && k > 0 && d.token(k - 1).capitalised());
  }

  private static Set<String> triggers() {
    Set<String> words = new HashSet<>(CLAIM_NOUNS);
    words.addAll(ESTIMATE_OF);
    words.addAll(Lexicon.VERBS.keySet());
    words.addAll(Lexicon.FIGURE_VERBS);
    return Set.copyOf(words);
  }

  /**
   * The frames of sentence {@code s}: each cue word goes down {@link #RULES}, then each quotation
   * that no frame took; the first rule that takes a cue and finds a frame gives it.
   */
  private void sentence(int s) {
    int from = d.sentenceStart(s);
    int to = d.sentenceEnd(s);
    List<Frame> here = new ArrayList<>();
    for (int t = from; t < to; t++) {
      Cue cue = wordCue(s, t, from, to, here);
      if (cue != null) {
        keep(cue, here);
      }
    }
    // the sentence's frames, those a rule added beside its own ("“A,” said Lewis, “B.”") included
    List<Frame> sentence = frames.stream().filter(f -> f.sentence() == s).toList();
    for (int t = from; t < to; t++) {
      Token tok = d.token(t);
      if (tok.isQuote() && sentence.stream().noneMatch(f -> f.quote() == tok.quote() || f.contains(
          d.quotes.get(tok.quote()).start(), d.quotes.get(tok.quote()).end()))) {
        keep(new Cue(Cue.Kind.QUOTATION, s, t, null, false, Collections.unmodifiableList(here)), here);
      }
    }
  }

  /** Keeps the frame of {@code cue} that the first rule taking it finds, if any, with the sentence's and the article's. */
  private void keep(Cue cue, List<Frame> here) {
    for (FrameRule rule : RULES) {
      Frame f = rule.takes(cue) ? rule.find(cue, speechRules, figureRules) : null;
      if (f != null) {
        here.add(f);
        frames.add(f);
        r.spoke(cue.spokenAt(f), f.source());
        return;
      }
    }
  }

  /** The cue that word {@code t} of sentence {@code s}, {@code [from, to)}, is, of the first kind that fits; else null. */
  private Cue wordCue(int s, int t, int from, int to, List<Frame> here) {
    Token tok = d.token(t);
    if (!tok.isWord() || d.mention(t) >= 0) {
      return null;
    }
    if (!TRIGGERS.contains(tok.lower()) && !tok.is("according") && !tok.is("as")) {
      return null;
    }
    List<Frame> found = Collections.unmodifiableList(here);
    if ((tok.is("according") && t + 1 < to && d.token(t + 1).is("to") || tok.is("as") && t + 1 < to
        && d.token(t + 1).is("per")) && !(t + 2 < to && d.token(t + 2).numeric())) {
      return new Cue(Cue.Kind.ACCORDING_TO, s, t, null, false, found);
    }
    if (CLAIM_NOUNS.contains(tok.lower()) && t - 2 >= from && SUPPORT_VERBS.contains(d.token(t - 2).lower())
        && Lexicon.DETERMINERS.contains(d.token(t - 1).lower())) {
      return new Cue(Cue.Kind.CLAIM_NOUN, s, t, null, false, found); // "He made the claim about the 300 sailors"
    }
    if (ESTIMATE_OF.contains(tok.lower()) && t + 1 < to && (d.token(t + 1).is("of") || d.token(t + 1).is("for"))) {
      return new Cue(Cue.Kind.ESTIMATE_NOUN, s, t, null, false, found); // "analyst estimates of 40 cents a share"
    }
    VerbClass c = Lexicon.verb(tok.lower());
    boolean figures = Lexicon.FIGURE_VERBS.contains(tok.lower());
    if (c == null && !figures) {
      return null;
    }
    if (verbs.isVerb(t, from)) {
      return new Cue(Cue.Kind.VERB, s, t, c, figures, found);
    }
    // no verb of its own, but a participle may still name its agent: "the 12 people reported killed by"
    return verbs.numberBefore(t, from) ? new Cue(Cue.Kind.AFTER_NUMBER, s, t, c, figures, found) : null;
  }
}
