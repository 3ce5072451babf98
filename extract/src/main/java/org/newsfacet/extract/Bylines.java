package org.newsfacet.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacet.extract.Layout.Credit;
import org.newsfacet.extract.Layout.CreditKind;
import org.newsfacet.internal.Dates;
import org.newsfacet.internal.English;

/**
 * Reads the people that bylines and reporting credits name ("By Jane Doe and John Roe",
 * "Reporting by Jane Doe; Editing by John Roe") and credits the agencies named among them.
 */
final class Bylines {
  /** The work a clause of a reporting credit names its people for: "Reporting by", "Graphics by". */
  private static final Pattern CREDIT_ROLE = Pattern.compile(
      "(?i)^\\s*(?:" + English.alternation("credit-modifiers") + "\\s+)?(?:" + English.alternation("credit-gerunds")
          + "|" + English.alternation("credit-participles") + "|" + English.alternation("credit-contributions") + ")"
          + "(?:\\s+and\\s+\\w+)?\\s+by\\s+");
  /** A place after a byline name: "Jane Doe in Harbourton". */
  private static final Pattern PLACE_SUFFIX = Pattern.compile(
      "\\s+" + English.alternation("byline-place-prepositions") + "\\s+\\p{Lu}.*$");
  private static final Pattern SEGMENTS = Pattern.compile("\\s*[|•·]\\s*");
  /** Words of a desk or a job around a byline name: "Staff Writer", "Foreign Desk". */
  private static final Set<String> ROLE_WORDS = English.words("byline-role-words");
  /** The most words a byline of a desk ("By Guardian staff reporter") has. */
  private static final int DESK_WORDS = 6;
  /** The most words an agency's name takes after a writer's name without a comma ("Associated Press"). */
  private static final int AGENCY_WORDS = 4;
  /** The most words of an outlet's name that lead a byline name ("Bloomberg Opinion ..."). */
  private static final int OUTLET_WORDS = 3;

  private final Outlets outlets;
  private final Credits creditReader;
  private final List<Credit> credits;
  /** Authors by the line that names them: credits are read before the byline, but come after it. */
  private final TreeMap<Integer, List<String>> authorsByLine = new TreeMap<>();

  /**
   * @param credits where the agencies that bylines and credits name are added, in the order read
   */
  Bylines(Outlets outlets, Credits creditReader, List<Credit> credits) {
    this.outlets = outlets;
    this.creditReader = creditReader;
    this.credits = credits;
  }

  /**
   * Reads a byline's names, agencies and date, the date into {@code dates}; returns false,
   * keeping nothing, when it names no one, as "By the time the ferry arrived, ..." does not.
   */
  boolean read(String byline, int line, List<Dates.HeaderDate> dates) {
    int authorsBefore = authorCount();
    int creditsBefore = credits.size();
    List<Dates.HeaderDate> found = new ArrayList<>();
    for (String segment : SEGMENTS.split(byline)) {
      Dates.HeaderDate date = Dates.headerLine(segment);
      if (date != null) {
        found.add(date);
        continue;
      }
      for (String part : Names.splitList(segment)) {
        readName(part, CreditKind.BYLINE, line);
      }
    }
    if (authorCount() == authorsBefore && credits.size() == creditsBefore) {
      return false;
    }
    dates.addAll(found);
    return true;
  }

  /** "By Guardian staff reporter": a byline of capitalised words that names an outlet's desk, not a person. */
  boolean namesNoOne(String byline) {
    String[] words = byline.strip().split("\\s+");
    if (words.length > DESK_WORDS) {
      return false;
    }
    for (String w : words) {
      if (!Character.isUpperCase(w.charAt(0)) && !ROLE_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads the people of a reporting credit and the agency it names: "Reporting by Jane Doe for
   * Reuters", "Compiled by Jane Doe from AFP reports".
   */
  void readCredits(String credit, int line) {
    creditReader.inCreditLine(credit).ifPresent(a -> credits.add(new Credit(a, CreditKind.CREDIT_LINE)));
    String s = credit.strip();
    if (s.startsWith("(")) {
      s = s.substring(1);
    }
    if (s.endsWith(")")) {
      s = s.substring(0, s.length() - 1);
    }
    for (String clause : s.split(";")) {
      Matcher role = CREDIT_ROLE.matcher(clause);
      if (!role.lookingAt()) {
        continue;
      }
      for (String name : Names.splitList(clause.substring(role.end()))) {
        readName(name, CreditKind.CREDIT_LINE, line);
      }
    }
  }

  /** True once a byline or credit has named someone. */
  boolean any() {
    return !authorsByLine.isEmpty();
  }

  /** Authors in the order the text names them, each once. */
  List<String> authors() {
    Set<String> out = new LinkedHashSet<>();
    authorsByLine.values().forEach(out::addAll);
    return List.copyOf(out);
  }

  private int authorCount() {
    return authorsByLine.values().stream().mapToInt(List::size).sum();
  }

  /** Reads one name of a byline or a reporting credit; an agency named there is credited as the given kind. */
  private void readName(String part, CreditKind kind, int line) {
    String p = PLACE_SUFFIX.matcher(part.strip()).replaceFirst("");
    if (p.isEmpty()) {
      return;
    }
    List<String> words = new ArrayList<>(List.of(p.split("\\s+")));
    while (!words.isEmpty() && ROLE_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
      words.remove(words.size() - 1);
    }
    if (words.isEmpty()) {
      return;
    }
    Optional<Outlet> whole = outlets.named(String.join(" ", words));
    if (whole.isPresent()) {
      // "By AFP" credits the agency; "By Jane Doe, The Guardian" names the writer's paper, no author.
      if (whole.get().agency()) {
        credits.add(new Credit(whole.get().name(), kind));
      }
      return;
    }
    // An agency after the name without a comma: "JANE DOE Associated Press". Only agencies, and
    // only when a whole name is left, so that a surname that is also a paper's name ("Stern") stays.
    for (int k = Math.min(AGENCY_WORDS, words.size() - 2); k >= 1; k--) {
      Optional<Outlet> o = outlets.agencyNamed(String.join(" ", words.subList(words.size() - k, words.size())));
      if (o.isPresent()) {
        credits.add(new Credit(o.get().name(), kind));
        words = new ArrayList<>(words.subList(0, words.size() - k));
        break;
      }
    }
    addAuthor(words, line);
  }

  /**
   * Adds a name to the authors, in natural case, once leading desks and roles are gone ("Bloomberg
   * Opinion Columnist Jane Doe"); a name that is an outlet's ("Reuters TV", "CNN Business") is none.
   */
  private void addAuthor(List<String> words, int line) {
    List<String> w = new ArrayList<>(words);
    boolean stripped = true;
    while (stripped && !w.isEmpty()) {
      stripped = false;
      for (int k = Math.min(OUTLET_WORDS, w.size()); k >= 1; k--) {
        if (outlets.named(String.join(" ", w.subList(0, k))).isPresent()) {
          w = new ArrayList<>(w.subList(k, w.size()));
          stripped = true;
          break;
        }
      }
      if (!stripped && !w.isEmpty() && ROLE_WORDS.contains(w.get(0).toLowerCase(Locale.ROOT))) {
        w.remove(0);
        stripped = true;
      }
    }
    while (!w.isEmpty() && ROLE_WORDS.contains(w.get(w.size() - 1).toLowerCase(Locale.ROOT))) {
      w.remove(w.size() - 1);
    }
    String name = Names.naturalCase(String.join(" ", w));
    if (Names.looksLikePersonName(name)) {
      authorsByLine.computeIfAbsent(line, k -> new ArrayList<>()).add(name);
    }
  }
}
