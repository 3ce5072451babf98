package org.newsfacet.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsfacet.extract.Outlets;
import org.newsfacet.model.Entity;
import org.newsfacet.model.EntityType;

/**
 * Finds the people, organisations and places an English news article names, and merges the
 * mentions of each under one canonical name.
 *
 * <p>Rules, not a statistical model: runs of capitalised words are candidates; titles and roles
 * ("NATO Secretary-General", "governor") mark people and are kept as their roles; bundled
 * gazetteers name places and organisations; name heads ("Council", "Ministry", "River") type
 * unknown names; given names and East Asian family names mark people; a lone surname joins the
 * person whose full name the article gives. It is fast (a few hash lookups a word) and needs no
 * model files. An instance is immutable and safe to share between threads.
 */
public final class EntityRecognizer {
  private static final EntityRecognizer STANDARD = new EntityRecognizer(Gazetteer.bundled(Outlets.bundled()), NameKeys.bundled());

  /** Lower-case words that may join the capitalised words of one name: "Bank of England", "bin Salman". */
  private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "de", "du", "da", "dos", "das", "del", "der",
      "den", "van", "von", "bin", "ibn", "al", "el", "la", "le", "di", "y", "ten", "ter", "te", "op");
  /** Verbs after which a name is a speaker, so a person (or an organisation the gazetteer knows). */
  private static final Set<String> REPORTING = Set.copyOf(org.newsfacet.internal.Resources.lines(
      EntityRecognizer.class, "/org/newsfacet/extract/attribution/reporting-verbs.tsv").stream()
      .map(line -> line.split("\t")[0].strip()).toList());
  /** Prepositions after which an unknown capitalised word is a place: "in Harbourton". */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "across", "around", "into",
      "towards", "toward", "through", "throughout");
  /** Days and months: "in Varnholm on Monday" is a place and a day, not one name. */
  private static final Set<String> TEMPORAL = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december");
  /** Words that open a sentence but never a name, even before "Council" or "River". */
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "but", "and", "or", "so", "yet", "in", "on",
      "at", "for", "from", "to", "of", "by", "with", "as", "after", "before", "since", "while", "when", "if", "meanwhile",
      "also", "then", "still", "now", "this", "that", "these", "those", "its", "their", "his", "her", "our", "every", "each",
      "all", "both", "some", "many", "most", "no", "not", "only", "even", "last", "next", "new", "former");
  /** Lower-case words after a place that make it a region: "the Kharkiv region", "Malaga province". */
  private static final Set<String> REGION_WORDS = Set.of("region", "province", "oblast", "state", "district", "county",
      "prefecture", "governorate", "territory", "municipality", "department");
  /** Lower-case words between a person and a role in apposition: "Jane Doe, the city's mayor". */
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  private final Gazetteer gazetteer;
  private final NameKeys keys;

  private EntityRecognizer(Gazetteer gazetteer, NameKeys keys) {
    this.gazetteer = gazetteer;
    this.keys = keys;
  }

  /** The recognizer with the bundled gazetteers. */
  public static EntityRecognizer standard() {
    return STANDARD;
  }

  /**
   * Recognises the entities of one article.
   *
   * @param text the article text as read
   * @param body the text with everything but the body blanked out (same length)
   * @param title the headline, or null; searched in the text's header, else read on its own
   */
  public Recognition recognize(String text, String body, String title) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(body, "body");
    List<Candidate> candidates = new ArrayList<>();
    if (title != null && !title.isBlank()) {
      int at = text.indexOf(title);
      boolean inBody = at >= 0 && body.startsWith(title, at);
      if (!inBody) {
        candidates.addAll(titleCandidates(title, at));
      }
    }
    candidates.addAll(candidates(Tokenizer.tokens(body, 0, gazetteer)));
    return merge(candidates);
  }

  // ---- candidates ----

  /** A name found in the text, typed or not yet. */
  private static final class Candidate {
    final String surface;
    final int start;
    final int end;
    EntityType type;
    String canonical;
    String role;
    /** Typed by context alone (a reporting verb, a preposition): kept only if nothing better claims it. */
    boolean weak;
    /** A common word that may only join a person already named, as a surname. */
    boolean joinOnly;

    Candidate(String surface, int start, int end, EntityType type, String canonical) {
      this.surface = surface;
      this.start = start;
      this.end = end;
      this.type = type;
      this.canonical = canonical;
    }
  }

  private List<Candidate> candidates(List<Token> tokens) {
    List<Candidate> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!tokens.get(i).capitalised()) {
        i++;
        continue;
      }
      int end = chunkEnd(tokens, i);
      classify(tokens, i, end, out);
      i = end;
    }
    return out;
  }



  /** End (exclusive) of the run of capitalised words, with connectors, that starts at {@code i}. */
  private int chunkEnd(List<Token> tokens, int i) {
    int end = i + 1;
    while (end < tokens.size() && !tokens.get(end - 1).possessive() && tokens.get(end).joinedToPrevious()) {
      Token t = tokens.get(end);
      if (t.capitalised()) {
        end++;
      } else if (CONNECTORS.contains(t.lower()) && end + 1 < tokens.size() && tokens.get(end + 1).capitalised()
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
        || isOrgOpening(tokens, from, to));
    while (from < to && gazetteer.isCommonWord(tokens.get(from).text())
        && (knownAt(tokens, from, to) == 0
            // "The National Disaster Management Authority": a known name inside ("The National") protects nothing
            || headed && knownAt(tokens, from, to) < to - from && FUNCTION_WORDS.contains(tokens.get(from).lower()))
        && titleAt(tokens, from, to) == 0 && !isOrgOpening(tokens, from, to)
        && (!headed || FUNCTION_WORDS.contains(tokens.get(from).lower()) || to - from == 1)) {
      from++;
    }
    // "Shares of Solvanta Technologies": a common noun and "of" lead into the name, but are not of it.
    while (headed && to - from >= 3 && gazetteer.isCommonWord(tokens.get(from).text())
        && !gazetteer.isOrgHead(tokens.get(from).text()) && CONNECTORS.contains(tokens.get(from + 1).lower())
        && knownAt(tokens, from, to) == 0) {
      from += 2;
    }
    if (from >= to) {
      if (to - original == 1) {
        single(tokens, original, out);
      }
      return;
    }
    // A title inside the chunk: "NATO Secretary-General Jens Stoltenberg", "President Alexander Stubb".
    int roleEnd = -1;
    for (int j = from; j < to - 1; ) {
      int len = titleAt(tokens, j, to - 1);
      if (len > 0) {
        roleEnd = j + len;
        j += len;
      } else if ("modifier".equals(gazetteer.titleKind(tokens.get(j).text())) && titleAt(tokens, j + 1, to - 1) > 0) {
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
    if (roleEnd > from && roleEnd < to && CONNECTORS.contains(tokens.get(roleEnd).lower())) {
      roleEnd = nameStartAfterPortfolio(tokens, roleEnd, to); // "Minister for Fisheries" Ottilie Brandsma
    }
    if (roleEnd > from && roleEnd < to) {
      int titleStart = firstTitle(tokens, from, roleEnd);
      if (titleStart > from) {
        classify(tokens, from, titleStart, out); // "NATO" of "NATO Secretary-General"
      }
      String role = roleText(tokens, from, roleEnd);
      addPerson(tokens, roleEnd, to, role, out);
      return;
    }
    String before = roleBefore(tokens, from);
    Optional<Gazetteer.Hit> known = known(tokens, from, to);
    if (known.isPresent()) {
      if (known.get().type() == EntityType.PERSON || before == null) {
        add(tokens, from, to, known.get().type(), known.get().name(), out);
        if (known.get().type() == EntityType.PERSON) {
          out.get(out.size() - 1).role = before;
        }
        return;
      }
    }
    if (before != null && !gazetteer.isDemonym(span(tokens, from, to))) {
      addPerson(tokens, from, to, before, out);
      return;
    }
    if (known.isPresent()) {
      add(tokens, from, to, known.get().type(), known.get().name(), out);
      return;
    }
    String last = tokens.get(to - 1).text();
    if (to - from >= 2 && gazetteer.isOrgHead(last) || isOrgOpening(tokens, from, to) || hasInnerOrgHead(tokens, from, to)) {
      add(tokens, from, to, EntityType.ORGANIZATION, null, out);
      return;
    }
    if (to - from >= 2 && gazetteer.isPlaceHead(last)) {
      add(tokens, from, to, EntityType.LOCATION, null, out);
      return;
    }
    if (personLike(tokens, from, to) || (to - from >= 2 && to - from <= 3 && unknownWords(tokens, from, to)
        && (personContext(tokens, from, to) || appositiveRole(tokens, to) != null))) {
      addPerson(tokens, from, to, appositiveRole(tokens, to), out);
      return;
    }
    if (to - from >= 2) {
      splitKnown(tokens, from, to, out);
      return;
    }
    single(tokens, from, out);
  }

  /**
   * Where the name starts after a role with a portfolio ("Minister for Fisheries Ottilie
   * Brandsma"): at a given name or family name, else two words before the end.
   */
  private int nameStartAfterPortfolio(List<Token> tokens, int connector, int to) {
    for (int k = connector + 2; k < to - 1; k++) {
      if (gazetteer.isGivenName(tokens.get(k).text()) || gazetteer.isSurnameFirst(tokens.get(k).text())) {
        return k;
      }
    }
    return Math.max(connector + 2, to - 2) < to ? Math.max(connector + 2, to - 2) : to;
  }

  /**
   * Context that makes unknown capitalised words a person: a reporting verb after them ("Maren
   * Holt said") or just before them ("said head librarian Corinne Abernathy"), ", who", or an age
   * in apposition ("Maren Holt, 67,").
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
      return true; // "according to Aroha Whitcombe"
    }
    for (int k = from - 1; k >= 0 && k >= from - 3; k--) {
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
      out.add(c);
      return;
    }
    if (t.text().indexOf('-') > 0 && splitHyphenated(t, out)) {
      return;
    }
    Candidate c = new Candidate(t.text(), t.start(), t.end(), null, null);
    c.weak = true;
    Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    Token previous = i > 0 ? tokens.get(i - 1) : null;
    if (next != null && next.joinedToPrevious() && REGION_WORDS.contains(next.lower())) {
      add(tokens, i, i + 1, EntityType.LOCATION, null, out); // "the Beauce region"
      return;
    }
    if (next != null && next.joinedToPrevious() && REPORTING.contains(next.lower()) && !t.sentenceStart()) {
      c.type = EntityType.PERSON; // "Meteorologists said" opens a sentence; "..., Quiroga said" does not
    } else if (previous != null && t.joinedToPrevious() && PLACE_PREPOSITIONS.contains(previous.lower())) {
      c.type = EntityType.LOCATION;
    }
    out.add(c);
  }

  /** "Moscow-Pyongyang": two known names joined by a hyphen; false when no part is one ("Bennani-Idrissi"). */
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
      int len = knownAt(tokens, j, to);
      if (len > 0) {
        Gazetteer.Hit hit = known(tokens, j, j + len).orElseThrow();
        add(tokens, j, j + len, hit.type(), hit.name(), out);
        j += len;
      } else {
        int next = j + 1;
        while (next < to && knownAt(tokens, next, to) == 0) {
          next++;
        }
        if (next - j == 1) {
          single(tokens, j, out);
        } else if (personLike(tokens, j, next)) {
          addPerson(tokens, j, next, null, out);
        } else {
          for (int k = j; k < next; k++) {
            if (tokens.get(k).capitalised()) {
              single(tokens, k, out);
            }
          }
        }
        j = next;
      }
    }
  }

  private void addPerson(List<Token> tokens, int from, int to, String role, List<Candidate> out) {
    while (to - from > 1 && gazetteer.isPostnominal(tokens.get(to - 1).text())) {
      to--; // "Rebecca Thorn SC"
    }
    if (!namesSomeone(tokens, from, to)) {
      return; // "Minister of State for Foreign Affairs": the words after the title name no one
    }
    // A title can precede a known organisation or place ("Pope Francis" is a person, "Prime Minister's Office" is not).
    String surface = span(tokens, from, to);
    Candidate c = new Candidate(surface, tokens.get(from).start(), tokens.get(to - 1).end(), EntityType.PERSON,
        keys.canonical(surface).orElse(null));
    c.role = role != null ? role : appositiveRole(tokens, to);
    out.add(c);
  }

  private void add(List<Token> tokens, int from, int to, EntityType type, String canonical, List<Candidate> out) {
    if (type == EntityType.LOCATION && to < tokens.size() && tokens.get(to).joinedToPrevious()
        && REGION_WORDS.contains(tokens.get(to).lower()) && !tokens.get(to - 1).possessive()) {
      // "the Kharkiv region" is the region, not the city; the gazetteer may know it by that name.
      String region = span(tokens, from, to + 1);
      String known = gazetteer.lookup(region).map(Gazetteer.Hit::name).orElse(null);
      out.add(new Candidate(region, tokens.get(from).start(), tokens.get(to).end(), type, known));
      return;
    }
    out.add(new Candidate(span(tokens, from, to), tokens.get(from).start(), tokens.get(to - 1).end(), type, canonical));
  }

  /** A person's name: two to five capitalised words led by a given name or an East Asian family name. */
  private boolean personLike(List<Token> tokens, int from, int to) {
    int n = to - from;
    if (n < 2 || n > 5) {
      return false;
    }
    String first = tokens.get(from).text();
    boolean initial = first.length() == 2 && first.charAt(1) == '.' && Character.isUpperCase(first.charAt(0));
    if (!gazetteer.isGivenName(first) && !gazetteer.isSurnameFirst(first) && !initial) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      Token t = tokens.get(k);
      if (t.capitalised() && (gazetteer.isOrgHead(t.text()) || gazetteer.isPlaceHead(t.text())
          || gazetteer.isDemonym(t.text()))) {
        return false;
      }
    }
    return true;
  }

  /** A person's name has a word that is not a common word, a title or a name head. */
  private boolean namesSomeone(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).text();
      if (tokens.get(k).capitalised() && !gazetteer.isCommonWord(w) && gazetteer.titleKind(w) == null
          && !gazetteer.isOrgHead(w) && !gazetteer.isPlaceHead(w) && !gazetteer.isDemonym(w)) {
        return true;
      }
    }
    return false;
  }

  /** Capitalised words that no list knows as anything: neither common words, names nor heads. */
  private boolean unknownWords(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (!t.capitalised() || gazetteer.isCommonWord(t.text()) || gazetteer.isDemonym(t.text())
          || gazetteer.isOrgHead(t.text()) || gazetteer.isPlaceHead(t.text()) || gazetteer.lookup(t.text()).isPresent()
          || gazetteer.titleKind(t.text()) != null) {
        return false;
      }
    }
    return true;
  }

  /** "Ministry of Defence", "University of Oxford": an organisation head followed by "of". */
  /** "Northgate Institute for Public Health": a head after the first word, a connector, more name. */
  private boolean hasInnerOrgHead(List<Token> tokens, int from, int to) {
    for (int k = from + 1; k + 2 <= to - 1; k++) {
      if (gazetteer.isOrgHead(tokens.get(k).text()) && CONNECTORS.contains(tokens.get(k + 1).lower())
          && tokens.get(k + 2).capitalised()) {
        return true;
      }
    }
    return false;
  }

  private boolean isOrgOpening(List<Token> tokens, int from, int to) {
    return to - from >= 3 && gazetteer.isOrgHead(tokens.get(from).text()) && tokens.get(from + 1).lower().equals("of");
  }

  /** How many tokens from {@code i} form a name the gazetteer (or the person aliases) knows; 0 for none. */
  private int knownAt(List<Token> tokens, int i, int to) {
    int max = Math.min(to - i, gazetteer.longestName());
    for (int len = max; len >= 1; len--) {
      if (known(tokens, i, i + len).isPresent()) {
        return len;
      }
    }
    return 0;
  }

  private Optional<Gazetteer.Hit> known(List<Token> tokens, int from, int to) {
    String surface = span(tokens, from, to);
    Optional<String> person = to - from >= 2 ? keys.canonical(surface) : Optional.empty();
    if (person.isPresent()) {
      return Optional.of(new Gazetteer.Hit(person.get(), EntityType.PERSON));
    }
    return gazetteer.lookup(surface);
  }

  /** How many tokens from {@code i} (before {@code limit}) form a title or role; 0 for none. */
  private int titleAt(List<Token> tokens, int i, int limit) {
    int max = Math.min(limit - i, gazetteer.longestTitle());
    for (int len = max; len >= 1; len--) {
      String kind = gazetteer.titleKind(span(tokens, i, i + len));
      if (kind != null && !kind.equals("modifier")) {
        return len;
      }
    }
    return 0;
  }

  private int firstTitle(List<Token> tokens, int from, int to) {
    for (int j = from; j < to; j++) {
      if (titleAt(tokens, j, to) > 0) {
        // "Former", "Deputy" before the title belong to it.
        while (j > from && "modifier".equals(gazetteer.titleKind(tokens.get(j - 1).text()))) {
          j--;
        }
        return j;
      }
    }
    return to;
  }

  /** The role as stated, from the chunk's start to the end of its last title; null for a bare honorific. */
  private String roleText(List<Token> tokens, int from, int to) {
    boolean onlyHonorifics = true;
    for (int j = from; j < to; j++) {
      String kind = gazetteer.titleKind(tokens.get(j).text());
      if (kind == null || !kind.equals("honorific")) {
        onlyHonorifics = false;
      }
    }
    if (onlyHonorifics) {
      return null;
    }
    int start = from;
    while (start < to && "honorific".equals(gazetteer.titleKind(tokens.get(start).text()))) {
      start++;
    }
    return span(tokens, start, to);
  }

  /**
   * A lower-case role just before a name, with what qualifies it: "governor" Anton Belyk,
   * "NATO chief" Jens Stoltenberg, "South Korean minister" Seo Min Jae. Null when there is none.
   */
  private String roleBefore(List<Token> tokens, int i) {
    if (i == 0 || !tokens.get(i).joinedToPrevious()) {
      return null;
    }
    int end = i;
    int start = -1;
    for (int j = i - 1; j >= 0 && j >= i - gazetteer.longestTitle(); j--) {
      if (titleAt(tokens, j, end) == end - j && !tokens.get(j).capitalised()) {
        start = j;
      }
      if (!tokens.get(j).joinedToPrevious()) {
        break;
      }
    }
    if (start < 0) {
      return null;
    }
    while (start > 0 && "modifier".equals(gazetteer.titleKind(tokens.get(start - 1).text()))
        && tokens.get(start).joinedToPrevious()) {
      start--;
    }
    // What qualifies the role: the capitalised words right before it ("NATO", "North Korean").
    int qualifier = start;
    while (qualifier > 0 && tokens.get(qualifier).joinedToPrevious() && tokens.get(qualifier - 1).capitalised()
        && !tokens.get(qualifier - 1).possessive() && !gazetteer.isCommonWord(tokens.get(qualifier - 1).text())) {
      qualifier--;
    }
    return span(tokens, qualifier, end);
  }

  /** "Jane Doe, the city's mayor," or "Jane Doe, mayor of Harbourton,": the role in apposition. */
  private String appositiveRole(List<Token> tokens, int to) {
    if (to >= tokens.size() || !tokens.get(to).afterComma()) {
      return null;
    }
    int j = to;
    if (ARTICLES.contains(tokens.get(j).lower())) {
      j++;
    }
    int start = j;
    for (int k = j; k < tokens.size() && k < j + 6; k++) {
      Token t = tokens.get(k);
      if (k > j && !t.joinedToPrevious()) {
        break;
      }
      int len = titleAt(tokens, k, Math.min(tokens.size(), k + gazetteer.longestTitle()));
      if (len > 0 && !"honorific".equals(gazetteer.titleKind(t.text()))) {
        int end = k + len;
        // "mayor of Harbourton", "governor of the Kharkiv region"
        if (end + 1 < tokens.size() && tokens.get(end).lower().equals("of") && tokens.get(end).joinedToPrevious()) {
          int e = end + 1;
          if (e < tokens.size() && tokens.get(e).lower().equals("the")) {
            e++;
          }
          while (e < tokens.size() && tokens.get(e).joinedToPrevious()
              && (tokens.get(e).capitalised() || tokens.get(e).lower().equals("region"))) {
            e++;
          }
          if (e > end + 1) {
            end = e;
          }
        }
        return span(tokens, start, end);
      }
    }
    return null;
  }

  /** Entities of a headline: title case makes every word capitalised, so only known names count. */
  private List<Candidate> titleCandidates(String title, int at) {
    List<Token> tokens = Tokenizer.tokens(title, at, gazetteer);
    long capitalised = tokens.stream().filter(Token::capitalised).count();
    if (capitalised * 10 < tokens.size() * 6) {
      return candidates(tokens);
    }
    List<Candidate> out = new ArrayList<>();
    for (int j = 0; j < tokens.size(); ) {
      int len = knownAt(tokens, j, tokens.size());
      if (len > 0) {
        Gazetteer.Hit hit = known(tokens, j, j + len).orElseThrow();
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

  private static String span(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        b.append(' ');
      }
      b.append(tokens.get(k).text());
    }
    return b.toString();
  }

  // ---- merging ----

  /** One entity being assembled from its mentions. */
  private static final class Cluster {
    final EntityType type;
    String canonical;
    String fullest;
    String role;
    final Map<String, Boolean> forms = new LinkedHashMap<>();
    final List<Candidate> mentions = new ArrayList<>();

    Cluster(EntityType type) {
      this.type = type;
    }

    void add(Candidate c) {
      mentions.add(c);
      forms.putIfAbsent(c.surface, Boolean.TRUE);
      if (fullest == null || words(c.surface) > words(fullest)
          || (words(c.surface) == words(fullest) && c.surface.length() > fullest.length())) {
        fullest = c.surface;
      }
      if (canonical == null && c.canonical != null) {
        canonical = c.canonical;
      }
      if (role == null && c.role != null) {
        role = c.role;
      }
    }

    String name() {
      return canonical != null ? canonical : fullest;
    }
  }

  private Recognition merge(List<Candidate> candidates) {
    candidates.sort((a, b) -> Integer.compare(order(a), order(b)));
    Map<String, Cluster> byKey = new LinkedHashMap<>();
    List<Cluster> clusters = new ArrayList<>();
    Map<String, Cluster> acronyms = new HashMap<>();
    Map<Candidate, Cluster> assigned = new LinkedHashMap<>();
    // Typed names first, full names before lone words, so that a lone surname finds its person.
    for (Candidate c : candidates) {
      if (c.type == null || c.weak || (c.type == EntityType.PERSON && words(c.surface) < 2 && c.canonical == null)) {
        continue;
      }
      String key = c.type + ":" + keys.key(c.canonical != null ? c.canonical : c.surface);
      Cluster cluster = byKey.get(key);
      if (cluster == null && c.type == EntityType.PERSON) {
        cluster = samePerson(clusters, c.surface);
      }
      if (cluster == null) {
        cluster = new Cluster(c.type);
        clusters.add(cluster);
      }
      byKey.putIfAbsent(key, cluster);
      cluster.add(c);
      assigned.put(c, cluster);
      if (c.type == EntityType.ORGANIZATION && words(c.surface) >= 2) {
        acronyms.putIfAbsent(acronym(c.surface), cluster);
      }
    }
    for (Candidate c : candidates) {
      if (assigned.containsKey(c)) {
        continue;
      }
      Cluster cluster = resolveLone(c, clusters, acronyms);
      if (c.joinOnly) {
        if (cluster != null && cluster.type == EntityType.PERSON) {
          cluster.add(c);
          assigned.put(c, cluster);
        }
        continue;
      }
      if (cluster == null && c.type != null && (words(c.surface) >= 2 || c.type != EntityType.PERSON || !c.weak)) {
        String key = c.type + ":" + keys.key(c.surface);
        cluster = byKey.get(key);
        if (cluster == null) {
          cluster = new Cluster(c.type);
          clusters.add(cluster);
          byKey.put(key, cluster);
        }
      } else if (cluster == null && c.type == EntityType.PERSON) {
        String key = c.type + ":" + keys.key(c.surface);
        cluster = byKey.computeIfAbsent(key, k -> {
          Cluster n = new Cluster(EntityType.PERSON);
          clusters.add(n);
          return n;
        });
      }
      if (cluster != null) {
        cluster.add(c);
        assigned.put(c, cluster);
      }
    }
    // Entities in order of first mention; mentions in text order.
    clusters.removeIf(cl -> cl.mentions.isEmpty());
    clusters.sort((a, b) -> Integer.compare(firstOffset(a), firstOffset(b)));
    Map<Cluster, Integer> index = new HashMap<>();
    List<Entity> entities = new ArrayList<>();
    for (Cluster cl : clusters) {
      index.put(cl, entities.size());
      String name = cl.name();
      // "BRUSSELS" of a dateline is Brussels written in capitals, not another name for it.
      List<String> aliases = cl.forms.keySet().stream().filter(f -> !f.equalsIgnoreCase(name)).toList();
      entities.add(new Entity(cl.type, name, aliases, cl.type == EntityType.PERSON ? cl.role : null, cl.mentions.size()));
    }
    List<Mention> mentions = new ArrayList<>();
    assigned.forEach((c, cl) -> mentions.add(new Mention(index.get(cl), c.start, c.end)));
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return new Recognition(entities, mentions);
  }

  /** A lone word: the surname of a person named in full, an acronym, the first word of an organisation. */
  private Cluster resolveLone(Candidate c, List<Cluster> clusters, Map<String, Cluster> acronyms) {
    String fold = NameKeys.fold(c.surface);
    Cluster best = null;
    for (Cluster cl : clusters) {
      if (cl.type == EntityType.PERSON && c.type != EntityType.LOCATION) {
        for (String form : cl.forms.keySet()) {
          if (words(form) >= 2 && isSurnameOf(form, fold)) {
            best = best == null || lastOffsetBefore(cl, c.start) > lastOffsetBefore(best, c.start) ? cl : best;
          }
        }
      }
    }
    if (best != null) {
      return best;
    }
    Cluster acronym = acronyms.get(c.surface);
    if (acronym != null && c.surface.length() >= 2 && c.surface.equals(c.surface.toUpperCase(Locale.ROOT))) {
      return acronym;
    }
    if (c.type == null || c.type == EntityType.PERSON) {
      for (Cluster cl : clusters) {
        if (cl.type == EntityType.ORGANIZATION && cl.forms.keySet().stream()
            .anyMatch(f -> words(f) >= 2 && f.startsWith(c.surface + " "))) {
          return cl;
        }
      }
    }
    return null;
  }

  /**
   * A lone word that names the person of a full name: any word but the given name ("Ríos" of
   * Gabriela Ríos Montoya), or the family name that comes first ("Choi" of Choi Eun-young).
   */
  private boolean isSurnameOf(String fullName, String foldedWord) {
    int space = fullName.indexOf(' ');
    String first = space < 0 ? fullName : fullName.substring(0, space);
    while (space >= 0) {
      int next = fullName.indexOf(' ', space + 1);
      String w = fullName.substring(space + 1, next < 0 ? fullName.length() : next);
      if (NameKeys.fold(w).equals(foldedWord)) {
        return true;
      }
      space = next;
    }
    return gazetteer.isSurnameFirst(first) && NameKeys.fold(first).equals(foldedWord);
  }

  /** The same person written another way: same surname once folded, and no other given name. */
  private static Cluster samePerson(List<Cluster> clusters, String surface) {
    String last = NameKeys.fold(lastWord(surface));
    String first = NameKeys.fold(surface.substring(0, surface.indexOf(' ') < 0 ? surface.length() : surface.indexOf(' ')));
    for (Cluster cl : clusters) {
      if (cl.type != EntityType.PERSON) {
        continue;
      }
      for (String form : cl.forms.keySet()) {
        String[] w = form.split(" ");
        if (w.length >= 2 && NameKeys.fold(w[w.length - 1]).equals(last) && NameKeys.fold(w[0]).equals(first)) {
          return cl;
        }
      }
    }
    return null;
  }

  private static int order(Candidate c) {
    return c.start < 0 ? Integer.MAX_VALUE : c.start;
  }

  private static int firstOffset(Cluster cl) {
    return cl.mentions.stream().mapToInt(EntityRecognizer::order).min().orElse(Integer.MAX_VALUE);
  }

  private static int lastOffsetBefore(Cluster cl, int offset) {
    return cl.mentions.stream().mapToInt(m -> m.start).filter(s -> s < offset).max().orElse(-1);
  }

  private static String acronym(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split(" ")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  private static String lastWord(String s) {
    return s.substring(s.lastIndexOf(' ') + 1);
  }

  private static int words(String s) {
    int n = 1;
    for (int i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) {
      n++;
    }
    return n;
  }
}
