package org.newsfacet.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsfacet.internal.Resources;
import org.newsfacet.model.EntityType;
import org.newsfacet.model.FigureCategory;
import org.newsfacet.model.QuoteKind;
import org.newsfacet.search.FigureGroup;
import org.newsfacet.search.FigureRequest;
import org.newsfacet.search.QuerySyntaxException;
import org.newsfacet.search.QuoteRequest;
import org.newsfacet.search.SearchRequest;
import org.newsfacet.search.Suggestions;

/**
 * Reads a question in plain words, or in field syntax, into the typed search it stands for.
 *
 * <p>Filters may stand anywhere: "in/from &lt;outlet or agency&gt;", "since/after/before/until
 * &lt;date&gt;", "between &lt;date&gt; and &lt;date&gt;", "on &lt;date&gt;", "in &lt;year or
 * month&gt;", "about &lt;words&gt;". What is left says what is asked for: quotations ("Lagarde
 * quotes", "quotes by Lagarde", "what did Lagarde say", "Lagarde on drones"; "Lagarde direct quotes" for her
 * own words only, "Lagarde reported quotes" for reported speech only), figures ("troop figures by
 * source", "figures for flood relief") or, when nothing else fits, articles by full text. Names
 * resolve through the index's own spellings; a name the index does not know is an error that says
 * so, with the nearest name it does know.
 */
final class QuestionParser {
  private static final Map<String, FigureCategory> CATEGORY_WORDS = categoryWords();
  private static final Set<String> QUOTE_WORDS = Set.of("quote", "quotes", "quotation", "quotations");
  /** Words before a quote word, or values of kind:, that choose one kind of quotation. */
  private static final Map<String, QuoteKind> KIND_WORDS = Map.of("direct", QuoteKind.DIRECT, "verbatim",
      QuoteKind.DIRECT, "indirect", QuoteKind.INDIRECT, "reported", QuoteKind.INDIRECT);
  private static final Set<String> FIGURE_WORDS = Set.of("figure", "figures", "number", "numbers", "statistics",
      "stats", "count", "counts", "tally", "tallies");
  private static final Map<String, FigureGroup.GroupBy> GROUPS = Map.of("source", FigureGroup.GroupBy.OUTLET,
      "sources", FigureGroup.GroupBy.OUTLET, "outlet", FigureGroup.GroupBy.OUTLET, "outlets", FigureGroup.GroupBy.OUTLET,
      "agency", FigureGroup.GroupBy.AGENCY, "agencies", FigureGroup.GroupBy.AGENCY, "claimant", FigureGroup.GroupBy.CLAIMANT,
      "claimants", FigureGroup.GroupBy.CLAIMANT, "date", FigureGroup.GroupBy.DATE, "day", FigureGroup.GroupBy.DATE);
  /** Words that open a filter, and so end an "about ..." phrase. */
  private static final Set<String> FILTER_WORDS = Set.of("in", "from", "since", "after", "before", "until", "till",
      "between", "on", "by", "about");
  /** Politeness and filler that carries no meaning for the search. */
  private static final Set<String> FILLER = Set.of("show", "me", "list", "find", "get", "give", "all", "the", "please");
  /** Words that put a question and say nothing about what it is about. */
  private static final Set<String> ASKING = Set.of("what", "which", "are", "is", "were", "was", "the", "latest",
      "recent", "newest", "all", "show", "me", "give", "list", "get", "find", "from", "of", "for", "please", "any");
  private static final Set<String> FIELDS = Set.of("speaker", "claimant", "outlet", "agency", "source", "category",
      "person", "org", "organization", "organisation", "place", "location", "from", "since", "after", "to", "until",
      "before", "on", "about", "by", "min", "max", "type", "sort", "kind");
  private static final int MAX_NAME_WORDS = 5;

  private final Vocabulary vocabulary;

  QuestionParser(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  private static Map<String, FigureCategory> categoryWords() {
    Map<String, FigureCategory> m = new HashMap<>();
    for (String line : Resources.lines(QuestionParser.class, "category-words.tsv")) {
      String[] c = line.split("\t");
      m.put(c[0].strip(), FigureCategory.of(c[1].strip()));
    }
    return Map.copyOf(m);
  }

  /** What a question asks, gathered while reading it. */
  private static final class Parts {
    final List<String> explanation = new ArrayList<>();
    final List<String> sources = new ArrayList<>();
    final List<String> outlets = new ArrayList<>();
    final List<String> agencies = new ArrayList<>();
    final List<String> speakers = new ArrayList<>();
    final List<String> claimants = new ArrayList<>();
    final Map<EntityType, List<String>> entities = new HashMap<>();
    final List<String> about = new ArrayList<>();
    LocalDate from;
    LocalDate to;
    FigureCategory category;
    FigureGroup.GroupBy groupBy;
    Double min;
    Double max;
    String type;
    QuoteKind kind;
    boolean newest;
  }

  /** Reads the question; throws {@link QuerySyntaxException} with a message for the user when it cannot. */
  Question parse(String question) {
    if (question == null || question.isBlank()) {
      throw new QuerySyntaxException("the question is empty: ask for example \"Lagarde quotes\", \"troop figures by "
          + "source\" or a few words to search for", null);
    }
    Parts p = new Parts();
    List<String> words = new ArrayList<>();
    List<String> tokens = tokens(question);
    if (tokens.isEmpty()) {
      throw new QuerySyntaxException("the question is empty: \"\" asks for nothing", null);
    }
    for (String token : tokens) {
      if (!field(token, p)) {
        words.add(token);
      }
    }
    words = filters(words, p);
    return form(words, p, question);
  }

  /** Words, with "quoted phrases" and field:"quoted values" kept whole, trailing ? and , dropped. */
  static List<String> tokens(String question) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    String q = question.strip().replace('“', '"').replace('”', '"');
    for (int i = 0; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        current.append(c);
      } else if (Character.isWhitespace(c) && !quoted) {
        add(out, current);
      } else {
        current.append(c);
      }
    }
    if (quoted) {
      throw new QuerySyntaxException("a quotation mark is not closed in: " + question, null);
    }
    add(out, current);
    return out;
  }

  private static void add(List<String> out, StringBuilder current) {
    String t = current.toString();
    current.setLength(0);
    if (!t.startsWith("\"")) {
      t = t.replaceAll("[?,;!]+$", "");
    }
    if (!t.isEmpty() && !unquote(t).isBlank() && !t.endsWith(":\"\"")) {
      out.add(t); // an empty quotation ("") asks for nothing
    }
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
  }

  // ---- field syntax ----

  /** Applies {@code key:value}; false when the token is no field of ours (left to the text search). */
  private boolean field(String token, Parts p) {
    int colon = token.indexOf(':');
    if (colon <= 0 || colon == token.length() - 1) {
      return false;
    }
    String key = lower(token.substring(0, colon));
    if (!FIELDS.contains(key)) {
      return false; // "title:drones" is Lucene's own field syntax
    }
    String value = unquote(token.substring(colon + 1)).strip();
    String read = "(read from " + token + ")";
    switch (key) {
      case "speaker" -> {
        String name = speaker(value);
        p.speakers.add(name);
        p.type = p.type == null ? "quotes" : p.type;
        p.explanation.add("quotations by " + name + " " + read);
      }
      case "claimant" -> {
        p.claimants.add(value);
        p.type = p.type == null ? "figures" : p.type;
        p.explanation.add("figures claimed by " + value + " " + read);
      }
      case "outlet", "agency", "source" -> {
        String name = knownSource(value);
        (key.equals("outlet") ? p.outlets : key.equals("agency") ? p.agencies : p.sources).add(name);
        p.explanation.add((key.equals("source") ? "published by or credited to " : key + " ") + name + " " + read);
      }
      case "category" -> {
        FigureCategory c = category(value);
        p.category = c;
        p.type = "figures";
        p.explanation.add("figures of category " + c.label() + " " + read);
      }
      case "person" -> entity(p, EntityType.PERSON, value, read);
      case "org", "organization", "organisation" -> entity(p, EntityType.ORGANIZATION, value, read);
      case "place", "location" -> entity(p, EntityType.LOCATION, value, read);
      case "from", "since", "after", "to", "until", "before", "on" -> {
        Dates.Span d = Dates.at(List.of(value.split("\\s+")), 0);
        if (d == null) {
          throw new QuerySyntaxException("'" + value + "' in " + token + " is no date: write it as YYYY-MM-DD, "
              + "YYYY-MM or YYYY", null);
        }
        date(p, key, d, read);
      }
      case "about" -> {
        p.about.add(value.contains(" ") ? "\"" + value + "\"" : value);
        p.explanation.add("about: " + value + " " + read);
      }
      case "by" -> {
        FigureGroup.GroupBy g = GROUPS.get(lower(value));
        if (g == null) {
          throw new QuerySyntaxException("by:" + value + " is no grouping: figures group by source, outlet, agency, "
              + "claimant or date", null);
        }
        p.groupBy = g;
        p.type = "figures";
        p.explanation.add("grouped by " + g.name().toLowerCase(Locale.ROOT) + " " + read);
      }
      case "min", "max" -> {
        double v;
        try {
          v = Double.parseDouble(value.replace(",", ""));
        } catch (NumberFormatException e) {
          throw new QuerySyntaxException(token + ": '" + value + "' is no number", e);
        }
        if (key.equals("min")) {
          p.min = v;
        } else {
          p.max = v;
        }
        p.type = "figures";
        p.explanation.add("figures " + (key.equals("min") ? "reaching at least " : "starting at most at ") + value + " " + read);
      }
      case "type" -> {
        String t = lower(value);
        if (!Set.of("articles", "quotes", "figures").contains(t)) {
          throw new QuerySyntaxException("type:" + value + " is no type: articles, quotes or figures", null);
        }
        p.type = t;
      }
      case "kind" -> {
        QuoteKind k = KIND_WORDS.get(lower(value));
        if (k == null) {
          throw new QuerySyntaxException("kind:" + value + " is no kind of quotation: direct (the speaker's own words) "
              + "or indirect (reported speech)", null);
        }
        kind(p, k, read);
      }
      case "sort" -> {
        String s = lower(value);
        if (!Set.of("date", "newest", "relevance").contains(s)) {
          throw new QuerySyntaxException("sort:" + value + " is no order: date or relevance", null);
        }
        p.newest = !s.equals("relevance");
        p.explanation.add((p.newest ? "newest first " : "best first ") + read);
      }
      default -> throw new IllegalStateException(key);
    }
    return true;
  }

  private static void kind(Parts p, QuoteKind k, String read) {
    if (p.kind != null && p.kind != k) {
      throw new QuerySyntaxException("a question asks for one kind of quotation, direct or indirect, not both: "
          + "leave the kind out for both", null);
    }
    p.kind = k;
    p.type = p.type == null ? "quotes" : p.type;
    p.explanation.add((k == QuoteKind.DIRECT ? "the speaker's own words only " : "reported speech only ") + read);
  }

  private void entity(Parts p, EntityType type, String value, String read) {
    String name = vocabulary.entity(type, value).orElseThrow(() -> new QuerySyntaxException("no "
        + type.name().toLowerCase(Locale.ROOT) + " named '" + value + "' in the index", null));
    p.entities.computeIfAbsent(type, t -> new ArrayList<>()).add(name);
    p.explanation.add("articles naming " + name + " " + read);
  }

  private static void date(Parts p, String how, Dates.Span d, String read) {
    switch (how) {
      case "from", "since" -> p.from = d.start();
      case "after" -> p.from = d.end().plusDays(1);
      case "to", "until", "till" -> p.to = d.end();
      case "before" -> p.to = d.start().minusDays(1);
      case "on", "in" -> {
        p.from = d.start();
        p.to = d.end();
      }
      default -> throw new IllegalStateException(how);
    }
    if (p.from != null && p.to != null && p.from.isAfter(p.to)) {
      throw new QuerySyntaxException("the dates leave no day: from " + p.from + " to " + p.to, null);
    }
    p.explanation.add("published " + (p.from == null ? "" : "from " + p.from) + (p.from != null && p.to != null ? " " : "")
        + (p.to == null ? "" : "to " + p.to) + " " + read);
  }

  private static FigureCategory category(String word) {
    FigureCategory c = CATEGORY_WORDS.get(lower(word));
    if (c == null) {
      try {
        return FigureCategory.of(word);
      } catch (IllegalArgumentException e) {
        throw new QuerySyntaxException("no figure category '" + word + "': the categories are troops, casualties, "
            + "people, money, percent, weapons and other", e);
      }
    }
    return c;
  }

  // ---- filters in plain words ----

  /** Takes the date, source, "about" and "by" phrases out of the words; returns what is left. */
  private List<String> filters(List<String> words, Parts p) {
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < words.size(); ) {
      String w = lower(words.get(i));
      String read;
      if (w.equals("between")) {
        Dates.Span a = Dates.at(words, i + 1);
        int and = a == null ? -1 : i + 1 + a.words();
        Dates.Span b = and >= 0 && and < words.size() && lower(words.get(and)).equals("and") ? Dates.at(words, and + 1) : null;
        if (b != null) {
          read = "(read from \"" + String.join(" ", words.subList(i, and + 1 + b.words())) + "\")";
          date(p, "from", a, read);
          p.explanation.remove(p.explanation.size() - 1);
          date(p, "to", b, read);
          i = and + 1 + b.words();
          continue;
        }
      }
      if (Set.of("since", "after", "before", "until", "till", "on", "from", "in").contains(w)) {
        Dates.Span d = Dates.at(words, i + 1);
        boolean monthOrYear = d != null && !d.start().equals(d.end());
        if (d != null && (!w.equals("in") || monthOrYear || words.get(i + 1).matches("\\d{4}-\\d{2}-\\d{2}"))) {
          read = "(read from \"" + String.join(" ", words.subList(i, i + 1 + d.words())) + "\")";
          date(p, w, d, read);
          i += 1 + d.words();
          continue;
        }
      }
      if ((w.equals("in") || w.equals("from")) && i + 1 < words.size()) {
        int taken = source(words, i + 1, p);
        if (taken > 0) {
          i += 1 + taken;
          continue;
        }
      }
      if (w.equals("by") && i + 1 < words.size() && GROUPS.containsKey(lower(words.get(i + 1)))) {
        p.groupBy = GROUPS.get(lower(words.get(i + 1)));
        p.explanation.add("grouped by " + p.groupBy.name().toLowerCase(Locale.ROOT) + " (read from \"" + words.get(i) + " "
            + words.get(i + 1) + "\")");
        i += 2;
        continue;
      }
      if (w.equals("about") && i + 1 < words.size()) {
        int j = i + 1;
        while (j < words.size() && (j == i + 1 || !FILTER_WORDS.contains(lower(words.get(j))))) {
          j++;
        }
        List<String> about = words.subList(i + 1, j);
        p.about.addAll(about);
        p.explanation.add("about: " + String.join(" ", about) + " (read from \"" + String.join(" ", words.subList(i, j)) + "\")");
        i = j;
        continue;
      }
      rest.add(words.get(i));
      i++;
    }
    return rest;
  }

  /** The number of words from {@code i} that name an outlet or agency (longest first), or 0. */
  private int source(List<String> words, int i, Parts p) {
    for (int n = Math.min(MAX_NAME_WORDS, words.size() - i); n >= 1; n--) {
      String name = String.join(" ", words.subList(i, i + n));
      Optional<String> known = vocabulary.source(unquote(name));
      if (known.isPresent()) {
        p.sources.add(known.get());
        p.explanation.add("published by or credited to " + known.get() + " (read from \"" + words.get(i - 1) + " "
            + name + "\")");
        return n;
      }
    }
    // "in Reutres": a near miss of a known source is a typo, not words to search for.
    String one = unquote(words.get(i));
    if (Character.isUpperCase(one.charAt(0))) {
      String near = Suggestions.nearest(one, vocabulary.sources());
      if (near != null && !near.equalsIgnoreCase(one)) {
        knownSource(one); // says which outlet or agency was meant
      }
    }
    return 0;
  }

  private String knownSource(String value) {
    return known(vocabulary.source(value), "outlet or agency", value, vocabulary.sources());
  }

  private String speaker(String name) {
    return known(vocabulary.speaker(name), "speaker", name, vocabulary.speakers());
  }

  /** The name the index knows, else an error that says so with the nearest name it does know. */
  private static String known(Optional<String> found, String what, String name, List<String> names) {
    if (found.isPresent()) {
      return found.get();
    }
    String near = Suggestions.nearest(name, names);
    throw new QuerySyntaxException("no " + what + " named '" + name + "' in the index"
        + (near == null ? "" : "; did you mean " + near + "?"), null);
  }

  // ---- what is asked for ----

  private Question form(List<String> words, Parts p, String question) {
    List<String> core = new ArrayList<>();
    for (String w : words) {
      if (!(core.isEmpty() && FILLER.contains(lower(w)))) {
        core.add(w);
      }
    }
    List<String> low = core.stream().map(QuestionParser::lower).toList();
    // Quotations: "direct quotes", "Lagarde reported quotes" choose one kind.
    for (int k = 0; k + 1 < low.size(); k++) {
      if (KIND_WORDS.containsKey(low.get(k)) && QUOTE_WORDS.contains(low.get(k + 1))) {
        kind(p, KIND_WORDS.get(low.get(k)), "(read from \"" + core.get(k) + " " + core.get(k + 1) + "\")");
        core.remove(k);
        return form(core, p, question);
      }
    }
    if (!low.isEmpty() && QUOTE_WORDS.contains(low.get(low.size() - 1))) {
      return quotes(core.subList(0, core.size() - 1), p, "\"" + String.join(" ", core) + "\"");
    }
    if (!low.isEmpty() && QUOTE_WORDS.contains(low.get(0))) {
      List<String> rest = core.subList(1, core.size());
      if (!rest.isEmpty() && Set.of("by", "from", "of").contains(lower(rest.get(0)))) {
        rest = rest.subList(1, rest.size());
      }
      return quotes(rest, p, "\"" + String.join(" ", core) + "\"");
    }
    int say = low.indexOf("say");
    if (say < 0) {
      say = low.indexOf("said");
    }
    if (low.size() >= 3 && low.get(0).equals("what") && say > 1) {
      // "what did Lagarde say", "what has Lagarde said", "what Lagarde said"
      int from = Set.of("did", "does", "do", "has", "have", "had").contains(low.get(1)) ? 2 : 1;
      if (say > from && say == low.size() - 1) {
        return quotes(core.subList(from, say), p, "\"" + String.join(" ", core) + "\"");
      }
    }
    int on = low.indexOf("on");
    if (on > 0 && on < low.size() - 1 && vocabulary.speaker(String.join(" ", core.subList(0, on))).isPresent()) {
      p.about.addAll(core.subList(on + 1, core.size()));
      p.explanation.add("about: " + String.join(" ", core.subList(on + 1, core.size())) + " (read from \"on "
          + String.join(" ", core.subList(on + 1, core.size())) + "\")");
      return quotes(core.subList(0, on), p, "\"" + String.join(" ", core.subList(0, on + 1)) + "\"");
    }
    // Figures.
    int figures = -1;
    for (int k = 0; k < low.size(); k++) {
      if (FIGURE_WORDS.contains(low.get(k))) {
        figures = k;
        break;
      }
    }
    if (figures >= 0 || "figures".equals(p.type)) {
      return figures(core, figures, p);
    }
    if ("quotes".equals(p.type) && p.speakers.isEmpty() && !core.isEmpty()
        && vocabulary.speaker(unquote(String.join(" ", core))).isPresent()) {
      return quotes(core, p, "\"" + String.join(" ", core) + "\""); // "Lagarde --kind direct": her quotations
    }
    if ("quotes".equals(p.type)) {
      // speaker:X plus words: the words are what the quotations are about, not another speaker
      p.about.addAll(core);
      if (!core.isEmpty()) {
        p.explanation.add("about: " + String.join(" ", core));
      }
      return quotes(List.of(), p, null);
    }
    return articles(core, p);
  }

  /** A filter the chosen kind of answer cannot apply is an error, never silently dropped. */
  private static void unusable(boolean present, String answer, String filter) {
    if (present) {
      throw new QuerySyntaxException("a question about " + answer + " cannot take " + filter, null);
    }
  }

  /** The request with one more value of a filter for each of {@code values}. */
  private static <R> R each(R request, List<String> values, java.util.function.BiFunction<R, String, R> with) {
    R r = request;
    for (String v : values) {
      r = with.apply(r, v);
    }
    return r;
  }

  private Question quotes(List<String> speakerWords, Parts p, String read) {
    if (!speakerWords.isEmpty()) {
      String said = unquote(String.join(" ", speakerWords));
      String name = speaker(said);
      p.speakers.add(name);
      p.explanation.add(0, "quotations by " + name + (read == null ? "" : " (read from " + read + ")"));
    } else if (read != null && p.speakers.isEmpty()) {
      p.explanation.add(0, "quotations by anyone (read from " + read + ")");
    }
    QuoteRequest r = QuoteRequest.all().words(String.join(" ", p.about)).kind(p.kind).from(p.from).to(p.to);
    r = each(r, p.speakers, QuoteRequest::speaker);
    r = each(each(each(r, p.outlets, QuoteRequest::outlet), p.agencies, QuoteRequest::agency), p.sources,
        QuoteRequest::source);
    if (p.groupBy != null) {
      throw new QuerySyntaxException("quotations are not grouped: \"by " + p.groupBy.name().toLowerCase(Locale.ROOT)
          + "\" groups figures", null);
    }
    unusable(p.category != null || !p.claimants.isEmpty() || p.min != null || p.max != null, "quotations",
        "a figure category, claimant or value");
    unusable(!p.entities.isEmpty(), "quotations", "a person, organisation or place filter (ask for their quotes instead)");
    return new Question.Quotes(r, p.explanation);
  }

  private Question figures(List<String> core, int figureWord, Parts p) {
    unusable(p.kind != null, "figures", "a kind of quotation");
    List<String> words = new ArrayList<>();
    List<String> categoryRead = new ArrayList<>();
    for (int k = 0; k < core.size(); k++) {
      String w = lower(core.get(k));
      if (k == figureWord) {
        continue;
      }
      if (k == figureWord + 1 && Set.of("for", "on", "of").contains(w)) {
        continue; // "figures for flood relief"
      }
      if (ASKING.contains(w)) {
        continue; // "what are the latest troop figures": how the question is put, not what it is about
      }
      FigureCategory c = k < figureWord || figureWord < 0 ? CATEGORY_WORDS.get(w) : null;
      if (c != null && (p.category == null || p.category == c)) {
        p.category = c;
        categoryRead.add(core.get(k));
      } else {
        words.add(core.get(k));
      }
    }
    if (!categoryRead.isEmpty()) {
      p.explanation.add(0, "figures of category " + p.category.label() + " (read from \"" + String.join(" ", categoryRead)
          + "\")");
    } else if (p.category == null) {
      p.explanation.add(0, "figures of every category");
    }
    words.addAll(p.about);
    if (!words.isEmpty()) {
      p.explanation.add("in a sentence with: " + String.join(" ", words));
    }
    FigureRequest r = FigureRequest.all().category(p.category).words(String.join(" ", words)).from(p.from).to(p.to)
        .limit(p.groupBy == null ? 50 : p.groupBy == FigureGroup.GroupBy.DATE ? 500 : 10);
    r = each(r, p.claimants, FigureRequest::claimant);
    r = each(each(each(r, p.outlets, FigureRequest::outlet), p.agencies, FigureRequest::agency), p.sources,
        FigureRequest::source);
    if (p.min != null) {
      r = r.atLeast(p.min);
    }
    if (p.max != null) {
      r = r.atMost(p.max);
    }
    unusable(!p.speakers.isEmpty(), "figures", "a speaker (use claimant: for who gave a figure)");
    unusable(!p.entities.isEmpty(), "figures", "a person, organisation or place filter (use claimant: or words)");
    return new Question.Figures(r, p.groupBy, p.explanation);
  }

  private Question articles(List<String> core, Parts p) {
    unusable(p.kind != null, "articles", "a kind of quotation (ask for quotes)");
    if (p.groupBy != null) {
      throw new QuerySyntaxException("articles are not grouped: \"by " + p.groupBy.name().toLowerCase(Locale.ROOT)
          + "\" groups figures, as in \"troop figures by source\"", null);
    }
    List<String> text = new ArrayList<>(core);
    // "Lagarde in Reuters": words that are all one known name filter by that name, not by text.
    if (!text.isEmpty() && text.size() <= MAX_NAME_WORDS && text.stream().noneMatch(w -> w.contains(":"))) {
      String name = unquote(String.join(" ", text));
      for (EntityType type : EntityType.values()) {
        Optional<String> known = Character.isUpperCase(name.charAt(0)) ? vocabulary.entity(type, name) : Optional.empty();
        if (known.isPresent()) {
          p.entities.computeIfAbsent(type, t -> new ArrayList<>()).add(known.get());
          p.explanation.add(0, "articles naming " + known.get() + " (" + type.name().toLowerCase(Locale.ROOT)
              + ", read from \"" + name + "\")");
          text.clear();
          break;
        }
      }
    }
    text.addAll(p.about);
    if (!text.isEmpty()) {
      p.explanation.add(0, "articles with the words: " + String.join(" ", text));
    } else if (p.entities.isEmpty()) {
      p.explanation.add(0, "every article");
    }
    SearchRequest r = SearchRequest.text(String.join(" ", text)).from(p.from).to(p.to).drillSideways();
    for (Map.Entry<EntityType, List<String>> e : p.entities.entrySet()) {
      for (String name : e.getValue()) {
        r = r.entity(e.getKey(), name);
      }
    }
    r = each(each(each(r, p.outlets, SearchRequest::outlet), p.agencies, SearchRequest::agency), p.sources,
        SearchRequest::source);
    if (p.newest || text.isEmpty()) {
      r = r.newestFirst();
    }
    return new Question.Articles(r, p.explanation);
  }
}
