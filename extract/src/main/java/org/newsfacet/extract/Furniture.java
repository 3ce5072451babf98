package org.newsfacet.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacet.extract.Layout.Credit;
import org.newsfacet.extract.Layout.CreditKind;
import org.newsfacet.internal.English;

/**
 * Takes the furniture out of an article's body wherever it stands: "Original url:" and "Related
 * article:" lines, reporting credits, "with inputs from" notes, sign-offs, captions and picture
 * credits, copyright lines and wire end marks. The agencies they credit are kept.
 */
final class Furniture {
  private static final Pattern URL = Pattern.compile("https?://\\S+");
  /** "Original url: https://...", or the label alone with the url on the next line. */
  private static final Pattern URL_LABEL = Pattern.compile(
      "(?i)^" + English.alternation("url-labels") + "\\s*:\\s*(https?://\\S+)?\\s*$");
  /** "Related coverage:", "Read more |", "See also". */
  private static final Pattern RELATED = Pattern.compile(
      "(?i)^" + English.alternation("related-labels") + "\\s*(?::|\\||-|–|—|>>|$)");
  private static final String CREDIT_MODIFIER = "(?:" + English.alternation("credit-modifiers") + "\\s+)?";
  /** A reporting credit as a line: "Reporting by Jane Doe; Editing by John Roe", "Compiled by Jane Doe". */
  private static final Pattern CREDIT_LINE = Pattern.compile(
      "(?i)^\\(?\\s*" + CREDIT_MODIFIER + "(?:" + English.alternation("credit-gerunds") + "|"
          + English.alternation("credit-participles") + ")(?:\\s+and\\s+\\w+)?\\s+by\\s+.+");
  /** A reporting credit in parentheses closing a paragraph: "... on Monday. (Reporting by Jane Doe)". */
  private static final Pattern INLINE_CREDIT = Pattern.compile(
      "(?i)\\(\\s*" + CREDIT_MODIFIER + English.alternation("credit-gerunds")
          + "(?:\\s+and\\s+\\w+)?\\s+by\\s+[^()]+\\)\\s*$");
  /** "© 2024 Reuters", "Copyright 2024 The Associated Press. All rights reserved." */
  private static final Pattern COPYRIGHT = Pattern.compile(
      "(?i)^(?:(?:copyright\\s*)?(?:©|\\(c\\))|copyright)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\b.{0,80}|.{0,80}all rights reserved\\.?)$");
  /** Wire end marks after the last sentence: "(END)", "Enditem", "###", or a desk code "PTI NSR VN RT". */
  private static final Pattern END_MARK = Pattern.compile(
      "(?:\\s+|^)(?:\\(\\s*END\\s*\\)|-{0,2}\\s*END\\s*-{0,2}|Enditem|ENDITEM|###|\\(ends\\)|(?<desk>\\p{Lu}{2,6})(?:\\s+\\p{Lu}{2,4}){1,5})\\s*$");
  /** A reporting credit longer than this is a paragraph that happens to start like one. */
  private static final int CREDIT_LINE_CHARS = 400;
  /** How many lines from the last a sign-off line may stand ("/ANI/" above a copyright line). */
  private static final int CLOSING_LINES = 2;
  /** The shortest name or alias of an agency that a copyright line is searched for. */
  private static final int AGENCY_NAME_CHARS = 4;

  private final MaskedText page;
  private final Outlets outlets;
  private final Credits creditReader;
  private final List<Credit> credits;
  private final Bylines bylines;
  private final Captions captions;
  private String url;

  /**
   * @param credits where the agencies the furniture credits are added, in the order read
   * @param bylines what reads the people of reporting credits
   */
  Furniture(MaskedText page, Outlets outlets, Credits creditReader, List<Credit> credits, Bylines bylines) {
    this.page = page;
    this.outlets = outlets;
    this.creditReader = creditReader;
    this.credits = credits;
    this.bylines = bylines;
    this.captions = new Captions(outlets);
  }

  /** Masks the furniture of the whole text; returns the url an "Original url:" line gives, or null. */
  String read() {
    int lastContent = page.lineCount() - 1;
    while (lastContent >= 0 && page.line(lastContent).isBlank()) {
      lastContent--;
    }
    for (int i = 0; i < page.lineCount(); i++) {
      String s = page.line(i).strip();
      if (s.isEmpty()) {
        continue;
      }
      Matcher u = URL_LABEL.matcher(s);
      if (u.matches()) {
        page.mask(i);
        if (u.group(1) != null) {
          url = url != null ? url : trimUrl(u.group(1));
        } else {
          int next = page.nextContent(i + 1);
          if (next >= 0 && URL.matcher(page.line(next).strip()).matches()) {
            url = url != null ? url : trimUrl(page.line(next).strip());
            page.mask(next);
          }
        }
      } else if (RELATED.matcher(s).lookingAt()) {
        page.mask(i);
      } else if (CREDIT_LINE.matcher(s).matches() && s.length() < CREDIT_LINE_CHARS) {
        bylines.readCredits(s, i);
        page.mask(i);
      } else if (creditLine(creditReader.inputs(s))) {
        page.mask(i); // "(With inputs from PTI)" wherever it stands; "(with agency inputs)" names no one
      } else if (i >= lastContent - CLOSING_LINES && creditLine(creditReader.closingLine(s))) {
        page.mask(i); // before captions: "/ANI/" is shaped like a picture credit
      } else if (captions.isCaption(s)) {
        page.mask(i);
        int before = page.previousContent(i - 1);
        if (before >= 0 && Captions.isCreditOnly(s) && Captions.looksLikeCaption(page.line(before).strip())) {
          page.mask(before); // the caption whose credit stands alone on the next line
        }
      } else if (COPYRIGHT.matcher(s).matches()) {
        agencyIn(s).ifPresent(a -> credits.add(new Credit(a, CreditKind.SIGNOFF)));
        page.mask(i);
      } else if (i == lastContent && endMark(i)) {
        // masked by endMark
      } else {
        Matcher c = INLINE_CREDIT.matcher(page.line(i));
        if (s.endsWith(")") && c.find()) {
          bylines.readCredits(c.group(), i);
          page.maskRange(page.start(i) + c.start(), page.start(i) + c.end());
        }
      }
    }
    closingCredit();
    return url;
  }

  /** Takes a credit that is a whole line; returns false, taking nothing, when the line is none. */
  private boolean creditLine(Optional<Credits.Found> found) {
    if (found.isEmpty()) {
      return false;
    }
    if (found.get().agency() != null) {
      credits.add(new Credit(found.get().agency(), found.get().kind()));
    }
    return true;
  }

  /** A credit closing the last paragraph after its last sentence: "... on Monday. (ANI)". */
  private void closingCredit() {
    int last = page.lineCount() - 1;
    while (last >= 0 && (page.masked(last) || page.bodyLine(last).isBlank())) {
      last--;
    }
    if (last < 0) {
      return;
    }
    int from = page.start(last);
    String paragraph = page.bodyLine(last).stripTrailing();
    creditReader.closing(paragraph).ifPresent(f -> {
      if (f.agency() != null) {
        credits.add(new Credit(f.agency(), f.kind()));
      }
      page.maskRange(from + f.start(), from + paragraph.length());
    });
  }

  /** Masks a wire end mark at the end of the last line; a desk code also credits its agency. */
  private boolean endMark(int i) {
    String line = page.line(i);
    Matcher m = END_MARK.matcher(line);
    if (!m.find()) {
      return false;
    }
    if (m.group("desk") != null) {
      Optional<Outlet> agency = outlets.agencyNamed(m.group("desk"));
      if (agency.isEmpty()) {
        return false;
      }
      credits.add(new Credit(agency.get().name(), CreditKind.SIGNOFF));
    }
    page.maskRange(page.start(i) + m.start(), page.start(i) + m.end());
    return true;
  }

  /** The agency a copyright line names: a word that is one, else a longer name or alias within it. */
  private Optional<String> agencyIn(String s) {
    for (String part : s.split("[\\s.,;()]+")) {
      Optional<Outlet> o = outlets.agencyNamed(part);
      if (o.isPresent()) {
        return Optional.of(o.get().name());
      }
    }
    for (Outlet o : outlets.all()) {
      if (o.agency() && s.contains(o.name()) && o.name().length() >= AGENCY_NAME_CHARS) {
        return Optional.of(o.name());
      }
      for (String alias : o.aliases()) {
        if (o.agency() && alias.length() >= AGENCY_NAME_CHARS && s.contains(alias)) {
          return Optional.of(o.name());
        }
      }
    }
    return Optional.empty();
  }

  private static String trimUrl(String u) {
    return u.replaceAll("[.,;)\\]>]+$", "");
  }
}
