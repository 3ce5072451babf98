package org.newsfacet.extract.attribution;

import java.util.Set;
import org.newsfacet.internal.English;
import org.newsfacet.model.SpeakerType;

/**
 * Finds the phrase that names who speaks through a verb (its subject before it, "the ministry
 * said", or its inverted subject after it, "said the ministry") as a token range, and resolves it
 * to a source.
 */
final class SourcePhrases {
  /** How far back from a verb its subject may start, in tokens. */
  static final int SUBJECT_WORDS = 14;
  /** How far back a parenthetical between a subject and its verb may reach: "Smith, 45, a farmer, said". */
  static final int PARENTHETICAL_REACH = 25;
  /** Reporting verbs that are nouns too, which a phrase may hold: "police reports". */
  private static final Set<String> NOUN_FORMS = English.words("reporting-verb-nouns");

  private final Discourse d;
  private final Resolver r;
  private final VerbUse verbs;

  SourcePhrases(Discourse d, Resolver r, VerbUse verbs) {
    this.d = d;
    this.r = r;
    this.verbs = verbs;
  }

  /** The quotation right before token {@code k}, past a comma ("“…,” Smith said" / "‘…’, Smith said"), or -1. */
  int quoteRightBefore(int k, int from) {
    int q = k - 1;
    if (q >= from && d.token(q).is(',')) {
      q--;
    }
    return q >= from && d.token(q).isQuote() ? q : -1;
  }

  /**
   * The subject before the verb at {@code t}: the phrase that ends right before it (past "also",
   * "has", and past a parenthetical between commas: "Smith, 45, a farmer, said"), as a token range.
   */
  int[] subjectBefore(int t, int from) {
    int j = verbs.skipModifiers(t - 1, from);
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
      j = verbs.skipModifiers(k - 1, from);
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
   * parent company, Larkfield Health, said"); "villagers who fled said": past the relative
   * clause when the phrase itself names no one.
   */
  Source resolveSubject(int[] subject, int from) {
    Source s = r.resolve(subject[0], subject[1]);
    // "…, in a statement issued in Riga, the capital, said": a phrase that opens with a preposition is no subject
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
          r.describes(subject[0], subject[1], appositive); // "The hospitals' parent company, Larkfield Health,"
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

  /** The source after an inverted verb ("said the ministry", "said Jane Doe, a spokeswoman"), or null. */
  Source inverted(int t) {
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
      if (appositive != null && appositive.type() == SpeakerType.PERSON
          && (first == null || first.type() != SpeakerType.PERSON)) {
        return appositive; // "said the trust's chair, Maud Keller"
      }
    }
    return first;
  }

  /** The end of the phrase after token {@code t}: words up to punctuation, a clause word or a verb. */
  int phraseAfter(int t, int end, boolean prepositions) {
    int k = t + 1;
    while (k < end && k - t <= SUBJECT_WORDS && d.token(k).isWord()
        && (d.mention(k) >= 0 || !Lexicon.CLAUSE_WORDS.contains(d.token(k).lower())
            && (Lexicon.verb(d.token(k).lower()) == null || NOUN_FORMS.contains(d.token(k).lower()) && !verbs.isVerb(k, t + 1))
            && (prepositions || k == t + 1 || !Lexicon.PREPOSITIONS.contains(d.token(k).lower())
                || d.token(k).is("of") || d.token(k).is("for") || d.token(k).is("at")))) {
      k++;
    }
    return k;
  }

  /**
   * The subject of a verb after "and" or "but" is the sentence's: "Calloway raised its dividend and
   * said …", "Duke restored power to 840,000 customers and expected …"; else {@code subject}.
   */
  int[] coordinated(int verb, int from, int[] subject) {
    int j = verbs.skipModifiers(verb - 1, from);
    return j > from && (d.token(j).is("and") || d.token(j).is("but")) ? firstPhrase(from, j) : subject;
  }

  /**
   * The phrase that opens {@code [from, to)}, past an opening adverbial ("In a statement, the agency …"):
   * its words up to a verb, as a token range; null when none stands there.
   */
  int[] firstPhrase(int from, int to) {
    String opener = from < to ? d.token(from).lower() : "";
    if (from < to && d.mention(from) < 0 && (Lexicon.PREPOSITIONS.contains(opener) || Lexicon.TIME_WORDS.contains(opener))) {
      for (int c = from + 1; c < to && c - from <= SUBJECT_WORDS; c++) {
        if (d.token(c).is(',')) {
          from = c + 1; // "In a statement, the port authority did not name …, but said": the port authority
          break;
        }
      }
    }
    int k = from;
    while (k < to && d.token(k).isWord() && (d.mention(k) >= 0 || !Lexicon.AUXILIARIES.contains(d.token(k).lower())
        && Lexicon.verb(d.token(k).lower()) == null && !Lexicon.FIGURE_VERBS.contains(d.token(k).lower())
        && !(k > from && (Lexicon.VERB_MODIFIERS.contains(d.token(k).lower()) || verbs.verbLike(k)
            || d.mention(k) < 0 && !d.token(k).capitalised() && d.token(k).lower().endsWith("ed"))))
        && k - from < SUBJECT_WORDS) {
      k++; // "Kerpen needled the reporter, saying": Kerpen
    }
    return k > from ? new int[] {from, k} : null;
  }
}
