package org.newsfacet.extract.attribution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsfacet.internal.Resources;
import org.newsfacet.model.SpeakerType;

/**
 * The words attribution reads: reporting and estimating verbs, source nouns, documents, gendered
 * words and names. Knowledge that grows is in the resource files beside this class; the closed
 * word classes of English grammar (determiners, pronouns, prepositions) are constants here.
 */
final class Lexicon {
  /** How a reporting verb takes what was said; see reporting-verbs.tsv. */
  enum VerbClass { SAY, REPORT, DEED, PARTICIPLE }

  /** What a source noun names; see source-nouns.tsv. */
  enum NounKind { UNNAMED, ORGANIZATION, AGENCY, COMPANY, SPOKESPERSON, NAME_HEAD }

  /** A person's grammatical gender, as pronouns need it. */
  enum Gender { MALE, FEMALE }

  static final Map<String, VerbClass> VERBS = verbs();
  static final Set<String> FIGURE_VERBS = Set.copyOf(Resources.lines(Lexicon.class, "figure-verbs.txt"));
  /** Irregular past forms ("rose", "fell", "sold"): with the regular ones in -ed, the verbs of a clause that says what happened. */
  static final Set<String> PAST_FORMS = Set.copyOf(Resources.lines(Lexicon.class, "past-forms.txt"));
  static final Map<String, NounKind> SOURCES = sources();
  /** Words for public bodies ("ministry", "council", "police"): an organisation named with one is no company. */
  static final Set<String> PUBLIC_BODIES = publicBodies();
  static final Set<String> DOCUMENTS = Set.copyOf(Resources.lines(Lexicon.class, "document-nouns.txt"));
  static final Set<String> VERB_MODIFIERS = Set.copyOf(Resources.lines(Lexicon.class, "verb-modifiers.txt"));
  static final Map<String, Gender> GENDER_WORDS = genders("gender-words.tsv");
  static final Map<String, Gender> GIVEN_NAMES = genders("/org/newsfacet/extract/entity/given-name-genders.tsv");
  /** Offices and occupations that stand for the person who holds them: "the president said". */
  static final Set<String> ROLES = titles("role");
  /** The titles that hold a role a description names: "the judge" is "Mrs Justice Alderton" (role-synonyms.tsv). */
  static final Map<String, List<String>> ROLE_SYNONYMS = roleSynonyms();
  /** Abbreviations that stand before a name and never end a sentence: "Gen.", "Sen.", "Dr.". */
  static final Set<String> NAME_ABBREVIATIONS = abbreviations();

  /** Words before "reports" or "estimates" that make them nouns: "media reports said", "unconfirmed reports". */
  static final Set<String> DOCUMENT_MODIFIERS = Set.of("media", "news", "unconfirmed", "local", "initial",
      "earlier", "previous", "recent", "official", "press", "separate", "conflicting", "multiple", "early", "first",
      "preliminary", "latest", "new", "government", "police", "budget", "market", "analyst", "analysts");
  /** Verbs that revise a figure, which give one only with an estimate: "raised its forecast to", "put the toll at". */
  static final Set<String> REVISING = Set.of("put", "puts", "raised", "lowered", "cut", "lifted", "trimmed");

  /** Common words, which open sentences with a capital but are no names: "Jobless claims edged down". */
  static final Set<String> COMMON_WORDS = Set.copyOf(Resources.lines(Lexicon.class,
      "/org/newsfacet/extract/entity/common-words.txt").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
  /** Words that say when: "said Tuesday", "said late on Monday", "Figures from the statistics office today". */
  static final Set<String> TIME_WORDS = Set.of("today", "yesterday", "tonight", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "last", "this", "late", "early", "earlier", "later",
      "recently", "previously", "again", "too", "also", "then", "afterwards", "repeatedly", "separately", "publicly",
      "privately", "overnight", "herself", "himself", "themselves", "itself", "instead", "here", "there", "now");
  /** Subordinators that open an adverbial clause: "told Reuters after her family fled" says when, not what. */
  static final Set<String> ADVERBIAL_OPENERS = Set.of("after", "before", "when", "as", "while", "because", "since",
      "although", "though", "if", "until", "unless", "once", "whereas", "during", "amid", "despite");
  static final Set<String> DETERMINERS = Set.of("a", "an", "the", "one", "two", "three", "four", "five", "several",
      "some", "another", "many", "other", "its", "his", "her", "their", "our", "this", "that", "these", "those", "each",
      "both", "all", "most", "few");
  static final Set<String> DEFINITE = Set.of("the", "its", "his", "her", "their", "this", "that", "these", "those");
  static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we");
  static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me", "you", "it");
  static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its");
  static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "for", "of", "from", "with", "by", "to", "after",
      "before", "during", "over", "under", "about", "near", "outside", "inside", "across", "through", "since", "until",
      "via", "without", "within", "against", "among", "between", "into", "onto", "upon", "amid", "despite", "like");
  /** Words that open a clause of their own: whatever stands after them has another subject. */
  static final Set<String> CLAUSE_WORDS = Set.of("that", "which", "who", "whom", "whose", "where", "while", "whereas",
      "because", "although", "though", "but", "as", "if", "when", "since", "after", "before", "unless", "until", "so");
  /** Subordinators after an attribution: ", as rescuers searched": the writer's own clause follows. */
  static final Set<String> SUBORDINATORS = Set.of("as", "while", "whereas", "although", "though", "because", "after",
      "before", "when", "amid", "despite", "but");
  static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "so", "yet", "meanwhile", "however", "also", "still",
      "then", "now", "separately", "earlier", "later", "instead");
  /** Auxiliaries and modals: a clause has one or a finite verb; "said staff had switched" is a clause. */
  static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
      "will", "would", "could", "can", "may", "might", "should", "must", "shall", "did", "does", "do", "isn't",
      "wasn't", "weren't", "aren't", "won't", "wouldn't", "couldn't", "can't", "didn't", "doesn't", "don't", "hasn't",
      "haven't", "hadn't", "shouldn't");
  /** Verbs of telling whose hearer stands between the verb and what was said: "told reporters that". */
  static final Set<String> TELLING = Set.of("told", "tell", "tells", "telling", "informed", "assured", "warned",
      "reminded", "advised", "urged", "asked");
  /** Words after a noun that open its modifier: "a spokesman for", "economists surveyed by", "a person familiar with". */
  static final Set<String> POSTMODIFIERS = Set.of("for", "of", "at", "in", "from", "with", "on", "to", "by", "familiar",
      "close", "surveyed", "polled", "based", "who", "which", "that", "representing", "involved", "briefed", "quoted",
      "cited", "speaking", "knowledgeable", "present");

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
    for (String line : Resources.lines(Lexicon.class, "reporting-verbs.tsv")) {
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
    for (String line : Resources.lines(Lexicon.class, "source-nouns.tsv")) {
      String[] c = line.split("\t");
      m.put(c[0].strip(), NounKind.valueOf(c[1].strip()));
    }
    for (String head : Resources.lines(Lexicon.class, "/org/newsfacet/extract/entity/org-heads.txt")) {
      String w = head.strip().toLowerCase(Locale.ROOT);
      if (w.chars().allMatch(Character::isLetter) && w.length() > 3) {
        m.putIfAbsent(w, NounKind.NAME_HEAD);
      }
    }
    return Map.copyOf(m);
  }

  private static Set<String> publicBodies() {
    Set<String> out = new HashSet<>();
    for (String line : Resources.lines(Lexicon.class, "source-nouns.tsv")) {
      String[] c = line.split("\t");
      NounKind kind = NounKind.valueOf(c[1].strip());
      if (kind == NounKind.ORGANIZATION || kind == NounKind.AGENCY) {
        out.add(c[0].strip());
      }
    }
    return Set.copyOf(out);
  }

  /** The speaker type of a source noun's label. */
  static SpeakerType typeOf(NounKind kind) {
    return kind == NounKind.ORGANIZATION || kind == NounKind.AGENCY || kind == NounKind.COMPANY
        ? SpeakerType.ORGANIZATION : SpeakerType.UNNAMED;
  }

  private static Map<String, Gender> genders(String resource) {
    Map<String, Gender> m = new HashMap<>();
    if (Lexicon.class.getResource(resource) == null) {
      return Map.of();
    }
    for (String line : Resources.lines(Lexicon.class, resource)) {
      String[] c = line.split("\t");
      if (c.length == 2) {
        m.put(c[0].strip().toLowerCase(Locale.ROOT), c[1].strip().equals("f") ? Gender.FEMALE : Gender.MALE);
      }
    }
    return Map.copyOf(m);
  }

  private static List<String[]> titleLines() {
    return Resources.lines(Lexicon.class, "/org/newsfacet/extract/entity/titles.tsv").stream()
        .map(l -> l.split("\t")).filter(c -> c.length == 2).toList();
  }

  private static Map<String, List<String>> roleSynonyms() {
    Map<String, List<String>> out = new HashMap<>();
    for (String line : Resources.lines(Lexicon.class, "role-synonyms.tsv")) {
      String[] c = line.split("\t");
      if (c.length == 2) {
        out.put(c[0].strip(), List.of(c[1].strip().split("\\s*,\\s*")));
      }
    }
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

  private static Set<String> abbreviations() {
    Set<String> out = new HashSet<>();
    for (String[] c : titleLines()) {
      String t = c[0].strip();
      if (t.endsWith(".") && t.indexOf(' ') < 0 && !c[1].strip().equals("postnominal")) {
        out.add(t.substring(0, t.length() - 1));
      }
    }
    return Set.copyOf(out);
  }
}
