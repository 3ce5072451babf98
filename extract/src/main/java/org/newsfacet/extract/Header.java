package org.newsfacet.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacet.extract.Layout.Credit;
import org.newsfacet.extract.Layout.CreditKind;
import org.newsfacet.internal.Dates;
import org.newsfacet.internal.English;

/**
 * Reads the header of an article, the lines above its body: headline, bylines, date lines, agency
 * strips, section labels and page furniture, and those of them a standfirst pushes a little way
 * into the body. Each header line is masked; the body starts at the first line that is none.
 */
final class Header {
  private static final Pattern MARKER = Pattern.compile("date\\s+(\\d{4}-\\d{2}-\\d{2})\\b[ \\t]*");
  private static final Pattern BYLINE = Pattern.compile("^(?:By|BY|by)\\s+(\\S.{1,150})$");
  /** Words a line can stop on only in the middle of a sentence. */
  private static final Set<String> DANGLING = English.words("dangling-words");
  /** Lines that are never a headline: bylines and their kin. */
  private static final Pattern NOT_TITLE = Pattern.compile("(?i)^" + English.alternation("byline-openers") + "\\b");
  /** " - Reuters", " | The Guardian": a site's name after a headline. */
  private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[-|–—]\\s+[^-|–—]{2,40}$");
  /** The most words of page furniture between headline and story ("Share", "3 min read"). */
  private static final int FURNITURE_WORDS = 6;
  /** The most words of a section label above the headline ("World", "Middle East"). */
  private static final int SECTION_WORDS = 2;
  /** How many lines into the body a late byline or date line is looked for. */
  private static final int LATE_HEADER_LINES = 3;
  private static final int TITLE_MIN_WORDS = 3;
  private static final int TITLE_MAX_WORDS = 30;
  private static final int TITLE_MAX_CHARS = 250;

  private final MaskedText page;
  private final Credits creditReader;
  private final List<Credit> credits;
  private final Bylines bylines;
  private final Datelines datelines;
  private final List<Dates.HeaderDate> headerDates = new ArrayList<>();
  private String title;
  private LocalDate marker;

  /**
   * @param credits where the agencies header lines credit are added; read to tell whether a header was seen
   */
  Header(MaskedText page, Credits creditReader, List<Credit> credits, Bylines bylines, Datelines datelines) {
    this.page = page;
    this.creditReader = creditReader;
    this.credits = credits;
    this.bylines = bylines;
    this.datelines = datelines;
  }

  /** The headline the text gives, or null (also when the given title was found). */
  String title() {
    return title;
  }

  /** The publication date: the date marker's, else the first header date that is no update, else the first. */
  LocalDate published() {
    if (marker != null) {
      return marker;
    }
    return headerDates.stream().filter(d -> !d.updated()).map(Dates.HeaderDate::date).findFirst()
        .orElse(headerDates.isEmpty() ? null : headerDates.get(0).date());
  }

  /**
   * Reads the header lines; returns the offset where the body starts, or -1 for no body.
   *
   * @param givenTitle the headline from metadata, or null; a text line equal to it is the title
   */
  int read(String givenTitle) {
    String text = page.text();
    for (int i = 0; i < page.lineCount(); i++) {
      if (page.masked(i)) {
        continue;
      }
      int lead = page.firstContent(page.start(i), page.end(i));
      if (lead < 0) {
        continue;
      }
      String s = text.substring(lead, page.end(i)).strip();
      Matcher mk = MARKER.matcher(text).region(lead, page.end(i));
      if (mk.lookingAt()) {
        marker = Dates.parseMetadataDate(mk.group(1));
        page.maskRange(lead, mk.end());
        if (page.firstContent(mk.end(), page.end(i)) < 0) {
          continue;
        }
        return mk.end();
      }
      if (datelines.isDateline(s)) {
        return lead;
      }
      if (headerCredit(s)) {
        page.mask(i);
        continue;
      }
      Matcher by = BYLINE.matcher(s);
      if (by.matches() && (bylines.read(by.group(1), i, headerDates) || bylines.namesNoOne(by.group(1)))) {
        page.mask(i);
        continue;
      }
      Dates.HeaderDate date = Dates.headerLine(s);
      if (date != null) {
        headerDates.add(date);
        page.mask(i);
        continue;
      }
      if (title == null && isTitle(s, i, givenTitle)) {
        title = givenTitle == null ? s : null;
        page.mask(i);
        continue;
      }
      boolean shortLine = s.split("\\s+").length <= FURNITURE_WORDS && !s.matches(".*[.!?]\\W*$")
          && page.nextContent(i + 1) >= 0;
      if (shortLine && title == null && givenTitle == null && s.split("\\s+").length <= SECTION_WORDS) {
        page.mask(i); // a section label ("World", "Politics") above the headline
        continue;
      }
      boolean headerSeen = title != null || givenTitle != null || !headerDates.isEmpty() || bylines.any()
          || !credits.isEmpty();
      if (shortLine && headerSeen) {
        page.mask(i); // page furniture between headline and story: "Share", "3 min read", "Updated 2 hours ago"
        continue;
      }
      return lead;
    }
    return -1;
  }

  /**
   * Bylines and date lines a little way into the body, as pages that put a standfirst under the
   * headline have them ("Headline / standfirst / By Jane Doe / 17 October 2024", or an agency's
   * "Reuters" line); returns the line where the story proper starts after them, or -1 for none.
   */
  int lateHeader(int bodyStart) {
    int i = page.lineAt(bodyStart);
    int lastHeader = -1;
    for (int seen = 0; seen < LATE_HEADER_LINES && (i = page.nextContent(i + 1)) >= 0; seen++) {
      String s = page.line(i).strip();
      Matcher by = BYLINE.matcher(s);
      Dates.HeaderDate date = Dates.headerLine(s);
      if (by.matches() && bylines.read(by.group(1), i, headerDates)) {
        page.mask(i);
        lastHeader = i;
      } else if (headerCredit(s)) {
        page.mask(i);
        lastHeader = i;
      } else if (date != null) {
        headerDates.add(date);
        page.mask(i);
        lastHeader = i;
      }
    }
    // The story proper, and its dateline, start after the last of those lines.
    int story = lastHeader < 0 ? -1 : page.nextContent(lastHeader + 1);
    if (story >= 0 && datelines.city() == null && datelines.ownCopy() == null) {
      datelines.read(page.firstContent(page.start(story), page.end(story)));
    }
    return story;
  }

  /** An agency's copy as a site carries it, told by the lead sentence: "..., Xinhua reports.". */
  void leadCredit(int line) {
    String lead = page.bodyLine(line);
    // A dateline leaves a line break between the city and the story's first word.
    creditReader.lead(lead.substring(lead.lastIndexOf('\n') + 1))
        .ifPresent(a -> credits.add(new Credit(a, CreditKind.LEAD)));
  }

  /** Takes a header line that credits an agency ("REUTERS", "UNI |", "PTI | Updated: ..."); false for any other. */
  private boolean headerCredit(String s) {
    Optional<Credits.HeaderCredit> header = creditReader.headerLine(s);
    header.ifPresent(h -> {
      credits.add(new Credit(h.agency(), CreditKind.HEADER));
      headerDates.addAll(h.dates());
    });
    return header.isPresent();
  }

  private boolean isTitle(String s, int i, String givenTitle) {
    if (givenTitle != null) {
      return sameTitle(s, givenTitle);
    }
    String[] words = s.split("\\s+");
    if (words.length < TITLE_MIN_WORDS || words.length > TITLE_MAX_WORDS || s.length() > TITLE_MAX_CHARS
        || page.nextContent(i + 1) < 0) {
      return false;
    }
    if (NOT_TITLE.matcher(s).lookingAt()) {
      return false;
    }
    // A lead hard-wrapped over lines: the next line continues the sentence, or this one stops on
    // a word no headline ends with ("... slipped to the severe category on").
    boolean continued = i + 1 < page.lineCount() && !page.line(i + 1).isBlank();
    if (continued && (Character.isLowerCase(page.line(i + 1).strip().charAt(0))
        || DANGLING.contains(words[words.length - 1].toLowerCase(Locale.ROOT)))) {
      return false;
    }
    char first = s.charAt(0);
    String unquoted = s.replaceAll("[\"”’'»)\\]]+$", "");
    if (unquoted.isEmpty()) {
      return false;
    }
    char last = unquoted.charAt(unquoted.length() - 1);
    boolean opens = Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'«".indexOf(first) >= 0;
    return opens && ".,;:".indexOf(last) < 0;
  }

  /** A headline line the same as the given title, but for quote marks, spacing, case and a site suffix. */
  private static boolean sameTitle(String line, String given) {
    String a = normal(line);
    String b = normal(given);
    return a.equals(b) || a.equals(SITE_SUFFIX.matcher(b).replaceFirst("")) || b.equals(SITE_SUFFIX.matcher(a).replaceFirst(""));
  }

  private static String normal(String s) {
    return s.strip().replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
        .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
