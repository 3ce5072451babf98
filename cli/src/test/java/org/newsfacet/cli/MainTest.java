package org.newsfacet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacet.json.Json;
import org.newsfacet.testing.TestData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {
  @TempDir
  Path tmp;

  private String index() {
    return tmp.resolve("index").toString();
  }

  @Test
  void extractJsonPrintsOneRecordPerArticleInInputOrder() throws IOException {
    Cli cli = Cli.run("extract", "--json", TestData.articles().toString());
    assertEquals(0, cli.code(), cli.err());
    List<JsonNode> records = cli.out().lines().map(MainTest::json).toList();
    assertEquals(TestData.articleCount(), records.size());
    List<String> sources = records.stream().map(r -> r.get("source").asText()).toList();
    assertEquals(sources.stream().sorted().toList(), sources);
    JsonNode seed = records.get(0);
    for (String field : List.of("id", "source", "title", "published", "outlet", "agency", "url", "dateline",
        "authors", "entities", "quotes", "figures")) {
      assertTrue(seed.has(field), "record has " + field);
    }
    assertEquals("2024-10-18", seed.get("published").asText());
    assertTrue(seed.get("title").isNull());
  }

  @Test
  void extractWithoutJsonPrintsAReadableSummary() {
    Cli cli = Cli.run("extract", TestData.articles().resolve("003_b1979877446ab239.txt").toString());
    assertEquals(0, cli.code(), cli.err());
    assertTrue(cli.out().contains("title     Ukraine Says Russia to Deploy 10K North Korean Troops"), cli.out());
    assertTrue(cli.out().contains("outlet    The Moscow Times"), cli.out());
    // What --json has is there too: the entities, each quotation with its speaker, each figure with its claimant.
    JsonNode r = json(Cli.run("extract", "--json", TestData.articles().resolve("003_b1979877446ab239.txt").toString())
        .out().strip());
    assertTrue(r.get("quotes").size() > 0 && r.get("figures").size() > 0, "the seed has both");
    assertTrue(cli.out().contains(r.get("quotes").size() + " quotation"), cli.out());
    assertTrue(cli.out().contains(r.get("figures").size() + " figure"), cli.out());
    JsonNode q = r.get("quotes").get(0);
    assertTrue(cli.out().contains(q.get("speaker").asText() + ": "), cli.out());
    assertTrue(cli.out().contains(q.get("text").asText()), cli.out());
    JsonNode f = r.get("figures").get(0);
    assertTrue(cli.out().contains(f.get("text").asText() + " | " + f.get("category").asText()), cli.out());
    for (JsonNode e : r.get("entities")) {
      assertTrue(cli.out().contains(e.get("name").asText()), e.get("name").asText());
    }
  }

  @Test
  void extractReadsStandardInput() {
    Cli cli = Cli.runWithInput("OSLO (Reuters) - Norway's central bank held its key rate on Thursday.", "extract", "--json", "-");
    assertEquals(0, cli.code(), cli.err());
    JsonNode r = json(cli.out().strip());
    assertEquals("-", r.get("source").asText());
    assertEquals("Reuters", r.get("agency").asText());
    assertEquals("Oslo", r.get("dateline").asText());
  }

  @Test
  void skippedInputsAreNamedOnStandardErrorAndExitWithThree() throws IOException {
    Path good = Files.writeString(tmp.resolve("good.txt"), "Flooding closed roads across the valley on Monday.");
    Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
    Cli cli = Cli.run("extract", "--json", good.toString(), empty.toString(), tmp.resolve("gone.txt").toString());
    assertEquals(Main.SKIPPED, cli.code());
    assertEquals(1, cli.out().lines().count());
    assertTrue(cli.err().contains("newsfacet: skipped " + empty + ": empty: no text"), cli.err());
    assertTrue(cli.err().contains("newsfacet: skipped " + tmp.resolve("gone.txt") + ": no such file or directory"), cli.err());
    assertFalse(cli.err().contains("Exception"), cli.err());
  }

  @Test
  void indexThenSearchAndStats() {
    Cli indexed = Cli.run("index", "--index", index(), TestData.articles().toString());
    assertEquals(0, indexed.code(), indexed.err());
    int n = TestData.articleCount();
    assertTrue(indexed.out().startsWith("Indexed " + n + " articles into " + index() + ": " + n + " new, 0 replaced, 0 skipped."),
        indexed.out());

    Cli again = Cli.run("index", "--index", index(), TestData.articles().toString());
    assertTrue(again.out().contains("0 new, " + n + " replaced"), again.out());

    Cli search = Cli.run("search", "--index", index(), "--agency", "AFP", "North", "Korean", "soldiers");
    assertEquals(0, search.code(), search.err());
    assertTrue(search.out().startsWith("2 articles for \"North Korean soldiers\""), search.out());
    assertTrue(search.out().contains("[soldiers]"), search.out());
    assertTrue(search.out().contains("outlet:   AFP (1), The Moscow Times (1)"), search.out());

    Cli json = Cli.run("search", "--index", index(), "--json", "--agency", "AFP", "--from", "2024-10-01", "Korea");
    assertEquals(0, json.code(), json.err());
    List<JsonNode> lines = json.out().lines().map(MainTest::json).toList();
    assertEquals("article", lines.get(0).get("type").asText());
    assertTrue(lines.stream().anyMatch(l -> l.get("type").asText().equals("facet") && l.get("dim").asText().equals("outlet")));

    Cli stats = Cli.run("stats", "--index", index());
    assertEquals(0, stats.code(), stats.err());
    assertTrue(stats.out().contains("Articles  " + n), stats.out());
  }

  @Test
  void statsListsTheLargestOutletsOnePerLineAndCountsTheArticlesWithout() throws IOException {
    Cli indexed = Cli.run("index", "--index", index(), TestData.articles().toString());
    assertEquals(0, indexed.code(), indexed.err());
    JsonNode o = json(Cli.run("stats", "--index", index(), "--json").out().strip());
    long withOutlet = 0;
    for (var it = o.get("outlets").fields(); it.hasNext(); ) {
      withOutlet += it.next().getValue().asLong();
    }
    long without = o.get("withoutOutlet").asLong();
    assertTrue(without > 0, "the bundled articles include some without an outlet");
    assertEquals(o.get("articles").asLong(), withOutlet + without);
    int outlets = o.get("outlets").size();
    assertTrue(outlets > 10, "more outlets than a screen lists: " + outlets);

    String shown = Cli.run("stats", "--index", index()).out();
    assertTrue(shown.contains(String.format(java.util.Locale.ROOT, "Outlets   %d, and %d articles with no outlet", outlets,
        without)), shown);
    String first = o.get("outlets").fieldNames().next();
    assertTrue(shown.lines().anyMatch(l -> l.strip().endsWith(first) && l.startsWith("  ")), shown);
    assertTrue(shown.contains("and " + (outlets - 10) + " more with "), shown);
    String every = Cli.run("stats", "--index", index(), "--all").out();
    assertEquals(outlets, every.lines().dropWhile(l -> !l.startsWith("Outlets")).skip(1).takeWhile(l -> l.startsWith("  "))
        .count(), every);
  }

  @Test
  void indexReportsSkippedItemsWithReasonsAndExitsWithThree() throws IOException {
    Path feed = Files.writeString(tmp.resolve("feed.jsonl"), """
        {"id": "a", "text": "Wildfires forced the evacuation of two villages on Sunday."}
        {"id": "b", "text": 42}
        """);
    Cli cli = Cli.run("index", "--index", index(), feed.toString());
    assertEquals(Main.SKIPPED, cli.code());
    assertTrue(cli.out().contains("1 new, 0 replaced, 1 skipped."), cli.out());
    assertTrue(cli.out().contains("skipped " + feed + "#2: field 'text' is not a string"), cli.out());
    assertTrue(cli.err().contains("newsfacet: skipped " + feed + "#2"), cli.err());
  }

  @Test
  void badUsageExitsWithTwo() {
    assertEquals(2, Cli.run("extract").code(), "a path is required");
    assertEquals(2, Cli.run("frobnicate").code());
    assertEquals(2, Cli.run("search", "--index", index(), "--from", "yesterday", "x").code());
    Cli noIndex = Cli.run("search", "--index", index(), "anything");
    assertEquals(2, noIndex.code());
    assertTrue(noIndex.err().contains("no index at"), noIndex.err());
  }

  @Test
  void aQuerySyntaxErrorIsOneCleanLineAndExitTwo() {
    Cli.run("index", "--index", index(), TestData.articles().toString());
    Cli cli = Cli.run("search", "--index", index(), "\"unclosed");
    assertEquals(2, cli.code());
    assertTrue(cli.err().startsWith("newsfacet: a quotation mark is not closed"), cli.err());
    Cli lucene = Cli.run("search", "--index", index(), "title:(unbalanced");
    assertEquals(2, lucene.code());
    assertTrue(lucene.err().startsWith("newsfacet: cannot read the query"), lucene.err());
    assertFalse(cli.err().contains("\tat "), "no stack trace unless asked");
  }

  @Test
  void helpAndVersionWork() {
    Cli help = Cli.run("--help");
    assertEquals(0, help.code());
    for (String command : List.of("extract", "index", "query", "search", "stats", "eval", "bench")) {
      assertTrue(help.out().contains(command), help.out());
      assertEquals(0, Cli.run(command, "--help").code());
    }
    Cli version = Cli.run("--version");
    assertEquals(0, version.code());
    assertTrue(version.out().startsWith("newsfacet "), version.out());
  }

  private static JsonNode json(String line) {
    try {
      return Json.mapper().readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }

  @Test
  void evalScoresTestdataAgainstItsExpectedRecords() {
    Cli cli = Cli.run("eval", "--root", TestData.root().toString(), TestData.expected().toString());
    assertEquals(0, cli.code(), cli.err());
    int n = TestData.articleCount();
    assertTrue(cli.out().contains("Scored " + n + " expected records (" + n + " found)"), cli.out());
    String person = cli.out().lines().filter(l -> l.startsWith("entities.PERSON")).findFirst().orElseThrow();
    double f1 = Double.parseDouble(person.trim().split("\\s+")[3]);
    assertTrue(f1 >= 0.95, person);

    Cli json = Cli.run("eval", "--json", "--root", TestData.root().toString(), TestData.expected().toString());
    assertEquals(0, json.code(), json.err());
    assertTrue(json.out().lines().map(MainTest::json).anyMatch(o -> o.get("kind").asText().equals("dateline")
        && o.get("f1").asDouble() == 1.0), json.out());
  }

  @Test
  void evalNamesExpectedRecordsWhoseArticleIsMissing() throws IOException {
    Path gold = Files.writeString(tmp.resolve("gold.jsonl"), "{\"id\": \"x\", \"source\": \"nowhere/gone.txt\"}\n");
    Cli cli = Cli.run("eval", "--root", tmp.toString(), gold.toString());
    assertEquals(Main.SKIPPED, cli.code());
    assertTrue(cli.err().contains("skipped nowhere/gone.txt"), cli.err());
  }

  @Test
  void benchRunsInATinySmokeMode() throws IOException {
    Path work = tmp.resolve("bench");
    Path report = tmp.resolve("bench.json");
    Cli cli = Cli.run("bench", "--articles", "120", "--queries", "3", "--threads", "2", "--work", work.toString(),
        "--json", report.toString());
    assertEquals(0, cli.code(), cli.err());
    for (String row : List.of("baseline: Lucene", "extraction alone", "full indexing", "<speaker> quotes",
        "<category> figures by source", "date range", "index: ")) {
      assertTrue(cli.out().contains(row), cli.out());
    }
    JsonNode json = json(Files.readString(report));
    assertEquals(4, json.get("passes").size(), "baseline, extraction, indexing without stories and full indexing");
    assertEquals(120, json.get("passes").get(3).get("articles").asInt());
    assertTrue(json.get("stories").get("indexingTimeRatio").asDouble() > 0);
    assertTrue(json.get("machine").has("cores"));
    assertTrue(json.get("size").get("indexToRawText").asDouble() > 0);
    assertEquals(4, json.get("questions").size());
  }

  @Test
  void generateWritesTheSameCorpusForTheSameSeed() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertEquals(0, Cli.run("generate", "--articles", "40", "--seed", "3", "--out", a.toString()).code());
    assertEquals(0, Cli.run("generate", "--articles", "40", "--seed", "3", "--out", b.toString()).code());
    for (String folder : List.of("articles", "expected")) {
      try (var files = Files.list(a.resolve(folder))) {
        for (Path f : files.toList()) {
          assertEquals(Files.readString(f), Files.readString(b.resolve(folder).resolve(f.getFileName())), f.toString());
        }
      }
    }
    assertEquals(40, Files.readAllLines(a.resolve("expected").resolve("stories.jsonl")).size());
    Cli again = Cli.run("generate", "--articles", "40", "--seed", "3", "--out", a.toString());
    assertEquals(1, again.code(), "a used folder is refused");
    assertTrue(again.err().contains("is not empty"), again.err());
    Cli eval = Cli.run("eval", "--root", a.toString(), a.resolve("expected").toString());
    assertEquals(0, eval.code(), eval.err());
    assertTrue(eval.out().contains("Scored 40 expected records (40 found)"), eval.out());
  }

  @Test
  void evalScoresTheStoriesOfAnIndexAgainstAGeneratedCorpusTruth() throws IOException {
    Path corpus = tmp.resolve("stories");
    assertEquals(0, Cli.run("generate", "--articles", "400", "--seed", "5", "--out", corpus.toString()).code());
    Cli indexed = Cli.run("index", "--index", index(), corpus.resolve("articles").toString());
    assertEquals(0, indexed.code(), indexed.err());
    Path truth = corpus.resolve("expected").resolve("stories.jsonl");
    Cli text = Cli.run("eval", "--stories", truth.toString(), "--index", index());
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().contains("Scored 400 articles") && text.out().contains("\ncopies ")
        && text.out().contains("\nstories "), text.out());
    Cli json = Cli.run("eval", "--json", "--stories", truth.toString(), "--index", index());
    for (JsonNode level : json.out().lines().map(MainTest::json).toList()) {
      assertTrue(level.get("truePairs").asLong() > 0, level.toString());
      assertTrue(level.get("precision").asDouble() >= 0.9 && level.get("recall").asDouble() >= 0.9, level.toString());
    }
    Cli noIndex = Cli.run("eval", "--stories", truth.toString(), "--index", tmp.resolve("none").toString());
    assertEquals(2, noIndex.code(), "no index is a usage error");
  }

  @Test
  void similarListsTheArticlesStoryThenTheNearestStories() {
    Cli.run("index", "--index", index(), TestData.articles().toString());
    Cli agency = Cli.run("query", "--index", index(), "--json", "--outlet", "AFP", "North Korean soldiers");
    String id = json(agency.out().lines().filter(l -> l.contains("\"type\":\"article\"")).findFirst().orElseThrow())
        .get("id").asText();
    Cli similar = Cli.run("similar", "--index", index(), "--limit", "2", id);
    assertEquals(0, similar.code(), similar.err());
    assertTrue(similar.out().contains("Other articles of its story") && similar.out().contains("The Moscow Times")
        && similar.out().contains("Other stories nearest in words"), similar.out());
    Cli json = Cli.run("similar", "--index", index(), "--json", id);
    assertTrue(json.out().lines().map(MainTest::json).allMatch(o -> o.get("type").asText().equals("related")
        && o.has("relation") && o.has("story")), json.out());
    Cli unknown = Cli.run("similar", "--index", index(), "no-such-article");
    assertEquals(1, unknown.code());
    assertTrue(unknown.err().contains("no article with the id no-such-article"), unknown.err());
  }

  @Test
  void quotationsOfOneStoryAreListedOnceUnlessCopiesAreAskedFor() {
    Cli.run("index", "--index", index(), TestData.articles().toString());
    Cli once = Cli.run("query", "--index", index(), "what did Zelenskyy say about mobilization");
    Cli copies = Cli.run("query", "--index", index(), "--copies", "what did Zelenskyy say about mobilization");
    long onceLines = once.out().lines().filter(l -> l.contains("afraid of mobilization")).count();
    long copyLines = copies.out().lines().filter(l -> l.contains("afraid of mobilization")).count();
    assertTrue(onceLines > 0 && copyLines == 3 * onceLines, once.out() + "\n---\n" + copies.out());
    assertTrue(once.out().contains("carried by 3: "), once.out());
  }

  @Test
  void searchFiltersByPersonInAnySpelling() {
    Cli.run("index", "--index", index(), TestData.articles().toString());
    Cli zelensky = Cli.run("search", "--index", index(), "--json", "--limit", "50", "--person", "Zelensky");
    Cli zelenskyy = Cli.run("search", "--index", index(), "--json", "--limit", "50", "--person", "Zelenskyy");
    assertEquals(0, zelensky.code(), zelensky.err());
    long articles = zelensky.out().lines().filter(l -> l.contains("\"type\":\"article\"")).count();
    assertTrue(articles >= 5, zelensky.out());
    assertEquals(zelensky.out(), zelenskyy.out());
    assertTrue(zelensky.out().contains("\"dim\":\"person\""), zelensky.out());
  }

  @Test
  void searchWorksWhileAnIndexRunHoldsTheIndex() throws IOException {
    Cli.run("index", "--index", index(), TestData.articles().toString());
    try (var writer = org.newsfacet.index.NewsIndex.open(Path.of(index()))) {
      Cli search = Cli.run("search", "--index", index(), "Korea");
      assertEquals(0, search.code(), search.err());
      assertTrue(search.out().contains("articles for \"Korea\""), search.out());
      assertEquals(0, Cli.run("stats", "--index", index()).code());
    }
  }

  @Test
  void negativePagingIsBadUsage() {
    Cli.run("index", "--index", index(), TestData.articles().toString());
    Cli cli = Cli.run("search", "--index", index(), "--limit", "-1", "Korea");
    assertEquals(2, cli.code());
    assertTrue(cli.err().contains("--limit"), cli.err());
  }

  @Test
  void queryAnswersQuoteQuestionsWithQuotesAndJson() {
    Cli.run("index", "--index", index(), TestData.articles().toString());
    String all = Cli.run("query", "--index", index(), "Rutte quotes").out();
    for (String q : List.of("quotes by Rutte", "what did Rutte say", "speaker:Rutte")) {
      Cli text = Cli.run("query", "--index", index(), q);
      assertEquals(0, text.code(), text.err());
      assertEquals(all, text.out(), q);
    }
    assertTrue(all.contains("— Mark Rutte | Reuters"), all);
    assertTrue(all.contains("\n“") && all.contains("\nreported: "), "his own words and reported speech: " + all);
    for (String q : List.of("Rutte direct quotes", "speaker:Rutte kind:direct")) {
      Cli text = Cli.run("query", "--index", index(), q);
      assertTrue(text.out().startsWith("6 quotations"), q + ": " + text.out());
      assertFalse(text.out().contains("\nreported: "), text.out());
    }
    Cli reported = Cli.run("query", "--index", index(), "--kind", "indirect", "Rutte quotes");
    assertTrue(reported.out().contains("\nreported: ") && !reported.out().contains("\n“"), reported.out());
    Cli wrong = Cli.run("query", "--index", index(), "kind:sarcastic Rutte quotes");
    assertEquals(2, wrong.code());
    assertTrue(wrong.err().contains("kind:sarcastic is no kind of quotation"), wrong.err());
    Cli flags = Cli.run("query", "--index", index(), "--speaker", "Rutte", "--kind", "direct", "--outlet", "Reuters");
    assertTrue(flags.out().startsWith("2 quotations"), flags.out());
    Cli json = Cli.run("query", "--index", index(), "--json", "Rutte on evidence");
    List<JsonNode> quotes = json.out().lines().map(MainTest::json).filter(o -> o.get("type").asText().equals("quote")).toList();
    assertFalse(quotes.isEmpty());
    for (String field : List.of("speaker", "text", "kind", "partial", "attributedBy", "articleId", "outlet", "agency",
        "published", "title")) {
      assertTrue(quotes.get(0).has(field), field);
    }
    assertTrue(quotes.stream().allMatch(q -> q.get("speaker").asText().equals("Mark Rutte")));
    assertTrue(json.out().lines().map(MainTest::json).anyMatch(o -> o.get("type").asText().equals("facet")));
  }

  @Test
  void queryGroupsFiguresBySourceAndListsThem() {
    Cli.run("index", "--index", index(), TestData.articles().toString());
    Cli text = Cli.run("query", "--index", index(), "troop figures by source");
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().startsWith("Figures by outlet, category troops\n\n"), text.out());
    // The agency's story, carried by three articles, is one entry with the count of independent sources.
    assertTrue(text.out().contains("\nAFP\n  10,000 soldiers "), text.out());
    assertTrue(text.out().contains("| 3 independent sources\n    carried by 3: AFP, The Moscow Times (AFP), no outlet (AFP, "
        + "inferred)\n"), text.out());
    assertTrue(text.out().contains("\n(no outlet)\n"), text.out());
    Cli json = Cli.run("query", "--index", index(), "--json", "troop figures by source");
    JsonNode first = json(json.out().lines().findFirst().orElseThrow());
    assertEquals("group", first.get("type").asText());
    assertEquals("outlet", first.get("by").asText());
    assertEquals("Reuters", first.get("key").asText(), "the outlet with the most entries first");
    for (String field : List.of("type", "text", "low", "high", "category", "claimant", "articleId", "outlet", "agency",
        "published", "story", "copies", "carriedBy", "independentSources")) {
      assertTrue(first.get("figures").get(0).has(field), field);
    }
    Cli list = Cli.run("query", "--index", index(), "--json", "--limit", "5", "casualty figures since 2024-11-01");
    List<JsonNode> figures = list.out().lines().map(MainTest::json).filter(o -> o.get("type").asText().equals("figure")).toList();
    assertEquals(5, figures.size());
    assertTrue(figures.stream().allMatch(f -> f.get("category").asText().equals("casualties")));
    Cli flags = Cli.run("query", "--index", index(), "--category", "troops", "--by", "agency");
    assertTrue(flags.out().startsWith("Figures by agency, category troops"), flags.out());
  }

  @Test
  void queryLimitAppliesToEveryAnswerShapeAndZeroPrintsOnlyTheCounts() {
    Cli.run("index", "--index", index(), TestData.articles().toString());
    // By date, --limit caps each day's figures as it caps each outlet's, and each day keeps its count.
    List<JsonNode> days = Cli.run("query", "--index", index(), "--json", "--limit", "2", "figures by date").out()
        .lines().map(MainTest::json).toList();
    assertFalse(days.isEmpty());
    assertTrue(days.stream().allMatch(d -> d.get("figures").size() <= 2), days::toString);
    assertTrue(days.stream().anyMatch(d -> d.get("total").asLong() > 2), "some day has more than the limit");
    for (String question : List.of("figures by date", "troop figures by source")) {
      for (boolean copies : new boolean[] {true, false}) {
        Cli zero = copies ? Cli.run("query", "--index", index(), "--json", "--limit", "0", "--copies", question)
            : Cli.run("query", "--index", index(), "--json", "--limit", "0", question);
        assertEquals(0, zero.code(), zero.err());
        List<JsonNode> groups = zero.out().lines().map(MainTest::json).toList();
        assertFalse(groups.isEmpty(), question);
        assertTrue(groups.stream().allMatch(g -> g.get("figures").isEmpty() && g.get("total").asLong() > 0),
            zero.out());
      }
    }
    for (String question : List.of("quotes", "figures", "troops", "in Reuters")) {
      for (boolean copies : new boolean[] {true, false}) {
        Cli zero = copies ? Cli.run("query", "--index", index(), "--json", "--limit", "0", "--copies", question)
            : Cli.run("query", "--index", index(), "--json", "--limit", "0", question);
        assertEquals(0, zero.code(), zero.err());
        assertTrue(zero.out().lines().map(MainTest::json).allMatch(o -> o.get("type").asText().equals("facet")),
            question + ": " + zero.out());
        assertFalse(zero.out().isEmpty(), question + " still has its facet counts");
      }
    }
    Cli text = Cli.run("query", "--index", index(), "--limit", "0", "--copies", "quotes");
    assertTrue(text.out().matches("(?s)[\\d,]+ quotations\n\nspeaker: .*"), text.out());
    Cli byOutlet = Cli.run("query", "--index", index(), "--limit", "0", "troop figures by source");
    assertTrue(byOutlet.out().contains("\nReuters (3 figures)\n"), byOutlet.out());
  }

  @Test
  void queryFormatCsvPrintsAHeaderAndARowPerItemWithTheExplanationOnStandardError() {
    Cli.run("index", "--index", index(), TestData.articles().toString());
    Cli groups = Cli.run("query", "--index", index(), "--format", "csv", "--explain", "troop figures by source");
    assertEquals(0, groups.code(), groups.err());
    List<String> lines = List.of(groups.out().split("\r\n", -1));
    assertTrue(lines.get(0).startsWith("group,groupTotal,text,low,high,"), lines.get(0));
    assertEquals("", lines.get(lines.size() - 1), "every row ends in CR LF");
    assertTrue(lines.get(1).startsWith("Reuters,3,"), lines.get(1));
    assertTrue(groups.err().startsWith("Read as:"), groups.err());
    Cli json = Cli.run("query", "--index", index(), "--json", "--limit", "3", "Rutte quotes");
    Cli csv = Cli.run("query", "--index", index(), "--format", "CSV", "--limit", "3", "Rutte quotes");
    assertEquals(json.out().lines().filter(l -> l.contains("\"type\":\"quote\"")).count() + 1,
        csv.out().split("\r\n").length, csv.out());
    assertTrue(csv.out().startsWith("speaker,text,kind,partial,"), csv.out());
    assertEquals(json.out(), Cli.run("query", "--index", index(), "--format", "json", "--limit", "3", "Rutte quotes").out());
    assertEquals(2, Cli.run("query", "--index", index(), "--json", "--format", "csv", "quotes").code());
    assertEquals(2, Cli.run("query", "--index", index(), "--format", "xml", "quotes").code());
  }

  @Test
  void queryExplainsHowItReadTheQuestion() {
    Cli.run("index", "--index", index(), TestData.articles().toString());
    Cli text = Cli.run("query", "--index", index(), "--explain", "Rutte quotes in Reuters since 2024-01-01");
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().startsWith("Read as:\n  quotations by Mark Rutte"), text.out());
    assertTrue(text.out().contains("published by or credited to Reuters"), text.out());
    assertTrue(text.out().contains("from 2024-01-01"), text.out());
    Cli json = Cli.run("query", "--index", index(), "--explain", "--json", "Kim Jong Un in Reuters");
    JsonNode first = json(json.out().lines().findFirst().orElseThrow());
    assertEquals("explanation", first.get("type").asText());
    assertTrue(first.get("readAs").get(0).asText().startsWith("articles naming Kim Jong Un"), first.toString());
  }

  @Test
  void queryTurnsUnknownNamesAndBadQuestionsIntoExitTwo() {
    Cli.run("index", "--index", index(), TestData.articles().toString());
    Cli rutt = Cli.run("query", "--index", index(), "Rutt quotes");
    assertEquals(2, rutt.code());
    assertEquals("newsfacet: no speaker named 'Rutt' in the index; did you mean Rutte?", rutt.err().strip());
    for (String bad : List.of("category:colour figures", "by:colour", "troop figures since:someday", "")) {
      Cli cli = Cli.run("query", "--index", index(), bad);
      assertEquals(2, cli.code(), bad);
      assertTrue(cli.err().startsWith("newsfacet: "), cli.err());
      assertFalse(cli.err().contains("\tat "), "no stack trace unless asked");
    }
    assertEquals(2, Cli.run("query", "--index", index(), "--category", "colour").code());
    assertEquals(2, Cli.run("query", "--index", index(), "--by", "colour", "figures").code());
  }

  @Test
  void searchIsTheSameCommandAsQuery() {
    Cli.run("index", "--index", index(), TestData.articles().toString());
    Cli search = Cli.run("search", "--index", index(), "troop figures by source");
    Cli query = Cli.run("query", "--index", index(), "troop figures by source");
    assertEquals(query.out(), search.out());
  }

  @Test
  void queryAnswersArticleAndFilterFormsFromTheShell() {
    Cli.run("index", "--index", index(), TestData.articles().toString());
    Cli words = Cli.run("query", "--index", index(), "--json", "North", "Korean", "soldiers");
    List<JsonNode> articles = words.out().lines().map(MainTest::json).filter(o -> o.get("type").asText().equals("article")).toList();
    assertFalse(articles.isEmpty());
    for (String field : List.of("id", "title", "outlet", "published", "snippet", "score")) {
      assertTrue(articles.get(0).has(field), field);
    }
    Cli kim = Cli.run("query", "--index", index(), "--explain", "Kim Jong Un");
    assertTrue(kim.out().contains("articles naming Kim Jong Un"), kim.out());
    Cli person = Cli.run("query", "--index", index(), "--json", "person:\"Kim Jong Un\"");
    Cli flag = Cli.run("query", "--index", index(), "--json", "--person", "Kim Jong Un");
    assertEquals(person.out(), flag.out());
    Cli between = Cli.run("query", "--index", index(), "--json", "quotes between 2024-10-17 and 2024-10-17");
    assertTrue(between.out().lines().map(MainTest::json).filter(o -> o.get("type").asText().equals("quote"))
        .allMatch(o -> o.get("published").asText().equals("2024-10-17")));
    Cli about = Cli.run("query", "--index", index(), "--json", "figures for airbag");
    assertTrue(about.out().lines().map(MainTest::json).anyMatch(o -> o.get("type").asText().equals("figure")));
    Cli page = Cli.run("query", "--index", index(), "--json", "--limit", "2", "--offset", "2", "Rutte quotes");
    assertEquals(2, page.out().lines().map(MainTest::json).filter(o -> o.get("type").asText().equals("quote")).count());
  }
}
