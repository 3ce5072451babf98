package org.newsfacet.extract.attribution;

import java.util.Set;
import org.newsfacet.internal.English;

/**
 * Tells whether a word of a sentence stands as its verb ("Smith said") or as something else
 * ("the said", "was told", "media reports", "a report released on Monday").
 */
final class VerbUse {
  /** Reporting verbs that are nouns too: "media reports said". */
  private static final Set<String> NOUN_FORMS = English.words("reporting-verb-nouns");
  /** Participles of publishing, which after a noun describe it: "a report released on Monday". */
  private static final Set<String> PUBLISHING = English.words("publishing-participles");
  /** Auxiliaries of the passive, after which a reporting verb is no verb of saying: "was told". */
  private static final Set<String> PASSIVE = English.words("passive-auxiliaries");
  /** Past tenses of speaking that do not end in -ed: "shot back", "went on", "broke in". */
  private static final Set<String> IRREGULAR_SPEECH = English.words("irregular-speech-verbs");
  /** Days that may stand between a subject and its verb after an opener: "on Monday said". */
  private static final Set<String> DAYS = English.words("day-words");
  /** The words that open such a day: "on", "late", "last". */
  private static final Set<String> DAY_OPENERS = English.words("day-openers");

  private final Discourse d;

  VerbUse(Discourse d) {
    this.d = d;
  }

  /** A reporting verb used as one: not "was told", "to say", "the said", "media reports said", "by saying". */
  boolean isVerb(int t, int from) {
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
      return false; // "a study by Fenwick Labs published this month found": a participle, not the verb
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
  boolean numberBefore(int t, int from) {
    for (int k = t - 1; k >= from && k >= t - 3; k--) {
      if (d.token(k).numeric()) {
        return true;
      }
      if (!d.token(k).isWord() || d.token(k).is("and") || d.token(k).is("but")) {
        return false; // "restored 61,000 homes and expected …": a second verb
      }
    }
    return false;
  }

  /** A word that can be a verb of speaking the lexicon does not know: "barked", "fumed", "shot", "went", "snaps". */
  boolean verbLike(int k) {
    Token t = d.token(k);
    if (!t.isWord() || t.capitalised() || d.mention(k) >= 0 || Lexicon.AUXILIARIES.contains(t.lower())) {
      return false;
    }
    String w = t.lower();
    return w.endsWith("ed") || IRREGULAR_SPEECH.contains(w);
  }

  /** Back past adverbs, auxiliaries and a day between a subject and its verb: "had on Friday proposed", "on Monday said". */
  int skipModifiers(int j, int from) {
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
}
