package org.newsfacet.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacet.extract.Layout.Credit;
import org.newsfacet.extract.Layout.CreditKind;
import org.newsfacet.internal.Dates;
import org.newsfacet.internal.English;

/**
 * Reads the dateline that opens an article's body ("GAZA/CAIRO, Nov 4 (Reuters) -", "IANS, New
 * Delhi:", "Lahore: APP -"): its city, its date, and the agency or outlet it credits, which may
 * mark the text as that agency's own copy. The city stays in the body; the rest is masked.
 */
final class Datelines {
  // Datelines: a city in capitals (or as written, when an agency credit follows), an optional
  // region and month-day date, an optional agency credit, then a dash or a colon.
  private static final String UPPER_WORD = "\\p{Lu}[\\p{Lu}'’.\\-]*";
  private static final String CASED_WORD = "\\p{Lu}[\\p{L}'’.\\-]*";
  /** A region or country after the city; never a month, which starts the date instead. */
  private static final String REGION = "(?:,\\s*(?!" + Dates.MONTH + "\\b)(?<region>" + CASED_WORD + "(?:\\s+" + CASED_WORD + "){0,2}))?";
  private static final String DATE = "(?:[,.]?\\s*(?<date>" + Dates.MONTH + "\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+" + Dates.MONTH + "\\.?(?:,?\\s+\\d{4})?))?";
  /**
   * The credit: "(Reuters)", ", (APP - a site's own words)" (the agency first), TASS's "/TASS/.",
   * or "| PTI |".
   */
  private static final String CREDIT = "(?:,?\\s*\\((?<agency>[^()\\n]{2,80})\\)|\\s*/(?<slashed>[^/\\n]{2,20})/\\.?"
      + "|\\s*\\|\\s*(?<piped>[^|\\n]{2,40}?)\\s*(?:\\||$))";
  private static final String AGENCY = "(?:" + CREDIT + ")?";
  private static final String DASH = "\\s*(?<dash>—|–|--?|:)";
  private static final String UPPER_CITY = UPPER_WORD + "(?:\\s+" + UPPER_WORD + "){0,3}";
  /** "GAZA/CAIRO/JERUSALEM, Nov 4 (Reuters) -": the first city is the dateline. */
  private static final Pattern DATELINE_UPPER = Pattern.compile(
      "^(?<city>" + UPPER_CITY + ")(?:/" + UPPER_CITY + ")*" + REGION + DATE + "\\.?" + AGENCY + "(?:" + DASH + ")?\\s*");
  /** A credit with no city, perhaps after the day: "(Bloomberg) --", "Nov. 3 (UPI) --". */
  private static final Pattern CREDIT_ONLY = Pattern.compile("^(?:(?<date>" + Dates.MONTH + "\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)\\s*)?"
      + "\\((?<agency>[^()\\n]{2,40})\\)\\s*(?:—|–|--?)\\s*");
  private static final String CASED_CITY = CASED_WORD
      + "(?:\\s+(?:" + CASED_WORD + "|" + English.alternation("dateline-city-particles") + ")){0,3}";
  private static final Pattern DATELINE_CASED = Pattern.compile(
      "^(?<city>" + CASED_CITY + ")" + REGION + DATE + CREDIT + "(?:" + DASH + ")?\\s*");
  /** An agency's name of a word or four, as credits write it before or after the city. */
  private static final String CREDIT_NAME = "\\p{L}[\\p{L}.&-]*(?:\\s+\\p{L}[\\p{L}.&-]*){0,3}?";
  /** The agency before the city: "IANS, New Delhi:" or a line "Xinhua, Beijing". */
  private static final Pattern AGENCY_CITY = Pattern.compile(
      "^(?<agency>" + CREDIT_NAME + ")\\s*,\\s*(?<city>" + CASED_CITY + ")\\s*(?:(?<dash>—|–|--?|:)\\s*|$)");
  /** The agency after a colon: "Lahore: APP -" or a line "NEW DELHI: PTI". */
  private static final Pattern CITY_AGENCY = Pattern.compile(
      "^(?<city>" + CASED_CITY + ")\\s*:\\s*(?<agency>" + CREDIT_NAME + ")\\s*(?:(?<dash>—|–|--?|\\|)\\s*|$)");
  /** Segments of a credit that names its agency first: "APP - a site's name", "Reuters/AP". */
  private static final Pattern CREDIT_SEGMENT = Pattern.compile("\\s+[-–—|]\\s+|\\s*[/,]\\s*");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
  /** An aggregator's mark before the dateline: "(MENAFN - a site's name)". */
  private static final Pattern MENAFN = Pattern.compile("^\\(?\\s*MENAFN\\s*[-–—:]?\\s*([^()\\n]{2,60}?)\\s*\\)\\s*");
  /** The fewest letters of a city in capitals, so that "US -" is no dateline. */
  private static final int CITY_LETTERS = 3;
  /** The shortest last word that loses a full stop ("MOSCOW."); shorter ones are abbreviations ("D.C."). */
  private static final int ABBREVIATION_CHARS = 3;

  private final MaskedText page;
  private final Outlets outlets;
  private final List<Credit> credits;
  private String city;
  private LocalDate date;
  private String ownCopy;

  /**
   * @param credits where the agency a dateline credits is added
   */
  Datelines(MaskedText page, Outlets outlets, List<Credit> credits) {
    this.page = page;
    this.outlets = outlets;
    this.credits = credits;
  }

  /** The dateline's city in title case, or null. */
  String city() {
    return city;
  }

  /** The dateline's date, or null. */
  LocalDate date() {
    return date;
  }

  /** The agency or outlet whose dateline credit marks the text as its own copy, or null. */
  String ownCopy() {
    return ownCopy;
  }

  /** True for a line that opens with a dateline. */
  boolean isDateline(String s) {
    return match(s, 0) != null;
  }

  /** Reads the dateline at the start of the line that starts at offset {@code start}, if it has one. */
  void read(int start) {
    String first = page.restOfLine(start);
    int offset = 0;
    Matcher menafn = MENAFN.matcher(first);
    Matcher creditOnly = CREDIT_ONLY.matcher(first);
    if (menafn.lookingAt()) {
      String name = menafn.group(1).strip();
      credits.add(new Credit(outlets.agencyNamed(name).map(Outlet::name).orElse(name), CreditKind.AGGREGATOR));
      page.maskRange(start, start + menafn.end());
      offset = menafn.end();
    } else if (creditOnly.lookingAt() && outlets.named(creditOnly.group("agency").strip()).isPresent()
        && credit(creditOnly.group("agency"))) {
      if (creditOnly.group("date") != null) {
        date = Dates.inText(creditOnly.group("date"));
      }
      page.maskRange(start, start + creditOnly.end());
      return;
    }
    Matcher m = match(first, offset);
    if (m == null) {
      return;
    }
    city = Names.titleCase(cityName(m.group("city")));
    credit(creditText(m));
    String written = groupOrNull(m, "date");
    if (written != null) {
      date = Dates.inText(written);
    }
    // The city and region are the article's words (a place it names); the date, credit and dash are not.
    int place = groupOrNull(m, "region") != null ? m.end("region") : m.end("city");
    page.maskRange(start + m.regionStart(), start + m.start("city")); // a credit before the city: "IANS, New Delhi:"
    page.maskRange(start + place, start + m.end());
    if (start + place < start + m.end()) {
      page.breakAt(start + place); // the dateline is not part of the first sentence's words
    }
  }

  /** "MOSCOW." loses its full stop; an abbreviation such as "D.C." keeps it. */
  private static String cityName(String city) {
    String c = city.strip();
    String last = c.substring(c.lastIndexOf(' ') + 1);
    return c.endsWith(".") && last.indexOf('.') == last.length() - 1 && last.length() > ABBREVIATION_CHARS
        ? c.substring(0, c.length() - 1) : c;
  }

  /**
   * Records a dateline's credit: an agency is credited for the text, and an agency or outlet
   * crediting itself there marks the text as its own copy. An unregistered acronym ("(KDFW)",
   * a local station) marks the copy as its own but is not taken for an agency. Returns false for
   * no credit at all.
   */
  private boolean credit(String name) {
    if (name == null) {
      return false;
    }
    String c = name.strip();
    Optional<Outlet> o = creditName(c);
    if (o.isEmpty()) {
      if (!ACRONYM.matcher(c).matches()) {
        return false;
      }
      ownCopy = ownCopy == null ? c : ownCopy;
      return true;
    }
    if (o.get().kind() == Outlet.Kind.PHOTO) {
      return false;
    }
    if (o.get().agency()) {
      credits.add(new Credit(o.get().name(), CreditKind.DATELINE));
    }
    ownCopy = ownCopy == null ? o.get().name() : ownCopy;
    return true;
  }

  private static String creditText(Matcher m) {
    for (String group : List.of("agency", "slashed", "piped")) { // not words: the pattern's group names
      String credit = groupOrNull(m, group);
      if (credit != null) {
        return credit;
      }
    }
    return null;
  }

  /** The registered name a dateline credit gives: the whole credit, or its first segment ("APP - a site's name"). */
  private Optional<Outlet> creditName(String credit) {
    String c = credit.strip();
    Optional<Outlet> whole = outlets.named(c);
    if (whole.isPresent()) {
      return whole;
    }
    String[] segments = CREDIT_SEGMENT.split(c, 2);
    return segments.length > 1 ? outlets.named(segments[0]) : Optional.empty();
  }

  private static String groupOrNull(Matcher m, String group) {
    try {
      return m.group(group);
    } catch (IllegalArgumentException e) {
      return null; // the pattern has no such group
    }
  }

  /**
   * Matches a dateline at the given offset of a line, or returns null. A city in capitals needs a
   * dash after it, or a credit of a registered agency or outlet; an unregistered acronym in the
   * parentheses ("(KUNA)") counts only with a dash, so that "PUTIN SPEAKS (VIDEO)" is no dateline.
   * A city as written needs a registered agency, or a registered outlet and a dash. An agency
   * written before the city ("IANS, New Delhi:") or after its colon ("Lahore: APP -") must be
   * registered as one.
   */
  private Matcher match(String line, int offset) {
    Matcher up = DATELINE_UPPER.matcher(line).region(offset, line.length());
    if (up.lookingAt() && up.group("city").replaceAll("[^\\p{L}]", "").length() >= CITY_LETTERS) {
      String dash = up.group("dash");
      boolean dashed = dash != null && !dash.equals(":");
      String paren = up.group("agency");
      String slashed = up.group("slashed");
      String piped = up.group("piped");
      boolean accepted;
      if (slashed != null) {
        accepted = outlets.named(slashed.strip()).isPresent();
      } else if (piped != null) {
        accepted = outlets.agencyNamed(piped.strip()).isPresent();
      } else if (paren != null) {
        accepted = creditName(paren).isPresent() || (dashed && ACRONYM.matcher(paren.strip()).matches());
      } else {
        accepted = dashed && !dash.equals("-");
      }
      if (accepted) {
        return up;
      }
    }
    Matcher cased = DATELINE_CASED.matcher(line).region(offset, line.length());
    if (cased.lookingAt()) {
      Optional<Outlet> credit = creditName(creditText(cased));
      if (credit.isPresent() && (credit.get().agency() || cased.group("dash") != null)) {
        return cased;
      }
    }
    for (Pattern agencyAndCity : List.of(AGENCY_CITY, CITY_AGENCY)) {
      Matcher m = agencyAndCity.matcher(line).region(offset, line.length());
      if (m.lookingAt() && outlets.agencyNamed(m.group("agency").strip()).isPresent()
          && outlets.named(m.group("city").strip()).isEmpty()) {
        return m;
      }
    }
    return null;
  }
}
