package org.newsfacet.extract.attribution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsfacet.internal.English;
import org.newsfacet.model.SpeakerType;

/**
 * The words attribution reads: reporting and estimating verbs, source nouns, documents, gendered
 * words and names, and the closed word classes of English grammar (determiners, pronouns,
 * prepositions). Every list is a resource of the English lexicon ({@link English}), or of the entity
 * recognizer where attribution reads the recognizer's own knowledge (given names, titles); the
 * reporting verbs stay beside this class because the recognizer reads them there too.
 */
final class Lexicon {
  /** How a reporting verb takes what was said; see reporting-verbs.tsv. */
  enum VerbClass { SAY, REPORT, DEED, PARTICIPLE }

  /** What a source noun names; see source-nouns.tsv. */
  enum NounKind { UNNAMED, ORGANIZATION, AGENCY, COMPANY, SPOKESPERSON, NAME_HEAD }

  /** A person's grammatical gender, as pronouns need it. */
  enum Gender { MALE, FEMALE }

  static final Map<String, VerbClass> VERBS = verbs();
  static final Set<String> FIGURE_VERBS = English.words("figure-verbs");
  /** Irregular past forms ("rose", "fell", "sold"): with the regular ones in -ed, the verbs of a clause that says what happened. */
  static final Set<String> PAST_FORMS = English.words("past-forms");
  static final Map<String, NounKind> SOURCES = sources();
  /** Words for public bodies ("ministry", "council", "police"): an organisation named with one is no company. */
  static final Set<String> PUBLIC_BODIES = publicBodies();
  static final Set<String> DOCUMENTS = English.words("document-nouns");
  static final Set<String> VERB_MODIFIERS = English.words("verb-modifiers");
  static final Map<String, Gender> GENDER_WORDS = genders(English.table("gender-words"));
  static final Map<String, Gender> GIVEN_NAMES = genders(givenNames());
  /** Offices and occupations that stand for the person who holds them: "the president said". */
  static final Set<String> ROLES = titles("role");
  /** The titles that hold a role a description names: "the judge" is "Mrs Justice Alderton" (role-synonyms.tsv). */
  static final Map<String, List<String>> ROLE_SYNONYMS = roleSynonyms();

  /** Words before "reports" or "estimates" that make them nouns: "media reports said", "unconfirmed reports". */
  static final Set<String> DOCUMENT_MODIFIERS = English.words("document-modifiers");
  /** Verbs that revise a figure, which give one only with an estimate: "raised its forecast to", "put the toll at". */
  static final Set<String> REVISING = English.words("revising-verbs");

  /** Common words, which open sentences with a capital but are no names: "Jobless claims edged down". */
  static final Set<String> COMMON_WORDS = Set.copyOf(English.entries("common-words").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
  /** Words that say when: "said Tuesday", "said late on Monday", "Figures from the statistics office today". */
  static final Set<String> TIME_WORDS = English.words("time-words");
  /** Subordinators that open an adverbial clause: "told the radio station after the dam burst" says when, not what. */
  static final Set<String> ADVERBIAL_OPENERS = English.words("adverbial-openers");
  static final Set<String> DETERMINERS = English.words("determiners");
  static final Set<String> DEFINITE = English.words("definite-determiners");
  static final Set<String> PRONOUNS = English.words("subject-pronouns");
  static final Set<String> OBJECT_PRONOUNS = English.words("object-pronouns");
  static final Set<String> POSSESSIVE_PRONOUNS = English.words("possessive-pronouns");
  static final Set<String> PREPOSITIONS = English.words("prepositions");
  /** Words that open a clause of their own: whatever stands after them has another subject. */
  static final Set<String> CLAUSE_WORDS = English.words("clause-words");
  /** Subordinators after an attribution: ", as rescuers searched": the writer's own clause follows. */
  static final Set<String> SUBORDINATORS = English.words("subordinators");
  static final Set<String> CONJUNCTIONS = English.words("linking-words");
  /** Auxiliaries and modals: a clause has one or a finite verb; "said staff had switched" is a clause. */
  static final Set<String> AUXILIARIES = English.words("auxiliaries");
  /** Verbs of telling whose hearer stands between the verb and what was said: "told reporters that". */
  static final Set<String> TELLING = English.words("telling-verbs");
  /** Words after a noun that open its modifier: "a spokesman for", "economists surveyed by", "a person familiar with". */
  static final Set<String> POSTMODIFIERS = English.words("postmodifier-openers");

  private Lexicon() {}

  static VerbClass verb(String lower) {
    return VERBS.get(lower);
  }

  /** True for a verb that can introduce or close a quotation or reported speech. */
  static boolean isReportingVerb(String lower) {
    return VERBS.containsKey(lower);
  }

  private static Map<String, VerbClass> verbs() {
    Map<String, VerbClass> m = new HashMap<>();
    for (String line : English.rows("reporting-verbs")) {
      String[] c = line.split("\t");
      m.put(c[0].strip(), VerbClass.valueOf(c[1].strip().toUpperCase(Locale.ROOT)));
    }
    return Map.copyOf(m);
  }

  /**
   * The source nouns, and the head words of organisation names ("Trust", "Cooperative") as nouns
   * for the organisation an article named: "the trust said" is the Supporters' Trust.
   */
  private static Map<String, NounKind> sources() {
    Map<String, NounKind> m = new HashMap<>();
    English.table("source-nouns").forEach((noun, kind) -> m.put(noun, NounKind.valueOf(kind)));
    for (String head : English.entries("org-heads")) {
      String w = head.strip().toLowerCase(Locale.ROOT);
      if (w.chars().allMatch(Character::isLetter) && w.length() > 3) {
        m.putIfAbsent(w, NounKind.NAME_HEAD);
      }
    }
    return Map.copyOf(m);
  }

  private static Set<String> publicBodies() {
    Set<String> out = new HashSet<>();
    English.table("source-nouns").forEach((noun, word) -> {
      NounKind kind = NounKind.valueOf(word);
      if (kind == NounKind.ORGANIZATION || kind == NounKind.AGENCY) {
        out.add(noun);
      }
    });
    return Set.copyOf(out);
  }

  /** The speaker type of a source noun's label. */
  static SpeakerType typeOf(NounKind kind) {
    return kind == NounKind.ORGANIZATION || kind == NounKind.AGENCY || kind == NounKind.COMPANY
        ? SpeakerType.ORGANIZATION : SpeakerType.UNNAMED;
  }

  /** A table of word to "m" or "f" as genders, the words in lower case. */
  private static Map<String, Gender> genders(Map<String, String> table) {
    Map<String, Gender> m = new HashMap<>();
    table.forEach((word, g) -> m.put(word.toLowerCase(Locale.ROOT), g.equals("f") ? Gender.FEMALE : Gender.MALE));
    return Map.copyOf(m);
  }

  /**
   * Given names with their gender: the lines of two columns, a later line for a name winning over
   * an earlier one.
   */
  private static Map<String, String> givenNames() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String line : English.rows("given-name-genders")) {
      String[] c = line.split("\t");
      if (c.length == 2) {
        m.put(c[0].strip().toLowerCase(Locale.ROOT), c[1].strip());
      }
    }
    return m;
  }

  private static List<String[]> titleLines() {
    return English.rows("titles").stream()
        .map(l -> l.split("\t")).filter(c -> c.length == 2).toList();
  }

  private static Map<String, List<String>> roleSynonyms() {
    Map<String, List<String>> out = new HashMap<>();
    English.table("role-synonyms").forEach((role, titles) -> out.put(role, List.of(titles.split("\\s*,\\s*"))));
    return Map.copyOf(out);
  }

  private static Set<String> titles(String kind) {
    Set<String> out = new HashSet<>();
    for (String[] c : titleLines()) {
      if (c[1].strip().equals(kind) && c[0].indexOf(' ') < 0 && !c[0].endsWith(".")) {
        out.add(c[0].strip());
      }
    }
    return Set.copyOf(out);
  }
}
