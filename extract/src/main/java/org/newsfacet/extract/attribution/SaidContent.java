package org.newsfacet.extract.attribution;

import java.util.Set;
import org.newsfacet.extract.attribution.Lexicon.VerbClass;
import org.newsfacet.internal.English;

/**
 * Finds what a source said or gave around its verb, as a token range: past its hearer, phrases of
 * time and place and "that", up to the clause of another source; and makes the frame of it.
 */
final class SaidContent {
  /** The fewest words of a clause that counts as reported speech. */
  static final int CLAUSE_WORDS = 3;
  /** How far into a clause a finite verb is looked for: "announced the company had agreed". */
  static final int FINITE_REACH = 8;
  /** How far after a verb "that" may stand and still open what was said: "said in a statement on Tuesday that". */
  private static final int THAT_REACH = 14;
  /** How many words a noun phrase before its verb may have: "its quarterly net profit". */
  private static final int NOUN_PHRASE_WORDS = 4;
  /** How many words of hearer and adverbial may stand between a verb and the comma before its quotation. */
  private static final int HEARER_REACH = 10;
  /** How long a phrase of time or place before what was said may be: "in a statement on Monday". */
  private static final int ADVERBIAL_REACH = 5;
  /** How many phrases of time or place may stand between a verb and what was said. */
  private static final int ADVERBIAL_PHRASES = 2;
  /** A hearer this short after "told", and nothing else, closes the attribution: "told local radio". */
  private static final int HEARER_WORDS = 4;
  /** Words that make a preposition a bound on a number: "at least", "more than". */
  private static final Set<String> BOUND_WORDS = English.words("number-bounds");
  /** Words after a comma that open the writer's own clause beside what was said: ", while the union put the number at". */
  private static final Set<String> CONTRASTS = English.words("contrast-openers");
  /** Words that follow a day: "said Monday night". */
  private static final Set<String> TIME_OF_DAY = English.words("times-of-day");

  private final Discourse d;
  private final VerbUse verbs;

  SaidContent(Discourse d, VerbUse verbs) {
    this.d = d;
    this.verbs = verbs;
  }

  /**
   * What follows a verb of saying, as {start, end, that}: past its hearer ("told reporters"), an
   * adverbial and "that"; null when only an adverbial follows ("said on Tuesday").
   */
  int[] after(int t, int end) {
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
        k = quoted; // "told listeners of his podcast on Friday, “…”": past the hearer and the time to the quotation
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
      return null; // "told Harrow Radio after her family fled": when, not what
    }
    if (that < 0 && Lexicon.TELLING.contains(d.token(t).lower()) && words(k, stop) <= HEARER_WORDS
        && !finite(k, stop) && singleQuote(k, stop) < 0 && !startsWithQuote(k, stop)) {
      return null; // "..., a district official told local radio."
    }
    return new int[] {k, stop, that >= 0 ? 1 : 0};
  }

  /**
   * Where what was said ends: before ", adding that …" (the next attribution), or before a clause
   * of another source (", while the union put the number at …", "… but Dunmore says …").
   */
  int contrastEnd(int from, int end) {
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
    for (int j = k + 1; j < end && j <= k + SourcePhrases.SUBJECT_WORDS + SourcePhrases.PARENTHETICAL_REACH; j++) {
      Token t = d.token(j);
      if (t.isQuote() || t.is("that") || t.isWord() && Lexicon.AUXILIARIES.contains(t.lower())) {
        return false;
      }
      if (t.isWord() && d.mention(j) < 0 && Lexicon.verb(t.lower()) != null) {
        return Lexicon.verb(t.lower()) == VerbClass.SAY && verbs.isVerb(j, k);
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
  int afterHearer(int k, int end) {
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
        j++; // "said as of June 9, the count was 64"
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
  boolean adverbial(int from, int to) {
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
      return false; // "said at least seven villagers died", "said about 35 homes were lost": a bound, not a place
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
  boolean indirect(int from, int to, VerbClass c, boolean that) {
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

  /** True when an auxiliary or modal stands in {@code [from, to)}: a finite clause. */
  boolean finite(int from, int to) {
    for (int k = from; k < to; k++) {
      if (d.token(k).isWord() && Lexicon.AUXILIARIES.contains(d.token(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** True when a quotation stands in {@code [from, to)}. */
  boolean holdsQuote(int from, int to) {
    for (int k = from; k < to; k++) {
      if (d.token(k).isQuote()) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code [from, to)} opens with a quotation. */
  boolean startsWithQuote(int from, int to) {
    return from < to && d.token(from).isQuote();
  }

  /** The quotation token that is all of {@code [from, to)} but for punctuation, or -1. */
  int singleQuote(int from, int to) {
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

  /** How many words and quotations {@code [from, to)} holds. */
  int words(int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      if (d.token(k).isWord() || d.token(k).isQuote()) {
        n++;
      }
    }
    return n;
  }

  /** True when only connectives ("But", "And", "However,") stand in {@code [from, to)}. */
  boolean onlyConnectives(int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = d.token(k);
      if (t.isWord() && !Lexicon.CONJUNCTIONS.contains(t.lower()) || t.isQuote()) {
        return false;
      }
    }
    return true;
  }

  /** The end of a sentence's content: its last token before the final full stop (a "%" stays). */
  int end(int s) {
    int from = d.sentenceStart(s);
    int end = d.sentenceEnd(s);
    while (end > from && d.token(end - 1).kind() == Token.Kind.PUNCT && ".!?,;:—–-".indexOf(d.token(end - 1).text().charAt(0)) >= 0) {
      end--;
    }
    return end;
  }

  /** True for a comma, a semicolon or a dash, which close a clause before or after an attribution. */
  static boolean isBreak(Token t) {
    return t.is(',') || t.is('—') || t.is('–') || t.is(';') || t.is('-');
  }

  /** The frame whose content is the quotation token {@code quoteToken}. */
  Frame frame(String rule, int s, int cue, Source source, int quoteToken, boolean indirect, boolean speech) {
    Token q = d.token(quoteToken);
    Span span = d.quotes.get(q.quote());
    return new Frame(rule, s, cue, source, span.start(), span.end(), q.quote(), indirect, speech);
  }

  /** The frame whose content is the tokens {@code [from, to)}; null when the range is empty. */
  Frame frame(String rule, int s, int cue, Source source, int from, int to, boolean indirect, boolean speech) {
    if (to <= from) {
      return null; // "said that, adding …": nothing was said
    }
    int start = d.token(from).start();
    int end = d.token(to - 1).end();
    return new Frame(rule, s, cue, source, start, end, -1, indirect, speech);
  }
}
