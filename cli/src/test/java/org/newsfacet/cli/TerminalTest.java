package org.newsfacet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacet.json.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TerminalTest {
  private static final String ID = "a\u001b]0;PWNED\u0007\r\nFAKE LINE";
  private static final String TITLE = "Esc \u001b[2J title";
  private static final String OUTLET = "Evil\u001b[41mOutlet";

  @TempDir
  Path tmp;

  /** True when the text has a character a terminal would act on, other than the line feeds that end lines. */
  private static boolean acts(String printed) {
    return printed.chars().anyMatch(c -> c != '\n' && Terminal.acts((char) c) || c == '\r');
  }

  @Test
  void aFieldShowsControlCharactersAndLineBreaksAsEscapes() {
    assertEquals("a\\x1B]0;PWNED\\x07\\r\\nFAKE LINE", Terminal.field(ID));
    assertEquals("Evil\\x1B[41mOutlet", Terminal.field(OUTLET));
    assertEquals("right\\u202Eto left \\x9B2J", Terminal.field("right\u202Eto left \u009b2J"));
    assertEquals("Plain words, “quoted” — and accents: Zürich", Terminal.field("Plain words, “quoted” — and accents: Zürich"));
  }

  @Test
  void theTerminalWriterShowsActingCharactersButKeepsLineEnds() {
    StringWriter sink = new StringWriter();
    PrintWriter w = Terminal.writer(new PrintWriter(sink));
    w.print("one\u001b[2J\r\ntwo\rthree\n");
    w.print("\u0007");
    w.flush();
    assertEquals("one\\x1B[2J\r\ntwo\\rthree\n\\x07", sink.toString());
  }

  @Test
  void aProgressLineRedrawsWithItsOwnCarriageReturnOnly() {
    StringWriter sink = new StringWriter();
    PrintWriter w = Terminal.writer(new PrintWriter(sink));
    Terminal.redraw(w, "indexed 10 articles\u001b[2J");
    assertEquals("\rindexed 10 articles\\x1B[2J", sink.toString());
  }

  private Path hostileFeed() throws IOException {
    Path feed = tmp.resolve("feed.jsonl");
    String record = Json.write(java.util.Map.of("id", ID, "title", TITLE, "outlet", OUTLET,
        "text", "OSLO - Harbour residents said the ferry alert woke them.\n\nThe port reopened on Friday.\n"));
    Files.writeString(feed, record + "\n");
    return feed;
  }

  @Test
  void escapeSequencesAndLineBreaksFromAFeedNeverReachTheTerminal() throws IOException {
    Path feed = hostileFeed();
    String index = tmp.resolve("index").toString();
    assertEquals(0, Cli.run("index", "--index", index, feed.toString()).code());
    for (Cli cli : new Cli[] {Cli.run("query", "--index", index, "ferry"), Cli.run("stats", "--index", index),
        Cli.run("extract", feed.toString()), Cli.run("query", "--index", index, "--explain", "ferry in " + OUTLET)}) {
      assertFalse(acts(cli.out()), cli.out());
      assertFalse(acts(cli.err()), cli.err());
      assertFalse(cli.out().lines().anyMatch(l -> l.startsWith("FAKE LINE")), cli.out());
    }
    Cli query = Cli.run("query", "--index", index, "ferry");
    assertTrue(query.out().contains("Esc \\x1B[2J title"), query.out());
    assertTrue(query.out().contains("Evil\\x1B[41mOutlet"), query.out());
  }

  @Test
  void jsonOutputKeepsTheExactValuesEscapedByTheJsonWriter() throws IOException {
    Path feed = hostileFeed();
    Cli cli = Cli.run("extract", "--json", feed.toString());
    assertEquals(0, cli.code(), cli.err());
    assertFalse(acts(cli.out()), cli.out());
    JsonNode record = Json.mapper().readTree(cli.out());
    assertEquals(ID, record.get("id").asText());
    assertEquals(TITLE, record.get("title").asText());
    assertEquals(OUTLET, record.get("outlet").asText());
    assertEquals("x\u009b\u202e\u2028y", Json.mapper().readTree(Json.write(java.util.Map.of("v", "x\u009b\u202e\u2028y")))
        .get("v").asText());
  }

  @Test
  void errorMessagesQuotingTheUserShowTheirControlCharacters() {
    Cli cli = Cli.run("query", "--index", tmp.resolve("none").toString(), "x\u001b[2J");
    assertEquals(2, cli.code());
    Cli bad = Cli.run("query", "--limit", "\u001b[2Jten", "x");
    assertEquals(2, bad.code());
    assertFalse(acts(bad.err()), bad.err());
    assertTrue(bad.err().contains("\\x1B[2Jten"), bad.err());
  }

  /** A progress report on {@code screen} fed {@code articles} articles, one a second of a fake clock. */
  private static String progress(Terminal.Screen screen, long total, int articles) {
    StringWriter sink = new StringWriter();
    PrintWriter err = Terminal.writer(new PrintWriter(sink));
    long[] now = {0};
    IndexProgress progress = new IndexProgress(err, screen, new Messages(err), () -> now[0], () -> total);
    for (int i = 0; i < articles; i++) {
      now[0] += 1_000_000_000L;
      progress.indexed(null);
    }
    progress.end();
    err.flush();
    return sink.toString();
  }

  @Test
  void aProgressReportToALogIsPlainLinesAtMostEveryTenSeconds() {
    String log = progress(Terminal.Screen.FILE, 40, 30);
    assertFalse(log.contains("\r") || log.contains("\u001b"), log);
    assertEquals(List.of("indexed 10 of 40 articles (25%), 1/s, about 30 s left",
        "indexed 20 of 40 articles (50%), 1/s, about 20 s left",
        "indexed 30 of 40 articles (75%), 1/s, about 10 s left"), log.lines().toList());
  }

  @Test
  void onATerminalTheProgressLineIsRedrawnWithTheTotalAndTheTimeLeft() {
    Terminal.Screen tty = Terminal.Screen.of(true, Map.of("TERM", "xterm"));
    String line = progress(tty, 200, 20);
    assertTrue(line.startsWith("\rindexed 2 of 200 articles (1%), \u001b[2m1/s, about 3 min left\u001b[0m"), line);
    assertTrue(line.endsWith("\rindexed 20 of 200 articles (10%), \u001b[2m1/s, about 3 min left\u001b[0m\n"), line);
    assertEquals(1, line.chars().filter(c -> c == '\n').count(), "one line, redrawn in place");
    String unknown = progress(tty, -1, 4);
    assertTrue(unknown.endsWith("\rindexed 4 articles, \u001b[2m1/s\u001b[0m\n"), unknown);
  }

  @Test
  void theProgressLineNeverWrapsOnATerminalOfEightyColumns() {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("COLUMNS") == null, "the width is the default");
    Terminal.Screen tty = Terminal.Screen.of(true, Map.of("TERM", "xterm"));
    String line = progress(tty, 4_000_000_000_000_000_000L, 3);
    for (String drawn : line.split("\r")) {
      String shown = drawn.replaceAll("\u001b\\[[0-9;]*m", "").strip();
      assertTrue(shown.length() <= 79, shown.length() + ": " + shown);
    }
    assertTrue(line.contains(" of 4,000,000,000,000,000,000 articles (0%)"), line);
  }

  @Test
  void colourIsOnlyForATerminalWithoutNoColorOrADumbTerm() {
    assertTrue(Terminal.Screen.of(true, Map.of()).colour());
    assertFalse(Terminal.Screen.of(false, Map.of()).colour());
    assertFalse(Terminal.Screen.of(true, Map.of("NO_COLOR", "1")).colour());
    assertFalse(Terminal.Screen.of(true, Map.of("TERM", "dumb")).colour());
    assertTrue(Terminal.Screen.of(true, Map.of("NO_COLOR", "")).colour(), "an empty NO_COLOR is not set");
    String plain = progress(Terminal.Screen.of(true, Map.of("NO_COLOR", "1")), 10, 4);
    assertTrue(plain.contains("\r") && !plain.contains("\u001b"), plain);
  }

  @Test
  void theIndexSummaryIsBoldOnlyOnAColourTerminal() {
    String articles = org.newsfacet.testing.TestData.articles().resolve("003_b1979877446ab239.txt").toString();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Terminal.Screen tty = Terminal.Screen.of(true, Map.of());
    assertEquals(0, Main.run(InputStream.nullInputStream(), new PrintWriter(out), new PrintWriter(err), tty, tty,
        "index", "--index", tmp.resolve("a").toString(), articles));
    assertTrue(out.toString().startsWith("\u001b[1mIndexed 1 articles\u001b[0m into "), out.toString());
    Cli log = Cli.run("index", "--index", tmp.resolve("b").toString(), articles);
    assertTrue(log.out().startsWith("Indexed 1 articles into "), log.out());
    assertFalse(acts(log.out()) || acts(log.err()), log.out() + log.err());
  }
}
