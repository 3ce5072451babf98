package org.newsfacet.extract.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsfacet.extract.attribution.Lexicon.VerbClass;
import org.newsfacet.model.Entity;

/**
 * Finds the attributions of every sentence, in text order. Each is found by one named rule:
 *
 * <ul>
 *   <li>{@code quote-said}: a quotation, then its source and verb ("“…,” she said", "“…,” said the
 *       ministry", "‘…’, Smith, 45, told reporters");
 *   <li>{@code said-quote}: a source and verb, then the quotation ("Smith said: “…”");
 *   <li>{@code said-that}: a source and verb, then what was said in the writer's words ("Smith said
 *       the bridge would reopen"), or the figure a source gives ("the ministry confirmed 40 deaths");
 *   <li>{@code clause-said}: what was said, then its source and verb closing the sentence ("…, the
 *       rescue service said."), or standing inside it ("The plan, she said, would fail.");
 *   <li>{@code according-to}: "according to X" at the start, in the middle or at the end;
 *   <li>{@code participle}: a participle that goes on with its sentence's source (", adding that …");
 *   <li>{@code estimate}: a source and a verb by which it gives its own figures ("the city
 *       estimates", "the company posted revenue of", "officials put the toll at", "its forecast of");
 *   <li>{@code passive}: a participle with its agent ("the 19 people reported killed by the council");
 *   <li>{@code describes}: a verb that labels something with a quotation ("The union called the
 *       closure “a betrayal”");
 *   <li>{@code quote-verb}, {@code quote-dash}: a quotation its sentence's known verbs leave alone,
 *       then a name and any verb ("“…,” Okonjo barked") or a dash and a name ("“…” ― Ana Ruiz").
 * </ul>
 * A description the article names only after it ("…, the mine's operator said." then "Altiplano
 * Copper said") takes that name afterwards.
 */
final class Frames {
  /** How many sentences after a description the attribution that names it may stand. */
  private static final int CATAPHORA_SENTENCES = 2;
  /** How far back from a verb its subject may start, in tokens. */
  private static final int SUBJECT_WORDS = 14;
  /** How far back a parenthetical between a subject and its verb may reach: "Smith, 45, a farmer, said". */
  private static final int PARENTHETICAL_REACH = 25;
  /** How far after a verb "that" may stand and still open what was said: "said in a statement on Tuesday that". */
  private static final int THAT_REACH = 14;
  /** The fewest words of a clause that counts as reported speech. */
  private static final int CLAUSE_WORDS = 3;
  /** How far into a clause a finite verb is looked for: "announced the company had agreed". */
  private static final int FINITE_REACH = 8;
  /** How many words a noun phrase before its verb may have: "its quarterly net profit". */
  private static final int NOUN_PHRASE_WORDS = 4;

  /** Nouns that, right before "reports", "claims" or "estimates", make those nouns too: "media reports said". */
  private static final Set<String> NOUN_FORMS = Set.of("reports", "claims", "estimates", "posts", "forecasts",
      "projects", "calls", "notes", "states", "demands", "counts", "rules", "shows", "report", "claim", "estimate",
      "forecast", "stress");
  /** Participles of publishing, which after a noun describe it: "a report released on Monday". */
  private static final Set<String> PUBLISHING = Set.of("published", "released", "issued", "conducted", "compiled",
      "commissioned", "carried");
  /** Words that make a preposition a bound on a number: "at least", "more than", "up to". */
  private static final Set<String> BOUND_WORDS = Set.of("least", "most", "more", "less", "than", "nearly", "about",
      "around", "some", "almost", "roughly", "over", "under");
  /** Words that scale a number: "3.38 billion". */
  private static final Set<String> SCALES = Set.of("thousand", "million", "billion", "trillion", "bn", "mn", "m", "k",
      "percent", "per", "cent", "cents", "lakh", "crore");
  /** Verbs whose noun makes a claim with them: "made the claim", "gave an estimate". */
  private static final Set<String> SUPPORT_VERBS = Set.of("made", "makes", "make", "gave", "gives", "issued", "offered");
  /** The nouns such a verb takes. */
  private static final Set<String> CLAIM_NOUNS = Set.of("claim", "claims", "estimate", "estimates", "forecast",
      "prediction", "projection", "statement", "assertion", "allegation");
  private static final Set<String> PASSIVE = Set.of("was", "were", "been", "is", "are", "be", "being", "get", "got");
  /** Verbs that give a figure only when it is the estimate or toll they raise, cut or put: "put the toll at 41". */
  private static final Set<String> ESTIMATE_NOUNS = Set.of("forecast", "forecasts", "estimate", "estimates", "outlook",
      "guidance", "projection", "projections", "target", "targets", "toll", "figure", "number", "count", "tally",
      "cost", "costs", "losses", "damage", "dividend", "payout", "price", "prices", "rate", "rates", "stake", "offer",
      "bid", "wages", "pay");
  /** Words after a comma that open the writer's own clause beside what was said: ", while the union put the number at". */
  private static final Set<String> CONTRASTS = Set.of("while", "whereas", "but");
  /** Nouns of estimating that name their maker before them: "analyst estimates of", "the FactSet consensus for". */
  private static final Set<String> ESTIMATE_OF = Set.of("estimate", "estimates", "forecast", "forecasts", "projection",
      "projections", "expectations", "expectation", "consensus", "prediction", "predictions", "outlook", "guidance");
  /** Every word that can open a frame but "according" and "as": one look-up skips the other words of a sentence. */
  private static final Set<String> TRIGGERS = triggers();
  /** How many words before an estimate noun name its maker: "the average Wall Street analyst estimate". */
  private static final int MODIFIER_WORDS = 4;
  /** How far after a participle its agent's "by" may stand: "estimated as a magnitude 5.8 by". */
  private static final int PASSIVE_REACH = 6;
  /** Dashes that put a name after a quotation: "“…” ― Ariana Huichapa". */
  private static final String DASHES = "—―–-";
  /** How many words may stand between a quotation and an unknown verb that attributes it: "the Florida senator fumed". */
  private static final int TRIGRAM_WORDS = 4;
  /** Past tenses of speaking that do not end in -ed: "shot back", "went on", "broke in". */
  private static final Set<String> IRREGULAR_SPEECH = Set.of("went", "shot", "broke", "spoke", "wrote", "sang", "swore",
      "began", "cut", "put", "threw", "fired", "says", "adds", "writes", "tweets", "notes", "explains", "insists", "read",
      "argues", "warns", "recalls", "quips", "jokes", "snaps");
  /** How many words of hearer and adverbial may stand between a verb and the comma before its quotation. */
  private static final int HEARER_REACH = 10;
  /** How long a phrase of time or place before what was said may be: "in a statement on Monday". */
  private static final int ADVERBIAL_REACH = 5;
  /** How many phrases of time or place may stand between a verb and what was said. */
  private static final int ADVERBIAL_PHRASES = 2;
  /** Words that follow a day: "said Monday night". */
  private static final Set<String> TIME_OF_DAY = Set.of("night", "morning", "afternoon", "evening");
  /** Content this long after "told" and its hearer is a clause even without an auxiliary. */
  private static final int TOLD_CLAUSE_WORDS = 7;
  /** A hearer this short after "told", and nothing else, closes the attribution: "told local radio". */
  private static final int HEARER_WORDS = 4;
  /** How far after a revising verb its estimate noun may stand: "raised its full-year revenue forecast". */
  private static final int REVISING_REACH = 5;

  private final Discourse d;
  private final Resolver r;
  private final List<Frame> frames = new ArrayList<>();

  private Frames(Discourse d, Resolver r) {
    this.d = d;
    this.r = r;
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
   * then "Altiplano Copper said …"; "a High Court judge has ruled" then "Mrs Justice Alderton said"):
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
      String head = src.name().substring(src.name().lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
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
        // "Mrs Justice Alderton said"; "the influential delegate" is not whoever speaks next
        if (named && (body && next.type() == org.newsfacet.model.SpeakerType.ORGANIZATION
            || role && next.type() == org.newsfacet.model.SpeakerType.PERSON && r.titled(next.entity(), head))) {
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
    int[] subject = subjectBefore(j + 1, from);
    if (subject == null) {
      return null;
    }
    Source s = resolveSubject(subject, from);
    return s != null ? s : r.generic(subject[0], subject[1]);
  }

  /** A word that may be the verb of a speaker the lexicon does not know: "retorted", "affirms". */
  boolean speaks(int k) {
    Token t = d.token(k);
    return t.isWord() && (Lexicon.isReportingVerb(t.lower()) || verbLike(k)
        || !t.capitalised() && t.lower().endsWith("s") && k > 0 && d.token(k - 1).capitalised());
  }

  private static Set<String> triggers() {
    Set<String> words = new HashSet<>(CLAIM_NOUNS);
    words.addAll(ESTIMATE_OF);
    words.addAll(Lexicon.VERBS.keySet());
    words.addAll(Lexicon.FIGURE_VERBS);
    return Set.copyOf(words);
  }

  private void sentence(int s) {
    int from = d.sentenceStart(s);
    int to = d.sentenceEnd(s);
    List<Frame> here = new ArrayList<>();
    for (int t = from; t < to; t++) {
      Token tok = d.token(t);
      if (!tok.isWord() || d.mention(t) >= 0) {
        continue;
      }
      if (!TRIGGERS.contains(tok.lower()) && !tok.is("according") && !tok.is("as")) {
        continue;
      }
      Frame f = null;
      if ((tok.is("according") && t + 1 < to && d.token(t + 1).is("to") || tok.is("as") && t + 1 < to
          && d.token(t + 1).is("per")) && !(t + 2 < to && d.token(t + 2).numeric())) {
        f = according(s, t);
      } else if (CLAIM_NOUNS.contains(tok.lower()) && t - 2 >= from && SUPPORT_VERBS.contains(d.token(t - 2).lower())
          && Lexicon.DETERMINERS.contains(d.token(t - 1).lower())) {
        f = estimate(s, t - 2, t); // "He made the claim about the 4,150 sailors"
      } else if (ESTIMATE_OF.contains(tok.lower()) && t + 1 < to && (d.token(t + 1).is("of") || d.token(t + 1).is("for"))) {
        f = estimateOf(s, t); // "analyst estimates of 71 cents a share", "the FactSet estimate of $187 million"
      } else {
        VerbClass c = Lexicon.verb(tok.lower());
        boolean figures = Lexicon.FIGURE_VERBS.contains(tok.lower());
        if (c == null && !figures) {
          continue;
        }
        if (!isVerb(t, from)) {
          // no verb of its own, but a participle may still name its agent: "the 19 people reported killed by"
          f = numberBefore(t, from) ? passive(s, t) : null;
        } else {
          if (c == VerbClass.PARTICIPLE) {
            f = participle(s, t, here);
          } else if (c != null) {
            f = speech(s, t, c);
          }
          if (f == null && figures && revises(t, to)) {
            f = estimate(s, t, t);
          }
          if (f == null) {
            f = passive(s, t); // "the 19 people reported killed by the council", "estimated at 5.8 by the USGS"
          }
        }
      }
      if (f != null) {
        here.add(f);
        frames.add(f);
        r.spoke(t, f.source());
      }
    }
    // the sentence's frames, those a rule added beside its own ("“A,” said Lewis, “B.”") included
    List<Frame> sentence = frames.stream().filter(f -> f.sentence() == s).toList();
    for (int t = from; t < to; t++) {
      Token tok = d.token(t);
      if (tok.isQuote() && sentence.stream().noneMatch(f -> f.quote() == tok.quote() || f.contains(
          d.quotes.get(tok.quote()).start(), d.quotes.get(tok.quote()).end()))) {
        Frame f = trigram(s, t);
        if (f != null) {
          here.add(f);
          frames.add(f);
          r.spoke(f.cue(), f.source());
        }
      }
    }
  }

  /** A reporting verb used as one: not "was told", "to say", "the said", "media reports said", "by saying". */
  private boolean isVerb(int t, int from) {
    if (t == from) {
      return !NOUN_FORMS.contains(d.token(t).lower()) && !d.token(t).capitalised() || d.token(t).lower().equals("said");
    }
    Token before = d.token(t - 1);
    String b = before.isWord() ? before.lower() : "";
    String w = d.token(t).lower();
    int aux = skipModifiers(t - 1, from);
    boolean passive = aux >= from && d.token(aux).isWord() && PASSIVE.contains(d.token(aux).lower());
    if (b.equals("to") || b.equals("the") || passive && !w.endsWith("ing")) {
      return false; // "to say", "the said", "was told", "the virus was first reported"
    }
    if (w.endsWith("ed") && (Lexicon.PREPOSITIONS.contains(b) || Lexicon.DETERMINERS.contains(b)
        || Lexicon.POSSESSIVE_PRONOUNS.contains(b))) {
      return false; // "the number of confirmed cases", "its estimated cost": an adjective
    }
    if ((b.equals("as") || b.equals("than")) && !w.endsWith("ing")) {
      return false; // "as high as expected", "more than forecast": a comparison, not a source's word
    }
    if (w.endsWith("ed") && numberBefore(t, from)) {
      return false; // "with 183 deaths recorded there": a participle after a counted noun
    }
    if (w.endsWith("ing") && Lexicon.PREPOSITIONS.contains(b) && !b.equals("as")) {
      return false; // "without saying", "for warning"
    }
    if (PUBLISHING.contains(w) && before.isWord() && !Lexicon.PRONOUNS.contains(b) && t + 1 < d.size()
        && d.token(t + 1).isWord() && (Lexicon.PREPOSITIONS.contains(d.token(t + 1).lower())
            || Lexicon.TIME_WORDS.contains(d.token(t + 1).lower()))) {
      return false; // "a study by Brightline published this month found": a participle, not the verb
    }
    if (NOUN_FORMS.contains(w)) {
      for (int k = t - 1; k >= from && k >= t - 3 && d.token(k).isWord() && d.mention(k) < 0; k--) {
        String x = d.token(k).lower();
        if (Lexicon.PREPOSITIONS.contains(x) || x.endsWith("ing") && !d.token(k).capitalised()) {
          return false; // "citing army reports", "from police reports": the noun
        }
      }
      boolean determined = Lexicon.DETERMINERS.contains(b) || Lexicon.DOCUMENT_MODIFIERS.contains(b) || before.is('\'')
          || determinedPhrase(t, from) && !(t + 1 < d.size() && d.token(t + 1).is("that")); // "its annual report"
      Token after = t + 1 < d.size() ? d.token(t + 1) : null;
      boolean verbAfter = after != null && after.isWord() && (Lexicon.verb(after.lower()) != null
          || Lexicon.AUXILIARIES.contains(after.lower()));
      return !determined && !verbAfter;
    }
    return true;
  }

  /** True when a determiner opens the two words before {@code t}, no verb between: "its annual report". */
  private boolean determinedPhrase(int t, int from) {
    if (t - 1 >= from && (d.mention(t - 1) >= 0 || Lexicon.SOURCES.containsKey(d.token(t - 1).lower()))) {
      return false; // "The company forecast …": a subject and its verb
    }
    for (int k = t - 1; k >= from && k >= t - 2; k--) {
      Token x = d.token(k);
      if (!x.isWord() || Lexicon.verb(x.lower()) != null || Lexicon.AUXILIARIES.contains(x.lower())) {
        return false;
      }
      if (Lexicon.DETERMINERS.contains(x.lower()) || x.possessive()) {
        return true;
      }
    }
    return false;
  }

  /** True when a number stands among the three words before {@code t}: "183 deaths recorded". */
  private boolean numberBefore(int t, int from) {
    for (int k = t - 1; k >= from && k >= t - 3; k--) {
      if (d.token(k).numeric()) {
        return true;
      }
      if (!d.token(k).isWord() || d.token(k).is("and") || d.token(k).is("but")) {
        return false; // "restored 90,000 homes and expected …": a second verb
      }
    }
    return false;
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

  /** A verb of saying: the forms with the source before the verb, then those with it after. */
  private Frame speech(int s, int t, VerbClass c) {
    int from = d.sentenceStart(s);
    int end = contentEnd(s);
    if (t == from && c == VerbClass.SAY) {
      // "Said Dorothy Poynter, who grew up with him, “He was our hero.”"
      Source inverted = inverted(t);
      for (int k = t + 1; r.isName(inverted) && k < end; k++) {
        if (d.token(k).isQuote()) {
          return d.token(k - 1).is(',') || d.token(k - 1).is(':') ? frame("said-quote", s, t, inverted, k, false, true) : null;
        }
      }
      return null;
    }
    if (t > from + 1 && d.token(t - 1).is(',') && !Lexicon.TELLING.contains(d.token(t).lower())) {
      int npEnd = phraseAfter(t, end, false);
      Source inverted = npEnd > t + 1 && closesAt(npEnd, end) ? inverted(t) : null;
      if (r.isName(inverted)) {
        return closing(s, t, inverted, t - 1, c); // "…, said police Chief Ruth Vandermeer."
      }
    }
    int[] subject = coordinated(t, from, subjectBefore(t, from));
    Source source = subject == null ? null : resolveSubject(subject, from);
    boolean pronoun = subject != null && subject[1] - subject[0] == 1
        && Lexicon.PRONOUNS.contains(d.token(subject[0]).lower());
    int quoted = subject == null ? -1 : quoteRightBefore(subject[0], from);
    boolean quoteNext = t + 2 < end && d.token(t + 1).is(',') && d.token(t + 2).isQuote();
    if (source == null && !pronoun && subject != null && (quoted >= 0 || (c == VerbClass.SAY || quoteNext)
        && Lexicon.DETERMINERS.contains(d.token(subject[0]).lower()))) {
      // "“…,” the careful challenger said", "The 31-year-old left back said …", "Another child responded, “…”":
      // whoever the phrase describes
      source = r.generic(subject[0], subject[1]);
    }
    if (source != null || pronoun) {
      int[] after = contentAfter(t, end);
      if (quoted >= 0 && after != null && singleQuote(after[0], after[1]) < 0 && !holdsQuote(after[0], after[1])
          && !indirect(after[0], after[1], c, after[2] == 1)) {
        after = null; // "“…?” Trump asked reporters rhetorically during a news conference."
      }
      if (after != null) {
        quoteBefore(s, t, source, subject[0], from); // "“…,” she said, “…”": both are hers
        int quote = singleQuote(after[0], after[1]);
        if (quote >= 0) {
          return frame("said-quote", s, t, source, quote, false, true);
        }
        boolean indirect = indirect(after[0], after[1], c, after[2] == 1)
            && !(Lexicon.TELLING.contains(d.token(t).lower()) && after[2] == 0 && words(after[0], after[1]) < TOLD_CLAUSE_WORDS
                && !finite(after[0], Math.min(after[1], after[0] + FINITE_REACH))); // "told councillors at the meeting"
        if (c == VerbClass.DEED && !indirect) {
          // "The union called the closure “a betrayal”": the quotation is the union's; "Station staff called
          // paramedics": a deed, not a statement
          return holdsQuote(after[0], after[1]) ? frame("describes", s, t, source, after[0], after[1], false, true) : null;
        }
        return frame("said-that", s, t, source, after[0], after[1], indirect, true);
      }
      int before = subject[0] - 1;
      if (before >= from && d.token(before).isQuote()) {
        return frame("quote-said", s, t, source, before, false, true); // “…” Smith said
      }
      if (before > from && isBreak(d.token(before))) {
        return closing(s, t, source, before, c);
      }
      return null;
    }
    if (t > from && (isBreak(d.token(t - 1)) || d.token(t - 1).isQuote())) {
      Source inverted = inverted(t);
      int npEnd = phraseAfter(t, end, false);
      if (inverted == null && quoteRightBefore(t, from) >= 0 && npEnd > t + 1
          && !Lexicon.PRONOUNS.contains(d.token(t + 1).lower()) && !finite(t + 1, npEnd)) {
        inverted = r.generic(t + 1, npEnd); // "“…,” said one well-placed Liberal", not "“…” argue it could tie"
      }
      if (inverted != null) {
        int after = phraseAfter(t, end, false);
        if (after + 1 < d.sentenceEnd(s) && d.token(after).is(',') && d.token(after + 1).isQuote()
            && quoteRightBefore(t, from) >= 0) {
          frames.add(frame("quote-said", s, t, inverted, after + 1, false, true)); // "“A,” said Lewis, “B.”"
          r.spoke(t, inverted);
        }
        return closing(s, t, inverted, d.token(t - 1).isQuote() ? t : t - 1, c);
      }
    }
    return null;
  }

  /** The quotation right before token {@code k}, past a comma ("“…,” Smith said" / "‘…’, Smith said"), or -1. */
  private int quoteRightBefore(int k, int from) {
    int q = k - 1;
    if (q >= from && d.token(q).is(',')) {
      q--;
    }
    return q >= from && d.token(q).isQuote() ? q : -1;
  }

  /**
   * After a quotation that its sentence's known verbs leave unattributed: a speaker and any verb
   * closing the sentence ("“…,” Okonjo barked.", "“…,” scoffed Marta Quell, 24.") or a dash and a
   * name ("“…” ― Ariana Huichapa."). Rules {@code quote-verb} and {@code quote-dash}.
   */
  private Frame trigram(int s, int q) {
    int from = d.sentenceStart(s);
    int end = contentEnd(s);
    int k = q + 1;
    if (k < end && d.token(k).is(',')) {
      k++;
    }
    if (k >= end) {
      return null;
    }
    Token next = d.token(k);
    if (next.kind() == Token.Kind.PUNCT && DASHES.indexOf(next.text().charAt(0)) >= 0) {
      int npEnd = phraseAfter(k, end, false);
      Source named = npEnd > k + 1 ? r.resolve(k + 1, npEnd) : null;
      return r.isName(named) && (npEnd >= end || d.token(npEnd).breaksClause())
          ? frame("quote-dash", s, k, named, q, false, true) : null;
    }
    if (!next.isWord()) {
      return null;
    }
    if (verbLike(k)) {
      int npEnd = phraseAfter(k, end, false);
      Source inverted = npEnd > k + 1 ? r.resolve(k + 1, npEnd) : null;
      return r.isName(inverted) && closesAt(npEnd, end) ? frame("quote-verb", s, k, inverted, q, false, true) : null;
    }
    for (int v = k + 1; v < end && v <= k + TRIGRAM_WORDS; v++) {
      if (verbLike(v)) {
        Source subject = r.resolve(k, v);
        boolean name = r.isName(subject) || subject != null && subject.resolution().equals("pronoun");
        return name && closesAt(v + 1, end) ? frame("quote-verb", s, v, subject, q, false, true) : null;
      }
      if (!d.token(v).isWord()) {
        return null;
      }
    }
    return null;
  }

  /** A word that can be a verb of speaking the lexicon does not know: "barked", "fumed", "shot", "went", "snaps". */
  private boolean verbLike(int k) {
    Token t = d.token(k);
    if (!t.isWord() || t.capitalised() || d.mention(k) >= 0 || Lexicon.AUXILIARIES.contains(t.lower())) {
      return false;
    }
    String w = t.lower();
    return w.endsWith("ed") || IRREGULAR_SPEECH.contains(w);
  }

  /** True when only a short tail closes the sentence from {@code k}: "on Tuesday", "with a laugh", ", who …". */
  private boolean closesAt(int k, int end) {
    if (k >= end || d.token(k).breaksClause()) {
      return true;
    }
    return adverbial(k, end) || d.token(k).isWord() && (d.token(k).is("back") || d.token(k).is("on")
        || d.token(k).is("out") || d.token(k).is("up")) && (k + 1 >= end || adverbial(k + 1, end) || d.token(k + 1).breaksClause());
  }

  /** A quotation right before the subject of a verb that also introduces what follows it. */
  private void quoteBefore(int s, int t, Source source, int subjectStart, int from) {
    int before = subjectStart - 1;
    if (before >= from && d.token(before).is(',')) {
      before--;
    }
    if (before >= from && d.token(before).isQuote()) {
      Frame f = frame("quote-said", s, t, source, before, false, true);
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
    int quote = singleQuote(from, breakAt);
    if (quote >= 0) {
      return frame("quote-said", s, t, source, quote, false, true);
    }
    int lastWord = breakAt;
    int end = contentEnd(s);
    int resume = afterAttribution(t, end);
    boolean interrupted = resume >= 0;
    int contentTo = interrupted ? end : breakAt;
    int words = words(from, breakAt);
    if (words < 1) {
      return null;
    }
    boolean indirect = words + (interrupted ? words(resume, end) : 0) >= CLAUSE_WORDS && c != VerbClass.DEED
        && !startsWithQuote(from, lastWord);
    return frame("clause-said", s, t, source, from, contentTo, indirect, true);
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
  private Frame according(int s, int t) {
    int from = d.sentenceStart(s);
    int end = contentEnd(s);
    int npEnd = sourceEnd(t + 2, phraseAfter(t + 1, end, true));
    if (npEnd <= t + 2) {
      return null;
    }
    Source source = r.resolve(t + 2, npEnd);
    if (source == null) {
      source = r.generic(t + 2, npEnd); // "according to the Crown"
    }
    if (npEnd + 1 < end && d.token(npEnd).is(',') && !r.isName(source)) {
      int appositiveEnd = phraseAfter(npEnd, end, false);
      Source appositive = r.resolve(npEnd + 1, appositiveEnd);
      if (r.isName(appositive) && appositiveEnd < end && d.token(appositiveEnd).is(',')) {
        source = appositive; // "According to its director, Owen Marsh, …"
        npEnd = appositiveEnd;
      }
    }
    if (source == null) {
      return null;
    }
    int contentFrom;
    int contentTo;
    if (onlyConnectives(from, t)) {
      contentFrom = npEnd < end && isBreak(d.token(npEnd)) ? npEnd + 1 : npEnd;
      contentTo = contentFrom < end ? contrastEnd(contentFrom, end) : end;
    } else {
      contentFrom = from;
      boolean afterBreak = isBreak(d.token(t - 1));
      boolean resumes = npEnd + 1 < end && d.token(npEnd).is(',') && d.token(npEnd + 1).isWord()
          && !Lexicon.SUBORDINATORS.contains(d.token(npEnd + 1).lower())
          && !Lexicon.CONJUNCTIONS.contains(d.token(npEnd + 1).lower());
      contentTo = resumes ? end : afterBreak ? t - 1 : t;
    }
    if (contentFrom >= contentTo) {
      return null;
    }
    int quote = singleQuote(contentFrom, contentTo);
    if (quote >= 0) {
      return frame("according-to", s, t, source, quote, false, true);
    }
    boolean indirect = words(contentFrom, contentTo) >= CLAUSE_WORDS;
    return frame("according-to", s, t, source, contentFrom, contentTo, indirect, true);
  }

  /**
   * Where the source after "according to" ends when no comma closes it: after its head noun or
   * name, unless a modifier follows ("according to ECP spokesperson only eight results were
   * awaited": ECP spokesperson; "according to figures from the ministry": the whole).
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
            || next.capitalised() && d.mention(k) < 0)) { // "the charity Older Voices": its name follows
          return k + 1;
        }
      }
    }
    return to;
  }

  /** ", adding that …", "saying …", "quoted X as saying …": the source of the sentence goes on. */
  private Frame participle(int s, int t, List<Frame> here) {
    int from = d.sentenceStart(s);
    int end = contentEnd(s);
    Source source = null;
    if (t - 1 >= from && d.token(t - 1).is("as")) {
      source = quotedAs(t - 1, from);
    }
    for (int i = 0; source == null && i < here.size(); i++) {
      source = here.get(i).speech() ? here.get(i).source() : null; // the sentence's main speaker goes on
    }
    if (source == null && t - 1 > from && isBreak(d.token(t - 1))) {
      int[] subject = firstPhrase(from, t - 1);
      source = subject == null ? null : r.resolve(subject[0], subject[1]);
    }
    if (source == null || t + 1 >= end) {
      return null;
    }
    int opening = d.token(from).isQuote() ? from : -1;
    if (opening >= 0 && t - from <= SUBJECT_WORDS && adverbial(t + 1, end)) {
      return frame("participle", s, t, source, opening, false, true); // "“…,” he was quoted as saying in the release."
    }
    int contentFrom = t + 1;
    boolean that = d.token(contentFrom).is("that");
    if (that) {
      contentFrom++;
    } else if (Lexicon.TELLING.contains(d.token(t).lower())) {
      contentFrom = afterHearer(contentFrom, end);
    }
    if (contentFrom < end && (d.token(contentFrom).is(':') || d.token(contentFrom).is(','))) {
      contentFrom++;
    }
    if (contentFrom >= end) {
      return null;
    }
    int quote = singleQuote(contentFrom, end);
    if (quote >= 0) {
      return frame("participle", s, t, source, quote, false, true);
    }
    VerbClass c = d.token(t).is("saying") ? VerbClass.SAY : VerbClass.REPORT;
    return frame("participle", s, t, source, contentFrom, end, indirect(contentFrom, end, c, that), true);
  }

  /** "quoted Jang Myong Ho as saying", "Smith was quoted as saying": who is quoted. */
  private Source quotedAs(int as, int from) {
    for (int k = as - 1; k >= from && k >= as - SUBJECT_WORDS; k--) {
      if (d.token(k).is("quoted") || d.token(k).is("quoting")) {
        int aux = k - 1;
        if (aux >= from && PASSIVE.contains(d.token(aux).lower())) {
          int[] subject = subjectBefore(aux, from); // "Albrecht was quoted by a broadcaster as saying"
          return subject == null ? null : resolveSubject(subject, from);
        }
        for (int p = as - 1; p > k; p--) {
          Entity named = d.entity(p);
          if (named != null && named.type() == org.newsfacet.model.EntityType.PERSON) {
            return r.resolve(p, p + 1); // "quoting an official, Jang Myong Ho, as saying": the person
          }
        }
        return k + 1 < as ? r.resolve(k + 1, as) : null; // "KCNA quoted an official as saying"
      }
    }
    return null;
  }

  /**
   * A source and a verb by which it gives its own figures (the figures follow in the sentence):
   * {@code verb} is the verb, {@code last} the last word of the cue ("made the claim").
   */
  private Frame estimate(int s, int verb, int last) {
    int from = d.sentenceStart(s);
    int head = verb;
    while (head - 1 > from && BE_FORMS.contains(d.token(head - 1).lower())) {
      head--; // "the company is forecasting": the subject stands before "is"
    }
    int[] subject = coordinated(verb, from, subjectBefore(head, from));
    int fronted = subject == null ? -1 : afterFigure(subject[0], subject[1]);
    int figureStart = subject == null || fronted < 0 ? -1 : phraseStart(subject[0], fronted);
    if (subject != null && fronted > subject[0] && fronted < subject[1] && figureStart >= 0) {
      if (d.token(fronted).is("that") || d.token(fronted).is("which")) {
        fronted++; // "the 89 cents that analysts had expected"
      }
      subject = fronted < subject[1] ? new int[] {fronted, subject[1]} : null; // "the $3.38 billion analysts had expected"
    } else if (subject != null && subject[0] - 2 > from && (d.token(subject[0] - 1).is("that") || d.token(subject[0] - 1).is("which"))
        && (d.token(subject[0] - 2).numeric() || SCALES.contains(d.token(subject[0] - 2).lower()))
        && phraseStart(from, subject[0] - 1) >= 0) {
      figureStart = phraseStart(from, subject[0] - 1); // the subject stopped at "that": "the 89 cents that analysts"
      fronted = subject[0];
    } else {
      fronted = -1;
    }
    Source source = subject == null ? null : resolveSubject(subject, from);
    if (source == null) {
      return null;
    }
    int t = last;
    int end = contentEnd(s);
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
    // "the 89 cents analysts had expected": the figure names its estimator right after it
    return frame(fronted >= 0 ? "estimate-after" : "estimate", s, verb, source, start, to, false, false);
  }

  /** Forms of "be" and "have" before an estimating verb's participle: "is forecasting", "has been expecting". */
  private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "been", "be", "has", "have", "had");

  /**
   * Where the figure ending before {@code to} starts when only determiners and bounds stand between
   * it and {@code from} or a preposition ("the $3.38 billion analysts", "ahead of the 89 cents that
   * analysts"), else -1 ("a program in 11 counties" has a noun before the figure).
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

  /** Past the figure that opens a phrase ("3.38 billion analysts"): where its noun starts, else -1. */
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
   * A participle with its agent: "the 19 people reported killed earlier by the council", "an
   * aftershock estimated as a magnitude 5.8 by the U.S. Geological Survey". The content is the
   * noun phrase before the participle and what stands between it and "by".
   */
  private Frame passive(int s, int t) {
    Token verb = d.token(t);
    if (!verb.lower().endsWith("ed") && !verb.is("forecast") && !verb.is("put")) {
      return null;
    }
    int from = d.sentenceStart(s);
    int end = contentEnd(s);
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
    int agentEnd = phraseAfter(by, end, true);
    Source source = agentEnd > by + 1 ? r.resolve(by + 1, agentEnd) : null;
    if (source == null) {
      return null;
    }
    int start = t;
    while (start - 1 >= from && t - start < SUBJECT_WORDS && d.token(start - 1).isWord()
        && !Lexicon.PREPOSITIONS.contains(d.token(start - 1).lower()) && Lexicon.verb(d.token(start - 1).lower()) == null
        && !Lexicon.CLAUSE_WORDS.contains(d.token(start - 1).lower())) {
      start--;
    }
    if (start == t && by == t + 1) {
      return null;
    }
    return frame("passive", s, t, source, start, by, false, false);
  }

  /** "analyst estimates of 71 cents", "the company's forecast of $4 billion": who made the estimate. */
  private Frame estimateOf(int s, int t) {
    int from = d.sentenceStart(s);
    int i = t;
    Source source = null;
    while (i - 1 >= from && t - i < MODIFIER_WORDS && d.token(i - 1).isWord()
        && !Lexicon.PREPOSITIONS.contains(d.token(i - 1).lower()) && !d.token(i - 1).numeric()) {
      String w = d.token(i - 1).lower();
      if (Lexicon.POSSESSIVE_PRONOUNS.contains(w)) {
        // "its annual profit forecast of 265 billion yen": the forecast of whoever "its" stands for
        source = r.antecedent(w.equals("its") ? "it" : w.equals("their") ? "they" : w.equals("his") ? "he" : "she", i - 1);
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
    int end = contentEnd(s);
    int to = t + 2;
    while (to < end && !d.token(to).breaksClause()) {
      to++;
    }
    return frame("estimate", s, t, source, t + 1, to, false, false);
  }

  /**
   * Where a figure's content starts when the figure stands before its source in a relative clause:
   * "the 3.3 billion euros that analysts had forecast", "which her lawyers put at": the noun
   * phrase before "that" or "which"; else {@code otherwise}.
   */
  private int antecedentStart(int subjectStart, int from, int otherwise) {
    int k = subjectStart - 1;
    if (k < from || !(d.token(k).is("that") || d.token(k).is("which"))) {
      return otherwise;
    }
    int start = k;
    while (start - 1 >= from && k - start < SUBJECT_WORDS && !d.token(start - 1).breaksClause()
        && !(d.token(start - 1).isWord() && Lexicon.PREPOSITIONS.contains(d.token(start - 1).lower()))) {
      start--;
    }
    return start < k ? start : otherwise;
  }

  private Frame frame(String rule, int s, int cue, Source source, int quoteToken, boolean indirect, boolean speech) {
    Token q = d.token(quoteToken);
    Span span = d.quotes.get(q.quote());
    return new Frame(rule, s, cue, source, span.start(), span.end(), q.quote(), indirect, speech);
  }

  private Frame frame(String rule, int s, int cue, Source source, int from, int to, boolean indirect, boolean speech) {
    if (to <= from) {
      return null; // "said that, adding …": nothing was said
    }
    int start = d.token(from).start();
    int end = d.token(to - 1).end();
    return new Frame(rule, s, cue, source, start, end, -1, indirect, speech);
  }

  /**
   * The subject before the verb at {@code t}: the phrase that ends right before it (past "also",
   * "has", and past a parenthetical between commas: "Smith, 45, a farmer, said"), as a token range.
   */
  private int[] subjectBefore(int t, int from) {
    int j = skipModifiers(t - 1, from);
    if (j < from) {
      return null;
    }
    int parenthetical = -1;
    int parentheticalEnd = -1;
    Token last = d.token(j);
    if (last.is(',') || last.is(')') || last.is('—') || last.is('–')) {
      char open = last.is(')') ? '(' : last.text().charAt(0);
      int k = j - 1;
      while (k >= from && j - k < PARENTHETICAL_REACH && !d.token(k).isQuote()
          && !(d.token(k).is(open) || d.token(k).is(',') && open != '(')) {
        k--;
      }
      if (k < from || d.token(k).isQuote() || k == j - 1 || clause(k + 1, j)) {
        return null; // "…, and a worker were among the dead, said Boinnet": a clause, not an aside about the subject
      }
      parenthetical = k + 1;
      parentheticalEnd = j;
      j = skipModifiers(k - 1, from);
      if (j < from) {
        return null;
      }
    }
    if (d.token(j).isQuote() && j - 1 > from && d.token(j - 1).isWord()
        && (Lexicon.DETERMINERS.contains(d.token(j - 1).lower()) || d.token(j - 1).is("the"))) {
      j--; // "Critics of what's known as a “backstop” argue": a quoted word inside the subject
    } else if (!d.token(j).isWord()) {
      return null;
    }
    int i = j;
    while (i - 1 >= from && j - i < SUBJECT_WORDS) {
      if (i - 2 >= from && d.gluedHyphen(i - 1)) {
        i -= 2; // "the U.S.-led coalition", "a Kyiv-based analyst": one phrase
        continue;
      }
      if (i - 2 >= from && d.token(i - 1).is("and") && (d.token(i).capitalised() || d.mention(i) >= 0)
          && d.token(i - 2).isWord() && !d.token(i - 2).capitalised() && d.mention(i - 2) < 0) {
        break; // "… were in the dark and Harbour Power said": a clause's own subject, not "Police and firefighters"
      }
      if (!(d.token(i - 1).isWord()
          && (d.mention(i - 1) >= 0 || !Lexicon.CLAUSE_WORDS.contains(d.token(i - 1).lower())
              && Lexicon.verb(d.token(i - 1).lower()) == null && !Lexicon.AUXILIARIES.contains(d.token(i - 1).lower())))) {
        break;
      }
      i--;
    }
    return new int[] {i, j + 1, parenthetical, parentheticalEnd};
  }

  /**
   * True when {@code [from, to)} is a clause of the writer's own, not an aside about a subject: it
   * has a verb and does not open with "who", "which" or a participle ("speaking in Brussels").
   */
  private boolean clause(int from, int to) {
    Token first = d.token(from);
    if (first.isWord() && (first.is("who") || first.is("which") || first.is("whose") || first.lower().endsWith("ing"))) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (d.token(k).isWord() && Lexicon.AUXILIARIES.contains(d.token(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Resolves a subject: a name in the parenthetical after a description wins ("The hospitals'
   * parent company, Summit Peak Health, said"); "villagers who fled said": past the relative
   * clause when the phrase itself names no one.
   */
  private Source resolveSubject(int[] subject, int from) {
    Source s = r.resolve(subject[0], subject[1]);
    // "…, in a statement issued in Kampala, the capital, said": a phrase that opens with a preposition is no subject
    Token opens = d.token(subject[0]);
    Token before = subject[0] > from ? d.token(subject[0] - 1) : null;
    boolean prepositional = opens.isWord() && d.mention(subject[0]) < 0 && (Lexicon.PREPOSITIONS.contains(opens.lower())
        || opens.lower().endsWith("ing") && !opens.capitalised()
        || before != null && before.isWord() && Lexicon.PREPOSITIONS.contains(before.lower())); // "after winning Nevada, …"
    boolean named = s != null && !prepositional && (s.resolution().equals("name") || s.resolution().equals("pronoun"));
    if (subject.length > 2 && subject[2] >= 0 && !named) {
      Token first = d.token(subject[2]);
      if (first.isWord() && !Lexicon.CLAUSE_WORDS.contains(first.lower())) {
        Source appositive = r.resolve(subject[2], subject[3]);
        if (r.isName(appositive)) {
          r.describes(subject[0], subject[1], appositive); // "The hospitals' parent company, Summit Peak Health,"
          return appositive;
        }
        if (r.isName(s) && d.token(subject[2]).isWord() && Lexicon.DEFINITE.contains(d.token(subject[2]).lower())) {
          r.describes(subject[2], subject[3], s); // "Eskdal, the largest dairy cooperative in the country, said"
        }
      }
      boolean coordinate = subject[0] > from && (d.token(subject[0] - 1).is("and") || d.token(subject[0] - 1).is("but"));
      int[] clause = coordinate ? null : firstPhrase(from, subject[0]); // "… and Harbour Power, a unit of Corvale, said"
      Source opening = clause == null ? null : r.resolve(clause[0], clause[1]);
      if (r.isName(opening) || opening != null && opening.resolution().equals("pronoun")) {
        return opening; // "Mirelle Aubry, speaking at a press conference in Lyon, France, said": the sentence's subject
      }
    }
    if (s != null) {
      return s;
    }
    int rel = subject[0] - 1;
    if (rel > from && d.token(rel).isWord() && (d.token(rel).is("who") || d.token(rel).is("which"))) {
      int[] outer = subjectBefore(rel, from);
      return outer == null ? null : r.resolve(outer[0], outer[1]);
    }
    return null;
  }

  /** Back past adverbs, auxiliaries and a day between a subject and its verb: "had on Friday proposed", "on Monday said". */
  private int skipModifiers(int j, int from) {
    while (j >= from && d.token(j).isWord() && d.mention(j) < 0) {
      String w = d.token(j).lower();
      if (Lexicon.VERB_MODIFIERS.contains(w)) {
        j--;
      } else if (DAYS.contains(w) && j - 1 > from && DAY_OPENERS.contains(d.token(j - 1).lower())) {
        j -= 2;
      } else {
        break;
      }
    }
    return j;
  }

  private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "today", "yesterday", "tonight");
  private static final Set<String> DAY_OPENERS = Set.of("on", "late", "early", "last");

  /** The source after an inverted verb ("said the ministry", "said Jane Doe, a spokeswoman"), or null. */
  private Source inverted(int t) {
    int end = d.sentenceEnd(d.sentenceOf(t));
    int npEnd = phraseAfter(t, end, false);
    if (npEnd <= t + 1) {
      return null;
    }
    for (int k = t + 1; k < npEnd; k++) {
      if (Lexicon.AUXILIARIES.contains(d.token(k).lower()) && d.mention(k) < 0) {
        return null; // "…, said staff had switched to paper": what was said, not who said it
      }
    }
    Source first = r.resolve(t + 1, npEnd);
    if (npEnd + 1 < end && d.token(npEnd).is(',') && d.token(npEnd + 1).isWord()
        && Lexicon.verb(d.token(npEnd + 1).lower()) == null && !Lexicon.CLAUSE_WORDS.contains(d.token(npEnd + 1).lower())) {
      int appositiveEnd = phraseAfter(npEnd, end, false);
      Source appositive = r.resolve(npEnd + 1, appositiveEnd);
      if (appositive != null && appositive.type() == org.newsfacet.model.SpeakerType.PERSON
          && (first == null || first.type() != org.newsfacet.model.SpeakerType.PERSON)) {
        return appositive; // "said the trust's chair, Denise Farrow"
      }
    }
    return first;
  }

  /** The end of the phrase after token {@code t}: words up to punctuation, a clause word or a verb. */
  private int phraseAfter(int t, int end, boolean prepositions) {
    int k = t + 1;
    while (k < end && k - t <= SUBJECT_WORDS && d.token(k).isWord()
        && (d.mention(k) >= 0 || !Lexicon.CLAUSE_WORDS.contains(d.token(k).lower())
            && (Lexicon.verb(d.token(k).lower()) == null || NOUN_FORMS.contains(d.token(k).lower()) && !isVerb(k, t + 1))
            && (prepositions || k == t + 1 || !Lexicon.PREPOSITIONS.contains(d.token(k).lower())
                || d.token(k).is("of") || d.token(k).is("for") || d.token(k).is("at")))) {
      k++;
    }
    return k;
  }

  /**
   * The subject of a verb after "and" or "but" is the sentence's: "Meridian raised its dividend and
   * said …", "Duke restored power to 840,000 customers and expected …"; else {@code subject}.
   */
  private int[] coordinated(int verb, int from, int[] subject) {
    int j = skipModifiers(verb - 1, from);
    return j > from && (d.token(j).is("and") || d.token(j).is("but")) ? firstPhrase(from, j) : subject;
  }

  private int[] firstPhrase(int from, int to) {
    String opener = from < to ? d.token(from).lower() : "";
    if (from < to && d.mention(from) < 0 && (Lexicon.PREPOSITIONS.contains(opener) || Lexicon.TIME_WORDS.contains(opener))) {
      for (int c = from + 1; c < to && c - from <= SUBJECT_WORDS; c++) {
        if (d.token(c).is(',')) {
          from = c + 1; // "In a statement, IRCC did not reveal …, but said": IRCC
          break;
        }
      }
    }
    int k = from;
    while (k < to && d.token(k).isWord() && (d.mention(k) >= 0 || !Lexicon.AUXILIARIES.contains(d.token(k).lower())
        && Lexicon.verb(d.token(k).lower()) == null && !Lexicon.FIGURE_VERBS.contains(d.token(k).lower())
        && !(k > from && (Lexicon.VERB_MODIFIERS.contains(d.token(k).lower()) || verbLike(k)
            || d.mention(k) < 0 && !d.token(k).capitalised() && d.token(k).lower().endsWith("ed"))))
        && k - from < SUBJECT_WORDS) {
      k++; // "Kerpen needled the reporter, saying": Kerpen
    }
    return k > from ? new int[] {from, k} : null;
  }

  /**
   * What follows a verb of saying, as {start, end, that}: past its hearer ("told reporters"), an
   * adverbial and "that"; null when only an adverbial follows ("said on Tuesday").
   */
  private int[] contentAfter(int t, int end) {
    int k = t + 1;
    if (k >= end) {
      return null;
    }
    int that = -1;
    for (int i = k; i < end && i <= t + THAT_REACH; i++) {
      Token x = d.token(i);
      if (x.is("that") && d.mention(i) < 0 && !(i > k && Lexicon.PREPOSITIONS.contains(d.token(i - 1).lower()))) {
        that = i; // not "reported one drone in that part of the country": after a preposition it points
        break;
      }
      // "said the reports concerned 2,000 but that …": past a clause, "that" opens no complement of the verb
      if (!x.isWord() || x.numeric() || Lexicon.AUXILIARIES.contains(x.lower()) || x.is("and") || x.is("but")
          || x.is("or")) {
        break;
      }
    }
    if (that >= 0) {
      k = that + 1;
    } else if (Lexicon.TELLING.contains(d.token(t).lower())) {
      k = afterHearer(k, end);
    }
    if (that < 0) {
      int quoted = commaQuote(k, end);
      if (quoted >= 0) {
        k = quoted; // "told his radio audience of Monday, “…”": past the hearer and the time to the quotation
      }
    }
    if (k < end && d.token(k).is(',') && that < 0) {
      // "said, “…”" goes on; "said, as rescuers searched": the attribution closed its sentence
      if (k + 1 < end && d.token(k + 1).isQuote()) {
        k++;
      } else {
        return null;
      }
    }
    if (k < end && d.token(k).is(':')) {
      k++;
    }
    if (k >= end) {
      return null;
    }
    int stop = contrastEnd(k, end);
    if (that < 0) {
      k = pastAdverbial(k, stop); // "stated in May it rejected the pipeline": what follows the time is what was said
      if (k < stop && d.token(k).is(',') && !(k + 1 < stop && d.token(k + 1).isQuote())) {
        return null; // "…, Aubry said Thursday, citing intelligence": the attribution closed its sentence
      }
    }
    if (that < 0 && (adverbial(k, stop) || d.token(k).isWord() && Lexicon.ADVERBIAL_OPENERS.contains(d.token(k).lower()))) {
      return null; // "told Reuters after her family fled": when, not what
    }
    if (that < 0 && Lexicon.TELLING.contains(d.token(t).lower()) && words(k, stop) <= HEARER_WORDS
        && !finite(k, stop) && singleQuote(k, stop) < 0 && !startsWithQuote(k, stop)) {
      return null; // "..., a district official told local radio."
    }
    return new int[] {k, stop, that >= 0 ? 1 : 0};
  }

  /**
   * Where what was said ends: before ", adding that …" (the next attribution), or before a clause
   * of another source (", while the union put the number at …", "… but Ferreira says …").
   */
  private int contrastEnd(int from, int end) {
    for (int stop = from; stop < end; stop++) {
      Token t = d.token(stop);
      int next = isBreak(t) ? stop + 1 : stop;
      if (next >= end || !d.token(next).isWord() || next == from) {
        continue;
      }
      Token w = d.token(next);
      if (next > stop && Lexicon.verb(w.lower()) == VerbClass.PARTICIPLE) {
        return stop;
      }
      if (CONTRASTS.contains(w.lower()) && !(next + 1 < end && d.token(next + 1).is("that"))
          && (next > stop || w.is("but")) && cueIn(next + 1, end)) {
        return stop;
      }
      if (w.is("and") && saysNext(next + 1, end)) {
        return stop; // "X said 212,600 were in the dark and Harbour Power, a unit of Corvale, said …"
      }
    }
    return end;
  }

  /** True when a subject of its own and a verb of saying open {@code [k, end)}: "(and) Harbour Power, a unit of Corvale, said". */
  private boolean saysNext(int k, int end) {
    if (k >= end || !d.token(k).isWord() || !(d.token(k).capitalised() || Lexicon.DETERMINERS.contains(d.token(k).lower()))) {
      return false;
    }
    for (int j = k + 1; j < end && j <= k + SUBJECT_WORDS + PARENTHETICAL_REACH; j++) {
      Token t = d.token(j);
      if (t.isQuote() || t.is("that") || t.isWord() && Lexicon.AUXILIARIES.contains(t.lower())) {
        return false;
      }
      if (t.isWord() && d.mention(j) < 0 && Lexicon.verb(t.lower()) != null) {
        return Lexicon.verb(t.lower()) == VerbClass.SAY && isVerb(j, k);
      }
    }
    return false;
  }

  /** True when a reporting or estimating verb stands in {@code [from, to)}. */
  private boolean cueIn(int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = d.token(k);
      if (t.isWord() && (Lexicon.verb(t.lower()) != null || Lexicon.FIGURE_VERBS.contains(t.lower()))) {
        return true;
      }
    }
    return false;
  }

  /** The quotation after a comma that closes a short hearer or adverbial from {@code k} ("…, “…”"), or -1. */
  private int commaQuote(int k, int end) {
    for (int j = k; j + 1 < end && j - k <= HEARER_REACH; j++) {
      Token t = d.token(j);
      if (t.is(',') && d.token(j + 1).isQuote()) {
        return j + 1;
      }
      if (!t.isWord() || Lexicon.AUXILIARIES.contains(t.lower()) || t.is("that")) {
        return -1;
      }
    }
    return -1;
  }

  /** Past a hearer: "told reporters", "told the BBC", "told him", "told a news conference". */
  private int afterHearer(int k, int end) {
    if (k >= end || !d.token(k).isWord()) {
      return k;
    }
    Token h = d.token(k);
    if (Lexicon.OBJECT_PRONOUNS.contains(h.lower()) && !h.is("it")) {
      return k + 1;
    }
    if (d.mention(k) >= 0) {
      int m = d.mention(k);
      while (k < end && d.mention(k) == m) {
        k++;
      }
      return k;
    }
    if (Lexicon.DETERMINERS.contains(h.lower())) {
      int j = k + 1;
      while (j < end && j - k <= 3 && d.token(j).isWord() && !Lexicon.DETERMINERS.contains(d.token(j).lower())
          && !Lexicon.AUXILIARIES.contains(d.token(j).lower()) && !d.token(j).is("that")
          && !(d.token(j).lower().endsWith("s") && j > k + 1)) {
        j++;
      }
      return j < end && d.token(j).isWord() && d.token(j).lower().endsWith("s") && !Lexicon.AUXILIARIES.contains(d.token(j).lower())
          ? j + 1 : j;
    }
    if (!h.capitalised() && h.lower().endsWith("s") && k + 1 < end && !Lexicon.AUXILIARIES.contains(d.token(k + 1).lower())) {
      return k + 1; // "told reporters the plan"
    }
    return k;
  }

  /**
   * Past short phrases of time or place before what was said: "said Thursday one of the
   * suggestions could save money", "concedes in this case, there were injuries", "stated in
   * July it opposed the pipeline"; {@code k} itself when no clause follows such a phrase.
   */
  private int pastAdverbial(int k, int stop) {
    int j = k;
    for (int round = 0; round < ADVERBIAL_PHRASES && j < stop; round++) {
      Token t = d.token(j);
      if (!t.isWord() || t.is("that")) {
        break;
      }
      boolean subject = j + 1 < stop && d.token(j + 1).isWord() && Lexicon.AUXILIARIES.contains(d.token(j + 1).lower());
      if (Lexicon.TIME_WORDS.contains(t.lower()) && !t.is("then") && !subject) { // not "said there was", "this is"
        j++; // "said Thursday", "said late Monday"
        while (j < stop && d.token(j).isWord() && (Lexicon.TIME_WORDS.contains(d.token(j).lower())
            || TIME_OF_DAY.contains(d.token(j).lower()))) {
          j++;
        }
        continue;
      }
      if (t.lower().endsWith("ly") && t.lower().length() > 4 && !t.capitalised() && !BOUND_WORDS.contains(t.lower())
          && (j + 1 >= stop || !d.token(j + 1).isWord() || Lexicon.PREPOSITIONS.contains(d.token(j + 1).lower()))) {
        j++; // "said calmly into the microphone", "said angrily, …": how, not what
        continue;
      }
      if (t.is("as") && j + 1 < stop && d.token(j + 1).is("of")) {
        j++; // "said as of March 4, the count was 37"
        t = d.token(j);
      }
      if (!Lexicon.PREPOSITIONS.contains(t.lower()) || j + 1 < stop && (d.token(j + 1).numeric()
          || BOUND_WORDS.contains(d.token(j + 1).lower()))) {
        break; // "said at least seven villagers died": a bound opens what was said
      }
      int comma = -1;
      int clause = -1;
      for (int e = j + 1; e < stop && e <= j + ADVERBIAL_REACH; e++) {
        Token x = d.token(e);
        if (x.is(',')) {
          comma = e;
          break;
        }
        if (!x.isWord() || Lexicon.AUXILIARIES.contains(x.lower())) {
          break;
        }
        boolean opens = Lexicon.PRONOUNS.contains(x.lower()) || x.possessive()
            || Lexicon.DETERMINERS.contains(x.lower()) && e > j + 1 && !Lexicon.PREPOSITIONS.contains(d.token(e - 1).lower());
        if (opens && clause < 0 && e > j + 1 && (finite(e, Math.min(stop, e + FINITE_REACH)) || pastAfterPronoun(e, stop)
            || Lexicon.DEFINITE.contains(x.lower()) && pastAfterPhrase(e + 1, stop))) {
          // "in May it rejected", "in Brussels the alliance would", "on Friday it reopened", "on Wednesday its profit rose"
          clause = e;
          break;
        }
      }
      if (comma >= 0 && comma + 1 < stop && d.token(comma + 1).isWord()
          && !Lexicon.ADVERBIAL_OPENERS.contains(d.token(comma + 1).lower())
          && !d.token(comma + 1).lower().endsWith("ing")) {
        j = comma + 1; // "in this case, there were injuries"
      } else if (clause >= 0) {
        j = clause;
      } else {
        break;
      }
    }
    return j < stop ? j : k;
  }

  /** True when {@code [from, to)} only says where, when or to whom: "on Tuesday", "in a statement", "late Monday". */
  private boolean adverbial(int from, int to) {
    if (from >= to) {
      return true;
    }
    Token first = d.token(from);
    if (first.isQuote()) {
      return false;
    }
    if (!first.isWord() || !(Lexicon.PREPOSITIONS.contains(first.lower()) || Lexicon.TIME_WORDS.contains(first.lower()))) {
      return false;
    }
    if (from + 1 < to && (d.token(from + 1).numeric() || BOUND_WORDS.contains(d.token(from + 1).lower()))) {
      return false; // "said at least seven villagers died", "said about 40 homes were lost": a bound, not a place
    }
    for (int k = from; k < to; k++) {
      Token t = d.token(k);
      if (t.isQuote() || t.isWord() && (Lexicon.AUXILIARIES.contains(t.lower()) || t.is("that"))) {
        return false;
      }
    }
    return true; // "said in a televised address, looking drained": where and how, not what
  }

  /** Is the clause {@code [from, to)} reported speech for a verb of class {@code c}? */
  private boolean indirect(int from, int to, VerbClass c, boolean that) {
    if (words(from, to) < CLAUSE_WORDS || startsWithQuote(from, to) && words(from, to) < CLAUSE_WORDS + 2) {
      return false;
    }
    return switch (c) {
      case SAY -> true;
      case REPORT, PARTICIPLE -> that || finite(from, Math.min(to, from + FINITE_REACH));
      case DEED -> that;
    };
  }

  /** A pronoun and a past tense after it: "it restored", "they counted", the start of a clause. */
  private boolean pastAfterPronoun(int k, int stop) {
    if (!Lexicon.PRONOUNS.contains(d.token(k).lower()) || k + 1 >= stop || !d.token(k + 1).isWord()) {
      return false;
    }
    String next = d.token(k + 1).lower();
    return next.endsWith("ed") || Lexicon.verb(next) != null || Lexicon.FIGURE_VERBS.contains(next);
  }

  /** A verb in the past within a few words of {@code k}, before any punctuation: "[its quarterly net profit] rose". */
  private boolean pastAfterPhrase(int k, int stop) {
    for (int i = k; i < stop && i < k + NOUN_PHRASE_WORDS + 1; i++) {
      Token t = d.token(i);
      if (!t.isWord()) {
        return false;
      }
      String w = t.lower();
      if (i > k && (w.length() > 4 && w.endsWith("ed") || Lexicon.PAST_FORMS.contains(w))) {
        return true;
      }
    }
    return false;
  }

  private boolean finite(int from, int to) {
    for (int k = from; k < to; k++) {
      if (d.token(k).isWord() && Lexicon.AUXILIARIES.contains(d.token(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private boolean holdsQuote(int from, int to) {
    for (int k = from; k < to; k++) {
      if (d.token(k).isQuote()) {
        return true;
      }
    }
    return false;
  }

  private boolean startsWithQuote(int from, int to) {
    return from < to && d.token(from).isQuote();
  }

  /** The quotation token that is all of {@code [from, to)} but for punctuation, or -1. */
  private int singleQuote(int from, int to) {
    int quote = -1;
    for (int k = from; k < to; k++) {
      Token t = d.token(k);
      if (t.isQuote()) {
        if (quote >= 0) {
          return -1;
        }
        quote = k;
      } else if (t.isWord()) {
        return -1;
      }
    }
    return quote;
  }

  private int words(int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      if (d.token(k).isWord() || d.token(k).isQuote()) {
        n++;
      }
    }
    return n;
  }

  /** True when only connectives ("But", "And", "However,") stand in {@code [from, to)}. */
  private boolean onlyConnectives(int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = d.token(k);
      if (t.isWord() && !Lexicon.CONJUNCTIONS.contains(t.lower()) || t.isQuote()) {
        return false;
      }
    }
    return true;
  }

  /** The end of a sentence's content: its last token before the final full stop (a "%" stays). */
  private int contentEnd(int s) {
    int from = d.sentenceStart(s);
    int end = d.sentenceEnd(s);
    while (end > from && d.token(end - 1).kind() == Token.Kind.PUNCT && ".!?,;:—–-".indexOf(d.token(end - 1).text().charAt(0)) >= 0) {
      end--;
    }
    return end;
  }

  private static boolean isBreak(Token t) {
    return t.is(',') || t.is('—') || t.is('–') || t.is(';') || t.is('-');
  }
}
