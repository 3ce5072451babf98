package org.newsfacet.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.newsfacet.bench.Event.Person;
import org.newsfacet.extract.Outlet;

/**
 * Makes the other articles of a story from its first report, as other outlets' desks would: copies
 * of its text with a copy editor's changes, rewrites that quote a few of its paragraphs, and an
 * independent report of the same event that shares its speaker's words and figure but none of its
 * narrative.
 */
final class Desk {
  /** Percent of copies that change each thing. */
  private static final int RETITLED = 50;
  private static final int TRIMMED = 40;
  private static final int MIDDLE_DROPPED = 25;
  private static final int OWN_PARAGRAPH = 35;
  /** Of copies of an agency's report: percent that keep its dateline credit, and that credit it in a byline instead. */
  private static final int CREDIT_KEPT = 55;
  private static final int CREDIT_IN_BYLINE = 20;
  /** Most paragraphs a trimmed copy drops from its end. */
  private static final int MAX_TRIM = 3;
  /** Percent of rewrites that an agency is credited for. */
  private static final int REWRITE_AGENCY = 25;
  /** Days after the report that a copy or an independent report (the same day or the next), and a rewrite, appear. */
  private static final int COPY_DAYS = 2;
  private static final int REWRITE_DAYS = 3;
  /** Most narrative paragraphs or sentences a rewrite keeps of its report. */
  private static final int KEPT_NARRATIVES = 2;
  /** Words in a row that an independent report's lead may share with the report's lead figure sentence. */
  private static final int LEAD_RUN = 3;

  private final Reporter reporter;

  Desk(Reporter reporter) {
    this.reporter = reporter;
  }

  /**
   * A copy of the report carried by another outlet, the same day or the next: its paragraphs
   * verbatim, perhaps retitled, trimmed at the end, a middle paragraph dropped, a paragraph of the
   * outlet's own added at the start or the end, and the agency's credit kept, moved to a byline,
   * or dropped.
   */
  Draft copy(Draft report, String id, int position, SplittableRandom r) {
    Outlet outlet = reporter.outletOtherThan(report.outlet(), r);
    LocalDate published = report.published().plusDays(r.nextInt(COPY_DAYS));
    Draft.Credit credit = Draft.Credit.NONE;
    if (report.agency() != null) {
      int c = r.nextInt(100);
      credit = c < CREDIT_KEPT ? Draft.Credit.DATELINE
          : c < CREDIT_KEPT + CREDIT_IN_BYLINE ? Draft.Credit.BYLINE : Draft.Credit.NONE;
    }
    String title = r.nextInt(100) < RETITLED ? reporter.headlineOtherThan(report.title(), report.city(), r)
        : report.title();
    List<Paragraph> body = new ArrayList<>(report.paragraphs());
    // never below about half of the report's paragraphs, whatever is dropped
    int keep = (body.size() + 1) / 2;
    if (r.nextInt(100) < TRIMMED && body.size() > keep) {
      int trim = Math.min(1 + r.nextInt(MAX_TRIM), body.size() - keep);
      body.subList(body.size() - trim, body.size()).clear();
    }
    if (r.nextInt(100) < MIDDLE_DROPPED && body.size() > Math.max(keep, 2)) {
      body.remove(1 + r.nextInt(body.size() - 2));
    }
    if (r.nextInt(100) < OWN_PARAGRAPH) {
      // at the start it takes the dateline, which always opens the text
      body.add(r.nextBoolean() ? 0 : body.size(), reporter.own(r));
    }
    return new Draft(id, title, published, outlet, credit == Draft.Credit.NONE ? null : report.agency(), credit,
        report.city(), report.author(), Reporter.url(outlet, published, position), report.event(), body);
  }

  /**
   * Another outlet's own article on the story: a new lead with the story's figure, the speaker's
   * quotation paragraph and one or two narrative paragraphs or sentences of the report verbatim
   * (perhaps one of its figure paragraphs too), and the rest newly written. It keeps fewer than
   * half of the report's paragraphs whole, so it is no copy.
   */
  Draft rewrite(Draft report, String id, int position, SplittableRandom r) {
    Event e = report.event();
    Outlet outlet = reporter.outletOtherThan(report.outlet(), r);
    LocalDate published = report.published().plusDays(r.nextInt(REWRITE_DAYS));
    Outlet agency = r.nextInt(100) < REWRITE_AGENCY ? reporter.agencyOrNone(true, r) : null;
    List<Paragraph> source = report.paragraphs();
    int whole = 1;
    int maxWhole = Math.max(1, (source.size() - 1) / 2);
    List<Paragraph> kept = new ArrayList<>();
    List<Paragraph> narratives = new ArrayList<>(ofKind(source, Paragraph.Kind.NARRATIVE));
    for (int n = 1 + r.nextInt(KEPT_NARRATIVES); n > 0 && !narratives.isEmpty(); n--) {
      Paragraph p = narratives.remove(r.nextInt(narratives.size()));
      if (whole < maxWhole && r.nextBoolean()) {
        kept.add(p);
        whole++;
      } else {
        kept.add(aroundSentence(p, r));
      }
    }
    List<Paragraph> figures = new ArrayList<>(ofKind(source, Paragraph.Kind.ACCORDING));
    figures.addAll(ofKind(source, Paragraph.Kind.MONEY));
    if (whole < maxWhole && !figures.isEmpty() && r.nextBoolean()) {
      kept.add(figures.get(r.nextInt(figures.size())));
    }
    List<Paragraph> body = new ArrayList<>();
    // an independent report's lead gives the figure first ("3,470 soldiers ..., Mayor X said"): a rewrite's never
    body.add(reporter.lead(e, Reporter.Lead.VERB_THAT, reporter.rest(e.kind(), r), r));
    body.add(firstOfKind(source, Paragraph.Kind.QUOTE));
    reporter.fill(body, e.speaker(), e.org(), 1, reporter.length(r), r);
    // the kept paragraphs somewhere after the quotation, among the new ones
    int at = 2;
    for (Paragraph p : kept) {
      at += r.nextInt(Math.max(1, body.size() - at));
      body.add(Math.min(at, body.size()), p);
      at++;
    }
    return new Draft(id, reporter.headlineOtherThan(report.title(), report.city(), r), published, outlet, agency,
        agency == null ? Draft.Credit.NONE : Draft.Credit.DATELINE, report.city(), reporter.author(r),
        Reporter.url(outlet, published, position), e, body);
  }

  /**
   * Another outlet's report of the same event, a different story: the same speaker, the same
   * figure and the same quotation words, but its own lead, narrative, organisation and figures.
   */
  Draft independent(Draft report, String id, int position, SplittableRandom r) {
    Event e = report.event();
    Outlet outlet = reporter.outletOtherThan(report.outlet(), r);
    LocalDate published = report.published().plusDays(r.nextInt(COPY_DAYS));
    Outlet agency = reporter.agencyOrNone(false, r);
    String leadText = firstOfKind(report.paragraphs(), Paragraph.Kind.LEAD).text();
    String rest;
    do {
      rest = reporter.rest(e.kind(), r);
    } while (sharesRun(leadText, rest, LEAD_RUN));
    String org = reporter.organizationOtherThan(e.org(), r);
    Person speaker = e.speaker();
    List<Paragraph> body = new ArrayList<>();
    body.add(reporter.lead(e, Reporter.Lead.CLAUSE_SAID, rest, r));
    body.add(reporter.quote(speaker, e.quote(), r));
    reporter.fill(body, speaker, org, 1, reporter.length(r), r);
    return new Draft(id, reporter.headlineOtherThan(report.title(), report.city(), r), published, outlet, agency,
        agency == null ? Draft.Credit.NONE : Draft.Credit.DATELINE, report.city(), reporter.author(r),
        Reporter.url(outlet, published, position), e, body);
  }

  /** One sentence of a narrative paragraph, verbatim, with a new sentence before or after it. */
  private Paragraph aroundSentence(Paragraph p, SplittableRandom r) {
    String[] sentences = p.text().split("(?<=\\.) ");
    String kept = sentences[r.nextInt(sentences.length)];
    String other = reporter.sentences(1, r);
    return Paragraph.plain(Paragraph.Kind.NARRATIVE, r.nextBoolean() ? kept + " " + other : other + " " + kept);
  }

  private static List<Paragraph> ofKind(List<Paragraph> paragraphs, Paragraph.Kind kind) {
    return paragraphs.stream().filter(p -> p.kind() == kind).toList();
  }

  private static Paragraph firstOfKind(List<Paragraph> paragraphs, Paragraph.Kind kind) {
    return paragraphs.stream().filter(p -> p.kind() == kind).findFirst()
        .orElseThrow(() -> new IllegalStateException("a report without a " + kind + " paragraph"));
  }

  /** Whether {@code phrase} has a run of {@code n} words that {@code text} also has. */
  static boolean sharesRun(String text, String phrase, int n) {
    String haystack = " " + words(text) + " ";
    String[] w = words(phrase).split(" ");
    for (int i = 0; i + n <= w.length; i++) {
      if (haystack.contains(" " + String.join(" ", List.of(w).subList(i, i + n)) + " ")) {
        return true;
      }
    }
    return false;
  }

  private static String words(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
