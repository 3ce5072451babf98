package org.newsfacet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacet.testing.TestData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The questions of an adversarial user: each is refused in one clear line with exit code 2, never a hang or a crash. */
class HostileQueryTest {
  @TempDir
  static Path tmp;

  private static String index;

  @BeforeAll
  static void indexTestdata() {
    index = tmp.resolve("index").toString();
    assertEquals(0, Cli.run("index", "--index", index, TestData.articles().toString()).code());
  }

  private static Cli refused(String expected, String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "query";
    all[1] = "--index";
    all[2] = index;
    System.arraycopy(args, 0, all, 3, args.length);
    Cli cli = Cli.run(all);
    assertEquals(2, cli.code(), cli.err());
    assertTrue(cli.err().contains(expected), cli.err());
    assertEquals(1, cli.err().lines().filter(l -> l.startsWith("newsfacet:")).count(), cli.err());
    assertFalse(cli.err().contains("Exception") || cli.err().contains("\tat "), cli.err());
    return cli;
  }

  @Test
  void fiveThousandNestedParenthesesAreRefusedNotAStackOverflow() {
    refused("a question may have 1,000 at most", "(".repeat(5000) + "troops" + ")".repeat(5000));
    refused("nests parentheses 100 deep", "(".repeat(100) + "troops" + ")".repeat(100));
  }

  @Test
  void aRegularExpressionThatRepeatsTooMuchIsRefused() {
    refused("repeats too much", "/a{1,100000}/");
  }

  @Test
  void aFilterRepeatedThousandsOfTimesIsRefused() {
    refused("characters long", "troops" + " in Reuters".repeat(2000));
  }

  @Test
  void aPageOfTwoBillionHitsIsRefused() {
    refused("--limit 2,000,000,000", "--limit", "2000000000", "residents");
    refused("--offset", "--offset", "2000000000", "residents");
    refused("--limit 1,001 is more than the 1,000 hits a page may show", "--limit", "1001", "residents");
  }

  @Test
  void aQuerySyntaxErrorExitsWithTwo() {
    refused("cannot read the query", "foo AND");
    refused("cannot read the query", "/[a/");
  }

  @Test
  void aDayThatIsNoDateIsNamedInWords() {
    Cli cli = Cli.run("query", "--index", index, "--from", "yesterday", "troops");
    assertEquals(2, cli.code());
    assertTrue(cli.err().contains("'yesterday' is no date: write the day as YYYY-MM-DD"), cli.err());
    assertFalse(cli.err().contains("DateTimeParseException"), cli.err());
  }

  @Test
  void aMonthOrAYearStandsForItsFirstDayInFromAndItsLastInTo() {
    // As "since November 2024" reads: a month or a year as the question words take them.
    assertEquals(answer("--from", "2024-11-01", "--to", "2024-11-30"), answer("--from", "2024-11", "--to", "2024-11"));
    assertEquals(answer("--from", "2024-01-01", "--to", "2024-12-31"), answer("--from", "2024", "--to", "2024"));
    assertFalse(answer("--from", "2024-10", "--to", "2024-10").equals(answer("--from", "2024-11", "--to", "2024-11")),
        "the bundled articles differ by month");
    Cli month = Cli.run("query", "--index", index, "--from", "2024-13", "troops");
    assertEquals(2, month.code());
    assertTrue(month.err().contains("'2024-13' is no date"), month.err());
  }

  private String answer(String... dates) {
    List<String> args = new ArrayList<>(List.of("query", "--index", index, "--json"));
    args.addAll(List.of(dates));
    args.add("North Korea");
    Cli cli = Cli.run(args.toArray(String[]::new));
    assertEquals(0, cli.code(), cli.err());
    return cli.out();
  }

  @Test
  void anEmptySpeakerIsRefusedNotDropped() {
    refused("--speaker needs a value", "--speaker", "", "quotes");
    refused("--outlet needs a value", "--outlet", " ", "troops");
  }

  @Test
  void aSymbolicLinkLoopIsReportedNotSkippedSilently() throws IOException {
    Path dir = tmp.resolve("loop");
    Files.createDirectories(dir.resolve("inner"));
    Files.writeString(dir.resolve("inner/a.txt"), "OSLO - The ferry left on time, the harbour master said.\n");
    Files.createSymbolicLink(dir.resolve("inner/back"), dir);
    Cli cli = Cli.run("extract", dir.toString());
    assertEquals(Main.SKIPPED, cli.code(), cli.err());
    assertTrue(cli.err().contains("back: symbolic link loop: leads back to"), cli.err());
    assertTrue(cli.out().contains("a.txt"), cli.out());
  }
}
