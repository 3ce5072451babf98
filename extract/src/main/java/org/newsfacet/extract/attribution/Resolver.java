package org.newsfacet.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfacet.extract.attribution.Lexicon.Gender;
import org.newsfacet.extract.attribution.Lexicon.NounKind;
import org.newsfacet.model.Entity;
import org.newsfacet.model.EntityType;
import org.newsfacet.model.SpeakerType;

/**
 * Finds who a source phrase names: an entity mentioned there, the person a pronoun stands for,
 * the organisation or person a description or bare title refers to ("the carmaker", "the
 * president"), the organisation an unnamed spokesperson speaks for, the issuer of a statement, or
 * the unnamed source the phrase describes ("two senior officials").
 *
 * <p>One resolver serves one article. It remembers the sources found so far, in text order, since
 * a pronoun most often stands for the last source of its gender or number.
 */
final class Resolver {
  /** How many sentences back a pronoun's antecedent is looked for. */
  private static final int PRONOUN_REACH = 8;
  /** How many paragraphs back "it" and "they" look for the organisation or group last quoted. */
  private static final int GROUP_PARAGRAPHS = 2;
  /** Units of time that "last" or "this" makes a date: "a tweet last week". */
  private static final Set<String> TIME_UNITS = Set.of("week", "month", "year", "night", "morning", "evening",
      "afternoon", "weekend", "summer", "winter", "spring", "autumn", "fall");
  /** Longest phrase of a plural noun that names a group speaking: "local rescue teams". */
  private static final int PLURAL_WORDS = 3;
  /** Small words inside a name: "Ventos do Norte", "Bank of Tokyo". */
  private static final Set<String> NAME_JOINERS = Set.of("do", "da", "de", "del", "della", "di", "du", "der", "van",
      "von", "of", "la", "le", "y", "e", "al", "el", "bin");
  /** Longest name the recognizer missed that a reporting verb still shows to be a speaker, in words. */
  private static final int PROPER_WORDS = 5;
  /** Words after which a label says no more about who speaks: "the team from a research institute". */
  private static final Set<String> LABEL_ENDS = Set.of("from", "at", "with", "who", "which", "that", "whose");
  /** Words that a label's modifier opens with, which "with" or "to" goes on: "familiar with", "close to". */
  private static final Set<String> LABEL_TAILS = Set.of("familiar", "close", "briefed", "involved", "knowledgeable",
      "associated", "linked", "connected");
  /** Longest label kept for an unnamed source, in words. */
  private static final int LABEL_WORDS = 9;

  private final Discourse d;
  /** Gender per entity index, from honorifics, roles and given names; null where unknown. */
  private final Gender[] genders;
  /** The sources found so far, with the token where their attribution stands. */
  private final List<Spoken> spoken = new ArrayList<>();
  /** Roles the article gave a person in apposition ("The union's president, Siobhan Keane,"), by entity. */
  private final java.util.Map<Integer, Set<String>> roles = new java.util.HashMap<>();
  /** Descriptions the article gave a named organisation ("the carmaker Kassel", "X, the company,"), by noun. */
  private final java.util.Map<String, Integer> described = new java.util.LinkedHashMap<>();
  /** Bodies the recognizer missed, by the noun that named them: "The IG Nordwerk union" under "union". */
  private final java.util.Map<String, Source> describedNames = new java.util.LinkedHashMap<>();

  private record Spoken(int token, Source source) {}

  Resolver(Discourse d) {
    this.d = d;
    this.genders = genders(d);
    appositions();
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
    if (from >= to || to - from > LABEL_WORDS || Lexicon.PREPOSITIONS.contains(d.token(from).lower())
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
    return label(from, to, SpeakerType.UNNAMED);
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
    if (named.entity() >= 0 && named.type() == SpeakerType.PERSON) {
      for (int k = to - 1; k >= from; k--) {
        Token t = d.token(k);
        if (t.isWord() && Lexicon.ROLES.contains(t.lower())) {
          roles.computeIfAbsent(named.entity(), e -> new java.util.HashSet<>()).add(t.lower());
          return;
        }
      }
    }
    if (named.type() != SpeakerType.ORGANIZATION && named.entity() >= 0) {
      return;
    }
    for (int k = to - 1; k >= from; k--) {
      Token t = d.token(k);
      NounKind kind = t.isWord() && d.mention(k) < 0 ? Lexicon.SOURCES.get(t.lower()) : null;
      if (kind != null && named.entity() >= 0) {
        described.putIfAbsent(t.lower(), named.entity());
        return;
      }
      if (kind != null) {
        if (Lexicon.typeOf(kind) == SpeakerType.ORGANIZATION) {
          // "Eskdal, the largest dairy cooperative in the country, said": a body's name the entities missed
          describedNames.putIfAbsent(t.lower(), new Source(named.name(), SpeakerType.ORGANIZATION, named.resolution(), -1, false));
        }
        return;
      }
    }
  }

  /**
   * Descriptions next to an organisation's name: "the carmaker Kassel Motorwerke", "Kassel
   * Motorwerke, the carmaker,", "The hospitals' parent company, Summit Peak Health,".
   */
  private void appositions() {
    for (int k = 1; k < d.size(); k++) {
      int e = d.entityIndex(k);
      if (e >= 0 && d.mention(k - 1) != d.mention(k) && d.entities.entities().get(e).type() == EntityType.PERSON
          && d.token(k - 1).is(',') && k >= 2 && Lexicon.ROLES.contains(d.token(k - 2).lower())) {
        roles.computeIfAbsent(e, x -> new java.util.HashSet<>()).add(d.token(k - 2).lower()); // "The guild's president, Maren Falk,"
      }
      if (e < 0 || d.mention(k - 1) == d.mention(k) || d.entities.entities().get(e).type() != EntityType.ORGANIZATION) {
        continue;
      }
      Token before = d.token(k - 1);
      if (before.isWord() && Lexicon.SOURCES.get(before.lower()) != null && k >= 2 && d.token(k - 2).isWord()
          && Lexicon.DEFINITE.contains(d.token(k - 2).lower())) {
        described.putIfAbsent(before.lower(), e); // "the carmaker Kassel"
      } else if (before.is(',') && k >= 2 && d.token(k - 2).isWord() && Lexicon.SOURCES.get(d.token(k - 2).lower()) != null
          && d.mention(k - 2) < 0) {
        described.putIfAbsent(d.token(k - 2).lower(), e); // "the parent company, Summit"
      }
      int last = k;
      while (last + 1 < d.size() && d.mention(last + 1) == d.mention(k)) {
        last++;
      }
      if (last + 1 < d.size() && d.token(last + 1).isWord() && Lexicon.SOURCES.get(d.token(last + 1).lower()) != null
          && d.mention(last + 1) < 0) {
        described.putIfAbsent(d.token(last + 1).lower(), e); // "the IG Nordwerk union"
      }
      if (last + 3 < d.size() && d.token(last + 1).is(',') && Lexicon.DEFINITE.contains(d.token(last + 2).lower())) {
        for (int j = last + 3; j < d.size() && j <= last + 5 && d.token(j).isWord(); j++) {
          if (Lexicon.SOURCES.get(d.token(j).lower()) != null && (j + 1 >= d.size() || !d.token(j + 1).isWord())) {
            described.putIfAbsent(d.token(j).lower(), e); // "Kestrel Shipping Lines, the ship's operator,"
            break;
          }
        }
      }
    }
  }

  /** Remembers that the attribution at {@code token} named {@code source}. */
  void spoke(int token, Source source) {
    if (source != null) {
      spoken.add(new Spoken(token, source));
    }
  }

  private static final java.util.regex.Pattern NOT_ROLE_WORD = java.util.regex.Pattern.compile("[^\\p{L}.]+");

  /** How long a parenthesis after a name may be: "(R-OH)", "(NYSE:DUK.N)". */
  private static final int PARENTHESIS_WORDS = 8;

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
        && (d.token(to - 2).is("last") || d.token(to - 2).is("this") || d.token(to - 2).is("next"))) {
      to -= 2; // "A tweet last week"
    }
    if (to - 1 > from && d.token(to - 1).lower().endsWith("ed") && !d.token(to - 1).capitalised() && d.mention(to - 1) < 0) {
      to--; // "Brightline Research Group published (this month)": the publisher, not the participle
    }
    if (from >= to) {
      return null;
    }
    if (Lexicon.PREPOSITIONS.contains(d.token(from).lower()) && d.mention(from) < 0) {
      from = afterLeadingPhrase(from, to); // "In a statement the ministry said": the ministry
      if (from < 0) {
        return null;
      }
    }
    int headEnd = headEnd(from, to);
    Entity closing = d.entity(to - 1);
    if (closing != null && closing.type() == EntityType.ORGANIZATION && !d.token(to - 1).possessive()) {
      int first = to - 1;
      while (first > from && d.mention(first - 1) == d.mention(to - 1)) {
        first--;
      }
      NounKind before = first > from ? Lexicon.SOURCES.get(d.token(first - 1).lower()) : null;
      if (before == NounKind.COMPANY || before == NounKind.AGENCY || before == NounKind.ORGANIZATION) {
        return named(d.entityIndex(to - 1), "name"); // "media buying company Adwell", "the carmaker Volkswagen"
      }
    }
    if (closing != null && closing.type() == EntityType.PERSON && !d.token(to - 1).possessive()) {
      int first = to - 1;
      while (first > from && d.mention(first - 1) == d.mention(to - 1)) {
        first--;
      }
      Token before = first > from ? d.token(first - 1) : null;
      NounKind head = Lexicon.SOURCES.get(d.token(headEnd - 1).lower());
      if (before == null || !(before.is("for") || before.is("of") || before.is("to") || before.is("with"))
          && head != NounKind.SPOKESPERSON && head != NounKind.UNNAMED) {
        // "Superintendent of Police Praveen Dongre", "then-minister of transport Lena Marsh": the name ends
        // the title; "a spokesman for Smith" and "the lawyer of Smith" are someone else
        return named(d.entityIndex(to - 1), "name");
      }
    }
    for (int k = from; k + 1 < headEnd; k++) {
      NounKind noun = d.mention(k) < 0 && !d.token(k).capitalised() ? Lexicon.SOURCES.get(d.token(k).lower()) : null;
      if ((noun == NounKind.COMPANY || noun == NounKind.AGENCY || noun == NounKind.ORGANIZATION)
          && d.token(k + 1).capitalised() && d.mention(k + 1) < 0 && placesOnly(k + 1, headEnd)) {
        Source name = properBefore(k + 1, headEnd, true); // "the charity Older Voices", "the rights group Land Watch Africa"
        if (name != null) {
          return name;
        }
      }
    }
    int head = headEnd - 1;
    Token h = d.token(head);
    Entity named = d.entity(head);
    if (named != null) {
      return named(d.entityIndex(head), "name");
    }
    String w = h.lower();
    if (head == from && (Lexicon.PRONOUNS.contains(w) || Lexicon.OBJECT_PRONOUNS.contains(w))) {
      return antecedent(w, from); // "he said", "according to him"
    }
    NounKind kind = Lexicon.SOURCES.get(w);
    boolean definite = definite(from, head);
    if (h.capitalised() && h.text().length() > 1 && h.lower().equals(h.text()) && d.mention(head) < 0
        && head == from + 1 && d.token(from).is("the")) {
      Source holder = roleHolder(h.text(), from); // "the SP said": the Superintendent of Police the article named
      if (holder != null) {
        return holder;
      }
    }
    if (Lexicon.ROLES.contains(w) && kind != NounKind.SPOKESPERSON) {
      if (head == from && h.capitalised() && headEnd == to) {
        return proper(from, headEnd); // "Sultan said": a surname, not the title
      }
      Source holder = definite || h.capitalised() ? roleHolder(w, from) : null;
      String of = qualifier(headEnd, to);
      if (holder != null && of != null && !holdsFor(holder, of)) {
        holder = null; // "the governor of the Mykolaiv region" is not the governor the article named for another
      }
      Source owner = holder == null ? possessor(from, head) : null;
      if (owner != null && owner.entity() >= 0) {
        holder = roleHolder(d.entities.entities().get(owner.entity()).name(), from); // "NATO's chief": NATO's man
      }
      if (holder != null) {
        return holder; // "the president said": the person the article gave that title
      }
      if (kind == null) {
        return label(from, to, SpeakerType.UNNAMED); // "a High Court judge": an unnamed judge, not the court
      }
    }
    if (kind == NounKind.SPOKESPERSON) {
      Source owner = owner(from, head, headEnd, to);
      if (owner != null && owner.type() == SpeakerType.ORGANIZATION) {
        return owner.via("spokesperson");
      }
      return label(from, to, SpeakerType.UNNAMED);
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
      Source author = author(w);
      if (author != null) {
        return author; // "the report said": the organisation the article names as the report's author
      }
      Source issuer = lastSpoken(head, GROUP_PARAGRAPHS, s -> s.type() != SpeakerType.UNKNOWN);
      if (definite && issuer != null && !w.equals("data") && !w.equals("figures")) {
        return issuer.via("document"); // "the statement said": the last source, who issued it
      }
      return definite || head > from ? label(from, to, SpeakerType.UNNAMED) : null;
    }
    if (kind == NounKind.NAME_HEAD) {
      // "the trust said": the Supporters' Trust the article named; "a pilot program" names no speaker
      return definite && !ownedByName(from, head) ? organization(w, kind, from, false) : null;
    }
    if (kind == NounKind.ORGANIZATION || kind == NounKind.AGENCY || kind == NounKind.COMPANY) {
      // "the ministry": the Energy Ministry the article named; "South Korea's spy agency" is not Yonhap News Agency.
      if (!ownedByName(from, head) && (definite || w.endsWith("s") || w.equals("police"))) {
        Source described = organization(w, kind, from, headEnd == to && bare(from, head),
            headEnd == to && head == from + 1);
        if (described != null) {
          return described;
        }
      }
      Source modifier = modifier(from, head, EntityType.ORGANIZATION);
      // "The IG Nordwerk union": the name right before the noun is the body's own; "the Gansu response center" is not
      boolean adjacent = modifier != null && d.mention(head - 1) >= 0 && d.entityIndex(head - 1) == modifier.entity();
      if (modifier != null && (!definite || adjacent)) {
        described.putIfAbsent(w, modifier.entity());
        return modifier.via("name");
      }
      Source unknown = modifier == null && head > from + 1 && definite ? properBefore(from + 1, head, false) : null;
      if (unknown != null) {
        describedNames.putIfAbsent(w, unknown); // "The IG Nordwerk union", then "the union"
        return unknown;
      }
      return label(from, to, SpeakerType.ORGANIZATION);
    }
    if (kind == NounKind.UNNAMED || kind == null && Lexicon.GENDER_WORDS.containsKey(w) && !h.capitalised()) {
      return label(from, to, SpeakerType.UNNAMED); // "one official", "His father"
    }
    if (kind == null && !h.capitalised() && w.endsWith("s") && !w.endsWith("ss") && headEnd - from <= PLURAL_WORDS
        && (headEnd == to || !d.token(headEnd).is("to"))
        && !Lexicon.DOCUMENTS.contains(w) && modifier(from, headEnd, null) == null) {
      return label(from, to, SpeakerType.UNNAMED); // "climbers said", "rescue teams said": a group of people
    }
    // No known head word: a name somewhere in the head ("Bundesbank President Joachim Nagel").
    Source person = modifier(from, headEnd, EntityType.PERSON);
    if (person != null) {
      return person;
    }
    Source org = modifier(from, headEnd, EntityType.ORGANIZATION);
    if (org != null && !h.capitalised() && d.entity(head) == null) {
      return label(from, to, SpeakerType.UNNAMED); // "a Skyway pilot": one of the airline's people, not the airline
    }
    return org != null ? org : proper(from, headEnd);
  }

  /**
   * "The IG Nordwerk union", "the charity Older Voices": capitalised words around a body's noun as the
   * body's name, a place inside it included ("Land Watch Africa").
   */
  private Source properBefore(int from, int head, boolean afterNoun) {
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
  private boolean placesOnly(int from, int to) {
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
  private Source proper(int from, int to) {
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

  /** The person, organisation or group a pronoun at {@code at} stands for, or null. */
  Source antecedent(String pronoun, int at) {
    return switch (pronoun) {
      case "he", "him", "his" -> person(Gender.MALE, at);
      case "she", "her", "hers" -> person(Gender.FEMALE, at);
      case "it" -> organizationSpeaking(at);
      case "its" -> organizationBefore(at);
      case "they", "them", "their" -> group(at);
      default -> null;
    };
  }

  /** The source named last before {@code at} within {@code paragraphs} paragraphs that passes {@code test}. */
  Source lastSpoken(int at, int paragraphs, java.util.function.Predicate<Source> test) {
    int paragraph = d.token(Math.min(at, d.size() - 1)).paragraph();
    for (int k = spoken.size() - 1; k >= 0; k--) {
      Spoken s = spoken.get(k);
      if (s.token() >= at) {
        continue;
      }
      if (paragraph - d.token(s.token()).paragraph() > paragraphs) {
        return null;
      }
      if (test.test(s.source())) {
        return s.source();
      }
    }
    return null;
  }

  private Source named(int entity, String how) {
    Entity e = d.entities.entities().get(entity);
    SpeakerType type = e.type() == EntityType.PERSON ? SpeakerType.PERSON : SpeakerType.ORGANIZATION;
    return new Source(e.name(), type, how, entity, false);
  }

  /** After a leading prepositional phrase: the last determiner, pronoun or name that starts a new phrase. */
  private int afterLeadingPhrase(int from, int to) {
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
  private int headEnd(int from, int to) {
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
  private boolean bare(int from, int head) {
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
  private Source possessor(int from, int head) {
    for (int k = from; k < head; k++) {
      if (d.token(k).possessive() && d.mention(k) >= 0) {
        return named(d.entityIndex(k), "name");
      }
    }
    return null;
  }

  /** A name in the possessive before the head: "South Korea's spy agency". */
  private boolean ownedByName(int from, int head) {
    for (int k = from; k < head; k++) {
      if (d.token(k).possessive() && d.mention(k) >= 0) {
        return true;
      }
    }
    return false;
  }

  private boolean definite(int from, int head) {
    for (int k = from; k < head; k++) {
      Token t = d.token(k);
      if (t.isWord() && Lexicon.DEFINITE.contains(t.lower()) || t.possessive()) {
        return true;
      }
    }
    return false;
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
        return antecedent(t.lower(), from);
      }
      if (t.possessive()) {
        return resolve(from, k + 1);
      }
    }
    Source modifier = modifier(from, head, null);
    if (modifier != null) {
      return modifier;
    }
    for (int k = head - 1; k >= from; k--) {
      NounKind kind = Lexicon.SOURCES.get(d.token(k).lower());
      if (kind == NounKind.COMPANY || kind == NounKind.AGENCY) {
        return organization(d.token(k).lower(), kind, from, true); // "a company spokeswoman": the company's
      }
    }
    // "Unconfirmed reports": a sentence's capital on a word that only describes the document
    boolean describing = head == from + 1 && Lexicon.DOCUMENT_MODIFIERS.contains(d.token(from).lower());
    Source unknown = head > from && !describing ? proper(from, head) : null;
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

  /** Words after a spokesperson or document that name whom it belongs to, the strongest first. */
  private static final List<String> OWNER_LINKS = List.of("by", "from", "for", "of", "at");

  /** How many words may stand between a document and the "by" that names its author. */
  private static final int AUTHOR_REACH = 6;

  /** Documents whose author an article names once: "a study by the X Network", "X's survey". */
  private static final Set<String> AUTHORED = Set.of("study", "report", "survey", "analysis", "poll", "review",
      "audit", "paper", "assessment", "studies", "reports", "surveys", "findings");

  /**
   * The organisation the article names as the author of a study or report ("the study by the
   * Global Heat Health Network", "a report from X", "X's survey"), when it names exactly one.
   */
  private Source author(String document) {
    if (!AUTHORED.contains(document)) {
      return null;
    }
    int found = -1;
    for (int k = 1; k < d.size(); k++) {
      int e = d.entityIndex(k);
      if (e < 0 || d.mention(k - 1) == d.mention(k) || d.entities.entities().get(e).type() != EntityType.ORGANIZATION) {
        continue;
      }
      int link = d.token(k - 1).is("the") ? k - 2 : k - 1;
      boolean by = false;
      if (link >= 1 && (d.token(link).is("by") || d.token(link).is("from") || d.token(link).is("of"))) {
        for (int j = link - 1; j >= 0 && j >= link - AUTHOR_REACH && d.token(j).isWord(); j--) {
          by |= AUTHORED.contains(d.token(j).lower()); // "a survey of 2,000 commuters conducted by the X Institute"
        }
      }
      int last = k;
      while (last + 1 < d.size() && d.mention(last + 1) == d.mention(k)) {
        last++;
      }
      boolean owns = d.token(last).possessive() && last + 1 < d.size() && AUTHORED.contains(d.token(last + 1).lower());
      if (by || owns) {
        if (found >= 0 && found != e) {
          return null;
        }
        found = e;
      }
    }
    return found < 0 ? null : named(found, "document");
  }

  /** The last entity of {@code type} (any type when null) named within {@code [from, to)}. */
  private Source modifier(int from, int to, EntityType type) {
    for (int k = to - 1; k >= from; k--) {
      Entity e = d.entity(k);
      if (e != null && (type == null ? e.type() != EntityType.LOCATION : e.type() == type)
          && !(type != null && possessiveName(k) && k + 1 < to)) { // "Marchetti's agent" is not DeLaet
        return named(d.entityIndex(k), "name");
      }
    }
    return null;
  }

  /** The label of an unnamed source as written, lower case where a sentence capital made it upper. */
  private Source label(int from, int to, SpeakerType type) {
    for (int k = to - 1; k > from; k--) {
      if (d.token(k).numeric() || !d.token(k).isWord() && !d.gluedHyphen(k)) {
        from = k + 1; // "the $3.38 billion analysts": the figure is not who gives it
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
    boolean plural = head.endsWith("s") || head.equals("police") || head.equals("staff") || head.equals("people");
    return new Source(text, type, "label", -1, plural);
  }

  /** The first capitalised word after "of" or "for" in {@code [from, to)}: "(the governor) of the southern Lviv region". */
  private String qualifier(int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if (d.token(k).is("of") || d.token(k).is("for")) {
        for (int j = k + 1; j < to && j <= k + 4; j++) {
          if (d.token(j).isWord() && d.token(j).capitalised()) {
            return d.token(j).text();
          }
        }
        return null;
      }
    }
    return null;
  }

  /**
   * True when the role the article gave this person names {@code word}, or its adjective: "governor
   * of the Lviv region" for "Lviv governor", "president of Ukraine" for "Ukrainian President".
   */
  private boolean holdsFor(Source holder, String word) {
    Entity e = holder.entity() >= 0 ? d.entities.entities().get(holder.entity()) : null;
    if (e == null || e.role() == null) {
      return false;
    }
    String w = word.toLowerCase(Locale.ROOT);
    for (String r : e.role().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      int common = 0;
      while (common < r.length() && common < w.length() && r.charAt(common) == w.charAt(common)) {
        common++;
      }
      if (common == w.length() || common >= Math.min(5, w.length() - 1) && common >= Math.min(5, r.length() - 1)) {
        return true;
      }
    }
    return false;
  }

  /** True when the article gives entity {@code i} this role or a title that holds it ("Justice" for "judge"). */
  boolean titled(int i, String role) {
    Entity e = d.entities.entities().get(i);
    return e.role() != null && (headsRole(e.role(), role)
        || Lexicon.ROLE_SYNONYMS.getOrDefault(role, List.of()).stream().anyMatch(t -> headsRole(e.role(), t)))
        || roles.getOrDefault(i, Set.of()).contains(role);
  }

  /** The only person (else the last named before) whose role, or a title that holds it, is {@code role}. */
  private Source roleHolder(String role, int before) {
    String lower = role.toLowerCase(Locale.ROOT);
    int found = -1;
    List<Entity> entities = d.entities.entities();
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      boolean holds = titled(i, lower) || e.role() != null && initials(e.role()).equals(lower);
      if (e.type() == EntityType.PERSON && holds) {
        found = found == -1 ? i : -2;
      }
    }
    if (found >= 0) {
      return named(found, "title");
    }
    if (found == -2) {
      for (int k = before - 1; k >= 0; k--) {
        Entity e = d.entity(k);
        if (e != null && e.type() == EntityType.PERSON && titled(d.entityIndex(k), lower)) {
          return named(d.entityIndex(k), "title"); // of several, the last named before
        }
      }
    }
    return null;
  }

  /**
   * The organisation a description stands for: the one whose name has the word ("the ministry":
   * the Energy Ministry), the last named of several; for a company word ("the carmaker"), else the
   * organisation named most before it.
   */
  private Source organization(String word, NounKind kind, int before, boolean bare) {
    return organization(word, kind, before, bare, bare);
  }

  /**
   * As above; {@code bare}: the description says no more than its noun and an adjective;
   * {@code plain}: it is only "the" and its noun ("the agency").
   */
  private Source organization(String word, NounKind kind, int before, boolean bare, boolean plain) {
    String singular = word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y"
        : word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    Integer given = described.get(word);
    if (given == null) {
      given = described.get(singular);
    }
    if (given != null) {
      return named(given, "description");
    }
    Source unknown = describedNames.getOrDefault(word, describedNames.get(singular));
    if (unknown != null && d.entities.entities().stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION
        && (hasWord(e.name(), word) || hasWord(e.name(), singular)))) {
      return unknown.via("description");
    }
    int only = -1;
    List<Entity> entities = d.entities.entities();
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      if (e.type() == EntityType.ORGANIZATION && (hasWord(e.name(), word) || hasWord(e.name(), singular)
          || e.aliases().stream().anyMatch(a -> hasWord(a, word)))) {
        only = only == -1 ? i : -2;
      }
    }
    if (only >= 0) {
      return named(only, "description");
    }
    if (only == -2) {
      for (int k = before - 1; k >= 0; k--) {
        Entity e = d.entity(k);
        if (e != null && e.type() == EntityType.ORGANIZATION && hasWord(e.name(), singular)) {
          return named(d.entityIndex(k), "description");
        }
      }
    }
    if (!bare) {
      return null; // "the union representing train drivers" says which union: no other one
    }
    if (kind == NounKind.COMPANY) {
      for (var e : described.entrySet()) {
        if (Lexicon.SOURCES.get(e.getKey()) == NounKind.COMPANY) {
          return named(e.getValue(), "description"); // "Grid West, the grid operator," then "the company said"
        }
      }
      Source quoted = lastSpoken(before, GROUP_PARAGRAPHS, s -> s.type() == SpeakerType.ORGANIZATION
          && (s.entity() >= 0 && !publicBody(d.entities.entities().get(s.entity())) || s.resolution().equals("proper"))
          || s.type() == SpeakerType.PERSON && unlikelyPerson(s));
      if (quoted != null) {
        return new Source(quoted.name(), SpeakerType.ORGANIZATION, "description", quoted.entity(), false);
      }
      Source represented = representedBy(before);
      if (represented != null) {
        return represented;
      }
      Source most = mostNamedOrganization(before, true);
      if (most != null) {
        return most.via("description");
      }
      Source proper = lastSpoken(before, PRONOUN_REACH, s -> s.resolution().equals("proper")
          && (s.name().indexOf(' ') > 0 || s.type() == SpeakerType.ORGANIZATION));
      return proper == null ? null : new Source(proper.name(), SpeakerType.ORGANIZATION, "description", -1, false);
    }
    if (kind == NounKind.AGENCY && plain) {
      // "the agency said": the public body quoted just before, not a company
      Source quoted = lastSpoken(before, GROUP_PARAGRAPHS, s -> s.type() == SpeakerType.ORGANIZATION && s.entity() >= 0
          && publicBody(d.entities.entities().get(s.entity())));
      return quoted == null ? null : quoted.via("description");
    }
    return null;
  }

  /**
   * "X, chair of the Y Association, said …. According to the group, …": the organisation named in
   * the role of the person who spoke last in the same paragraph.
   */
  private Source representedBy(int before) {
    Source person = lastSpoken(before, 0, s -> s.type() == SpeakerType.PERSON && s.entity() >= 0);
    if (person == null) {
      return null;
    }
    String role = d.entities.entities().get(person.entity()).role();
    if (role == null) {
      return null;
    }
    List<Entity> entities = d.entities.entities();
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      if (e.type() == EntityType.ORGANIZATION && role.contains(e.name())) {
        return named(i, "description");
      }
    }
    return null;
  }

  /**
   * A name taken for a person's that starts with no given name ("Vellmar Automobilwerke"): when the
   * article then writes "the carmaker", it was a company's.
   */
  private boolean unlikelyPerson(Source s) {
    String[] words = s.name().split(" ");
    return words.length >= 2 && !Lexicon.GIVEN_NAMES.containsKey(words[0].toLowerCase(Locale.ROOT))
        && (s.entity() < 0 || genders[s.entity()] == null && d.entities.entities().get(s.entity()).role() == null);
    // "Liu Zhenhai, the project's lead scientist": a person given a role is no company
  }

  /** A public body, not a company: its name has a word for one ("Coast Guard", "Ministry of Energy"). */
  private static boolean publicBody(Entity e) {
    for (String w : e.name().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (Lexicon.PUBLIC_BODIES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private Source mostNamedOrganization(int before) {
    return mostNamedOrganization(before, false);
  }

  /**
   * The organisation named most often before {@code before}, the last named of those on a tie;
   * for a company word only those that are not public bodies.
   */
  private Source mostNamedOrganization(int before, boolean companies) {
    int[] counts = new int[d.entities.entities().size()];
    int best = -1;
    int limit = before < d.size() ? d.token(before).start() : Integer.MAX_VALUE;
    for (var mention : d.entities.mentions()) { // fewer than the tokens: this runs for every "the company"
      if (mention.start() < 0) {
        continue;
      }
      if (mention.start() >= limit) {
        break;
      }
      int e = mention.entity();
      Entity entity = d.entities.entities().get(e);
      if (entity.type() == EntityType.ORGANIZATION && !(companies && publicBody(entity))) {
        counts[e]++;
        if (best < 0 || counts[e] >= counts[best]) {
          best = e;
        }
      }
    }
    return best < 0 ? null : named(best, "name");
  }

  /** "it": the organisation named most before, else the one quoted last nearby. */
  private Source organizationBefore(int at) {
    Source most = mostNamedOrganization(at);
    if (most != null) {
      return most.via("pronoun");
    }
    Source quoted = lastSpoken(at, GROUP_PARAGRAPHS, s -> s.type() == SpeakerType.ORGANIZATION);
    return quoted == null ? null : quoted.via("pronoun");
  }

  /** "It said": the organisation quoted in the sentence before, else the one named most. */
  private Source organizationSpeaking(int at) {
    int s = d.sentenceOf(Math.min(at, d.size() - 1));
    int from = d.sentenceStart(Math.max(0, s - 1));
    for (int k = spoken.size() - 1; k >= 0; k--) {
      Spoken sp = spoken.get(k);
      if (sp.token() < from) {
        break;
      }
      if (sp.token() < at && sp.source().type() == SpeakerType.ORGANIZATION) {
        return sp.source().via("pronoun"); // "The ministry said … It also said"
      }
    }
    return organizationBefore(at);
  }

  /** "they": the group or organisation quoted last nearby, else a group that opens the sentence before. */
  private Source group(int at) {
    int s = d.sentenceOf(Math.min(at, d.size() - 1));
    if (s > 0 && d.paragraphOf(s - 1) == d.paragraphOf(s)) {
      int from = d.sentenceStart(s - 1);
      for (Spoken sp : spoken) {
        if (sp.token() >= from && sp.token() < d.sentenceEnd(s - 1) && (sp.source().plural()
            || sp.source().type() == SpeakerType.ORGANIZATION)) {
          return sp.source().via("pronoun");
        }
      }
      int k = from;
      while (k < d.sentenceEnd(s - 1) && k - from < LABEL_WORDS && d.token(k).isWord()
          && !Lexicon.AUXILIARIES.contains(d.token(k).lower()) && Lexicon.verb(d.token(k).lower()) == null
          && !Lexicon.PREPOSITIONS.contains(d.token(k).lower()) && !(k > from && d.token(k).lower().endsWith("ed"))) {
        k++;
      }
      String head = k > from ? d.token(k - 1).lower() : "";
      if (k - from <= PLURAL_WORDS && (head.endsWith("s") && !d.token(k - 1).capitalised()
          || Lexicon.SOURCES.containsKey(head))) {
        Source subject = label(from, k, Lexicon.SOURCES.containsKey(head)
            ? Lexicon.typeOf(Lexicon.SOURCES.get(head)) : SpeakerType.UNNAMED);
        return subject == null ? null : subject.via("pronoun"); // "Rescue teams recovered 19 bodies. They said …"
      }
    }
    Source quoted = lastSpoken(at, GROUP_PARAGRAPHS, src -> src.plural() || src.type() == SpeakerType.ORGANIZATION);
    return quoted == null ? null : quoted.via("pronoun");
  }

  /**
   * The person "he" or "she" stands for: in the nearest sentence before that names someone of that
   * gender (or of unknown gender), the one quoted there, else the one named first (the subject).
   */
  private Source person(Gender gender, int at) {
    int s0 = d.sentenceOf(Math.min(at, d.size() - 1));
    for (int s = s0; s >= 0 && s0 - s <= PRONOUN_REACH; s--) {
      int from = d.sentenceStart(s);
      int to = s == s0 ? at : d.sentenceEnd(s);
      for (Spoken sp : spoken) { // the sentence's first speaker: its main clause, not a speaker reported inside it
        Source src = sp.source();
        boolean someone = src.type() == SpeakerType.PERSON || src.type() == SpeakerType.UNNAMED && !src.plural()
            && s == s0 - 1 && Lexicon.SOURCES.get(src.name().substring(src.name().lastIndexOf(' ') + 1)) == NounKind.UNNAMED;
        if (sp.token() >= from && sp.token() < to && someone && (src.entity() < 0 || agrees(src.entity(), gender))) {
          return src.via("pronoun"); // "A diplomat in Bangui said … The rebels, he said, …"
        }
      }
      for (int k = from; k < to; k++) {
        int e = d.entityIndex(k);
        if (e >= 0 && (k == 0 || d.mention(k - 1) != d.mention(k))
            && d.entities.entities().get(e).type() == EntityType.PERSON && agrees(e, gender) && !possessiveName(k)) {
          return named(e, "pronoun");
        }
      }
    }
    return null;
  }

  /** "Navalny's lawyer": a name in the possessive is not who a later pronoun stands for. */
  private boolean possessiveName(int k) {
    int m = d.mention(k);
    int e = k;
    while (e + 1 < d.size() && d.mention(e + 1) == m) {
      e++;
    }
    return d.token(e).possessive();
  }

  private boolean agrees(int entity, Gender gender) {
    return genders[entity] == null || genders[entity] == gender;
  }

  /** Each person's gender: an honorific before a mention, a gendered role, a gendered given name. */
  private static Gender[] genders(Discourse d) {
    List<Entity> entities = d.entities.entities();
    Gender[] out = new Gender[entities.size()];
    for (int k = 0; k < d.size(); k++) {
      int e = d.entityIndex(k);
      if (e < 0 || out[e] != null || k > 0 && d.mention(k - 1) == d.mention(k)) {
        continue;
      }
      Gender g = k > 0 && d.token(k - 1).isWord() ? Lexicon.GENDER_WORDS.get(d.token(k - 1).lower()) : null;
      if (g == null) {
        g = Lexicon.GENDER_WORDS.get(d.token(k).lower()); // "Mrs. Ortega" read as one name
      }
      out[e] = g;
    }
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      if (out[i] != null || e.type() != EntityType.PERSON) {
        continue;
      }
      if (e.role() != null) {
        for (String w : NOT_ROLE_WORD.split(e.role().toLowerCase(Locale.ROOT))) {
          Gender g = Lexicon.GENDER_WORDS.get(w);
          if (g != null) {
            out[i] = g;
          }
        }
      }
      if (out[i] == null) {
        String first = e.name().split("[\\s-]+")[0].toLowerCase(Locale.ROOT);
        out[i] = Lexicon.GIVEN_NAMES.get(first);
      }
    }
    return out;
  }

  /** The initials of a role's capitalised words, lower case: "Superintendent of Police" is "sp". */
  private static String initials(String role) {
    StringBuilder b = new StringBuilder();
    for (String w : role.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        b.append(Character.toLowerCase(w.charAt(0)));
      }
    }
    return b.length() > 1 ? b.toString() : "";
  }

  /**
   * True when {@code lowerWord} is the role itself, not what it is of: "head of the research team"
   * holds "head", not "team".
   */
  static boolean headsRole(String role, String lowerWord) {
    String[] words = NOT_ROLE_WORD.split(role.toLowerCase(Locale.ROOT));
    for (String w : words) {
      if (w.equals("of") || w.equals("for") || w.equals("at") || w.equals("with") || w.equals("to")) {
        return false;
      }
      if (w.equals(lowerWord)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasWord(String phrase, String lowerWord) {
    String p = phrase.toLowerCase(Locale.ROOT);
    int at = p.indexOf(lowerWord);
    while (at >= 0) {
      int end = at + lowerWord.length();
      boolean startOk = at == 0 || !Character.isLetter(p.charAt(at - 1));
      boolean endOk = end == p.length() || !Character.isLetter(p.charAt(end));
      if (startOk && endOk) {
        return true;
      }
      at = p.indexOf(lowerWord, at + 1);
    }
    return false;
  }
}
