package org.newsfacet.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsfacet.eval.Evaluation;
import org.newsfacet.extract.Outlets;
import org.newsfacet.ingest.ArticleReader;
import org.newsfacet.ingest.Decoding;
import org.newsfacet.ingest.Item;
import org.newsfacet.json.Json;
import org.newsfacet.model.Article;
import org.newsfacet.model.Figure;
import org.newsfacet.model.Quote;

/**
 * Writes a deterministic corpus of invented news articles, with the expected record of each and
 * the stories they tell, for benchmarks, for {@code eval} at scale and for measuring syndication
 * detection: the same seed and count give the same files.
 *
 * <p>Most articles go to JSON Lines files with metadata ({@code feed-NNNN.jsonl}, ten thousand per
 * file), some to plain-text files in the wire layout (headline, date line, byline, dateline with
 * agency credit, {@code Original url:}), a few to HTML pages. Bodies run from about 1 to 8 KB and
 * mix reported speech, quotations of every form (after a colon, split by their attribution),
 * figures of every category with their claimants, and narrative composed from a phrase grammar, so
 * that unrelated articles do not share long passages; some outlets end every article with the
 * same footer sentence. A population of invented people (some with a second spelling),
 * organisations, real cities, and the outlets and agencies of the bundled registry make them up.
 *
 * <p>About half of the articles are the only article of their story. The other stories have a
 * first report and, within the next few hundred articles, syndicated copies of it in other outlets
 * (retitled, trimmed, a paragraph dropped or added, the agency credited in the dateline, in a
 * byline, or not at all) and rewrites that quote a few of its paragraphs; some also have an
 * independent report of the same event (the same speaker, quotation and figure, its own
 * narrative), which is a story of its own. {@code expected/} holds the articles' records and
 * {@code expected/stories.jsonl} the truth about stories: for each article, in order, its id, its
 * source, the id of its story's first report, and the id of the article whose text it carries.
 */
public final class CorpusGenerator {
  private static final int PER_FEED = 10_000;
  /** Percent of articles in JSON Lines feeds; of the rest, all but {@link #HTML_PERCENT} are wire-layout text. */
  private static final int FEED_PERCENT = 88;
  private static final int HTML_PERCENT = 2;
  private static final int PROGRESS_EVERY = 50_000;
  private static final int ID_DIGITS = 13;
  /** The contract's JSON, written to an open file: neither closed nor flushed after each line. */
  private static final ObjectWriter LINE = Json.mapper().writer()
      .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

  private final long seed;
  private final Reporter reporter;
  private final Desk desk;

  private CorpusGenerator(long seed, Outlets registry) {
    this.seed = seed;
    this.reporter = new Reporter(seed, registry, Grammar.bundled());
    this.desk = new Desk(reporter);
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
   * @param expectedFolder where their expected records and {@code stories.jsonl} are
   * @param stories how many stories the articles tell
   */
  public record Report(long articles, long bytes, Path articlesFolder, Path expectedFolder, long stories) {}

  /** The first report of a story while its other articles are still to come. */
  private static final class Open {
    final Draft draft;
    final String id;
    int left;

    Open(Draft draft, String id, int left) {
      this.draft = draft;
      this.id = id;
      this.left = left;
    }
  }

  /**
   * Writes {@code count} articles under {@code out/articles}, their expected records under
   * {@code out/expected} ({@code <file>.jsonl} per article file, as in testdata), and the story of
   * each article to {@code out/expected/stories.jsonl}.
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
    StoryPlan plan = StoryPlan.of(count, seed);
    Map<Integer, Open> open = new HashMap<>();
    long stories = 0;
    try (Output output = new Output(articles, expected);
        BufferedWriter truth = Files.newBufferedWriter(expected.resolve(Evaluation.STORIES), StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        int story = plan.story(i);
        StoryPlan.Role role = plan.role(i);
        String id = id(i);
        Open first = open.get(story);
        if (first == null && role != StoryPlan.Role.SINGLE && role != StoryPlan.Role.ORIGINAL) {
          throw new IllegalStateException("article " + i + " comes before the report it is made from");
        }
        Draft draft = switch (role) {
          case SINGLE, ORIGINAL -> reporter.report(id, i, role == StoryPlan.Role.ORIGINAL, r);
          case COPY -> desk.copy(first.draft, id, i, r);
          case REWRITE -> desk.rewrite(first.draft, id, i, r);
          case INDEPENDENT -> desk.independent(first.draft, id, i, r);
        };
        Article record = output.write(draft, reporter.footer(draft.outlet()), i, r.nextInt(100));
        boolean sameStory = role == StoryPlan.Role.COPY || role == StoryPlan.Role.REWRITE;
        stories += sameStory ? 0 : 1;
        String copies = role == StoryPlan.Role.COPY ? first.id : record.id();
        line(truth, truth(record, sameStory ? first.id : record.id(), copies));
        if (role == StoryPlan.Role.ORIGINAL) {
          open.put(story, new Open(draft, record.id(), plan.articles(story) - 1));
        } else if (first != null && --first.left == 0) {
          open.remove(story);
        }
        if ((i + 1) % PROGRESS_EVERY == 0) {
          progress.accept("generated " + (i + 1) + " of " + count);
        }
      }
      return new Report(count, output.bytes, articles, expected, stories);
    }
  }

  private static Map<String, Object> truth(Article record, String story, String copies) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", record.id());
    o.put("source", record.source());
    o.put("story", story);
    o.put("copies", copies);
    return o;
  }

  // ---- layouts

  /** The files being written: the current feed and its expected records, and the counted bytes. */
  private static final class Output implements AutoCloseable {
    private final Path articles;
    private final Path expected;
    private BufferedWriter feed;
    private BufferedWriter feedExpected;
    private int feedNumber = -1;
    private String feedName;
    private int inFeed;
    long bytes;

    Output(Path articles, Path expected) {
      this.articles = articles;
      this.expected = expected;
    }

    /** Writes the article in the layout {@code layout} (a percentile) picks; returns its expected record. */
    Article write(Draft d, String footer, int position, int layout) throws IOException {
      Draft.Body body = d.body(footer);
      if (layout < FEED_PERCENT) {
        if (feed == null || inFeed == PER_FEED) {
          close();
          feedNumber++;
          inFeed = 0;
          feedName = String.format(Locale.ROOT, "feed-%04d.jsonl", feedNumber);
          feed = Files.newBufferedWriter(articles.resolve(feedName), StandardCharsets.UTF_8);
          feedExpected = Files.newBufferedWriter(expected.resolve(feedName + ".jsonl"), StandardCharsets.UTF_8);
        }
        inFeed++;
        String text = d.credit() == Draft.Credit.BYLINE ? "By " + d.agency().name() + "\n\n" + body.text()
            : body.text();
        line(feed, feedRecord(d, text));
        bytes += utf8Length(text);
        Article record = expected(d, body, "articles/" + feedName + "#" + inFeed, text, d.id(), false);
        line(feedExpected, record);
        return record;
      }
      boolean html = layout >= 100 - HTML_PERCENT;
      String name = String.format(Locale.ROOT, "a%07d.%s", position, html ? "html" : "txt");
      Path file = articles.resolve(name);
      String content = html ? html(d, body) : txt(d, body);
      Files.writeString(file, content, StandardCharsets.UTF_8);
      bytes += utf8Length(content);
      String text = html ? readBack(file) : content;
      Article record = expected(d, body, "articles/" + name, text, Decoding.textId(text), !html);
      Files.writeString(expected.resolve(name + ".jsonl"), Json.write(record) + "\n", StandardCharsets.UTF_8);
      return record;
    }

    @Override
    public void close() throws IOException {
      try (BufferedWriter a = feed; BufferedWriter b = feedExpected) {
        // closes both, the second even when the first fails
      } finally {
        feed = null;
        feedExpected = null;
      }
    }
  }

  /** The id of article {@code i}: "gen" and thirteen digits. */
  private static String id(int i) {
    String digits = Integer.toString(i);
    return "gen" + "0".repeat(ID_DIGITS - digits.length()) + digits;
  }

  /** Writes a value as one line of JSON, straight to the file. */
  private static void line(BufferedWriter out, Object value) throws IOException {
    LINE.writeValue(out, value);
    out.write('\n');
  }

  /** UTF-8 bytes of a text, without encoding it. */
  private static long utf8Length(String s) {
    long n = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        k++;
      } else {
        n += 3;
      }
    }
    return n;
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

  private static Map<String, Object> feedRecord(Draft d, String text) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", d.id());
    o.put("url", d.url());
    o.put("title", d.title());
    o.put("published", d.published().toString());
    o.put("outlet", d.outlet().name());
    if (d.credit() == Draft.Credit.DATELINE) {
      o.put("agency", d.agency().name());
    }
    o.put("text", text);
    return o;
  }

  /** The wire layout: headline, date line, byline (a writer, or the agency), body with dateline, original url. */
  private static String txt(Draft d, Draft.Body body) {
    String byline = d.credit() == Draft.Credit.BYLINE ? d.agency().name() : d.author();
    String head = d.title() + "\n\n" + d.published().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
        + d.published().getDayOfMonth() + ", " + d.published().getYear() + "\n\nBy " + byline + "\n\n";
    return head + body.text() + "\n\nOriginal url: " + d.url() + "\n";
  }

  private static String html(Draft d, Draft.Body body) {
    StringBuilder h = new StringBuilder(body.text().length() + 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(d.title()))
        .append(" - ").append(escape(d.outlet().name())).append("</title>\n<meta property=\"og:site_name\" content=\"")
        .append(escape(d.outlet().name())).append("\">\n<meta property=\"article:published_time\" content=\"")
        .append(d.published()).append("T09:30:00Z\">\n<link rel=\"canonical\" href=\"").append(d.url())
        .append("\">\n</head>\n<body>\n<article>\n<h1>").append(escape(d.title())).append("</h1>\n");
    if (d.credit() == Draft.Credit.BYLINE) {
      h.append("<p class=\"byline\">By ").append(escape(d.agency().name())).append("</p>\n");
    }
    for (String p : body.text().split("\n\n")) {
      h.append("<p>").append(escape(p)).append("</p>\n");
    }
    return h.append("</article>\n</body>\n</html>\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /**
   * The expected record, offsets found again in the text as the reader gives it.
   *
   * @param wire whether the text is the wire layout, whose byline names the writer
   */
  private static Article expected(Draft d, Draft.Body body, String source, String text, String id, boolean wire) {
    int base = text.indexOf(body.lead());
    List<Quote> quotes = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    int fromQuote = 0;
    int fromFigure = 0;
    for (int k = 0; k < body.starts().length; k++) {
      Paragraph p = d.paragraphs().get(k);
      int start = base + body.starts()[k];
      for (Quote q : p.quotes()) {
        int at = locate(text, q.text(), start + q.start(), fromQuote);
        quotes.add(new Quote(q.speaker(), q.speakerType(), q.text(), q.partial(), at, at + q.text().length()));
        fromQuote = at;
      }
      for (Figure f : p.figures()) {
        int at = locate(text, f.text(), start + f.start(), fromFigure);
        figures.add(new Figure(f.text(), f.low(), f.high(), f.approximate(), f.unit(), f.category(), f.claimant(), at,
            at + f.text().length()));
        fromFigure = at;
      }
    }
    List<String> authors = wire && d.credit() != Draft.Credit.BYLINE ? List.of(d.author()) : List.of();
    return new Article(id, source, d.title(), d.published(), d.outlet().name(),
        d.agency() == null ? null : d.agency().name(), d.url(), d.city(), authors, body.entities(), quotes, figures);
  }

  private static int locate(String text, String span, int guess, int from) {
    if (guess >= 0 && text.startsWith(span, guess)) {
      return guess;
    }
    int at = text.indexOf(span, from);
    return at >= 0 ? at : guess;
  }
}
