package org.newsfacet.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacet.ingest.ArticleReader;
import org.newsfacet.ingest.Item;
import org.newsfacet.ingest.RawArticle;
import org.newsfacet.model.QuoteKind;
import org.newsfacet.search.Dimensions;
import org.newsfacet.search.FacetCount;
import org.newsfacet.search.FigureGroup;
import org.newsfacet.search.FigureHit;
import org.newsfacet.search.FigureRequest;
import org.newsfacet.search.Hit;
import org.newsfacet.search.IndexStats;
import org.newsfacet.search.QuoteHit;
import org.newsfacet.search.QuoteRequest;
import org.newsfacet.search.Results;
import org.newsfacet.search.SearchRequest;
import org.newsfacet.testing.TestData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewsIndexTest {
  @TempDir
  Path tmp;

  private static final String WIRE = """
      date 2025-05-06 LISBON (Reuters) - Portugal's port workers began a three-day strike on Tuesday over pay.

      "We have waited two years for a fair offer," union leader Rui Matos said.
      """;

  @Test
  void indexesTestdataAndFindsArticlesByWordsWithFacets() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      IndexReport report = index.add(TestData.articles());
      assertTrue(report.skipped().isEmpty(), () -> "skipped: " + report.skipped());
      assertEquals(report.indexed(), report.added());

      Results<Hit> results = index.search(SearchRequest.text("North Korean soldiers"));
      assertEquals(5, results.total());
      assertTrue(results.hits().get(0).snippet().contains("<b>"));
      List<FacetCount> outlets = results.facet(Dimensions.OUTLET);
      assertTrue(outlets.contains(new FacetCount("Reuters", 1)), outlets::toString);
      assertTrue(outlets.contains(new FacetCount("The Moscow Times", 1)), outlets::toString);
      // All in one month: counted by day, the level that splits them.
      assertEquals(List.of(new FacetCount("2024-10-17", 2), new FacetCount("2024-10-18", 1)),
          results.facet(Dimensions.PUBLISHED));
    }
  }

  @Test
  void filtersByOutletAgencyAndDateWithAliasesAndAnyCase() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      index.add(TestData.articles());
      SearchRequest korea = SearchRequest.text("North Korea");

      Results<Hit> afp = index.search(korea.agency("Agence France-Presse"));
      assertEquals(2, afp.total());
      assertTrue(afp.hits().stream().allMatch(h -> h.article().agency().equals("AFP")));

      assertEquals(1, index.search(korea.outlet("the moscow times")).total());
      assertEquals(2, index.search(korea.outlet("Reuters").outlet("The Moscow Times")).total());
      assertEquals(0, index.search(korea.outlet("Reuters").agency("AFP")).total());

      Results<Hit> onDay = index.search(korea.from(LocalDate.of(2024, 10, 18)).to(LocalDate.of(2024, 10, 18)));
      assertEquals(1, onDay.total());
      assertEquals(LocalDate.of(2024, 10, 18), onDay.hits().get(0).article().published());
    }
  }

  @Test
  void pagesAndSortsNewestFirst() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      index.add(TestData.articles());
      Results<Hit> all = index.search(SearchRequest.all().newestFirst().limit(100));
      assertEquals(all.total(), all.hits().size());
      LocalDate previous = LocalDate.MAX;
      boolean undatedSeen = false;
      for (Hit hit : all.hits()) {
        LocalDate d = hit.article().published();
        if (d == null) {
          undatedSeen = true;
        } else {
          assertFalse(undatedSeen, "undated articles come last");
          assertFalse(d.isAfter(previous), "newest first");
          previous = d;
        }
      }
      Results<Hit> second = index.search(SearchRequest.all().newestFirst().offset(3).limit(3));
      assertEquals(all.hits().subList(3, 6).stream().map(h -> h.article().id()).toList(),
          second.hits().stream().map(h -> h.article().id()).toList());
    }
  }

  @Test
  void aLimitOfZeroCountsEverySearchWithoutListingAHit() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      index.add(TestData.articles());
      Results<Hit> articles = index.search(SearchRequest.all().limit(0));
      assertTrue(articles.total() > 0 && articles.hits().isEmpty(), articles::toString);
      assertFalse(articles.facet(Dimensions.OUTLET).isEmpty(), "the facets are still counted");
      Results<Hit> sideways = index.search(SearchRequest.all().outlet("Reuters").drillSideways().limit(0));
      assertTrue(sideways.total() > 0 && sideways.hits().isEmpty(), sideways::toString);
      for (boolean copies : new boolean[] {true, false}) {
        Results<QuoteHit> quotes = index.quotes(QuoteRequest.all().copies(copies).limit(0));
        assertTrue(quotes.total() > 0 && quotes.hits().isEmpty(), "quotes, copies " + copies);
        Results<FigureHit> figures = index.figures(FigureRequest.all().copies(copies).limit(0));
        assertTrue(figures.total() > 0 && figures.hits().isEmpty(), "figures, copies " + copies);
        List<FigureGroup> groups = index.compare(FigureRequest.all().copies(copies).limit(0), FigureGroup.GroupBy.OUTLET);
        assertFalse(groups.isEmpty(), "groups, copies " + copies);
        assertTrue(groups.stream().allMatch(g -> g.figures().isEmpty() && g.total() > 0), groups::toString);
      }
    }
  }

  @Test
  void snippetsAreSingleSpacedAndAFilterOnlySearchShowsEachArticlesLeadNotItsDateline() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      index.add(TestData.articles());
      Results<Hit> all = index.search(SearchRequest.all().limit(1000));
      assertTrue(all.hits().stream().anyMatch(h -> h.article().dateline() != null), "the test data has datelines");
      for (Hit hit : all.hits()) {
        String snippet = hit.snippetText("", "");
        assertFalse(snippet.contains("\n") || snippet.contains("  "), snippet);
        assertTrue(snippet.length() > 20 && snippet.contains(" "), "a sentence, not a fragment: " + snippet);
        String dateline = hit.article().dateline();
        // "SEOUL Seoul will..." or "Melbourne Romanian...": the dateline before the lead; "Seoul will..." is the lead.
        assertFalse(dateline != null && snippet.regionMatches(true, 0, dateline, 0, dateline.length())
            && snippet.substring(dateline.length()).matches("(,[^ ]*)? \\p{Lu}.*"), "no dateline: " + snippet);
      }
      for (Hit hit : index.search(SearchRequest.text("troops").limit(100)).hits()) {
        assertFalse(hit.snippet().contains("\n"), hit.snippet());
      }
    }
  }

  @Test
  void reindexingAnArticleReplacesItInsteadOfAddingACopy() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      IndexReport first = index.add(TestData.articles());
      IndexReport second = index.add(TestData.articles());
      assertEquals(0, second.added());
      assertEquals(first.indexed(), second.replaced());
      assertEquals(first.indexed(), index.stats().articles());
    }
  }

  @Test
  void keepsArticlesAcrossReopeningAndReadsTheStoredRecordBack() throws IOException {
    Path dir = tmp.resolve("idx");
    String id;
    try (NewsIndex index = NewsIndex.open(dir)) {
      id = index.add(RawArticle.of("wire.txt", WIRE)).id();
    }
    try (NewsIndex index = NewsIndex.open(dir)) {
      var article = index.get(id).orElseThrow();
      assertEquals("Reuters", article.agency());
      assertEquals("Lisbon", article.dateline());
      assertEquals(LocalDate.of(2025, 5, 6), article.published());
      assertEquals(1, index.search(SearchRequest.text("port workers strike")).total());
      assertTrue(index.get("no-such-id").isEmpty());
    }
  }

  @Test
  void headerAndCreditsAreNotSearchableAsBodyText() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      index.add(RawArticle.of("a.txt", """
          Harbour strike spreads

          By Zofia Brandt

          Dock workers in three more cities joined the strike on Monday, the union said.

          (Reporting by Tomas Quill; Editing by Ines Varga)
          """));
      assertEquals(1, index.search(SearchRequest.text("dock workers")).total());
      assertEquals(1, index.search(SearchRequest.text("harbour")).total(), "the title is searchable");
      assertEquals(0, index.search(SearchRequest.text("Quill")).total(), "credits are not body text");
    }
  }

  @Test
  void statsCountOutletsAgenciesAndTheDateRange() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      IndexReport report = index.add(TestData.articles());
      IndexStats stats = index.stats();
      assertEquals(report.indexed(), stats.articles());
      assertEquals("Reuters", stats.agencies().get(0).value());
      assertTrue(stats.earliest() != null && !stats.earliest().isAfter(LocalDate.of(2024, 10, 17)));
      assertTrue(stats.undated() > 0);
      long withOutlet = stats.outlets().stream().mapToLong(FacetCount::count).sum();
      assertTrue(withOutlet < stats.articles(), "articles without an outlet have none");
    }
  }

  @Test
  void badInputsAreSkippedWithReasonsAndTheGoodOnesIndexed() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("good.txt"), WIRE);
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x12});
    Files.write(in.resolve("latin1.txt"), "Caf\u00e9 workers protest in S\u00e3o Paulo".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(in.resolve("feed.jsonl"), """
        {"id": "ok-1", "text": "Farmers blocked roads near Lyon on Monday to protest fuel prices."}
        {"id": "broken", "text": "unterminated
        {"id": "no-text", "title": "Headline only"}
        {"id": "ok-2", "text": "Rail services in the north resumed on Tuesday after a two-day strike."}
        """);
    List<String> args = List.of(in.toString(), tmp.resolve("missing.txt").toString());
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"));
        var items = ArticleReader.read(args, InputStreamOf.empty())) {
      IndexReport report = index.add(items, IndexListener.NONE);
      assertEquals(4, report.added(), "the Latin-1 file is read as windows-1252");
      List<String> messages = report.skipped().stream().map(Item.Skipped::message).toList();
      assertEquals(5, messages.size(), messages::toString);
      assertTrue(messages.contains(in.resolve("empty.txt") + ": empty: no text"), messages::toString);
      assertTrue(messages.contains(in.resolve("binary.txt") + ": binary file, not text"), messages::toString);
      assertTrue(messages.stream().anyMatch(m -> m.startsWith(in.resolve("feed.jsonl") + "#2: malformed JSON")),
          messages::toString);
      assertTrue(messages.contains(in.resolve("feed.jsonl") + "#3: no 'text' field"), messages::toString);
      assertTrue(messages.contains(tmp.resolve("missing.txt") + ": no such file or directory"), messages::toString);
      assertTrue(index.get("ok-1").isPresent());
      assertTrue(index.get("ok-2").isPresent());
      assertEquals(1, index.search(SearchRequest.text("port workers")).total());
    }
  }

  @Test
  void aBadRunLosesNothingAlreadyIndexed() throws IOException {
    Path dir = tmp.resolve("idx");
    try (NewsIndex index = NewsIndex.open(dir)) {
      index.add(TestData.articles());
    }
    long before;
    try (NewsIndex index = NewsIndex.open(dir)) {
      before = index.stats().articles();
      IndexReport report = index.add(tmp.resolve("does-not-exist"));
      assertEquals(1, report.skipped().size());
      assertEquals(before, index.stats().articles());
    }
  }

  @Test
  void searchesAreSafeFromManyThreadsWhileAnotherAdds() throws Exception {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      index.add(TestData.articles());
      long base = index.stats().articles();
      AtomicBoolean adding = new AtomicBoolean(true);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        Future<?> writer = pool.submit(() -> {
          for (int i = 0; i < 200; i++) {
            index.add(RawArticle.of("gen-" + i, "Harbour cranes number " + i + " were inspected on Monday, officials said."));
          }
          adding.set(false);
          return null;
        });
        List<Future<Long>> readers = new java.util.ArrayList<>();
        for (int t = 0; t < 3; t++) {
          readers.add(pool.submit(() -> {
            long last = 0;
            long searches = 0;
            while (adding.get() || searches < 5) {
              long seen = index.search(SearchRequest.text("harbour cranes")).total();
              assertTrue(seen >= last, "a search never sees fewer added articles than the one before");
              last = seen;
              searches++;
            }
            return searches;
          }));
        }
        writer.get();
        for (Future<Long> r : readers) {
          assertTrue(r.get() >= 5);
        }
      } finally {
        pool.shutdownNow();
      }
      assertEquals(200, index.search(SearchRequest.text("harbour cranes")).total());
      assertEquals(base + 200, index.stats().articles());
    }
  }

  @Test
  void refusesAFolderThatHoldsSomethingElse() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("notes"));
    Files.writeString(dir.resolve("todo.txt"), "buy milk");
    IOException e = assertThrows(IOException.class, () -> NewsIndex.open(dir));
    assertTrue(e.getMessage().contains("holds other files"), e.getMessage());
  }

  @Test
  void aQuerySyntaxErrorIsABadArgumentNamingTheQuery() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> index.search(SearchRequest.text("\"unclosed phrase")));
      assertTrue(e.getMessage().contains("\"unclosed phrase"), e.getMessage());
    }
  }

  /** Standard input for tests that do not read it. */
  private static final class InputStreamOf {
    static java.io.InputStream empty() {
      return java.io.InputStream.nullInputStream();
    }
  }

  @Test
  void aFolderLeftByARunKilledBeforeAnyCommitCanBeIndexedAgain() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("idx"));
    Files.write(dir.resolve("_0.fdt"), new byte[] {1, 2, 3});
    Files.write(dir.resolve("write.lock"), new byte[0]);
    try (NewsIndex index = NewsIndex.open(dir)) {
      index.add(RawArticle.of("wire.txt", WIRE));
      assertEquals(1, index.stats().articles());
    }
  }

  @Test
  void aNewIndexIsCommittedAtOnce() throws IOException {
    Path dir = tmp.resolve("idx");
    try (NewsIndex index = NewsIndex.open(dir);
        var fs = org.apache.lucene.store.FSDirectory.open(dir)) {
      assertTrue(org.apache.lucene.index.DirectoryReader.indexExists(fs));
    }
  }

  @Test
  void aReadOnlyIndexSearchesWhileAnotherHandleWritesAndSeesItsCommits() throws IOException {
    Path dir = tmp.resolve("idx");
    try (NewsIndex writer = NewsIndex.open(dir)) {
      writer.add(TestData.articles());
      try (NewsIndex reader = NewsIndex.openReadOnly(dir)) {
        assertTrue(reader.readOnly());
        long before = reader.search(SearchRequest.all()).total();
        assertTrue(before > 0);
        writer.add(RawArticle.of("wire.txt", WIRE));
        writer.commit();
        assertEquals(before + 1, reader.search(SearchRequest.all()).total());
        assertThrows(IllegalStateException.class, () -> reader.add(RawArticle.of("x", WIRE)));
      }
    }
  }

  @Test
  void existsTellsAFolderWithAnIndexFromOneWithout() throws IOException {
    Path dir = tmp.resolve("maybe");
    assertFalse(NewsIndex.exists(dir), "a missing folder");
    java.nio.file.Files.createDirectories(dir);
    java.nio.file.Files.writeString(dir.resolve("notes.txt"), "not an index");
    assertFalse(NewsIndex.exists(dir), "a folder of other files");
    Path indexed = tmp.resolve("indexed");
    try (NewsIndex index = NewsIndex.open(indexed)) {
      index.add(RawArticle.of("x", WIRE));
    }
    assertTrue(NewsIndex.exists(indexed));
  }

  @Test
  void searchingAndReadingStatsWriteNoCommit() throws IOException {
    Path dir = tmp.resolve("idx");
    try (NewsIndex index = NewsIndex.open(dir)) {
      index.add(TestData.articles());
    }
    long generation = commitGeneration(dir);
    try (NewsIndex index = NewsIndex.open(dir)) {
      index.search(SearchRequest.text("Korea"));
      index.stats();
    }
    try (NewsIndex index = NewsIndex.openReadOnly(dir)) {
      index.search(SearchRequest.text("Korea"));
      IllegalStateException refused = assertThrows(IllegalStateException.class, () -> index.add(TestData.articles()));
      assertTrue(refused.getMessage().contains("read-only"), refused.getMessage());
    }
    assertEquals(generation, commitGeneration(dir));
  }

  @Test
  void anIndexOfAnOlderSchemaIsRefusedWithAMessage() throws IOException {
    Path dir = tmp.resolve("old");
    try (var fs = org.apache.lucene.store.FSDirectory.open(dir);
        var w = new org.apache.lucene.index.IndexWriter(fs, new org.apache.lucene.index.IndexWriterConfig())) {
      w.setLiveCommitData(java.util.Map.of("newsfacet.schema", "1").entrySet());
      w.commit();
    }
    IOException e = assertThrows(IOException.class, () -> NewsIndex.open(dir));
    assertTrue(e.getMessage().contains("index the articles again"), e.getMessage());
    assertThrows(IOException.class, () -> NewsIndex.openReadOnly(dir));
  }

  @Test
  void filtersByPeopleOrganisationsAndPlacesInAnySpelling() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      index.add(TestData.articles());
      long zelensky = index.search(SearchRequest.all().person("Zelensky")).total();
      assertTrue(zelensky >= 5, "every seed names him: " + zelensky);
      assertEquals(zelensky, index.search(SearchRequest.all().person("Zelenskyy")).total());
      assertEquals(zelensky, index.search(SearchRequest.all().person("zelenskiy")).total());
      Results<Hit> rutte = index.search(SearchRequest.all().person("Mark Rutte").organization("NATO"));
      assertTrue(rutte.total() >= 3, rutte.toString());
      assertTrue(rutte.facet(Dimensions.PERSON).stream().anyMatch(c -> c.value().equals("Mark Rutte")), rutte.facets().toString());
      assertTrue(index.search(SearchRequest.all().location("Brussels")).total() >= 3);
    }
  }

  private static long commitGeneration(Path dir) throws IOException {
    try (var fs = org.apache.lucene.store.FSDirectory.open(dir)) {
      return org.apache.lucene.index.SegmentInfos.getLastCommitGeneration(fs);
    }
  }

  @Test
  void quotationsAreSearchableBySpeakerInAnySpellingWordsAndOutlet() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      index.add(TestData.articles());
      Results<QuoteHit> rutte = index.quotes(QuoteRequest.by("Rutte").kind(QuoteKind.DIRECT).limit(100));
      assertEquals(6, rutte.total(), rutte.toString());
      assertTrue(rutte.hits().stream().allMatch(h -> h.quote().speaker().equals("Mark Rutte")));
      assertTrue(rutte.hits().stream().allMatch(h -> h.quote().kind() == QuoteKind.DIRECT));
      assertEquals(rutte.total(), index.quotes(QuoteRequest.by("Mark Rutte").kind(QuoteKind.DIRECT).limit(100)).total());
      // what Rutte said in the writers' words is his too, and counted by kind
      Results<QuoteHit> said = index.quotes(QuoteRequest.by("Rutte").limit(100));
      Results<QuoteHit> reported = index.quotes(QuoteRequest.by("Rutte").kind(QuoteKind.INDIRECT).limit(100));
      assertTrue(reported.total() > 0, said.toString());
      assertTrue(reported.hits().stream().allMatch(h -> h.quote().kind() == QuoteKind.INDIRECT));
      assertEquals(said.total(), rutte.total() + reported.total());
      assertEquals(List.of(new FacetCount("direct", rutte.total()), new FacetCount("indirect", reported.total())),
          said.facet(Dimensions.KIND).stream().sorted(java.util.Comparator.comparing(FacetCount::value)).toList());
      assertTrue(rutte.hits().stream().anyMatch(h -> "Reuters".equals(h.outlet())));
      long zelensky = index.quotes(QuoteRequest.by("Zelensky")).total();
      assertEquals(zelensky, index.quotes(QuoteRequest.by("Zelenskyy")).total());
      Results<QuoteHit> evidence = index.quotes(QuoteRequest.all().words("evidence").outlet("Reuters").kind(QuoteKind.DIRECT));
      assertEquals(1, evidence.total());
      assertEquals(List.of(new FacetCount("Mark Rutte", 1)), evidence.facet(Dimensions.SPEAKER));
    }
  }

  @Test
  void reindexingReplacesAnArticlesQuotationsToo() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      index.add(TestData.articles());
      long before = index.quotes(QuoteRequest.all().limit(0)).total();
      index.add(TestData.articles());
      assertEquals(before, index.quotes(QuoteRequest.all().limit(0)).total());
      assertEquals(TestData.articleCount(), index.stats().articles());
    }
  }

  @Test
  void troopFiguresCompareByOutletWithTheArticlesWithoutOneLast() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      index.add(TestData.articles());
      List<FigureGroup> groups = index.compare(FigureRequest.of(org.newsfacet.model.FigureCategory.TROOPS).copies(true),
          FigureGroup.GroupBy.OUTLET);
      java.util.Map<String, List<Double>> highs = new java.util.HashMap<>();
      groups.forEach(g -> highs.put(String.valueOf(g.key()), g.figures().stream().map(h -> h.figure().high()).toList()));
      assertTrue(highs.get("AFP").contains(10_000.0) && highs.get("AFP").contains(12_000.0), highs.toString());
      assertTrue(highs.get("Reuters").contains(10_000.0), highs.toString());
      assertTrue(highs.get("The Moscow Times").contains(10_000.0), highs.toString());
      assertEquals(null, groups.get(groups.size() - 1).key(), "articles without an outlet come last");
      assertTrue(highs.get("null").contains(12_000.0), highs.toString());
      assertTrue(groups.stream().flatMap(g -> g.figures().stream())
          .noneMatch(h -> h.figure().text().contains("30,000") || h.figure().text().contains("people")), "evacuees and residents are no troops");
    }
  }

  @Test
  void figuresFilterByValueAndClaimant() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      index.add(TestData.articles());
      Results<FigureHit> big = index.figures(FigureRequest.all().atLeast(11_000).atMost(12_000).limit(100));
      assertTrue(big.hits().stream().allMatch(h -> h.figure().high() >= 11_000 && h.figure().low() <= 12_000));
      Results<FigureHit> zelensky = index.figures(FigureRequest.all().claimant("Zelenskyy").limit(100).copies(true));
      assertTrue(zelensky.total() >= 5, zelensky.toString());
      assertTrue(zelensky.hits().stream().allMatch(h -> h.figure().claimant().equals("Volodymyr Zelensky")));
    }
  }

  @Test
  void anIndexOfUndatedArticlesWithoutOutletsCanBeSearched() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      index.add(RawArticle.of("a.txt", "Ferries were cancelled across the bay, the harbour master said. “It is too rough,” he said.\n"));
      assertEquals(1, index.search(SearchRequest.text("ferries")).total());
      assertEquals(2, index.quotes(QuoteRequest.all()).total(), "the reported statement and the quotation");
      assertEquals(1, index.quotes(QuoteRequest.all().kind(QuoteKind.DIRECT)).total());
      assertEquals(0, index.figures(FigureRequest.all()).total());
      assertEquals(1, index.stats().articles());
    }
  }

  @Test
  void theLaterOfTwoArticlesWithOneIdWinsWhateverThreadFinishesFirst() throws IOException {
    StringBuilder feed = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      // Each id twice: a long first version, a short later one that extracts faster.
      String longText = ("OSLO (Reuters) - The council met on Monday to discuss version one of item " + i + ". ").repeat(40);
      feed.append("{\"id\": \"item-").append(i).append("\", \"title\": \"first\", \"text\": \"").append(longText.strip())
          .append("\"}\n");
    }
    for (int i = 0; i < 200; i++) {
      feed.append("{\"id\": \"item-").append(i).append("\", \"title\": \"second\", \"text\": \"Version two of item ")
          .append(i).append(".\"}\n");
    }
    Path file = Files.writeString(tmp.resolve("feed.jsonl"), feed.toString());
    try (NewsIndex index = NewsIndex.open(tmp.resolve("dup"), IndexSettings.defaults().withThreads(4),
        org.newsfacet.extract.Extractor.standard())) {
      index.add(file);
      assertEquals(200, index.stats().articles());
      for (int i = 0; i < 200; i++) {
        assertEquals("second", index.get("item-" + i).orElseThrow().title(), "item-" + i);
      }
    }
  }
}
