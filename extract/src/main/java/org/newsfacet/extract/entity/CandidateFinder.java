package org.newsfacet.extract.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsfacet.internal.English;
import org.newsfacet.model.EntityType;

/**
 * Finds the names in a run of tokens and types what it can: runs of capitalised words (with their
 * connectors) are cut where sentence openers and titles say, then typed by the gazetteer, name
 * heads, roles, given names and the words around them. What context alone types stays weak, for
 * the merger to settle against the rest of the article.
 */
final class CandidateFinder {
  /** Verbs after which a name is a speaker, so a person (or an organisation the gazetteer knows). */
  static final Set<String> REPORTING = Set.copyOf(English.rows("reporting-verbs").stream()
      .map(line -> line.split("\t")[0].strip()).toList());
  /** Verbs of saying proper ("said", "told"), which follow a speaker and are no nouns. */
  private static final Set<String> SAYING = Set.copyOf(English.rows("reporting-verbs").stream()
      .map(line -> line.split("\t")).filter(c -> c.length > 1 && c[1].strip().equals("say")).map(c -> c[0].strip()).toList());
  /** Prepositions after which an unknown capitalised word is a place: "in Harbourton". */
  private static final Set<String> PLACE_PREPOSITIONS = English.words("place-prepositions");
  /** Days and months: "in Varnholm on Monday" is a place and a day, not one name. */
  private static final Set<String> TEMPORAL = daysAndMonths();
  /** Words that open a sentence but never a name, even before "Council" or "River". */
  private static final Set<String> FUNCTION_WORDS = English.words("opening-function-words");
  /** Lower-case words after a place that make it a region: "the Varnholm region", "Lindholm province". */
  private static final Set<String> REGION_WORDS = English.words("region-nouns");
  /** A headline with this many tenths of its words capitalised or more is in title case. */
  private static final int TITLE_CASE_TENTHS = 6;
  /** How many words before a name a reporting verb makes it a speaker ("said head librarian Jane Doe"). */
  private static final int SPEAKER_VERB_WORDS = 3;
  /** Lower-case words that stand inside people's names: "de" of "Ana de Souza", "van der". */
  private static final Set<String> PERSON_PARTICLES = English.words("person-name-particles");
  /** Weekdays: "Harbourton Monday" is a name and a day. */
  private static final Set<String> WEEKDAYS = English.words("weekdays");
  /** The name of the rule that reads names with particles as people's. */
  private static final String PARTICLE_NAME = "particle-name";
  /** The name of the rule that parts a person from the organisation or place after "of". */
  private static final String PERSON_OF = "person-of";
  /** The rule that reads a place's or title's word as a given name: "Florence Okafor". */
  private static final String AMBIGUOUS_GIVEN_NAME = "ambiguous-given-name";
  /** Words before a place: "in", "at", "from", "near"... */
  static final Set<String> PLACE_WORDS = placeWords();
  /** Plurals that name a party's members or a faith ("Democrats", "Catholics"): never a person. */
  static final Set<String> GROUP_PLURALS = English.words("group-plurals");
  /** Given names that are also places or titles: a person's only before a surname-like word. */
  private static final Set<String> AMBIGUOUS_GIVEN_NAMES = English.words("ambiguous-given-names");
  /** The most words of a name no list knows that context can make a person's. */
  private static final int UNKNOWN_PERSON_WORDS = 3;

  private final Gazetteer gazetteer;
  private final NameKeys keys;
  private final NameEvidence evidence;
  private final Roles roles;
  /** Rules that type a run no list knows as a whole, in the order tried. */
  private final List<ChunkRule> chunkRules;
  /** Rules that retype names from the words around them, in the order applied. */
  private final List<ContextRule> contextRules;

  CandidateFinder(Gazetteer gazetteer, NameKeys keys) {
    this.gazetteer = gazetteer;
    this.keys = keys;
    this.evidence = new NameEvidence(gazetteer, keys);
    this.roles = new Roles(gazetteer);
    this.chunkRules = List.of(new ClubNames(gazetteer, evidence), new TeamNicknames(gazetteer, evidence),
        new PersonNationalities(gazetteer, evidence), new NamesBeforePlaces(gazetteer, evidence),
        new OrgDescriptors(gazetteer, evidence));
    this.contextRules = List.of(new AcronymAliases(), new DatelinePlaces(evidence), new ScoreLines(gazetteer),
        new Contests(gazetteer), new OrgMembers(gazetteer), new PlaceOfNouns(),
        new PersonLists(), new UnknownNames(gazetteer));
  }

  private static Set<String> placeWords() {
    Set<String> out = new HashSet<>(PLACE_PREPOSITIONS);
    out.add("at");
    out.add("from");
    return Set.copyOf(out);
  }

  /** The weekdays and the months by their full names: the longest form months.tsv gives each ("september", not "sept"). */
  private static Set<String> daysAndMonths() {
    Map<String, String> fullNames = new HashMap<>();
    English.table("months").forEach((form, month) -> fullNames.merge(month, form, (a, b) -> b.length() > a.length() ? b : a));
    Set<String> words = new HashSet<>(English.words("weekdays"));
    words.addAll(fullNames.values());
    return Set.copyOf(words);
  }

  /** The candidate names of a run of tokens, in text order: each run of capitalised words typed as a chunk. */
  List<Candidate> candidates(List<Token> tokens) {
    List<Candidate> out = new ArrayList<>();
    int[] defined = definitions(tokens);
    int d = 0;
    int i = 0;
    while (i < tokens.size()) {
      while (d < defined.length && defined[d] < i) {
        d += 2;
      }
      if (d < defined.length && defined[d] == i) {
        int end = defined[d + 1];
        Gazetteer.Hit hit = evidence.known(tokens, i, end).orElse(null);
        // "Consumer Price Index (CPI)": the defined name stays whole, an organisation only with an organisation's head
        EntityType type = hit != null ? hit.type() : orgHeaded(tokens, i, end) ? EntityType.ORGANIZATION : null;
        add(tokens, i, end, type, hit == null ? null : hit.name(), out);
        Candidate c = out.get(out.size() - 1);
        c.rule = AcronymDefinitions.NAME; // kept even untyped: no later rule makes the whole an organisation
        c.decisive = type != null;
        i = end;
        continue;
      }
      if (!tokens.get(i).capitalised()) {
        i++;
        continue;
      }
      int end = chunkEnd(tokens, i);
      if (d < defined.length && defined[d] < end) {
        end = defined[d]; // the chunk runs into a defined name: it ends where that starts
      }
      int joined = ampersandEnd(tokens, i, end);
      if (joined > end) {
        // The firm's name is the capitalised words right before "&": "Shares of Brackley & Stour".
        int from = end;
        while (from > i && tokens.get(from - 1).capitalised() && !gazetteer.isCommonWord(tokens.get(from - 1).text())) {
          from--;
        }
        if (from < end) {
          int before = from > i && NameEvidence.isConnector(tokens.get(from - 1)) ? from - 1 : from;
          if (before > i) {
            classify(tokens, i, before, out);
          }
          // "Trinidad & Tobago": a place the gazetteer knows with "and" is that place, not a firm
          Gazetteer.Hit place = gazetteer.lookup(Token.span(tokens, from, end) + " and " + Token.span(tokens, end, joined))
              .filter(h -> h.type() == EntityType.LOCATION).orElse(null);
          Candidate c = new Candidate(Token.span(tokens, from, end) + " & " + Token.span(tokens, end, joined),
              tokens.get(from).start(), tokens.get(joined - 1).end(), place == null ? EntityType.ORGANIZATION : EntityType.LOCATION,
              place == null ? null : place.name());
          c.from = from;
          c.to = joined;
          if (place == null) {
            c.rule = "ampersand-name";
            c.decisive = true;
          }
          out.add(c);
          i = joined;
          continue;
        }
      }
      classify(tokens, i, end, out);
      i = end;
    }
    for (ContextRule rule : contextRules) {
      rule.apply(tokens, out);
    }
    return out;
  }

  /**
   * Rule {@code ampersand-name}: where capitalised words joined by "&" end ("Brackley & Stour
   * Holdings" is one firm), or {@code end} when no "&" follows the chunk, a side is a single
   * letter ("Q&A") or both sides are places the gazetteer knows.
   */
  private int ampersandEnd(List<Token> tokens, int from, int end) {
    if (end >= tokens.size() || tokens.get(end).markBefore() != '&' || !tokens.get(end).capitalised()
        || tokens.get(end - 1).text().length() < 2 || tokens.get(end).text().length() < 2) {
      return end;
    }
    int joined = chunkEnd(tokens, end);
    if (evidence.known(tokens, from, end).isPresent() && evidence.known(tokens, end, joined).isPresent()) {
      return end;
    }
    return joined;
  }

  /** True when a word of {@code tokens[from, to)} is an organisation's head ("Authority", "Bank"). */
  private boolean orgHeaded(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (gazetteer.isOrgHead(tokens.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  /** The names the text defines acronyms for, as pairs of first token and token after the last, in text order. */
  private static int[] definitions(List<Token> tokens) {
    int[] found = null;
    int n = 0;
    for (int k = 1; k < tokens.size(); k++) {
      if (!tokens.get(k).afterParenthesis()) {
        continue;
      }
      int from = AcronymDefinitions.definedFrom(tokens, k);
      if (from >= 0 && (n == 0 || from >= found[n - 1])) {
        if (found == null) {
          found = new int[8];
        } else if (n == found.length) {
          found = Arrays.copyOf(found, n * 2);
        }
        found[n++] = from;
        found[n++] = k;
      }
    }
    return found == null ? new int[0] : Arrays.copyOf(found, n);
  }

  /** Entities of a headline: title case makes every word capitalised, so only known names count. */
  List<Candidate> titleCandidates(String title, int at) {
    List<Token> tokens = Words.of(title, at);
    long capitalised = tokens.stream().filter(Token::capitalised).count();
    if (capitalised * 10 < tokens.size() * TITLE_CASE_TENTHS) {
      return candidates(tokens);
    }
    List<Candidate> out = new ArrayList<>();
    for (int j = 0; j < tokens.size(); ) {
      int len = evidence.knownAt(tokens, j, tokens.size());
      if (len > 0) {
        Gazetteer.Hit hit = evidence.known(tokens, j, j + len).orElseThrow();
        add(tokens, j, j + len, hit.type(), hit.name(), out);
        j += len;
      } else {
        Candidate c = new Candidate(tokens.get(j).text(), tokens.get(j).start(), tokens.get(j).end(), null, null);
        c.weak = true;
        if (tokens.get(j).capitalised() && !gazetteer.isCommonWord(tokens.get(j).text())) {
          out.add(c); // kept only if the body names it
        }
        j++;
      }
    }
    return out;
  }

  /** End (exclusive) of the run of capitalised words, with connectors, that starts at {@code i}. */
  private int chunkEnd(List<Token> tokens, int i) {
    int end = i + 1;
    while (end < tokens.size() && !tokens.get(end - 1).possessive() && tokens.get(end).joinedToPrevious()) {
      Token t = tokens.get(end);
      if (t.capitalised() && !WEEKDAYS.contains(t.lower())) {
        end++;
      } else if (NameEvidence.isConnector(t) && end + 1 < tokens.size() && tokens.get(end + 1).capitalised()
          && tokens.get(end + 1).joinedToPrevious() && !TEMPORAL.contains(tokens.get(end + 1).lower())) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  /** Types the chunk {@code tokens[from, to)}, adding what it names to {@code out}. */
  private void classify(List<Token> tokens, int from, int to, List<Candidate> out) {
    final int original = from;
    // Words that open sentences are no names ("The", "But", "Officials"), unless a known name starts
    // there; before a name head only function words go ("The High Court" keeps "High").
    boolean headed = to - from >= 2 && (gazetteer.isOrgHead(tokens.get(to - 1).text()) || gazetteer.isPlaceHead(tokens.get(to - 1).text())
        || evidence.isOrgOpening(tokens, from, to) || evidence.hasInnerOrgHead(tokens, from, to));
    while (from < to && gazetteer.isCommonWord(tokens.get(from).text())
        && (evidence.knownAt(tokens, from, to) == 0
            // "The National Disaster Management Authority": a known name inside ("The National") protects nothing
            || headed && evidence.knownAt(tokens, from, to) < to - from && FUNCTION_WORDS.contains(tokens.get(from).lower()))
        && roles.titleAt(tokens, from, to) == 0 && !evidence.isOrgOpening(tokens, from, to)
        && (!headed || FUNCTION_WORDS.contains(tokens.get(from).lower()) || to - from == 1)) {
      from++;
    }
    // "Shares of Greyholt Technologies": a common noun and "of" lead into the name, but are not of it.
    while (headed && to - from >= 3 && gazetteer.isCommonWord(tokens.get(from).text())
        && !gazetteer.isOrgHead(tokens.get(from).text()) && NameEvidence.isConnector(tokens.get(from + 1))
        && evidence.knownAt(tokens, from, to) == 0) {
      from += 2;
    }
    if (from >= to) {
      if (to - original == 1) {
        single(tokens, original, out);
      }
      return;
    }
    if (to - from == 2 && ambiguousGivenName(tokens, from)) {
      // Rule ambiguous-given-name: "Florence Okafor", "Dean Halloran" name people, not a city or a dean
      addPerson(tokens, from, to, roles.roleBefore(tokens, from), AMBIGUOUS_GIVEN_NAME, out);
      return;
    }
    // A title inside the chunk: "NATO Secretary-General Chidi Okonkwo", "President Alexander Stubb".
    int roleEnd = -1;
    for (int j = from; j < to - 1; ) {
      int len = roles.titleAt(tokens, j, to - 1);
      if (len > 0 && evidence.knownAt(tokens, j, to) > len) {
        len = 0; // a known name that opens with a title's word: "Sri Lanka", "Saint Lucia"
      }
      if (len > 0) {
        roleEnd = j + len;
        j += len;
      } else if ("modifier".equals(gazetteer.titleKind(tokens.get(j).text())) && roles.titleAt(tokens, j + 1, to - 1) > 0) {
        j++; // "Vice" of "Executive Vice President"
      } else if (roleEnd > 0 && roleEnd == j) {
        break; // the name starts after the last title
      } else {
        j++;
      }
    }
    if (gazetteer.isOrgHead(tokens.get(to - 1).text())) {
      roleEnd = -1; // "General Court", "General Staff": no person's name ends with "Court" or "Staff"
    }
    if (roleEnd > from && roleEnd < to && NameEvidence.isConnector(tokens.get(roleEnd))) {
      roleEnd = roles.nameStartAfterPortfolio(tokens, roleEnd, to); // "Minister for Fisheries" Ottilie Brandsma
    }
    if (roleEnd > from && roleEnd < to) {
      int titleStart = roles.firstTitle(tokens, from, roleEnd);
      if (titleStart > from) {
        classify(tokens, from, titleStart, out); // "NATO" of "NATO Secretary-General"
      }
      String role = roles.roleText(tokens, from, roleEnd);
      addPerson(tokens, roleEnd, to, role, out);
      return;
    }
    String before = roles.roleBefore(tokens, from);
    Optional<Gazetteer.Hit> known = evidence.known(tokens, from, to);
    if (known.isPresent()) {
      if (known.get().type() == EntityType.PERSON || before == null) {
        add(tokens, from, to, known.get().type(), known.get().name(), out);
        if (known.get().type() == EntityType.PERSON) {
          out.get(out.size() - 1).role = before;
        }
        return;
      }
    }
    if (before != null && !gazetteer.isDemonym(Token.span(tokens, from, to))
        && !(to - from >= 2 && gazetteer.isOrgHead(tokens.get(to - 1).text()))) {
      // "the broadcaster Harbour Television Network" names a body, not a person
      addPerson(tokens, from, to, before, out);
      return;
    }
    if (known.isPresent()) {
      add(tokens, from, to, known.get().type(), known.get().name(), out);
      return;
    }
    int of = ofAt(tokens, from, to);
    int person = of < 0 ? -1 : evidence.personLike(tokens, from, of) || of - from == 2 && ambiguousGivenName(tokens, from)
        ? from : personAfter(tokens, from, of);
    if (person >= from) {
      // "John Tarrant of Greyholt Technologies", "Economist John Tarrant of ...": rule person-of
      for (int k = from; k < person; k++) {
        single(tokens, k, out);
      }
      addPerson(tokens, person, to, person == from ? before : null, out);
      return;
    }
    if (to - from >= 2 && particleName(tokens, from, to)) {
      addPerson(tokens, from, to, before, PARTICLE_NAME, out);
      return;
    }
    for (ChunkRule rule : chunkRules) {
      EntityType type = rule.type(tokens, from, to);
      if (type == EntityType.PERSON) {
        addPerson(tokens, from, to, roles.appositiveRole(tokens, to), rule.name(), out);
        return;
      }
      if (type != null) {
        add(tokens, from, to, type, null, out);
        Candidate c = out.get(out.size() - 1);
        c.rule = rule.name();
        c.decisive = true;
        return;
      }
    }
    String last = tokens.get(to - 1).text();
    if (to - from >= 2 && gazetteer.isOrgHead(last) || evidence.isOrgOpening(tokens, from, to) || evidence.hasInnerOrgHead(tokens, from, to)) {
      add(tokens, from, to, EntityType.ORGANIZATION, null, out);
      return;
    }
    if (to - from >= 2 && gazetteer.isPlaceHead(last)) {
      add(tokens, from, to, EntityType.LOCATION, null, out);
      return;
    }
    if (!GROUP_PLURALS.contains(last) && (evidence.personLike(tokens, from, to)
        || (to - from >= 2 && to - from <= UNKNOWN_PERSON_WORDS && evidence.unknownWords(tokens, from, to)
        && !afterThe(tokens, from) && (personContext(tokens, from, to) || roles.appositiveRole(tokens, to) != null)))) {
      addPerson(tokens, from, to, roles.appositiveRole(tokens, to), out);
      return;
    }
    if (to - from >= 2 && to - from <= UNKNOWN_PERSON_WORDS && evidence.unknownWords(tokens, from, to) && !hasGivenName(tokens, from, to)) {
      // Words no list knows stay one name for the context rules to type ("Kirkby Stenmoor 2", a
      // line-up of people), and a place after "in" or "at".
      Candidate c = new Candidate(Token.span(tokens, from, to), tokens.get(from).start(), tokens.get(to - 1).end(), null, null);
      c.weak = true;
      c.from = from;
      c.to = to;
      Token previous = from > 0 ? tokens.get(from - 1) : null;
      if (previous != null && tokens.get(from).joinedToPrevious() && PLACE_PREPOSITIONS.contains(previous.lower())) {
        c.type = EntityType.LOCATION;
      }
      out.add(c);
      return;
    }
    if (to - from >= 2) {
      splitKnown(tokens, from, to, out);
      return;
    }
    single(tokens, from, out);
  }

  /**
   * Context that makes unknown capitalised words a person: a reporting verb after them ("Odile
   * Fenwick said") or just before them ("said head librarian Halvard Quennell"), ", who", or an age
   * in apposition ("Odile Fenwick, 67,").
   */
  private static boolean personContext(List<Token> tokens, int from, int to) {
    if (to < tokens.size()) {
      Token next = tokens.get(to);
      if (next.joinedToPrevious() && REPORTING.contains(next.lower())) {
        return true;
      }
      if (next.afterComma() && (next.lower().equals("who") || next.text().matches("\\d{1,3}"))) {
        return true;
      }
    }
    if (from >= 2 && tokens.get(from - 1).lower().equals("to") && tokens.get(from - 2).lower().equals("according")) {
      return true; // "according to Petra Ferrow"
    }
    for (int k = from - 1; k >= 0 && k >= from - SPEAKER_VERB_WORDS; k--) {
      Token t = tokens.get(k);
      if (REPORTING.contains(t.lower())) {
        return true;
      }
      if (t.capitalised() || !tokens.get(k + 1).joinedToPrevious()) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when token {@code from} is a given name that is also a place or a title ("Florence",
   * "Dean"), the word after it looks like a surname (capitalised, known to no list, no common word,
   * head, title or people's name, and no chunk rule reads the two as a team, "Phoenix Suns"), and
   * the article says it is a person: the surname alone later ("Okafor said"), a role before the
   * name, or a person's context after it ("..., 34,", "said", ", who"). Never after "the" or a
   * place's preposition ("at the Lincoln Memorial", "in Sherman Oaks").
   */
  private boolean ambiguousGivenName(List<Token> tokens, int from) {
    Token first = tokens.get(from);
    Token second = tokens.get(from + 1);
    String w = second.text();
    if (!AMBIGUOUS_GIVEN_NAMES.contains(first.text()) || first.possessive() || !second.joinedToPrevious()
        || !second.capitalised() || w.equals(w.toUpperCase(Locale.ROOT)) || afterThe(tokens, from)
        || from > 0 && first.joinedToPrevious() && PLACE_WORDS.contains(tokens.get(from - 1).lower())) {
      return false;
    }
    if (gazetteer.isCommonWord(w) || gazetteer.isOrgHead(w) || gazetteer.isPlaceHead(w) || gazetteer.isDemonym(w)
        || gazetteer.titleKind(w) != null || gazetteer.lookup(w).isPresent() || evidence.known(tokens, from, from + 2).isPresent()
        || chunkRules.stream().anyMatch(rule -> rule.type(tokens, from, from + 2) != null)) {
      return false;
    }
    return roles.roleBefore(tokens, from) != null || personContext(tokens, from, from + 2)
        || roles.appositiveRole(tokens, from + 2) != null || usedAloneLater(tokens, from + 2, w);
  }

  /** True when {@code word} stands alone as a name somewhere after token {@code from}: "Okafor said". */
  private static boolean usedAloneLater(List<Token> tokens, int from, String word) {
    for (int k = from; k < tokens.size(); k++) {
      if (tokens.get(k).text().equals(word) && !(tokens.get(k).joinedToPrevious() && tokens.get(k - 1).capitalised())
          && !(k + 1 < tokens.size() && tokens.get(k + 1).joinedToPrevious() && tokens.get(k + 1).capitalised())) {
        return true;
      }
    }
    return false;
  }

  /** True when "the" stands right before token {@code from}: "the Tarnwick Flats objected" names no person. */
  static boolean afterThe(List<Token> tokens, int from) {
    return from > 0 && tokens.get(from).joinedToPrevious() && tokens.get(from - 1).lower().equals("the");
  }

  /** A lone capitalised word: typed by context for now, and by the rest of the article when merged. */
  private void single(List<Token> tokens, int i, List<Candidate> out) {
    Token t = tokens.get(i);
    if (gazetteer.isDemonym(t.text())) {
      return;
    }
    if (gazetteer.isCommonWord(t.text())) {
      // "May said", "Hunt said": a surname that is also a word may join a person named in full, never start one.
      Candidate c = new Candidate(t.text(), t.start(), t.end(), null, null);
      c.weak = true;
      c.joinOnly = true;
      c.from = i;
      c.to = i + 1;
      out.add(c);
      return;
    }
    if (t.text().indexOf('-') > 0 && splitHyphenated(t, out)) {
      return;
    }
    Candidate c = new Candidate(t.text(), t.start(), t.end(), null, null);
    c.weak = true;
    c.from = i;
    c.to = i + 1;
    Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    Token previous = i > 0 ? tokens.get(i - 1) : null;
    if (next != null && next.joinedToPrevious() && REGION_WORDS.contains(next.lower())) {
      add(tokens, i, i + 1, EntityType.LOCATION, null, out); // "the Talbrook region"
      return;
    }
    // "The Commission said", "Democrats said": a body's head word or a group's plural names no person
    boolean headWord = gazetteer.isOrgHead(t.text()) || gazetteer.isPlaceHead(t.text()) || GROUP_PLURALS.contains(t.text());
    if (next != null && next.joinedToPrevious() && REPORTING.contains(next.lower()) && !headWord
        && (!t.sentenceStart() || SAYING.contains(next.lower()) && !plural(t.text()) && gazetteer.titleKind(t.text()) == null)) {
      // "Meteorologists said" and "Preliminary reports" open sentences; "Quiroga said." may open one too
      c.type = EntityType.PERSON;
    } else if (previous != null && t.joinedToPrevious() && REPORTING.contains(previous.lower()) && !plural(t.text()) && !headWord
        && (i + 1 == tokens.size() || tokens.get(i + 1).sentenceStart() || tokens.get(i + 1).afterComma() && !t.possessive())) {
      c.type = EntityType.PERSON; // "..., said Quiroga." and "..., said Quiroga, adding ..."
    } else if (previous != null && t.joinedToPrevious() && PLACE_PREPOSITIONS.contains(previous.lower())) {
      c.type = EntityType.LOCATION;
    }
    out.add(c);
  }

  /** A word that reads as a plural noun: "Meteorologists", "Officials". */
  private static boolean plural(String w) {
    return w.length() > 3 && w.charAt(w.length() - 1) == 's' && w.charAt(w.length() - 2) != 's';
  }

  /** "Varnholm-Lindholm": two known names joined by a hyphen; false when no part is one ("Bennani-Idrissi"). */
  private boolean splitHyphenated(Token t, List<Candidate> out) {
    int before = out.size();
    int offset = 0;
    for (String part : t.text().split("-")) {
      Optional<Gazetteer.Hit> hit = part.isEmpty() ? Optional.empty() : gazetteer.lookup(part);
      if (hit.isPresent() && hit.get().type() != EntityType.PERSON) {
        out.add(new Candidate(part, t.start() < 0 ? -1 : t.start() + offset,
            t.start() < 0 ? -1 : t.start() + offset + part.length(), hit.get().type(), hit.get().name()));
      }
      offset += part.length() + 1;
    }
    return out.size() > before;
  }

  /** A chunk no rule typed as a whole: the known names inside it, longest first from the left. */
  private void splitKnown(List<Token> tokens, int from, int to, List<Candidate> out) {
    int j = from;
    while (j < to) {
      int len = evidence.knownAt(tokens, j, to);
      if (len > 0) {
        Gazetteer.Hit hit = evidence.known(tokens, j, j + len).orElseThrow();
        add(tokens, j, j + len, hit.type(), hit.name(), out);
        j += len;
      } else {
        int next = j + 1;
        while (next < to && evidence.knownAt(tokens, next, to) == 0) {
          next++;
        }
        if (next - j == 1) {
          single(tokens, j, out);
        } else if (evidence.personLike(tokens, j, next)) {
          addPerson(tokens, j, next, null, out);
        } else {
          int person = personAfter(tokens, j, next);
          if (person > j) {
            // "Democrat Ilse Markvart": the words before a given name are no part of the name
            for (int k = j; k < person; k++) {
              single(tokens, k, out);
            }
            addPerson(tokens, person, next, roles.roleBefore(tokens, person), out);
          } else {
            for (int k = j; k < next; k++) {
              if (tokens.get(k).capitalised()) {
                single(tokens, k, out);
              }
            }
          }
        }
        j = next;
      }
    }
  }

  /**
   * Rule {@code particle-name}: capitalised words no list knows joined by a particle of people's
   * names, "Tavita de Souza", "Van der Merwe": a person. The particle must stand between two
   * capitalised words, or open the name in capitals.
   */
  private boolean particleName(List<Token> tokens, int from, int to) {
    int particles = 0;
    for (int k = from; k < to; k++) {
      if (PERSON_PARTICLES.contains(tokens.get(k).text()) || k == from && tokens.get(k).capitalised()
          && PERSON_PARTICLES.contains(tokens.get(k).lower())) {
        particles++;
      }
    }
    if (particles == 0) {
      return false; // most names hold none: no lookups
    }
    boolean particle = false;
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      // A particle opens a name only in capitals and before another: "Van der Merwe", not "Le Monde".
      boolean isParticle = PERSON_PARTICLES.contains(t.lower()) && (k == from
          ? t.capitalised() && to - from >= 3 && PERSON_PARTICLES.contains(tokens.get(k + 1).text())
          : !t.capitalised());
      if (isParticle) {
        particle = true;
      } else if (!t.capitalised() || gazetteer.isCommonWord(t.text()) || gazetteer.isOrgHead(t.text()) || gazetteer.isPlaceHead(t.text())
          || gazetteer.isDemonym(t.text()) || gazetteer.titleKind(t.text()) != null || gazetteer.lookup(t.text()).isPresent()) {
        return false;
      }
    }
    if (!particle || PERSON_PARTICLES.contains(tokens.get(to - 1).lower())) {
      return false;
    }
    // One word before the particle, or a given name and one more: "Sindicato Minero del Norte" is no one.
    int before = 0;
    while (from + before < to && !PERSON_PARTICLES.contains(tokens.get(from + before).lower())) {
      before++;
    }
    return before <= 1 || before == 2 && gazetteer.isGivenName(tokens.get(from).text());
  }

  /** True when a word of {@code tokens[from, to)} is a given name: "Democrat Ilse Markvart" holds a person's name. */
  private boolean hasGivenName(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (gazetteer.isGivenName(tokens.get(k).text()) || gazetteer.isSurnameFirst(tokens.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  /** Where "of" parts a name of two words or more from capitalised words after it; -1 for nowhere. */
  private static int ofAt(List<Token> tokens, int from, int to) {
    for (int k = from + 1; k + 1 < to; k++) {
      if (tokens.get(k).text().equals("of") && tokens.get(k + 1).capitalised()) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Where a person's name of two or three words that runs to {@code to} starts after {@code from}:
   * at a given name with no common word after it ("Democrat Ilse Markvart"); -1 for none.
   */
  private int personAfter(List<Token> tokens, int from, int to) {
    for (int k = Math.max(from + 1, to - UNKNOWN_PERSON_WORDS); k + 1 < to; k++) {
      if (gazetteer.isGivenName(tokens.get(k).text()) && !gazetteer.isCommonWord(tokens.get(k).text())
          && evidence.personLike(tokens, k, to) && !hasCommonWord(tokens, k + 1, to)) {
        return k;
      }
    }
    return -1;
  }

  private boolean hasCommonWord(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (gazetteer.isCommonWord(tokens.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  /** Adds the person {@code tokens[from, to)} as {@link #addPerson(List, int, int, String, List)} does, typed by {@code rule}. */
  private void addPerson(List<Token> tokens, int from, int to, String role, String rule, List<Candidate> out) {
    int size = out.size();
    addPerson(tokens, from, to, role, out);
    if (out.size() > size && out.get(size).rule == null) {
      out.get(size).rule = rule;
    }
  }

  private void addPerson(List<Token> tokens, int from, int to, String role, List<Candidate> out) {
    // Rule person-of: "Ilse Markvart of Harbour Holdings" is a person and where she works or comes from.
    int of = ofAt(tokens, from, to);
    if (of > 0) {
      addPerson(tokens, from, of, role, PERSON_OF, out);
      classify(tokens, of + 1, to, out);
      return;
    }
    while (to - from > 1 && gazetteer.isPostnominal(tokens.get(to - 1).text())) {
      to--; // "Rebecca Thorn SC"
    }
    if (!evidence.namesSomeone(tokens, from, to)) {
      return; // "Minister of State for Foreign Affairs": the words after the title name no one
    }
    // A title can precede a known organisation or place ("Pope Francis" is a person, "Prime Minister's Office" is not).
    String surface = Token.span(tokens, from, to);
    Candidate c = new Candidate(surface, tokens.get(from).start(), tokens.get(to - 1).end(), EntityType.PERSON,
        keys.canonical(surface).orElse(null));
    c.from = from;
    c.to = to;
    c.role = role != null ? role : roles.appositiveRole(tokens, to);
    out.add(c);
  }

  private void add(List<Token> tokens, int from, int to, EntityType type, String canonical, List<Candidate> out) {
    if (type == EntityType.LOCATION && to < tokens.size() && tokens.get(to).joinedToPrevious()
        && REGION_WORDS.contains(tokens.get(to).lower()) && !tokens.get(to - 1).possessive()) {
      // "the Varnholm region" is the region, not the city; the gazetteer may know it by that name.
      String region = Token.span(tokens, from, to + 1);
      String known = gazetteer.lookup(region).map(Gazetteer.Hit::name).orElse(null);
      Candidate c = new Candidate(region, tokens.get(from).start(), tokens.get(to).end(), type, known);
      c.from = from;
      c.to = to + 1;
      out.add(c);
      return;
    }
    Candidate c = new Candidate(Token.span(tokens, from, to), tokens.get(from).start(), tokens.get(to - 1).end(), type, canonical);
    c.from = from;
    c.to = to;
    out.add(c);
  }
}
