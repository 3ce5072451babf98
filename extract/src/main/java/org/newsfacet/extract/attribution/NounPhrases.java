package org.newsfacet.extract.attribution;

import java.util.Set;
import org.newsfacet.internal.English;
import org.newsfacet.model.Entity;
import org.newsfacet.model.EntityType;
import org.newsfacet.model.SpeakerType;

/**
 * The shape of a phrase that may name a source, read off one article's tokens: where its head
 * ends, whether it is definite, the names and possessives in it, and the name or label it gives as
 * written when it names no entity ("Green said", "two senior officials").
 */
final class NounPhrases {
  /** Longest label kept for an unnamed source, in words. */
  static final int LABEL_WORDS = 9;
  /** Longest phrase of a plural noun that names a group speaking: "local rescue teams". */
  static final int PLURAL_WORDS = 3;
  /** Longest name the recognizer missed that a reporting verb still shows to be a speaker, in words. */
  private static final int PROPER_WORDS = 5;
  /** How many words after "of" or "for" the capitalised word that qualifies a role may stand: "of the southern Lviv region". */
  private static final int QUALIFIER_WORDS = 4;
  /** Small words inside a name: "Ventos do Norte", "Bank of Tokyo". */
  private static final Set<String> NAME_JOINERS = English.words("name-particles");
  /** Words after which a label says no more about who speaks: "the team from a research institute". */
  private static final Set<String> LABEL_ENDS = English.words("label-ends");
  /** Words that a label's modifier opens with, which "with" or "to" goes on: "familiar with", "close to". */
  private static final Set<String> LABEL_TAILS = English.words("connection-words");
  /** Nouns plural without an -s, which "they" may stand for: "police", "staff". */
  private static final Set<String> UNMARKED_PLURALS = English.words("unmarked-plurals");

  private final Discourse d;

  NounPhrases(Discourse d) {
    this.d = d;
  }

  /**
   * "The IG Nordwerk union", "the charity Older Voices": capitalised words around a body's noun as the
   * body's name, a place inside it included ("Land Watch Africa").
   */
  Source properBefore(int from, int head, boolean afterNoun) {
    for (int k = from; k < head; k++) {
      Token t = d.token(k);
      if (!t.isWord() || !t.capitalised()
          || k == from && (d.mention(k) >= 0 || !afterNoun && Lexicon.COMMON_WORDS.contains(t.lower()))) {
        return null;
      }
    }
    return placesOnly(from, head) ? new Source(d.text(from, head), SpeakerType.ORGANIZATION, "proper", -1, false) : null;
  }

  /** True when every name the recognizer found in {@code [from, to)} is a place. */
  boolean placesOnly(int from, int to) {
    for (int k = from; k < to; k++) {
      Entity e = d.entity(k);
      if (e != null && e.type() != EntityType.LOCATION) {
        return false;
      }
    }
    return true;
  }

  /**
   * A name the recognizer did not take for one, which a reporting verb shows is a speaker: one to
   * three capitalised words ("Green said"), a person unless its last word heads organisation names.
   */
  Source proper(int from, int to) {
    int run = to;
    while (run > from && d.token(run - 1).capitalised() && !Lexicon.DETERMINERS.contains(d.token(run - 1).lower())) {
      run--;
    }
    if (run > from && run < to && (Lexicon.DETERMINERS.contains(d.token(from).lower())
        || Lexicon.POSSESSIVE_PRONOUNS.contains(d.token(from).lower()))) {
      from = run; // "an angry Okonjo": the name after the writer's words about him
    }
    if (to - from > PROPER_WORDS) {
      return null;
    }
    for (int k = from; k < to; k++) {
      Token t = d.token(k);
      boolean joiner = k > from && k < to - 1 && NAME_JOINERS.contains(t.lower()); // "Ventos do Norte"
      if (!joiner && (!t.capitalised() || Lexicon.DETERMINERS.contains(t.lower()) || Lexicon.PRONOUNS.contains(t.lower())
          || Lexicon.CONJUNCTIONS.contains(t.lower()) || Lexicon.PREPOSITIONS.contains(t.lower())
          || d.entity(k) != null)) {
        return null;
      }
    }
    Token first = d.token(from);
    if (d.sentenceStart(d.sentenceOf(from)) == from && (Lexicon.COMMON_WORDS.contains(first.lower())
        || first.lower().endsWith("ing"))) {
      return null; // "Jobless claims edged down": a sentence's capital, not a name
    }
    boolean org = Lexicon.SOURCES.get(d.token(to - 1).lower()) != null;
    for (int k = from; k < to && !org; k++) {
      org = d.token(k).text().length() > 1 && d.token(k).text().equals(d.token(k).lower()) && d.token(k).capitalised()
          && !d.token(k).abbreviation(); // "BC Hydro", "CBS News": an acronym names an organisation
    }
    return new Source(d.text(from, to), org ? SpeakerType.ORGANIZATION : SpeakerType.PERSON, "proper", -1, false);
  }

  /** After a leading prepositional phrase: the last determiner, pronoun or name that starts a new phrase. */
  int afterLeadingPhrase(int from, int to) {
    int start = -1;
    for (int k = from + 2; k < to; k++) {
      Token t = d.token(k);
      boolean nameStart = d.mention(k) >= 0 && d.mention(k) != d.mention(k - 1);
      if (t.isWord() && (Lexicon.DETERMINERS.contains(t.lower()) || Lexicon.PRONOUNS.contains(t.lower()) || nameStart)) {
        start = k;
      }
    }
    return start;
  }

  /** Where the head phrase ends: at the first modifier ("for", "of", "familiar") outside a name. */
  int headEnd(int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (d.mention(k) >= 0 && d.mention(k) == d.mention(k - 1)) {
        continue; // inside a name: "Bank of England"
      }
      if (d.gluedHyphen(k) || k > from && d.gluedHyphen(k - 1)) {
        continue; // "the U.S.-led coalition": the head is the coalition
      }
      Token t = d.token(k);
      if (!t.isWord() || Lexicon.POSTMODIFIERS.contains(t.lower()) || participle(k, to)) {
        return k;
      }
    }
    return to;
  }

  /** "a study published on Wednesday", "figures released by the ministry": a participle opening a modifier. */
  private boolean participle(int k, int to) {
    Token t = d.token(k);
    return t.isWord() && t.lower().endsWith("ed") && !t.capitalised() && k + 1 < to && d.token(k + 1).isWord()
        && (Lexicon.PREPOSITIONS.contains(d.token(k + 1).lower()) || d.token(k + 1).is("last") || d.token(k + 1).is("this"));
  }

  /**
   * A description that says no more than its noun: "the agency", "the national carrier"; "the
   * Gansu earthquake response center" names another body than the one quoted before.
   */
  boolean bare(int from, int head) {
    int words = 0;
    for (int k = from; k < head; k++) {
      Token t = d.token(k);
      boolean compound = t.text().indexOf('-') > 0 && Character.isLowerCase(t.text().charAt(t.text().length() - 1))
          && Character.isLowerCase(t.text().charAt(t.text().lastIndexOf('-') + 1)); // "Chicago-based"
      if (t.capitalised() && !compound && !Lexicon.DEFINITE.contains(t.lower()) || t.numeric()) {
        return false;
      }
      if (t.isWord() && !Lexicon.DEFINITE.contains(t.lower())) {
        words++;
      }
    }
    return words <= 1;
  }

  /** The entity named in the possessive before the head ("NATO's chief"), or null. */
  Source possessor(int from, int head) {
    for (int k = from; k < head; k++) {
      if (d.token(k).possessive() && d.mention(k) >= 0) {
        return d.named(d.entityIndex(k), "name");
      }
    }
    return null;
  }

  /** A name in the possessive before the head: "South Korea's spy agency". */
  boolean ownedByName(int from, int head) {
    for (int k = from; k < head; k++) {
      if (d.token(k).possessive() && d.mention(k) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** True when a determiner or a possessive before the head makes the phrase definite: "the", "its", "Norland's". */
  boolean definite(int from, int head) {
    for (int k = from; k < head; k++) {
      Token t = d.token(k);
      if (t.isWord() && Lexicon.DEFINITE.contains(t.lower()) || t.possessive()) {
        return true;
      }
    }
    return false;
  }

  /** The last entity of {@code type} (any type when null) named within {@code [from, to)}. */
  Source modifier(int from, int to, EntityType type) {
    for (int k = to - 1; k >= from; k--) {
      Entity e = d.entity(k);
      if (e != null && (type == null ? e.type() != EntityType.LOCATION : e.type() == type)
          && !(type != null && possessiveName(k) && k + 1 < to)) { // "Marchetti's agent" is not DeLaet
        return d.named(d.entityIndex(k), "name");
      }
    }
    return null;
  }

  /** The label of an unnamed source as written, lower case where a sentence capital made it upper. */
  Source label(int from, int to, SpeakerType type) {
    for (int k = to - 1; k > from; k--) {
      if (d.token(k).numeric() || !d.token(k).isWord() && !d.gluedHyphen(k)) {
        from = k + 1; // "the $6.47 billion analysts": the figure is not who gives it
        break;
      }
    }
    while (from < to && !d.token(from).isWord()) {
      from++;
    }
    if (from >= to) {
      return null;
    }
    int words = 0;
    int end = from;
    for (int k = from; k < to && words < LABEL_WORDS; k++) {
      Token t = d.token(k);
      boolean agent = k + 1 < to && d.token(k + 1).is("by"); // "economists surveyed by Reuters" stays whole
      boolean tail = LABEL_ENDS.contains(t.lower()) && d.mention(k) < 0
          && !(k > from && LABEL_TAILS.contains(d.token(k - 1).lower())); // "a person familiar with the matter"
      if (t.breaksClause() && !d.gluedHyphen(k) || k > from && (participle(k, to) && !agent || tail)) {
        break; // "a survey of county clerks released last month", "the team from a research institute"
      }
      if (t.isWord()) {
        words++;
        end = k + 1;
      }
    }
    if (end - 1 > from && d.token(end - 1).lower().endsWith("ed") && !d.token(end - 1).capitalised()
        && d.token(end - 2).isWord() && !Lexicon.AUXILIARIES.contains(d.token(end - 2).lower())) {
      end--; // "a survey of county clerks released (last month)"
    }
    String text = d.text(from, end);
    Token first = d.token(from);
    if (first.capitalised() && d.mention(from) < 0 && (Lexicon.DETERMINERS.contains(first.lower())
        || Lexicon.SOURCES.containsKey(first.lower()) || Lexicon.DOCUMENTS.contains(first.lower())
        || d.sentenceStart(d.sentenceOf(from)) == from)) {
      text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
    String head = d.token(end - 1).lower();
    boolean plural = head.endsWith("s") || UNMARKED_PLURALS.contains(head);
    return new Source(text, type, "label", -1, plural);
  }

  /** The first capitalised word after "of" or "for" in {@code [from, to)}: "(the governor) of the northern Vessmark region". */
  String qualifier(int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if (d.token(k).is("of") || d.token(k).is("for")) {
        for (int j = k + 1; j < to && j <= k + QUALIFIER_WORDS; j++) {
          if (d.token(j).isWord() && d.token(j).capitalised()) {
            return d.token(j).text();
          }
        }
        return null;
      }
    }
    return null;
  }

  /** "Navalny's lawyer": a name in the possessive is not who a later pronoun stands for. */
  boolean possessiveName(int k) {
    int m = d.mention(k);
    int e = k;
    while (e + 1 < d.size() && d.mention(e + 1) == m) {
      e++;
    }
    return d.token(e).possessive();
  }
}
