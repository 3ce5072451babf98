package org.newsfacet.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacet.internal.Dates;

/**
 * The layout of a plain-text article: which lines are its header (headline, byline, date line,
 * photo credits), which are furniture inside or after the body ("Related article:", "Original
 * url:", reporting credits, sign-offs), and what the dateline at the start of the body says.
 *
 * <p>The body is returned as the article text with every non-body character replaced by a space
 * (line ends kept), so that offsets found in the body are offsets into the text as read.
 */
final class Layout {
  /**
   * How an agency was credited, strongest first: a dateline credit marks the agency's own wire
   * copy; a contribution ("with inputs from PTI") or a lead sentence ("..., Xinhua reports.") says
   * the least.
   */
  enum CreditKind { DATELINE, AGGREGATOR, BYLINE, HEADER, SIGNOFF, CREDIT_LINE, INPUTS, LEAD }

  /** An agency credit and the place it came from. */
  record Credit(String agency, CreditKind kind) {}

  /**
   * What the layout says about the article.
   *
   * @param ownCopy the agency or outlet whose dateline credit marks the text as its own copy
   */
  record Result(
      String title,
      LocalDate published,
      LocalDate datelineDate,
      String url,
      String dateline,
      List<Credit> credits,
      String ownCopy,
      List<String> authors,
      String body) {}

  private static final Pattern MARKER = Pattern.compile("date\\s+(\\d{4}-\\d{2}-\\d{2})\\b[ \\t]*");
  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final Pattern URL_LABEL = Pattern.compile(
      "(?i)^(?:original\\s+(?:url|link|article|story)|source\\s+(?:url|link)|canonical\\s+url|url)\\s*:\\s*(https?://\\S+)?\\s*$");
  private static final Pattern RELATED = Pattern.compile(
      "(?i)^(?:related(?:\\s+(?:article|articles|story|stories|coverage|news|content|reading|links?))?"
          + "|read\\s+(?:more|also|next)|also\\s+read|see\\s+also|more\\s+on\\s+this(?:\\s+story)?|recommended(?:\\s+reading)?)"
          + "\\s*(?::|\\||-|–|—|>>|$)");
  private static final Pattern CREDIT_LINE = Pattern.compile(
      "(?i)^\\(?\\s*(?:(?:additional|further)\\s+)?(?:reporting|writing|editing|reported|compiled|written|edited)(?:\\s+and\\s+\\w+)?\\s+by\\s+.+");
  private static final Pattern INLINE_CREDIT = Pattern.compile(
      "(?i)\\(\\s*(?:(?:additional|further)\\s+)?(?:reporting|writing|editing)(?:\\s+and\\s+\\w+)?\\s+by\\s+[^()]+\\)\\s*$");
  private static final Pattern CREDIT_ROLE = Pattern.compile(
      "(?i)^\\s*(?:(?:additional|further)\\s+)?(?:reporting|writing|editing|reported|compiled|written|edited|research|graphics|fact-checking|photos?|video)"
          + "(?:\\s+and\\s+\\w+)?\\s+by\\s+");
  private static final Pattern PLACE_SUFFIX = Pattern.compile("\\s+(?:in|from|at)\\s+\\p{Lu}.*$");
  private static final Pattern BYLINE = Pattern.compile("^(?:By|BY|by)\\s+(\\S.{1,150})$");
  /** Words a line can stop on only in the middle of a sentence. */
  private static final Set<String> DANGLING = Set.of("a", "an", "the", "of", "on", "in", "at", "to", "for", "from",
      "by", "with", "and", "or", "but", "as", "that", "which", "who", "its", "their", "his", "her");
  /** Lines that are never a headline: bylines and their kin. */
  private static final Pattern NOT_TITLE = Pattern.compile("(?i)^(?:by|(?:published|posted|written|updated)\\s+by)\\b");
  /** " - Reuters", " | The Guardian": a site's name after a headline. */
  private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[-|–—]\\s+[^-|–—]{2,40}$");
  /** "© 2024 Reuters", "Copyright 2024 The Associated Press. All rights reserved." */
  private static final Pattern COPYRIGHT = Pattern.compile(
      "(?i)^(?:(?:copyright\\s*)?(?:©|\\(c\\))|copyright)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\b.{0,80}|.{0,80}all rights reserved\\.?)$");
  private static final Pattern CAPTION_LABEL = Pattern.compile(
      "(?i)^\\(?\\s*(?:photo|photos|photograph|image|picture|pictured|credit|caption|file\\s+photo|illustration|video)\\b\\s*(?::|by\\b|/|\\)|-|–|—)");
  private static final Pattern TRAILING_PAREN = Pattern.compile("\\(([^()]{2,100})\\)\\s*\\.?\\s*$");
  private static final Pattern VIA = Pattern.compile("(?i)\\bvia\\b");
  private static final Pattern PHOTO_WORD = Pattern.compile("(?i)\\b(?:photo|photos|photograph|getty|images|handout|pool|str|afptv)\\b");
  private static final Pattern CREDIT_PARTS = Pattern.compile("(?i)\\s*(?:/|\\bvia\\b|,|;|\\bby\\b|\\s[-–—]\\s)\\s*");
  private static final Pattern MENAFN = Pattern.compile("^\\(?\\s*MENAFN\\s*[-–—:]?\\s*([^()\\n]{2,60}?)\\s*\\)\\s*");
  private static final Set<String> ROLE_WORDS = Set.of("staff", "writer", "writers", "reporter", "reporters",
      "correspondent", "correspondents", "editor", "editors", "contributor", "bureau", "desk", "team", "special",
      "senior", "chief", "columnist", "news", "service", "in", "for", "opinion", "business", "editorial", "board",
      "political", "foreign", "economics", "economy", "health", "science", "technology", "sports", "world", "investigations",
      "national", "international", "digital", "online", "web", "tv", "wire", "wires", "agencies", "agency");

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
  private static final String CASED_CITY = CASED_WORD + "(?:\\s+(?:" + CASED_WORD + "|de|da|do|del|la|el|al|au|sur|upon|on)){0,3}";
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
  /** Wire end marks after the last sentence: "(END)", "Enditem", "###", or a desk code "PTI NSR VN RT". */
  private static final Pattern END_MARK = Pattern.compile(
      "(?:\\s+|^)(?:\\(\\s*END\\s*\\)|-{0,2}\\s*END\\s*-{0,2}|Enditem|ENDITEM|###|\\(ends\\)|(?<desk>\\p{Lu}{2,6})(?:\\s+\\p{Lu}{2,4}){1,5})\\s*$");

  private final String text;
  private final Outlets outlets;
  private final Credits creditReader;
  private final char[] body;
  private final List<int[]> lines = new ArrayList<>();
  private final boolean[] masked;

  private String title;
  private LocalDate marker;
  private final List<Dates.HeaderDate> headerDates = new ArrayList<>();
  private LocalDate datelineDate;
  private String url;
  private String dateline;
  private String ownCopy;
  private final List<Credit> credits = new ArrayList<>();
  /** Authors by the line that names them: credits are read before the byline, but come after it. */
  private final java.util.TreeMap<Integer, List<String>> authorsByLine = new java.util.TreeMap<>();
  /** The line being read, for {@link #authorsByLine}. */
  private int currentLine;

  private Layout(String text, Outlets outlets) {
    this.text = text;
    this.outlets = outlets;
    this.creditReader = new Credits(outlets);
    this.body = text.toCharArray();
    for (int k = 0; k < body.length; k++) {
      if (body[k] == '\uFEFF') {
        body[k] = ' ';
      }
    }
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        lines.add(new int[] {start, i});
        if (i < text.length() && text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    this.masked = new boolean[lines.size()];
  }

  /**
   * Reads the layout of an article.
   *
   * @param text the article text as read
   * @param outlets the registry that says which names are agencies
   * @param givenTitle the headline from metadata, or null; a text line equal to it is the title
   */
  static Result analyse(String text, Outlets outlets, String givenTitle) {
    Layout layout = new Layout(text, outlets);
    layout.furniture();
    int bodyStart = layout.header(givenTitle);
    if (bodyStart >= 0) {
      layout.dateline(bodyStart);
      int story = layout.lateHeader(bodyStart);
      layout.leadCredit(story >= 0 ? story : layout.lineAt(bodyStart));
    }
    LocalDate published = layout.marker;
    if (published == null) {
      published = layout.headerDates.stream().filter(d -> !d.updated()).map(Dates.HeaderDate::date).findFirst()
          .orElse(layout.headerDates.isEmpty() ? null : layout.headerDates.get(0).date());
    }
    return new Result(layout.title, published, layout.datelineDate, layout.url, layout.dateline,
        List.copyOf(layout.credits), layout.ownCopy, layout.authors(), new String(layout.body));
  }

  // ---- furniture anywhere in the text ----

  private void furniture() {
    int lastContent = lines.size() - 1;
    while (lastContent >= 0 && line(lastContent).isBlank()) {
      lastContent--;
    }
    for (int i = 0; i < lines.size(); i++) {
      String s = line(i).strip();
      if (s.isEmpty()) {
        continue;
      }
      currentLine = i;
      Matcher u = URL_LABEL.matcher(s);
      if (u.matches()) {
        mask(i);
        if (u.group(1) != null) {
          url = url != null ? url : trimUrl(u.group(1));
        } else {
          int next = nextContent(i + 1);
          if (next >= 0 && URL.matcher(line(next).strip()).matches()) {
            url = url != null ? url : trimUrl(line(next).strip());
            mask(next);
          }
        }
      } else if (RELATED.matcher(s).lookingAt()) {
        mask(i);
      } else if (CREDIT_LINE.matcher(s).matches() && s.length() < 400) {
        readCredits(s);
        mask(i);
      } else if (creditLine(s, creditReader.inputs(s))) {
        mask(i); // "(With inputs from PTI)" wherever it stands; "(with agency inputs)" names no one
      } else if (i >= lastContent - 2 && creditLine(s, creditReader.closingLine(s))) {
        mask(i); // before captions: "/ANI/" is shaped like a picture credit
      } else if (isCaption(s)) {
        mask(i);
        int before = previousContent(i - 1);
        if (before >= 0 && isCreditOnly(s) && looksLikeCaption(line(before).strip())) {
          mask(before); // the caption whose credit stands alone on the next line
        }
      } else if (COPYRIGHT.matcher(s).matches()) {
        agencyIn(s).ifPresent(a -> credits.add(new Credit(a, CreditKind.SIGNOFF)));
        mask(i);
      } else if (i == lastContent && endMark(i)) {
        // masked by endMark
      } else {
        Matcher c = INLINE_CREDIT.matcher(line(i));
        if (s.endsWith(")") && c.find()) {
          readCredits(c.group());
          maskRange(lines.get(i)[0] + c.start(), lines.get(i)[0] + c.end());
        }
      }
    }
    closingCredit();
  }

  /** Takes a credit that is a whole line; returns false, taking nothing, when the line is none. */
  private boolean creditLine(String s, Optional<Credits.Found> found) {
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
    int last = lines.size() - 1;
    while (last >= 0 && (masked[last] || bodyLine(last).isBlank())) {
      last--;
    }
    if (last < 0) {
      return;
    }
    int from = lines.get(last)[0];
    String paragraph = bodyLine(last).stripTrailing();
    creditReader.closing(paragraph).ifPresent(f -> {
      if (f.agency() != null) {
        credits.add(new Credit(f.agency(), f.kind()));
      }
      maskRange(from + f.start(), from + paragraph.length());
    });
  }

  /** Masks a wire end mark at the end of the last line; a desk code also credits its agency. */
  private boolean endMark(int i) {
    String line = line(i);
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
    maskRange(lines.get(i)[0] + m.start(), lines.get(i)[0] + m.end());
    return true;
  }

  /** Photo captions and picture credits: "KCNA VIA KNS / AFP", "Photo: ...", "... (KCNA via REUTERS)". */
  private boolean isCaption(String s) {
    if (CAPTION_LABEL.matcher(s).lookingAt()) {
      return true;
    }
    String end = s.length() > 3 ? s.substring(s.length() - 3) : s;
    if (end.indexOf(')') >= 0) {
      Matcher p = TRAILING_PAREN.matcher(s);
      if (p.find() && isPictureCredit(p.group(1))) {
        return true;
      }
    }
    if (s.length() > 160) {
      return false; // a credit line is short; a paragraph is not one
    }
    if (words(s) > 14) {
      return false;
    }
    boolean slashOrVia = s.indexOf('/') >= 0 || VIA.matcher(s).find();
    return slashOrVia && isPictureCredit(s) && (mostlyUpper(s) || PHOTO_WORD.matcher(s).find());
  }

  /** The number of words in {@code s}, as splitting it on white space counts them. */
  private static int words(String s) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // what a regular expression's \s matches
      boolean white = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
      if (!white && !inWord) {
        words++;
      }
      inWord = !white;
    }
    return words;
  }

  /** A credit naming who supplied a picture: a slash or "via" between sources, one an agency or picture desk. */
  private boolean isPictureCredit(String s) {
    boolean shaped = s.indexOf('/') >= 0 || VIA.matcher(s).find() || PHOTO_WORD.matcher(s).find();
    if (!shaped) {
      return false;
    }
    for (String part : CREDIT_PARTS.split(s)) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      String last = p.substring(p.lastIndexOf(' ') + 1);
      if (outlets.named(p).isPresent() || outlets.agencyNamed(last).isPresent() || PHOTO_WORD.matcher(p).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean mostlyUpper(String s) {
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters > 0 && upper * 10 >= letters * 7;
  }

  // ---- the header ----

  /** Reads the header lines; returns the offset where the body starts, or -1 for no body. */
  private int header(String givenTitle) {
    for (int i = 0; i < lines.size(); i++) {
      if (masked[i]) {
        continue;
      }
      int[] l = lines.get(i);
      int lead = firstContent(l[0], l[1]);
      if (lead < 0) {
        continue;
      }
      String s = text.substring(lead, l[1]).strip();
      currentLine = i;
      Matcher mk = MARKER.matcher(text).region(lead, l[1]);
      if (mk.lookingAt()) {
        marker = Dates.parseMetadataDate(mk.group(1));
        maskRange(lead, mk.end());
        if (firstContent(mk.end(), l[1]) < 0) {
          continue;
        }
        return mk.end();
      }
      if (isDateline(s)) {
        return lead;
      }
      if (headerCredit(s)) {
        mask(i);
        continue;
      }
      Matcher by = BYLINE.matcher(s);
      if (by.matches() && (readByline(by.group(1)) || namesNoOne(by.group(1)))) {
        mask(i);
        continue;
      }
      Dates.HeaderDate date = Dates.headerLine(s);
      if (date != null) {
        headerDates.add(date);
        mask(i);
        continue;
      }
      if (title == null && isTitle(s, i, givenTitle)) {
        title = givenTitle == null ? s : null;
        mask(i);
        continue;
      }
      boolean shortLine = s.split("\\s+").length <= 6 && !s.matches(".*[.!?]\\W*$") && nextContent(i + 1) >= 0;
      if (shortLine && title == null && givenTitle == null && s.split("\\s+").length <= 2) {
        mask(i); // a section label ("World", "Politics") above the headline
        continue;
      }
      boolean headerSeen = title != null || givenTitle != null || !headerDates.isEmpty() || !authorsByLine.isEmpty()
          || !credits.isEmpty();
      if (shortLine && headerSeen) {
        mask(i); // page furniture between headline and story: "Share", "3 min read", "Updated 2 hours ago"
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
  private int lateHeader(int bodyStart) {
    int i = lineAt(bodyStart);
    int lastHeader = -1;
    for (int seen = 0; seen < 3 && (i = nextContent(i + 1)) >= 0; seen++) {
      String s = line(i).strip();
      currentLine = i;
      Matcher by = BYLINE.matcher(s);
      Dates.HeaderDate date = Dates.headerLine(s);
      if (by.matches() && readByline(by.group(1))) {
        mask(i);
        lastHeader = i;
      } else if (headerCredit(s)) {
        mask(i);
        lastHeader = i;
      } else if (date != null) {
        headerDates.add(date);
        mask(i);
        lastHeader = i;
      }
    }
    // The story proper, and its dateline, start after the last of those lines.
    int story = lastHeader < 0 ? -1 : nextContent(lastHeader + 1);
    if (story >= 0 && dateline == null && ownCopy == null) {
      dateline(firstContent(lines.get(story)[0], lines.get(story)[1]));
    }
    return story;
  }

  /** An agency's copy as a site carries it, told by the lead sentence: "..., Xinhua reports.". */
  private void leadCredit(int line) {
    String lead = bodyLine(line);
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

  private int lineAt(int offset) {
    for (int i = 0; i < lines.size(); i++) {
      if (offset <= lines.get(i)[1]) {
        return i;
      }
    }
    return lines.size() - 1;
  }

  private boolean isTitle(String s, int i, String givenTitle) {
    if (givenTitle != null) {
      return sameTitle(s, givenTitle);
    }
    String[] words = s.split("\\s+");
    if (words.length < 3 || words.length > 30 || s.length() > 250 || nextContent(i + 1) < 0) {
      return false;
    }
    if (NOT_TITLE.matcher(s).lookingAt()) {
      return false;
    }
    // A lead hard-wrapped over lines: the next line continues the sentence, or this one stops on
    // a word no headline ends with ("... slipped to the severe category on").
    boolean continued = i + 1 < lines.size() && !line(i + 1).isBlank();
    if (continued && (Character.isLowerCase(line(i + 1).strip().charAt(0))
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

  /** "By Guardian staff reporter": a byline of capitalised words that names an outlet's desk, not a person. */
  private boolean namesNoOne(String byline) {
    String[] words = byline.strip().split("\\s+");
    if (words.length > 6) {
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
   * Reads a byline's names, agencies and date; returns false, keeping nothing, when it names no
   * one, as "By the time the ferry arrived, ..." does not.
   */
  private boolean readByline(String byline) {
    int authorsBefore = authorCount();
    int creditsBefore = credits.size();
    List<Dates.HeaderDate> dates = new ArrayList<>();
    for (String segment : byline.split("\\s*[|•·]\\s*")) {
      Dates.HeaderDate date = Dates.headerLine(segment);
      if (date != null) {
        dates.add(date);
        continue;
      }
      for (String part : Names.splitList(segment)) {
        readBylineName(part, CreditKind.BYLINE);
      }
    }
    if (authorCount() == authorsBefore && credits.size() == creditsBefore) {
      return false;
    }
    headerDates.addAll(dates);
    return true;
  }

  /** Reads one name of a byline or a reporting credit; an agency named there is credited as the given kind. */
  private void readBylineName(String part, CreditKind kind) {
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
    for (int k = Math.min(4, words.size() - 2); k >= 1; k--) {
      Optional<Outlet> o = outlets.agencyNamed(String.join(" ", words.subList(words.size() - k, words.size())));
      if (o.isPresent()) {
        credits.add(new Credit(o.get().name(), kind));
        words = new ArrayList<>(words.subList(0, words.size() - k));
        break;
      }
    }
    addAuthor(words);
  }

  /**
   * Adds a name to the authors, in natural case, once leading desks and roles are gone ("Bloomberg
   * Opinion Columnist Jane Doe"); a name that is an outlet's ("Reuters TV", "CNN Business") is none.
   */
  private void addAuthor(List<String> words) {
    List<String> w = new ArrayList<>(words);
    boolean stripped = true;
    while (stripped && !w.isEmpty()) {
      stripped = false;
      for (int k = Math.min(3, w.size()); k >= 1; k--) {
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
      authorsByLine.computeIfAbsent(currentLine, k -> new ArrayList<>()).add(name);
    }
  }

  /**
   * Reads the people of a reporting credit and the agency it names: "Reporting by Jane Doe for
   * Reuters", "Compiled by Jane Doe from AFP reports".
   */
  private void readCredits(String credit) {
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
        readBylineName(name, CreditKind.CREDIT_LINE);
      }
    }
  }

  // ---- the dateline ----

  private boolean isDateline(String s) {
    return datelineMatch(s, 0) != null;
  }

  private void dateline(int start) {
    int end = start;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    String first = text.substring(start, end);
    int offset = 0;
    Matcher menafn = MENAFN.matcher(first);
    Matcher creditOnly = CREDIT_ONLY.matcher(first);
    if (menafn.lookingAt()) {
      String name = menafn.group(1).strip();
      credits.add(new Credit(outlets.agencyNamed(name).map(Outlet::name).orElse(name), CreditKind.AGGREGATOR));
      maskRange(start, start + menafn.end());
      offset = menafn.end();
    } else if (creditOnly.lookingAt() && outlets.named(creditOnly.group("agency").strip()).isPresent()
        && credit(creditOnly.group("agency"))) {
      if (creditOnly.group("date") != null) {
        datelineDate = Dates.inText(creditOnly.group("date"));
      }
      maskRange(start, start + creditOnly.end());
      return;
    }
    Matcher m = datelineMatch(first, offset);
    if (m == null) {
      return;
    }
    dateline = Names.titleCase(cityName(m.group("city")));
    credit(creditText(m));
    String date = groupOrNull(m, "date");
    if (date != null) {
      datelineDate = Dates.inText(date);
    }
    // The city and region are the article's words (a place it names); the date, credit and dash are not.
    int place = groupOrNull(m, "region") != null ? m.end("region") : m.end("city");
    maskRange(start + m.regionStart(), start + m.start("city")); // a credit before the city: "IANS, New Delhi:"
    maskRange(start + place, start + m.end());
    if (start + place < start + m.end()) {
      body[start + place] = '\n'; // the dateline is not part of the first sentence's words
    }
  }

  /** "MOSCOW." loses its full stop; an abbreviation such as "D.C." keeps it. */
  private static String cityName(String city) {
    String c = city.strip();
    String last = c.substring(c.lastIndexOf(' ') + 1);
    return c.endsWith(".") && last.indexOf('.') == last.length() - 1 && last.length() > 3 ? c.substring(0, c.length() - 1) : c;
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
    for (String group : List.of("agency", "slashed", "piped")) {
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
  private Matcher datelineMatch(String line, int offset) {
    Matcher up = DATELINE_UPPER.matcher(line).region(offset, line.length());
    if (up.lookingAt() && up.group("city").replaceAll("[^\\p{L}]", "").length() >= 3) {
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

  private Optional<String> agencyIn(String s) {
    for (String part : s.split("[\\s.,;()]+")) {
      Optional<Outlet> o = outlets.agencyNamed(part);
      if (o.isPresent()) {
        return Optional.of(o.get().name());
      }
    }
    for (Outlet o : outlets.all()) {
      if (o.agency() && s.contains(o.name()) && o.name().length() > 3) {
        return Optional.of(o.name());
      }
      for (String alias : o.aliases()) {
        if (o.agency() && alias.length() > 3 && s.contains(alias)) {
          return Optional.of(o.name());
        }
      }
    }
    return Optional.empty();
  }

  private int authorCount() {
    return authorsByLine.values().stream().mapToInt(List::size).sum();
  }

  /** Authors in the order the text names them, each once. */
  private List<String> authors() {
    Set<String> out = new LinkedHashSet<>();
    authorsByLine.values().forEach(out::addAll);
    return List.copyOf(out);
  }

  // ---- helpers ----

  /** A line of the body: the line as read, with what is not body blanked. */
  private String bodyLine(int i) {
    int[] l = lines.get(i);
    return new String(body, l[0], l[1] - l[0]);
  }

  private String line(int i) {
    int[] l = lines.get(i);
    return text.substring(l[0], l[1]).replace("\uFEFF", "");
  }

  /** A caption credit with no caption of its own: "(Photo by Jane Roe / AFP)", "STR / AFP". */
  private boolean isCreditOnly(String s) {
    return (s.startsWith("(") && s.endsWith(")")) || s.split("\\s+").length <= 8;
  }

  /** One descriptive sentence of six to forty words, no quotation: what a picture caption looks like. */
  private static boolean looksLikeCaption(String s) {
    int words = s.split("\\s+").length;
    if (words < 6 || !s.endsWith(".")) {
      return false;
    }
    boolean oneSentence = !s.substring(0, Math.max(0, s.length() - 1)).matches(".*[.!?][\"”’']?\\s+\\p{Lu}.*");
    return words <= 40 && oneSentence && s.chars().noneMatch(c -> c == '"' || c == '“' || c == '”');
  }

  private int previousContent(int from) {
    for (int i = from; i >= 0; i--) {
      if (!line(i).isBlank()) {
        return masked[i] ? -1 : i;
      }
    }
    return -1;
  }

  private int nextContent(int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!masked[i] && !line(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  private int firstContent(int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (!Character.isWhitespace(c) && c != '\uFEFF' && c != '\u00a0') {
        return k;
      }
    }
    return -1;
  }

  private static String trimUrl(String u) {
    return u.replaceAll("[.,;)\\]>]+$", "");
  }

  private void mask(int i) {
    masked[i] = true;
    maskRange(lines.get(i)[0], lines.get(i)[1]);
  }

  private void maskRange(int from, int to) {
    for (int k = from; k < to; k++) {
      if (body[k] != '\n' && body[k] != '\r') {
        body[k] = ' ';
      }
    }
  }
}
