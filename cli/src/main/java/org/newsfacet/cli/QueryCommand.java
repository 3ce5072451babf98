package org.newsfacet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.newsfacet.Newsfacet;
import org.newsfacet.json.Json;
import org.newsfacet.model.Article;
import org.newsfacet.model.Figure;
import org.newsfacet.model.Quote;
import org.newsfacet.model.QuoteKind;
import org.newsfacet.query.Answer;
import org.newsfacet.query.AnswerCsv;
import org.newsfacet.query.AnswerJson;
import org.newsfacet.query.Page;
import org.newsfacet.query.Question;
import org.newsfacet.query.Questions;
import org.newsfacet.search.Carrier;
import org.newsfacet.search.FigureGroup;
import org.newsfacet.search.FigureHit;
import org.newsfacet.search.Hit;
import org.newsfacet.search.NewsSearch;
import org.newsfacet.search.QueryLimits;
import org.newsfacet.search.QuoteHit;
import org.newsfacet.search.Results;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsfacet query}: the one way in. Takes a question in plain words ("Halvorsen quotes", "troop
 * figures by source"), field syntax ({@code speaker:Halvorsen outlet:Reuters}) or just words to search
 * for, and answers in the shape that fits: quotations, a figure table, figure groups or articles.
 */
@Command(name = "query", aliases = "search", mixinStandardHelpOptions = true,
    description = {"Ask the index a question, or search it: quotations (\"Halvorsen quotes\", \"what did Ekwueme say "
        + "about the ceasefire\"), figures (\"troop figures by source\", \"casualty figures since 2024-11-01\"), "
        + "articles (\"Halvorsen in Reuters\", or any words: Lucene syntax such as \"exact phrase\", OR, -word "
        + "works too).",
        "Field syntax for exact control: speaker: kind: claimant: outlet: agency: source: category: person: org: place: "
            + "from: to: on: about: by: min: max: type: sort:. The options below add the same filters.",
        "`search` is the same command."})
final class QueryCommand implements Callable<Integer> {
  private static final String TEXT = "text";
  private static final String JSON = "json";
  private static final String CSV = "csv";

  @Spec
  CommandSpec spec;

  @Mixin
  IndexOption index;

  @Mixin
  EngineOption engine;

  @Mixin
  SourceFilters filters;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only quotations of this speaker (any spelling).")
  String speaker;

  @Option(names = "--kind", paramLabel = "KIND",
      description = "Only quotations of this kind: direct (the speaker's own words) or indirect (reported speech).")
  String kind;

  @Option(names = "--category", paramLabel = "NAME",
      description = "Only figures of this category: troops, casualties, people, money, percent, weapons, other.")
  String category;

  @Option(names = "--claimant", paramLabel = "NAME", description = "Only figures claimed by this source.")
  String claimant;

  @Option(names = "--by", paramLabel = "GROUP", description = "Group figures by source (outlet), agency, claimant, date (day), month, week or story.")
  String by;

  @Option(names = "--min", paramLabel = "N", description = "Only figures reaching at least N.")
  Double min;

  @Option(names = "--max", paramLabel = "N", description = "Only figures starting at most at N.")
  Double max;

  @Option(names = "--person", paramLabel = "NAME", description = "Only articles naming this person (repeatable).")
  List<String> people = List.of();

  @Option(names = "--org", paramLabel = "NAME", description = "Only articles naming this organisation (repeatable).")
  List<String> organizations = List.of();

  @Option(names = "--place", paramLabel = "NAME", description = "Only articles naming this place (repeatable).")
  List<String> places = List.of();

  @Option(names = "--newest", description = "Articles newest first instead of best first.")
  boolean newest;

  @Option(names = "--copies", description = "List every article's copy of a quotation or figure; by default the "
      + "copies carried by the articles of one story are one entry that names the outlets that carried it.")
  boolean copies;

  @Option(names = "--count-stories", description = "Count stories, not articles, in the facets of an article search: "
      + "an outlet counts once for each story it carried.")
  boolean countStories;

  @Mixin
  Paging page;

  @Option(names = "--explain", description = "Say how the question was read, before the answer.")
  boolean explain;

  @Option(names = "--json", description = "One JSON object per line: quotes, figures, groups, articles, facet counts "
      + "(--format json).")
  boolean json;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (the default), json (as --json) or csv: a "
      + "header row, then a row per quotation, figure or article (a comparison: per figure, its group first); "
      + "no facet counts. With --explain, csv says how the question was read on standard error.")
  String format;

  @Parameters(paramLabel = "QUESTION", arity = "0..*",
      description = "The question or words; quote it as one argument or give it as several words.")
  List<String> words = List.of();

  @Override
  public Integer call() throws IOException {
    String shape = format();
    Page part = page.page(copies, countStories);
    filters.check();
    String question = question();
    QueryLimits.checkSyntax(question); // a question past a limit is refused before the index is opened
    PrintWriter out = spec.commandLine().getOut();
    try (NewsSearch news = engine.openReadOnly(index)) {
      Questions questions = Newsfacet.questions(news);
      Question q = part.apply(questions.parse(question));
      if (explain) {
        // A CSV file is one table: how the question was read goes beside it, to standard error.
        explain(shape.equals(CSV) ? spec.commandLine().getErr() : out, q, shape);
      }
      Answer answer = part.trim(questions.answer(q));
      if (shape.equals(JSON)) {
        AnswerJson.items(answer).forEach(item -> out.println(Json.write(item)));
        return 0;
      }
      if (shape.equals(CSV)) {
        AnswerCsv.write(answer, out);
        out.flush();
        return 0;
      }
      switch (answer) {
        case Answer.Quotes a -> quotes(out, a.results());
        case Answer.Figures a -> figures(out, a.results());
        case Answer.Groups a -> groups(out, a.groups(), a.question());
        case Answer.Articles a -> articles(out, a.results(), a.question());
      }
    }
    return 0;
  }

  /** The words, and the options as field syntax: one way to read both. */
  private String question() {
    List<String> parts = new ArrayList<>(words);
    field(parts, "speaker", speaker);
    field(parts, "kind", kind);
    field(parts, "category", category);
    field(parts, "claimant", claimant);
    field(parts, "by", by);
    field(parts, "min", min == null ? null : String.valueOf(min));
    field(parts, "max", max == null ? null : String.valueOf(max));
    filters.outlets.forEach(o -> field(parts, "outlet", o));
    filters.agencies.forEach(a -> field(parts, "agency", a));
    field(parts, "from", filters.from == null ? null : filters.from.toString());
    field(parts, "to", filters.to == null ? null : filters.to.toString());
    people.forEach(p -> field(parts, "person", p));
    organizations.forEach(o -> field(parts, "org", o));
    places.forEach(p -> field(parts, "place", p));
    if (newest) {
      parts.add("sort:date");
    }
    return String.join(" ", parts);
  }

  private static void field(List<String> parts, String key, String value) {
    if (value != null && value.isBlank()) {
      throw new UsageException("--" + key + " needs a value, not an empty one"); // never silently dropped
    }
    if (value != null) {
      parts.add(key + ":\"" + value.replace("\"", "") + "\"");
    }
  }

  /** The output format asked for: {@code --format}, or {@code --json}, or text. */
  private String format() {
    String f = format == null ? (json ? JSON : TEXT) : format.strip().toLowerCase(Locale.ROOT);
    if (!f.equals(TEXT) && !f.equals(JSON) && !f.equals(CSV)) {
      throw new UsageException("--format is text, json or csv, not '" + format + "'");
    }
    if (json && !f.equals(JSON)) {
      throw new UsageException("--json is --format json: it cannot go with --format " + f);
    }
    return f;
  }

  private void explain(PrintWriter out, Question q, String shape) {
    if (shape.equals(JSON)) {
      out.println(Json.write(AnswerJson.explanation(q)));
      return;
    }
    out.println("Read as:");
    q.explanation().forEach(line -> out.println("  " + Terminal.field(line)));
    out.println();
  }

  // ---- quotations ----

  private void quotes(PrintWriter out, Results<QuoteHit> results) {
    out.printf(Locale.ROOT, "%,d quotation%s%n", results.total(), results.total() == 1 ? "" : "s");
    for (QuoteHit hit : results.hits()) {
      Quote q = hit.quote();
      String words = Terminal.field(q.text().replaceAll("\\s+", " ").strip());
      if (q.kind() == QuoteKind.INDIRECT) {
        out.printf(Locale.ROOT, "%nreported: %s%n", words); // the writer's words, so no quotation marks
      } else {
        out.printf(Locale.ROOT, "%n“%s”%s%n", words, q.partial() ? " (partial)" : "");
      }
      out.printf(Locale.ROOT, "   — %s | %s, %s | %s%n", Terminal.field(Objects.requireNonNullElse(q.speaker(), "speaker not stated")),
          source(hit.outlet(), hit.agency(), hit.syndication().inferredAgency()),
          Objects.requireNonNullElse(hit.published(), "undated"),
          Terminal.field(Objects.requireNonNullElse(hit.title(), hit.source())));
      carriers(out, "     ", hit.carriedBy());
    }
    FacetOutput.text(out, results.facets());
  }

  // ---- figures ----

  private void figures(PrintWriter out, Results<FigureHit> results) {
    out.printf(Locale.ROOT, "%,d figure%s%n", results.total(), results.total() == 1 ? "" : "s");
    for (FigureHit h : results.hits()) {
      out.println("  " + line(h));
      carriers(out, "    ", h.carriedBy());
    }
    FacetOutput.text(out, results.facets());
  }

  private void groups(PrintWriter out, List<FigureGroup> groups, Question.Figures q) {
    String what = q.request().category() == null ? "" : ", category " + q.request().category().label();
    String by = q.groupBy().name().toLowerCase(Locale.ROOT);
    if (groups.isEmpty()) {
      out.println("No figures" + what + ".");
      return;
    }
    out.printf(Locale.ROOT, "Figures by %s%s%n", by, what);
    for (FigureGroup g : groups) {
      String shown = g.figures().isEmpty() ? String.format(Locale.ROOT, " (%,d figure%s)", g.total(), g.total() == 1 ? "" : "s")
          : g.total() > g.figures().size() ? " (newest " + g.figures().size() + " of " + g.total() + ")" : "";
      out.printf(Locale.ROOT, "%n%s%s%n", g.key() == null ? "(no " + by + ")" : Terminal.field(groupName(g)), shown);
      for (FigureHit h : g.figures()) {
        out.println("  " + line(h) + (h.independentSources() > 0 ? " | " + sources(h.independentSources()) : ""));
        carriers(out, "    ", h.carriedBy());
      }
    }
  }

  /** A group's heading: its key, and for a story its original's headline. */
  private static String groupName(FigureGroup g) {
    if (g.by() != FigureGroup.GroupBy.STORY || g.figures().isEmpty() || g.figures().get(0).title() == null) {
      return g.key();
    }
    return "story " + g.key() + ": " + g.figures().get(0).title().replaceAll("\\s+", " ");
  }

  private static String sources(int n) {
    return n == 1 ? "1 independent source" : n + " independent sources";
  }

  /** The articles that carried a collapsed quotation or figure, the original first: nothing when one did. */
  private static void carriers(PrintWriter out, String indent, List<Carrier> carriers) {
    if (carriers.isEmpty()) {
      return;
    }
    List<String> names = new ArrayList<>();
    carriers.forEach(c -> names.add(source(c.outlet(), c.agency(), c.inferredAgency())));
    out.printf(Locale.ROOT, "%scarried by %d: %s%n", indent, carriers.size(), String.join(", ", names));
  }

  private static String line(FigureHit h) {
    Figure f = h.figure();
    return String.format(Locale.ROOT, "%-28s %-10s %s | %s | %s, %s", Terminal.field(quantity(f)), f.category().label(),
        Terminal.field(f.text().replaceAll("\\s+", " ")),
        Terminal.field(Objects.requireNonNullElse(f.claimant(), "stated by the article")),
        source(h.outlet(), h.agency(), h.syndication().inferredAgency()),
        Objects.requireNonNullElse(h.published(), "undated"));
  }

  /**
   * What a figure is, in words a reader compares safely: its bound or hedge, its value and its
   * unit or currency ("at least 31 people", "27 billion yen (JPY)", "HK$6.4 billion (HKD)", "4 brigades").
   */
  static String quantity(Figure f) {
    String unit = f.unit() == null ? "" : f.unit().replaceAll("\\s+", " ").strip();
    double scale = unit.equalsIgnoreCase("cents") || unit.equalsIgnoreCase("cent") ? 100 : 1; // 0.47 is "47 cents"
    double low = scale == 1 ? f.low() : Math.rint(f.low() * scale * 1e6) / 1e6;
    double high = scale == 1 ? f.high() : Math.rint(f.high() * scale * 1e6) / 1e6;
    String value = low == high ? compact(low) : compact(low) + "-" + compact(high);
    String shown;
    if (f.category() == org.newsfacet.model.FigureCategory.PERCENT) {
      shown = value + "%";
    } else if (!unit.isEmpty() && !Character.isLetter(unit.charAt(unit.length() - 1))) {
      shown = unit + value; // "$", "HK$", "€": the sign goes first
    } else {
      shown = unit.isEmpty() ? value : value + " " + unit;
    }
    if (f.currency() != null && !unit.equals(f.currency())) {
      shown += " (" + f.currency() + ")";
    }
    String hedge = f.bound() != null ? f.bound() + " " : f.approximate() ? "about " : "";
    return hedge + shown;
  }

  private static String compact(double d) {
    double a = Math.abs(d);
    if (a >= 1e12 && d % 1e10 == 0) {
      return trimmed(d / 1e12) + " trillion";
    }
    if (a >= 1e9 && d % 1e7 == 0) {
      return trimmed(d / 1e9) + " billion";
    }
    if (a >= 1e6 && d % 1e4 == 0) {
      return trimmed(d / 1e6) + " million";
    }
    return number(d);
  }

  private static String trimmed(double d) {
    return d == Math.rint(d) ? String.format(Locale.ROOT, "%,d", (long) d) : String.format(Locale.ROOT, "%,.2f", d)
        .replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  private static String number(double d) {
    return d == Math.rint(d) ? String.format(Locale.ROOT, "%,d", (long) d) : String.format(Locale.ROOT, "%,.2f", d);
  }

  // ---- articles ----

  private void articles(PrintWriter out, Results<Hit> results, Question.Articles q) {
    String what = q.request().text().isEmpty() ? "" : " for \"" + Terminal.field(q.request().text()) + "\"";
    out.printf(Locale.ROOT, "%,d article%s%s%n", results.total(), results.total() == 1 ? "" : "s", what);
    int n = q.request().offset();
    for (Hit hit : results.hits()) {
      Article a = hit.article();
      out.printf(Locale.ROOT, "%n%d. %s%n", ++n, Terminal.field(Objects.requireNonNullElse(a.title(), "(no title)")));
      out.printf(Locale.ROOT, "   %s | %s%n", Objects.requireNonNullElse(a.published(), "undated"),
          source(a.outlet(), a.agency(), hit.syndication().inferredAgency()));
      if (hit.syndication().copyOf() != null) {
        out.println("   copy of " + Terminal.field(hit.syndication().copyOf()));
      } else if (!hit.syndication().story().equals(a.id())) {
        out.println("   in the story of " + Terminal.field(hit.syndication().story()));
      }
      String snippet = hit.snippetText("[", "]").replaceAll("\\s+", " ").strip();
      if (!snippet.isEmpty()) {
        out.println("   " + Terminal.field(shorten(snippet, 300)));
      }
      out.println("   " + Terminal.field(a.source()));
    }
    FacetOutput.text(out, results.facets());
  }

  /** "Outlet (Agency)", "Outlet (Agency, inferred)" for an uncredited copy, or the outlet alone. */
  private static String source(String outlet, String agency, String inferredAgency) {
    String o = Terminal.field(Objects.requireNonNullElse(outlet, "no outlet"));
    if (agency == null && inferredAgency != null) {
      return o + " (" + Terminal.field(inferredAgency) + ", inferred)";
    }
    return agency == null || agency.equals(outlet) ? o : o + " (" + Terminal.field(agency) + ")";
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
  }
}
