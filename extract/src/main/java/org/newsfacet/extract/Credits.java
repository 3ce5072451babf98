package org.newsfacet.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacet.internal.Dates;
import org.newsfacet.internal.English;

/**
 * Wire-agency credits that stand outside the byline and the dateline: the sign-off that closes a
 * text ("— dpa", "(Kyodo)", "/ANI/"), "with inputs from" notes, source lines, header strips
 * ("UNI |"), the agency a reporting credit names, and the lead sentence of an agency's copy as a
 * site carries it ("..., Xinhua reports."). Only registered agencies are credited: an outlet or a
 * picture agency in the same place credits nothing.
 */
final class Credits {
  /**
   * A credit found in a line.
   *
   * @param agency the agency's canonical name, or null for a credit that names none ("with agency inputs")
   * @param kind what kind of credit it is
   * @param start where the credit starts in the line, so that the caller can blank it
   */
  record Found(String agency, Layout.CreditKind kind, int start) {}

  /**
   * A header line that credits an agency, with the dates it also gives.
   *
   * @param agency the agency's canonical name
   * @param dates the dates of its other segments, in line order
   */
  record HeaderCredit(String agency, List<Dates.HeaderDate> dates) {}

  /** Sizes that tell a credit from a sentence. */
  private static final class Limits {
    /** Words an agency may take in "With PTI inputs": a name, never a clause. */
    static final int INPUTS_WORDS = 4;
    /** Characters of a header strip: longer, it is a sentence. */
    static final int HEADER_CHARS = 120;
    /** Words of a header strip's other segments ("New Delhi", "3 min read"). */
    static final int HEADER_SEGMENT_WORDS = 4;
  }

  /** A line that is a sign-off and nothing else: "— AFP", "-- Xinhua", "(IANS)", "/ANI/". */
  private static final Pattern SIGNOFF_LINE = Pattern.compile(
      "^(?:[—–-]{1,2}|\\(|/)?\\s*(?<who>\\p{L}[\\p{L} .&-]{0,40}?)\\s*[)/]?\\s*\\.?$");
  /**
   * A credit after the last sentence of a paragraph: "(Kyodo)", "— dpa", "-- Xinhua", "/ANI/",
   * "(With inputs from PTI)", "Source: Xinhua". It must follow a sentence's end, so that an
   * acronym introduced in a sentence ("the Associated Press (AP).") is no sign-off.
   */
  private static final Pattern CLOSING = Pattern.compile(
      "(?<=[.!?\"”’»])\\s*(?<credit>\\((?<paren>[^()]{2,60})\\)|/\\s*(?<slashed>[^/]{2,40}?)\\s*/"
          + "|(?:[—–]|--?)\\s*(?<dashed>\\p{L}[\\p{L} .&-]{0,40}?)|(?<source>sources?\\s*:\\s*[^:.!?]{2,60}?))\\s*\\.?\\s*$",
      Pattern.CASE_INSENSITIVE);
  /** "(With inputs from PTI)", "With PTI inputs", "(with agency inputs)", "Inputs from agencies". */
  private static final Pattern INPUTS = Pattern.compile(
      "(?i)^[(\\[]?\\s*(?:[—–-]{1,2}\\s*)?(?:(?:with\\s+)?inputs?\\s+from\\s+(?<from>[^()]{2,80}?)"
          + "|with\\s+(?<by>[^()\\s]+(?:\\s+[^()\\s]+){0," + (Limits.INPUTS_WORDS - 1) + "}?)\\s+inputs?)\\s*[)\\]]?\\s*\\.?$");
  /** "Source: Xinhua", "Sources: AFP, Reuters". */
  private static final Pattern SOURCE = Pattern.compile("(?i)^sources?\\s*:\\s*(?<who>[^:]{2,60}?)\\s*\\.?$");
  /** "from AFP reports", "based on Reuters dispatches" in a "Compiled by ..." credit. */
  private static final Pattern FROM_REPORTS = Pattern.compile(
      "(?i)\\b" + English.alternation("source-prepositions") + "\\s+(?<who>[^;()]{2,60}?)\\s+(?:wire\\s+)?"
          + English.alternation("wire-report-nouns") + "\\b");
  /** "The Associated Press contributed to this report", "Reuters writer Jane Doe contributed reporting". */
  private static final Pattern CONTRIBUTED = Pattern.compile(
      "(?i)^(?<who>.{2,120}?)\\s+contributed\\s+(?:to\\s+)?(?:this\\s+)?" + English.alternation("report-nouns") + "\\b.*$");
  /** The staff word between an agency and a name: "Associated Press writer Jane Doe". */
  private static final Pattern STAFF = Pattern.compile(
      "(?i)^(?<who>.+?)\\s+(?:staff\\s+)?" + English.alternation("staff-nouns") + "\\b.*$");
  /** ", Xinhua reports." or ", Kyodo reported on Monday." closing a sentence. */
  private static final Pattern LEAD_END = Pattern.compile(
      "(?i),\\s*(?<who>[^,;:.\"“”]{2,40}?)\\s+report(?:s|ed)(?:\\s+on\\s+\\p{L}+|\\s+\\p{L}+day)?\\s*(?:[.!]|$)(?=\\s|$)");
  /** "Xinhua reports that ..." or "Kyodo reported on Monday that ..." opening a lead sentence. */
  private static final Pattern LEAD_START = Pattern.compile(
      "^(?<who>[^,;:.\"“”]{2,40}?)\\s+report(?:s|ed)\\b(?:\\s+on\\s+\\p{L}+|\\s+\\p{L}+day)?\\s*(?:that\\b|,)");
  /** How a site cites another's report rather than carrying it: "the Yonhap news agency reported". */
  private static final Pattern CITED = Pattern.compile("^(?i:the)\\s|\\bagency\\b");
  /** Where a sentence ends and the next begins; an abbreviation ("U.S. officials") ends the search early, never late. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’]?\\s+[\"“]?\\p{Lu}");
  /** Segments of a credit that names several sources: "Xinhua/AFP", "PTI and ANI", "APP - a site's name". */
  private static final Pattern PARTS = Pattern.compile("\\s*(?:/|,|&|\\band\\b|\\s[-–—|]\\s)\\s*");
  /** Segments of a header strip: "ANI | Updated: ... | Created: ...". */
  private static final Pattern SEGMENTS = Pattern.compile("\\s*[|•·]\\s*");
  /** A timestamp segment that {@link Dates} cannot read but that is plainly one: "Updated: 04-03-2025 09:15 IST". */
  private static final Pattern STAMP = Pattern.compile(
      "(?i)^" + English.alternation("timestamp-labels") + "\\b.*\\d.*$");
  /** Words of a picture credit, which credits a photograph and never the text. */
  private static final Pattern PHOTO = Pattern.compile("(?i)\\b" + English.alternation("picture-nouns") + "\\b");

  private final Outlets outlets;

  Credits(Outlets outlets) {
    this.outlets = outlets;
  }

  /**
   * A whole line that closes the text as a credit: a sign-off, a "with inputs from" note, a source
   * line or a contributor line naming an agency; empty for any other line.
   */
  Optional<Found> closingLine(String line) {
    String s = line.strip();
    Optional<Found> inputs = inputs(s);
    if (inputs.isPresent()) {
      return inputs;
    }
    Matcher m = SIGNOFF_LINE.matcher(s);
    if (m.matches()) {
      Optional<String> a = wholeAgency(m.group("who"));
      if (a.isPresent()) {
        return Optional.of(new Found(a.get(), Layout.CreditKind.SIGNOFF, 0));
      }
    }
    Matcher src = SOURCE.matcher(s);
    if (src.matches()) {
      return firstAgency(src.group("who")).map(a -> new Found(a, Layout.CreditKind.SIGNOFF, 0));
    }
    return contributed(s).map(a -> new Found(a, Layout.CreditKind.CREDIT_LINE, 0));
  }

  /** A "with inputs from" note standing as a line of its own; its agency is null when it names none. */
  Optional<Found> inputs(String line) {
    Matcher m = INPUTS.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String who = m.group("from") != null ? m.group("from") : m.group("by");
    return Optional.of(new Found(firstAgency(who).orElse(null), Layout.CreditKind.INPUTS, 0));
  }

  /** A credit closing the last paragraph, after its last sentence: "... on Monday. (ANI)". */
  Optional<Found> closing(String paragraph) {
    Matcher m = CLOSING.matcher(paragraph);
    if (!m.find()) {
      return Optional.empty();
    }
    int start = m.start("credit");
    if (m.group("paren") != null) {
      String inner = m.group("paren").strip();
      Optional<Found> inputs = inputs(inner);
      if (inputs.isPresent()) {
        return Optional.of(new Found(inputs.get().agency(), Layout.CreditKind.INPUTS, start));
      }
      return wholeAgency(inner).map(a -> new Found(a, Layout.CreditKind.SIGNOFF, start));
    }
    if (m.group("source") != null) {
      Matcher src = SOURCE.matcher(m.group("source").strip());
      return src.matches()
          ? firstAgency(src.group("who")).map(a -> new Found(a, Layout.CreditKind.SIGNOFF, start))
          : Optional.empty();
    }
    String who = m.group("slashed") != null ? m.group("slashed") : m.group("dashed");
    return wholeAgency(who).map(a -> new Found(a, Layout.CreditKind.SIGNOFF, start));
  }

  /** The agency a reporting credit names beyond its people: "Compiled by Jane Doe from AFP reports". */
  Optional<String> inCreditLine(String line) {
    Matcher m = FROM_REPORTS.matcher(line);
    return m.find() ? firstAgency(m.group("who")) : Optional.empty();
  }

  /**
   * A header strip that credits an agency: "REUTERS", "UNI |", "PTI | Updated: 04-03-2025 09:15
   * IST". One segment is an agency; the others are dates, timestamps or a few words of page
   * furniture.
   */
  Optional<HeaderCredit> headerLine(String line) {
    String s = line.strip().replaceAll("[.:]$", "");
    if (s.isEmpty() || s.length() > Limits.HEADER_CHARS) {
      return Optional.empty();
    }
    String agency = null;
    List<Dates.HeaderDate> dates = new ArrayList<>();
    for (String segment : SEGMENTS.split(s)) {
      String seg = segment.strip();
      if (seg.isEmpty()) {
        continue;
      }
      Optional<Outlet> a = outlets.agencyNamed(seg);
      Dates.HeaderDate date = Dates.headerLine(seg);
      if (a.isPresent() && agency == null) {
        agency = a.get().name();
      } else if (date != null) {
        dates.add(date);
      } else if (!STAMP.matcher(seg).matches() && (seg.split("\\s+").length > Limits.HEADER_SEGMENT_WORDS
          || seg.matches(".*[.!?]$"))) {
        return Optional.empty();
      }
    }
    return agency == null ? Optional.empty() : Optional.of(new HeaderCredit(agency, List.copyOf(dates)));
  }

  /**
   * The agency whose copy a lead paragraph says the text is: its first sentence ends "..., Xinhua
   * reports." or opens "Kyodo reported on Monday that ...", with the agency's bare name. A site
   * citing another's report describes it ("the Yonhap news agency reported", "South Korea's
   * Yonhap reported"), and a report cited after the lead sentence credits nothing.
   */
  Optional<String> lead(String paragraph) {
    String s = paragraph.strip();
    Matcher start = LEAD_START.matcher(s);
    if (start.lookingAt() && !CITED.matcher(start.group("who")).find()) {
      Optional<String> opening = wholeAgency(start.group("who"));
      if (opening.isPresent()) {
        return opening;
      }
    }
    Matcher end = LEAD_END.matcher(s);
    while (end.find()) {
      if (SENTENCE_END.matcher(s).region(0, end.start()).find()) {
        return Optional.empty(); // past the lead sentence
      }
      if (CITED.matcher(end.group("who")).find()) {
        continue;
      }
      Optional<String> agency = wholeAgency(end.group("who"));
      if (agency.isPresent()) {
        return agency;
      }
    }
    return Optional.empty();
  }

  /** "The Associated Press contributed to this report", "Reuters writer Jane Doe contributed reporting". */
  private Optional<String> contributed(String s) {
    Matcher m = CONTRIBUTED.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    String who = m.group("who").strip();
    Optional<String> whole = firstAgency(who);
    if (whole.isPresent()) {
      return whole;
    }
    Matcher staff = STAFF.matcher(who);
    return staff.matches() ? wholeAgency(staff.group("who")) : Optional.empty();
  }

  /** The agency a phrase names as a whole, ignoring a final full stop. */
  private Optional<String> wholeAgency(String phrase) {
    if (phrase == null) {
      return Optional.empty();
    }
    String p = phrase.strip().replaceAll("\\.$", "");
    return outlets.agencyNamed(p).map(Outlet::name);
  }

  /**
   * The first agency of a list of sources ("PTI and ANI", "Xinhua/AFP"), when every source is a
   * registered name: "Reuters calculations" or "staff reports" credit nothing.
   */
  private Optional<String> firstAgency(String list) {
    if (list == null || PHOTO.matcher(list).find()) {
      return Optional.empty();
    }
    String first = null;
    for (String part : PARTS.split(list.strip().replaceAll("\\.$", ""))) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      Optional<Outlet> o = outlets.named(p);
      if (o.isEmpty()) {
        return Optional.empty();
      }
      if (first == null && o.get().agency()) {
        first = o.get().name();
      }
    }
    return Optional.ofNullable(first);
  }
}
