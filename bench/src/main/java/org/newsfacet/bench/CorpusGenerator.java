package org.newsfacet.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsfacet.extract.Outlet;
import org.newsfacet.extract.Outlets;
import org.newsfacet.ingest.ArticleReader;
import org.newsfacet.ingest.Decoding;
import org.newsfacet.ingest.Item;
import org.newsfacet.json.Json;
import org.newsfacet.model.Article;
import org.newsfacet.model.Entity;
import org.newsfacet.model.EntityType;
import org.newsfacet.model.Figure;
import org.newsfacet.model.FigureCategory;
import org.newsfacet.model.Quote;
import org.newsfacet.model.SpeakerType;

/**
 * Writes a deterministic corpus of invented news articles, with the expected record of each, for
 * benchmarks and for {@code eval} at scale: the same seed and count give the same files.
 *
 * <p>Most articles go to JSON Lines files with metadata ({@code feed-NNNN.jsonl}, ten thousand per
 * file), some to plain-text files in the wire layout (headline, date line, byline, dateline with
 * agency credit, {@code Original url:}), a few to HTML pages. Bodies run from about 1 to 8 KB and
 * mix reported speech, quotations of every form (after a colon, split by their attribution,
 * partial), figures of every category with their claimants, and plain narrative. A population of
 * invented people (some with a second spelling), organisations, real cities, and the outlets and
 * agencies of the bundled registry make them up. {@code expected/} holds their records.
 */
public final class CorpusGenerator {
  private static final int PER_FEED = 10_000;
  private static final String[] GIVEN = {"Anna", "Boris", "Clara", "Dmytro", "Elena", "Farid", "Greta", "Hugo", "Irina",
      "Jonas", "Katarina", "Luca", "Marta", "Nikolai", "Olga", "Pavel", "Rosa", "Stefan", "Tamara", "Viktor", "Yusuf",
      "Zofia", "Amir", "Beatriz", "Chen", "Daniela", "Emeka", "Fatima", "Goran", "Helga", "Ivo", "Jana", "Kenji",
      "Leila", "Mateo", "Nadia", "Oskar", "Priya", "Rafael", "Sanna"};
  private static final String[] SURNAME_START = {"Kor", "Vel", "Bran", "Dov", "Mar", "Ost", "Lind", "Petr", "Sal", "Tor",
      "Hal", "Kras", "Mel", "Nov", "Rad", "Sor", "Var", "Zel", "Bel", "Gor"};
  private static final String[] SURNAME_END = {"enko", "ovic", "stad", "ani", "berg", "escu", "owski", "inen", "ario",
      "ev", "hagen", "ucci", "ova", "sen", "ides"};
  private static final String[] ROLES = {"Foreign Minister", "Defence Minister", "Health Minister", "Mayor",
      "Governor", "Finance Minister", "Interior Minister", "Energy Minister", "President", "Prime Minister"};
  private static final String[] ORG_WORDS = {"Northgate", "Silverline", "Crestmoor", "Bayview", "Redfield", "Halden",
      "Amberly", "Stonebridge", "Larkspur", "Westmarch", "Eastholm", "Brightwater", "Kestrel", "Marlow", "Ravenna"};
  private static final String[] ORG_HEADS = {"Institute", "Holdings", "Council", "Agency", "Foundation", "Bank",
      "Authority", "Group", "Union", "Commission"};
  private static final String[] CITIES = {"Paris", "Berlin", "Madrid", "Rome", "Vienna", "Warsaw", "Prague", "Athens",
      "Lisbon", "Dublin", "Oslo", "Stockholm", "Helsinki", "Copenhagen", "Brussels", "Geneva", "Nairobi", "Lagos",
      "Cairo", "Istanbul", "Tokyo", "Seoul", "Manila", "Jakarta", "Bangkok", "Sydney", "Toronto", "Chicago", "Denver",
      "Lima", "Bogota", "Santiago", "Kyiv", "Tbilisi", "Beirut", "Amman", "Dhaka", "Karachi", "Hanoi", "Auckland"};
  private static final String[] NARRATIVE = {
      "The talks were expected to continue later in the week, with officials from several countries taking part.",
      "Residents said the streets had been quiet for most of the day, although traffic built up in the evening.",
      "The decision follows months of debate in parliament and a series of public hearings across the region.",
      "Critics have argued that the plan does too little and comes too late for the communities most affected.",
      "The government has faced growing pressure to act since the problem first drew public attention last year.",
      "Several schools closed early, and local businesses reported fewer customers than usual for the season.",
      "Observers noted that the announcement came shortly before a regional summit scheduled for next month.",
      "The issue has divided opinion among lawmakers, some of whom want an independent review of the process.",
      "Weather forecasters expect conditions to improve gradually over the coming days, according to the bulletin.",
      "Local newspapers devoted their front pages to the story, and it dominated discussion on radio phone-ins."};
  private static final String[] QUOTE_TEXTS = {
      "We will not accept any delay, and we expect every partner to keep its word",
      "This is a difficult moment, but we have the means to respond and we will use them",
      "Nobody should be surprised by these numbers, because the warnings were there for years",
      "Our priority is to protect people and to restore basic services as quickly as possible",
      "The situation remains serious, and we are asking everyone to follow the instructions of the authorities",
      "We have made real progress, even if much work remains to be done in the months ahead"};

  /** What one figure sentence counts: the unit as written, its category, and a verb phrase. */
  private record Counted(String unit, FigureCategory category, String rest, int min, int max) {}

  private static final Counted[] COUNTED = {
      new Counted("soldiers", FigureCategory.TROOPS, "had been deployed near the border", 500, 20_000),
      new Counted("troops", FigureCategory.TROOPS, "were taking part in the exercise", 1_000, 50_000),
      new Counted("people", FigureCategory.CASUALTIES, "were killed in the attack", 2, 300),
      new Counted("civilians", FigureCategory.PEOPLE, "had been evacuated from the area", 100, 40_000),
      new Counted("residents", FigureCategory.PEOPLE, "were still without power", 1_000, 200_000),
      new Counted("drones", FigureCategory.WEAPONS, "were launched overnight", 5, 150),
      new Counted("missiles", FigureCategory.WEAPONS, "were fired at the city", 2, 60),
      new Counted("homes", FigureCategory.OTHER, "were damaged by the storm", 10, 9_000),
      new Counted("vehicles", FigureCategory.OTHER, "were recalled by the manufacturer", 1_000, 400_000)};

  private final long seed;
  private final List<Outlet> outlets;
  private final List<Outlet> agencies;

  private CorpusGenerator(long seed, Outlets registry) {
    this.seed = seed;
    this.outlets = registry.all().stream().filter(o -> o.kind() == Outlet.Kind.OUTLET && !o.domains().isEmpty())
        .sorted((a, b) -> a.name().compareTo(b.name())).toList();
    this.agencies = registry.all().stream().filter(o -> o.kind() == Outlet.Kind.AGENCY && !o.domains().isEmpty())
        .sorted((a, b) -> a.name().compareTo(b.name())).toList();
    if (outlets.isEmpty() || agencies.isEmpty()) {
      throw new IllegalStateException("the outlet registry has no outlets or agencies with domains");
    }
  }

  /**
   * A generator of this seed over the bundled outlet registry.
   *
   * @param seed the same seed writes the same corpus
   * @return a generator that has written nothing yet
   */
  public static CorpusGenerator withSeed(long seed) {
    return new CorpusGenerator(seed, Outlets.bundled());
  }

  /**
   * What a run wrote.
   *
   * @param articles how many articles were written
   * @param bytes UTF-8 bytes of their text
   * @param articlesFolder where the articles are
   * @param expectedFolder where their expected records are
   */
  public record Report(long articles, long bytes, Path articlesFolder, Path expectedFolder) {}

  /**
   * Writes {@code count} articles under {@code out/articles} and their expected records under
   * {@code out/expected} ({@code <file>.jsonl} per article file, as in testdata).
   *
   * @param count how many articles to write
   * @param out a new or empty folder
   * @param progress hears a line every so many articles
   * @return what was written, and where
   * @throws IOException when a folder is not empty or a file cannot be written
   */
  public Report write(int count, Path out, Consumer<String> progress) throws IOException {
    Objects.requireNonNull(out, "out");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
    Path articles = out.resolve("articles");
    Path expected = out.resolve("expected");
    for (Path folder : List.of(articles, expected)) {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> files = Files.list(folder)) {
          if (files.findAny().isPresent()) {
            throw new IOException(folder + " is not empty: give a new folder, so that the corpus is exactly this run's");
          }
        }
      }
    }
    Files.createDirectories(articles);
    Files.createDirectories(expected);
    long bytes = 0;
    BufferedWriter feed = null;
    BufferedWriter feedExpected = null;
    int feedNumber = -1;
    int inFeed = 0;
    try {
      for (int i = 0; i < count; i++) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        Generated g = article(i, r);
        int layout = r.nextInt(100);
        if (layout < 88) {
          if (feed == null || inFeed == PER_FEED) {
            close(feed, feedExpected);
            feedNumber++;
            inFeed = 0;
            String name = String.format(Locale.ROOT, "feed-%04d.jsonl", feedNumber);
            feed = Files.newBufferedWriter(articles.resolve(name), StandardCharsets.UTF_8);
            feedExpected = Files.newBufferedWriter(expected.resolve(name + ".jsonl"), StandardCharsets.UTF_8);
          }
          inFeed++;
          String name = String.format(Locale.ROOT, "feed-%04d.jsonl", feedNumber);
          String line = Json.write(feedRecord(g));
          feed.write(line);
          feed.write('\n');
          bytes += g.text.getBytes(StandardCharsets.UTF_8).length;
          feedExpected.write(Json.write(expected(g, "articles/" + name + "#" + inFeed, g.text, g.id)));
          feedExpected.write('\n');
        } else {
          boolean html = layout >= 98;
          String name = String.format(Locale.ROOT, "a%07d.%s", i, html ? "html" : "txt");
          Path file = articles.resolve(name);
          String content = html ? html(g) : txt(g);
          Files.writeString(file, content, StandardCharsets.UTF_8);
          bytes += content.getBytes(StandardCharsets.UTF_8).length;
          String text = html ? readBack(file) : content;
          Files.writeString(expected.resolve(name + ".jsonl"),
              Json.write(expected(g, "articles/" + name, text, Decoding.textId(text))) + "\n", StandardCharsets.UTF_8);
        }
        if ((i + 1) % 50_000 == 0) {
          progress.accept("generated " + (i + 1) + " of " + count);
        }
      }
    } finally {
      close(feed, feedExpected);
    }
    return new Report(count, bytes, articles, expected);
  }

  private static void close(BufferedWriter a, BufferedWriter b) throws IOException {
    try (a; b) {
      // closes both, the second even when the first fails
    }
  }

  private static String readBack(Path file) {
    try (Stream<Item> items = ArticleReader.read(file)) {
      Item item = items.findFirst().orElseThrow();
      if (item instanceof Item.Loaded loaded) {
        return loaded.article().text();
      }
      throw new IllegalStateException("generated page was skipped: " + item);
    }
  }

  // ---- one article ----

  /** An article as generated: metadata, body, and what the body names, quotes and counts. */
  private static final class Generated {
    String id;
    String title;
    LocalDate published;
    Outlet outlet;
    Outlet agency;
    String city;
    String author;
    String url;
    String text;
    String lead;
    final Map<String, Entity> entities = new LinkedHashMap<>();
    final List<Quote> quotes = new ArrayList<>();
    final List<Figure> figures = new ArrayList<>();
  }

  private record Person(String name, String surname, String variant, String role) {}

  private Person person(SplittableRandom r) {
    // A population of a few thousand people: the same index gives the same person in every article.
    int n = r.nextInt(2_000);
    SplittableRandom p = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (n + 1)));
    String given = GIVEN[p.nextInt(GIVEN.length)];
    String surname = SURNAME_START[p.nextInt(SURNAME_START.length)] + SURNAME_END[p.nextInt(SURNAME_END.length)];
    String variant = p.nextInt(5) == 0 ? surname.replace("ov", "ow").replace("ev", "iev") : surname;
    return new Person(given + " " + surname, surname, variant, ROLES[p.nextInt(ROLES.length)]);
  }

  private static String organization(SplittableRandom r) {
    return ORG_WORDS[r.nextInt(ORG_WORDS.length)] + " " + ORG_HEADS[r.nextInt(ORG_HEADS.length)];
  }

  private Generated article(int i, SplittableRandom r) {
    Generated g = new Generated();
    g.id = String.format(Locale.ROOT, "gen%013d", i);
    g.published = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(1_000));
    g.outlet = outlets.get(r.nextInt(outlets.size()));
    g.agency = r.nextInt(3) == 0 ? null : agencies.get(r.nextInt(agencies.size()));
    g.city = CITIES[r.nextInt(CITIES.length)];
    g.author = GIVEN[r.nextInt(GIVEN.length)] + " " + SURNAME_START[r.nextInt(SURNAME_START.length)]
        + SURNAME_END[r.nextInt(SURNAME_END.length)];
    g.url = "https://www." + g.outlet.domains().get(0) + "/news/" + g.published + "/story-" + i;
    Person speaker = person(r);
    String org = organization(r);
    g.title = org + " warns of " + (r.nextBoolean() ? "further delays" : "rising costs") + " in " + g.city;
    StringBuilder body = new StringBuilder();
    // Lead: dateline, reported speech with a figure.
    Counted c = COUNTED[r.nextInt(COUNTED.length)];
    int value = c.min + r.nextInt(c.max - c.min + 1);
    String credit = g.agency == null ? "" : " (" + g.agency.name() + ")";
    body.append(g.city.toUpperCase(Locale.ROOT)).append(credit).append(" — ").append(speaker.role()).append(' ')
        .append(speaker.name()).append(" said on ").append(g.published.getDayOfWeek().getDisplayName(TextStyle.FULL,
            Locale.ENGLISH)).append(" that ");
    figure(g, body, value, false, c, speaker.name());
    body.append(' ').append(c.rest).append(".\n\n");
    mention(g, EntityType.LOCATION, g.city, null);
    mention(g, EntityType.PERSON, speaker.name(), speaker.role());
    int target = 1_000 + r.nextInt(7_000);
    int paragraph = 0;
    while (body.length() < target) {
      switch (paragraph++ % 5) {
        case 0 -> quoteAfterColon(g, body, speaker, r);
        case 1 -> according(g, body, org, r);
        case 2 -> splitQuote(g, body, person(r), r);
        case 3 -> money(g, body, org, r);
        default -> narrative(body, r);
      }
    }
    g.lead = body.substring(0, body.indexOf("\n"));
    g.text = body.toString().strip();
    return g;
  }

  private static void mention(Generated g, EntityType type, String name, String role) {
    Entity e = g.entities.get(name);
    g.entities.put(name, e == null ? new Entity(type, name, List.of(), role, 1)
        : new Entity(type, name, e.aliases(), e.role(), e.mentions() + 1));
  }

  private static void alias(Generated g, String name, String alias) {
    Entity e = g.entities.get(name);
    if (e != null && !alias.equals(name) && !e.aliases().contains(alias)) {
      List<String> aliases = new ArrayList<>(e.aliases());
      aliases.add(alias);
      g.entities.put(name, new Entity(e.type(), e.name(), aliases, e.role(), e.mentions() + 1));
    } else if (e != null) {
      g.entities.put(name, new Entity(e.type(), e.name(), e.aliases(), e.role(), e.mentions() + 1));
    }
  }

  /** Appends a figure ("about 2,500 soldiers") at the body's end and records it. */
  private static void figure(Generated g, StringBuilder body, int value, boolean approximate, Counted c,
      String claimant) {
    int start = body.length();
    String text = (approximate ? "about " : "") + String.format(Locale.ROOT, "%,d", value) + " " + c.unit;
    body.append(text);
    g.figures.add(new Figure(text, value, value, approximate, c.unit, c.category, claimant, start, body.length()));
  }

  private static void quoteAfterColon(Generated g, StringBuilder body, Person p, SplittableRandom r) {
    String said = p.variant.equals(p.surname) ? p.surname : p.variant;
    body.append(said).append(" told reporters: \"");
    int start = body.length();
    String q = QUOTE_TEXTS[r.nextInt(QUOTE_TEXTS.length)] + ".";
    body.append(q);
    g.quotes.add(new Quote(p.name(), SpeakerType.PERSON, q, false, start, body.length()));
    body.append("\"\n\n");
    alias(g, p.name(), said);
  }

  private static void splitQuote(Generated g, StringBuilder body, Person p, SplittableRandom r) {
    body.append("\"");
    int start = body.length();
    String first = QUOTE_TEXTS[r.nextInt(QUOTE_TEXTS.length)] + ",";
    body.append(first);
    g.quotes.add(new Quote(p.name(), SpeakerType.PERSON, first, false, start, body.length()));
    body.append("\" said ").append(p.role()).append(' ').append(p.name()).append(". \"");
    mention(g, EntityType.PERSON, p.name(), p.role());
    start = body.length();
    String second = QUOTE_TEXTS[r.nextInt(QUOTE_TEXTS.length)] + ".";
    body.append(second);
    g.quotes.add(new Quote(p.name(), SpeakerType.PERSON, second, false, start, body.length()));
    body.append("\"\n\n");
  }

  private static void according(Generated g, StringBuilder body, String org, SplittableRandom r) {
    Counted c = COUNTED[r.nextInt(COUNTED.length)];
    int value = c.min + r.nextInt(c.max - c.min + 1);
    String city = CITIES[r.nextInt(CITIES.length)];
    body.append("In ").append(city).append(", ");
    mention(g, EntityType.LOCATION, city, null);
    figure(g, body, value, r.nextBoolean(), c, org);
    body.append(' ').append(c.rest).append(", according to the ").append(org).append(".\n\n");
    mention(g, EntityType.ORGANIZATION, org, null);
  }

  private static void money(Generated g, StringBuilder body, String org, SplittableRandom r) {
    body.append("The ").append(org).append(" said it would spend ");
    mention(g, EntityType.ORGANIZATION, org, null);
    int start = body.length();
    double millions = 1 + r.nextInt(900);
    String text = "$" + (long) millions + " million";
    body.append(text);
    g.figures.add(new Figure(text, millions * 1e6, millions * 1e6, false, "$", FigureCategory.MONEY, org, start,
        body.length()));
    body.append(" on repairs, and that prices had risen by ");
    start = body.length();
    int percent = 2 + r.nextInt(40);
    body.append(percent).append('%');
    g.figures.add(new Figure(percent + "%", percent, percent, false, "%", FigureCategory.PERCENT, org, start,
        body.length()));
    body.append(" since the start of the year.\n\n");
  }

  private static void narrative(StringBuilder body, SplittableRandom r) {
    int n = 2 + r.nextInt(4);
    for (int k = 0; k < n; k++) {
      body.append(NARRATIVE[r.nextInt(NARRATIVE.length)]).append(k + 1 < n ? " " : "\n\n");
    }
  }

  // ---- layouts ----

  private static Map<String, Object> feedRecord(Generated g) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", g.id);
    o.put("url", g.url);
    o.put("title", g.title);
    o.put("published", g.published.toString());
    o.put("outlet", g.outlet.name());
    if (g.agency != null) {
      o.put("agency", g.agency.name());
    }
    o.put("text", g.text);
    return o;
  }

  /** The wire layout: headline, date line, byline, body with dateline, original url. */
  private static String txt(Generated g) {
    String head = g.title + "\n\n" + g.published.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
        + g.published.getDayOfMonth() + ", " + g.published.getYear() + "\n\nBy " + g.author + "\n\n";
    return head + g.text + "\n\nOriginal url: " + g.url + "\n";
  }

  private static String html(Generated g) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(g.title))
        .append(" - ").append(escape(g.outlet.name())).append("</title>\n<meta property=\"og:site_name\" content=\"")
        .append(escape(g.outlet.name())).append("\">\n<meta property=\"article:published_time\" content=\"")
        .append(g.published).append("T09:30:00Z\">\n<link rel=\"canonical\" href=\"").append(g.url)
        .append("\">\n</head>\n<body>\n<article>\n<h1>").append(escape(g.title)).append("</h1>\n");
    for (String p : g.text.split("\n\n")) {
      h.append("<p>").append(escape(p)).append("</p>\n");
    }
    return h.append("</article>\n</body>\n</html>\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** The expected record, offsets found again in the text as the reader gives it. */
  private static Article expected(Generated g, String source, String text, String id) {
    int base = text.indexOf(g.lead);
    List<Quote> quotes = new ArrayList<>();
    int from = 0;
    for (Quote q : g.quotes) {
      int at = locate(text, q.text(), base + q.start(), from);
      quotes.add(new Quote(q.speaker(), q.speakerType(), q.text(), q.partial(), at, at + q.text().length()));
      from = at;
    }
    List<Figure> figures = new ArrayList<>();
    from = 0;
    for (Figure f : g.figures) {
      int at = locate(text, f.text(), base + f.start(), from);
      figures.add(new Figure(f.text(), f.low(), f.high(), f.approximate(), f.unit(), f.category(), f.claimant(), at,
          at + f.text().length()));
      from = at;
    }
    boolean wire = source.endsWith(".txt");
    return new Article(id, source, g.title, g.published, g.outlet.name(), g.agency == null ? null : g.agency.name(),
        g.url, g.city, wire ? List.of(g.author) : List.of(), List.copyOf(g.entities.values()), quotes, figures);
  }

  private static int locate(String text, String span, int guess, int from) {
    if (guess >= 0 && text.startsWith(span, guess)) {
      return guess;
    }
    int at = text.indexOf(span, from);
    return at >= 0 ? at : guess;
  }
}
