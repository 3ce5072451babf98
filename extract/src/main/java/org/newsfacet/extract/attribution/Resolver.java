package org.newsfacet.extract.attribution;

import java.util.List;
import java.util.Set;
import org.newsfacet.extract.attribution.Lexicon.NounKind;
import org.newsfacet.internal.English;
import org.newsfacet.model.Entity;
import org.newsfacet.model.EntityType;
import org.newsfacet.model.SpeakerType;

/**
 * Finds who a source phrase names: an entity mentioned there, the person a pronoun stands for,
 * the organisation or person a description or bare title refers to ("the carmaker", "the
 * president"), the organisation an unnamed spokesperson speaks for, the issuer of a statement, or
 * the unnamed source the phrase describes ("two senior officials").
 *
 * <p>One resolver serves one article, and is what {@link Frames} asks. It reads the phrase's shape
 * ({@link NounPhrases}) and hands pronouns to {@link Antecedents}, descriptions of bodies to {@link
 * Organizations} and titles to {@link RoleHolders}; it remembers the sources found so far, in text
 * order ({@link Speakers}), since a pronoun most often stands for the last source of its gender or
 * number.
 */
final class Resolver {
  /** How long a parenthesis after a name may be: "(R-OH)", "(NYSE:DUK.N)". */
  private static final int PARENTHESIS_WORDS = 8;
  /** Periods that "last" or "this" makes a date: "a tweet last week". */
  private static final Set<String> TIME_UNITS = English.words("calendar-periods");
  /** Words that make a unit of time a date: "last week", "next year". */
  private static final Set<String> RELATIVE_TIME = English.words("relative-time-words");
  /** Words after which a name before them is not the speaker's: "a spokesman for Pellow", "the lawyer of Pellow". */
  private static final Set<String> RELATIONS = English.words("relation-prepositions");
  /** Words after a spokesperson or document that name whom it belongs to, the strongest first. */
  private static final List<String> OWNER_LINKS = English.entries("owner-links");

  private final Discourse d;
  private final NounPhrases phrases;
  private final Speakers speakers;
  private final RoleHolders roles;
  private final Organizations organizations;
  private final Antecedents antecedents;

  Resolver(Discourse d) {
    this.d = d;
    this.phrases = new NounPhrases(d);
    this.speakers = new Speakers(d);
    PersonGenders genders = PersonGenders.of(d);
    this.roles = new RoleHolders(d);
    this.organizations = new Organizations(d, phrases, speakers, genders);
    this.antecedents = new Antecedents(d, phrases, speakers, genders, organizations);
  }

  /**
   * The unnamed source a phrase describes, as written, when a quotation next to it shows that it
   * speaks: "the careful challenger", "a narrator in the video", "one well-placed Liberal".
   */
  Source generic(int from, int to) {
    Source named = resolve(from, to);
    if (named != null) {
      return named;
    }
    while (from < to && (!d.token(from).isWord() || Lexicon.CONJUNCTIONS.contains(d.token(from).lower()))) {
      from++;
    }
    if (from >= to || to - from > NounPhrases.LABEL_WORDS || Lexicon.PREPOSITIONS.contains(d.token(from).lower())
        || to - from == 1 && !d.token(from).capitalised() // "according to details": nobody
        || Lexicon.PRONOUNS.contains(d.token(from).lower()) || Lexicon.OBJECT_PRONOUNS.contains(d.token(from).lower())) {
      return null;
    }
    for (int k = from; k < to; k++) {
      Token t = d.token(k);
      if (t.isWord() && (Lexicon.AUXILIARIES.contains(t.lower()) || Lexicon.verb(t.lower()) != null)) {
        return null;
      }
    }
    return phrases.label(from, to, SpeakerType.UNNAMED);
  }

  /** True for a source the text names: an entity's name, or a name the recognizer missed. */
  boolean isName(Source s) {
    return s != null && (s.resolution().equals("name") || s.resolution().equals("proper"))
        && (s.entity() < 0 || d.entities.entities().get(s.entity()).type() != EntityType.LOCATION);
  }

  /**
   * Remembers that the description {@code [from, to)} names {@code named}: "The parent company,
   * Summit Peak Health," (then "the company"), "The union's president, Siobhan Keane," (then "the
   * president").
   */
  void describes(int from, int to, Source named) {
    roles.describes(from, to, named);
    organizations.describes(from, to, named);
  }

  /** Remembers that the attribution at {@code token} named {@code source}. */
  void spoke(int token, Source source) {
    speakers.add(token, source);
  }

  /** The person, organisation or group a pronoun at {@code at} stands for, or null. */
  Source antecedent(String pronoun, int at) {
    return antecedents.of(pronoun, at);
  }

  /** True when the article gives entity {@code i} this role or a title that holds it ("Justice" for "judge"). */
  boolean titled(int i, String role) {
    return roles.titled(i, role);
  }

  /** The source the phrase {@code [from, to)} names, or null when it names none. */
  Source resolve(int from, int to) {
    if (to - 1 > from && d.token(to - 1).is(')')) {
      for (int k = to - 2; k > from && k >= to - PARENTHESIS_WORDS; k--) {
        if (d.token(k).is('(')) {
          to = k; // "Gov. John Kasich (R-OH)": the name, not the state in the party tag
          break;
        }
      }
    }
    while (from < to && (!d.token(from).isWord()
        || Lexicon.CONJUNCTIONS.contains(d.token(from).lower()) && d.mention(from) < 0)) {
      from++;
    }
    while (to > from && (!d.token(to - 1).isWord() || Lexicon.TIME_WORDS.contains(d.token(to - 1).lower())
        && d.mention(to - 1) < 0)) {
      to--; // "Figures from the statistics office today"
    }
    if (to - 2 > from && TIME_UNITS.contains(d.token(to - 1).lower())
        && d.token(to - 2).isWord() && RELATIVE_TIME.contains(d.token(to - 2).lower())) {
      to -= 2; // "A tweet last week"
    }
    if (to - 1 > from && d.token(to - 1).lower().endsWith("ed") && !d.token(to - 1).capitalised() && d.mention(to - 1) < 0) {
      to--; // "Brightline Research Group published (this month)": the publisher, not the participle
    }
    if (from >= to) {
      return null;
    }
    if (Lexicon.PREPOSITIONS.contains(d.token(from).lower()) && d.mention(from) < 0) {
      from = phrases.afterLeadingPhrase(from, to); // "In a statement the ministry said": the ministry
      if (from < 0) {
        return null;
      }
    }
    int headEnd = phrases.headEnd(from, to);
    Entity closing = d.entity(to - 1);
    if (closing != null && closing.type() == EntityType.ORGANIZATION && !d.token(to - 1).possessive()) {
      int first = to - 1;
      while (first > from && d.mention(first - 1) == d.mention(to - 1)) {
        first--;
      }
      NounKind before = first > from ? Lexicon.SOURCES.get(d.token(first - 1).lower()) : null;
      if (before == NounKind.COMPANY || before == NounKind.AGENCY || before == NounKind.ORGANIZATION) {
        return d.named(d.entityIndex(to - 1), "name"); // "media buying company Adwell", "the carmaker Volkswagen"
      }
    }
    if (closing != null && closing.type() == EntityType.PERSON && !d.token(to - 1).possessive()) {
      int first = to - 1;
      while (first > from && d.mention(first - 1) == d.mention(to - 1)) {
        first--;
      }
      Token before = first > from ? d.token(first - 1) : null;
      NounKind head = Lexicon.SOURCES.get(d.token(headEnd - 1).lower());
      if (before == null || !(before.isWord() && RELATIONS.contains(before.lower()))
          && head != NounKind.SPOKESPERSON && head != NounKind.UNNAMED) {
        // "Superintendent of Police Praveen Dongre", "then-minister of transport Lena Marsh": the name ends
        // the title; "a spokesman for Smith" and "the lawyer of Smith" are someone else
        return d.named(d.entityIndex(to - 1), "name");
      }
    }
    for (int k = from; k + 1 < headEnd; k++) {
      NounKind noun = d.mention(k) < 0 && !d.token(k).capitalised() ? Lexicon.SOURCES.get(d.token(k).lower()) : null;
      if ((noun == NounKind.COMPANY || noun == NounKind.AGENCY || noun == NounKind.ORGANIZATION)
          && d.token(k + 1).capitalised() && d.mention(k + 1) < 0 && phrases.placesOnly(k + 1, headEnd)) {
        Source name = phrases.properBefore(k + 1, headEnd, true); // "the charity Older Voices", "the rights group Land Watch Africa"
        if (name != null) {
          return name;
        }
      }
    }
    int head = headEnd - 1;
    Token h = d.token(head);
    Entity named = d.entity(head);
    if (named != null) {
      return d.named(d.entityIndex(head), "name");
    }
    String w = h.lower();
    if (head == from && (Lexicon.PRONOUNS.contains(w) || Lexicon.OBJECT_PRONOUNS.contains(w))) {
      return antecedents.of(w, from); // "he said", "according to him"
    }
    NounKind kind = Lexicon.SOURCES.get(w);
    boolean definite = phrases.definite(from, head);
    if (h.capitalised() && h.text().length() > 1 && h.lower().equals(h.text()) && d.mention(head) < 0
        && head == from + 1 && d.token(from).is("the")) {
      Source holder = roles.holder(h.text(), from); // "the SP said": the Superintendent of Police the article named
      if (holder != null) {
        return holder;
      }
    }
    if (Lexicon.ROLES.contains(w) && kind != NounKind.SPOKESPERSON) {
      if (head == from && h.capitalised() && headEnd == to) {
        return phrases.proper(from, headEnd); // "Sultan said": a surname, not the title
      }
      Source holder = definite || h.capitalised() ? roles.holder(w, from) : null;
      String of = phrases.qualifier(headEnd, to);
      if (holder != null && of != null && !roles.holdsFor(holder, of)) {
        holder = null; // "the governor of the Vessmark region" is not the governor the article named for another
      }
      Source owner = holder == null ? phrases.possessor(from, head) : null;
      if (owner != null && owner.entity() >= 0) {
        holder = roles.holder(d.entities.entities().get(owner.entity()).name(), from); // "NATO's chief": NATO's man
      }
      if (holder != null) {
        return holder; // "the president said": the person the article gave that title
      }
      if (kind == null) {
        return phrases.label(from, to, SpeakerType.UNNAMED); // "a High Court judge": an unnamed judge, not the court
      }
    }
    if (kind == NounKind.SPOKESPERSON) {
      Source owner = owner(from, head, headEnd, to);
      if (owner != null && owner.type() == SpeakerType.ORGANIZATION) {
        return owner.via("spokesperson");
      }
      return phrases.label(from, to, SpeakerType.UNNAMED);
    }
    if (Lexicon.DOCUMENTS.contains(w) && kind == null) {
      Source owner = owner(from, head, headEnd, to);
      if (owner != null) {
        return owner.via("document");
      }
      if (head > from && Lexicon.SOURCES.containsKey(d.token(head - 1).lower())) {
        Source body = resolve(from, head); // "union estimates", "police figures": the union, the police
        if (body != null) {
          return body.via("document");
        }
      }
      Source author = organizations.author(w);
      if (author != null) {
        return author; // "the report said": the organisation the article names as the report's author
      }
      Source issuer = speakers.last(head, Speakers.NEARBY_PARAGRAPHS, s -> s.type() != SpeakerType.UNKNOWN);
      if (definite && issuer != null && !w.equals("data") && !w.equals("figures")) {
        return issuer.via("document"); // "the statement said": the last source, who issued it
      }
      return definite || head > from ? phrases.label(from, to, SpeakerType.UNNAMED) : null;
    }
    if (kind == NounKind.NAME_HEAD) {
      // "the trust said": the Supporters' Trust the article named; "a pilot program" names no speaker
      return definite && !phrases.ownedByName(from, head) ? organizations.organization(w, kind, from, false) : null;
    }
    if (kind == NounKind.ORGANIZATION || kind == NounKind.AGENCY || kind == NounKind.COMPANY) {
      return organizations.body(w, kind, from, head, headEnd, to, definite);
    }
    if (kind == NounKind.UNNAMED || kind == null && Lexicon.GENDER_WORDS.containsKey(w) && !h.capitalised()) {
      return phrases.label(from, to, SpeakerType.UNNAMED); // "one official", "His father"
    }
    if (kind == null && !h.capitalised() && w.endsWith("s") && !w.endsWith("ss") && headEnd - from <= NounPhrases.PLURAL_WORDS
        && (headEnd == to || !d.token(headEnd).is("to"))
        && !Lexicon.DOCUMENTS.contains(w) && phrases.modifier(from, headEnd, null) == null) {
      return phrases.label(from, to, SpeakerType.UNNAMED); // "climbers said", "rescue teams said": a group of people
    }
    // No known head word: a name somewhere in the head ("Bundesbank President Joachim Nagel").
    Source person = phrases.modifier(from, headEnd, EntityType.PERSON);
    if (person != null) {
      return person;
    }
    Source org = phrases.modifier(from, headEnd, EntityType.ORGANIZATION);
    if (org != null && !h.capitalised() && d.entity(head) == null) {
      return phrases.label(from, to, SpeakerType.UNNAMED); // "a Skyway pilot": one of the airline's people, not the airline
    }
    return org != null ? org : phrases.proper(from, headEnd);
  }

  /**
   * Whom a spokesperson or document belongs to: a possessive before it ("the ministry's
   * spokeswoman", "her statement"), a name modifying it ("a Halcyon spokesperson"), or the phrase
   * after "for", "of", "by" or "from" ("a spokesman for the army").
   */
  private Source owner(int from, int head, int headEnd, int to) {
    for (int k = from; k < head; k++) {
      Token t = d.token(k);
      if (k == from && Lexicon.POSSESSIVE_PRONOUNS.contains(t.lower())) {
        return antecedents.of(t.lower(), from);
      }
      if (t.possessive()) {
        return resolve(from, k + 1);
      }
    }
    Source modifier = phrases.modifier(from, head, null);
    if (modifier != null) {
      return modifier;
    }
    for (int k = head - 1; k >= from; k--) {
      NounKind kind = Lexicon.SOURCES.get(d.token(k).lower());
      if (kind == NounKind.COMPANY || kind == NounKind.AGENCY) {
        return organizations.organization(d.token(k).lower(), kind, from, true); // "a company spokeswoman": the company's
      }
    }
    // "Unconfirmed reports": a sentence's capital on a word that only describes the document
    boolean describing = head == from + 1 && Lexicon.DOCUMENT_MODIFIERS.contains(d.token(from).lower());
    Source unknown = head > from && !describing ? phrases.proper(from, head) : null;
    if (unknown != null) {
      return new Source(unknown.name(), SpeakerType.ORGANIZATION, "proper", -1, false); // "a Northwind Rail spokeswoman"
    }
    for (String link : OWNER_LINKS) {
      for (int k = headEnd; k + 1 < to; k++) {
        if (d.token(k).is(link)) {
          Source s = resolve(k + 1, to);
          if (s != null) {
            return s;
          }
        }
      }
    }
    return null;
  }
}
