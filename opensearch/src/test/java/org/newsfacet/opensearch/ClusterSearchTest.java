package org.newsfacet.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfacet.extract.Extractor;
import org.newsfacet.ingest.ArticleReader;
import org.newsfacet.ingest.Given;
import org.newsfacet.ingest.Item;
import org.newsfacet.ingest.RawArticle;
import org.newsfacet.model.FigureCategory;
import org.newsfacet.search.Carrier;
import org.newsfacet.search.FacetCount;
import org.newsfacet.search.FigureGroup;
import org.newsfacet.search.FigureHit;
import org.newsfacet.search.FigureRequest;
import org.newsfacet.search.Hit;
import org.newsfacet.search.QueryLimitException;
import org.newsfacet.search.QuerySyntaxException;
import org.newsfacet.search.QuoteHit;
import org.newsfacet.search.QuoteRequest;
import org.newsfacet.search.Related;
import org.newsfacet.search.Results;
import org.newsfacet.search.SearchRequest;
import org.newsfacet.search.Syndication;
import org.newsfacet.testing.StoryTexts;
import org.newsfacet.testing.TestData;

/**
 * The questions of {@code NewsSearch} answered by a real cluster of two nodes: stories filed as
 * the embedded index files them, copies collapsed, facets counted drill-sideways, words read with
 * Lucene's syntax. The expectations are the embedded index's own tests' ({@code StoriesIndexTest}).
 */
class ClusterSearchTest {
  private static TestCluster cluster;

  @BeforeAll
  static void start() throws IOException {
    cluster = TestCluster.shared();
  }

  private static RawArticle article(String source, String text, String outlet, String agency, String day) {
    return new RawArticle(source, text, new Given(source, null, null, LocalDate.parse(day), outlet, agency, null,
        List.of()));
  }

  private static final RawArticle REPORT = article("w", StoryTexts.report(), "Northwire", "Northwire", "2031-05-07");
  private static final RawArticle COPY = article("c", StoryTexts.trimmedCopy(), "Valley Post", null, "2031-05-06");
  private static final RawArticle REWRITE = article("r", StoryTexts.rewrite(), "Hill Herald", null, "2031-05-08");
  private static final RawArticle INDEPENDENT = article("i", StoryTexts.independent(), "Lowland Times", null,
      "2031-05-07");

  /** A new, empty index on the cluster, its articles spread over two shards. */
  private static ClusterIndex fresh() throws IOException {
    return fresh(2, 0);
  }

  private static ClusterIndex fresh(int shards, int replicas) throws IOException {
    ClusterIndex index = ClusterIndex.connect(cluster.nodes(), "newsfacet-search-" + UUID.randomUUID());
    index.create(shards, replicas);
    return index;
  }

  /** Writes the articles through the pipeline's sink, which files them in stories when it closes. */
  private static void write(ClusterIndex index, List<RawArticle> articles) throws IOException {
    Extractor extractor = Extractor.standard();
    try (ClusterWriter writer = new ClusterWriter(index, 50)) {
      for (RawArticle a : articles) {
        writer.write(extractor.extract(a));
      }
    }
  }

  /** The seed articles' ids by file name prefix ("000"), every bundled article written. */
  private static Map<String, String> bundled(ClusterIndex index) throws IOException {
    Map<String, String> ids = new HashMap<>();
    List<RawArticle> all = new ArrayList<>();
    try (Stream<Item> items = ArticleReader.read(TestData.articles())) {
      for (Item item : items.toList()) {
        if (item instanceof Item.Loaded loaded) {
          all.add(loaded.article());
          String file = Path.of(loaded.article().source()).getFileName().toString();
          if (file.matches("00[0-4]_.*")) {
            ids.put(file.substring(0, 3), Extractor.standard().extract(loaded.article()).article().id());
          }
        }
      }
    }
    write(index, all);
    return ids;
  }

  private static Syndication story(ClusterIndex index, String id) throws IOException {
    Syndication s = index.stories().get(id);
    if (s == null) {
      throw new AssertionError("not indexed: " + id);
    }
    return s;
  }

  @Test
  void theWireStoryOfTheSeedsIsOneStoryAndTroopFiguresBySourceCountIndependentSources() throws IOException {
    try (ClusterIndex index = fresh()) {
      Map<String, String> ids = bundled(index);
      String afp = story(index, ids.get("000")).story();
      assertEquals(ids.get("000"), afp, "the agency's own copy is the original");
      assertEquals(afp, story(index, ids.get("001")).story());
      assertEquals(afp, story(index, ids.get("003")).story());
      assertNotEquals(afp, story(index, ids.get("002")).story());
      assertNotEquals(afp, story(index, ids.get("004")).story());

      List<FigureGroup> groups = index.compare(FigureRequest.all().category(FigureCategory.TROOPS),
          FigureGroup.GroupBy.OUTLET);
      List<FigureHit> tenThousand = groups.stream().flatMap(g -> g.figures().stream())
          .filter(h -> h.figure().low() == 10_000 && h.figure().high() == 10_000).toList();
      assertTrue(tenThousand.size() >= 3, tenThousand::toString);
      tenThousand.forEach(h -> assertEquals(3, h.independentSources(), h::toString));
      FigureHit wire = tenThousand.stream().filter(h -> h.carriedBy().size() > 1).findFirst().orElseThrow();
      assertEquals(ids.get("000"), wire.articleId(), "the entry is the original's");
      assertEquals(List.of(ids.get("000"), ids.get("001"), ids.get("003")).stream().sorted().toList(),
          wire.carriedBy().stream().map(Carrier::articleId).sorted().toList());
      assertEquals(ids.get("000"), wire.carriedBy().get(0).articleId(), "the original first");
      assertEquals(afp, wire.syndication().story());

      // Every copy listed: terms aggregations with their newest figures, the wire story's articles one by one.
      List<FigureGroup> copies = index.compare(FigureRequest.all().category(FigureCategory.TROOPS).copies(true),
          FigureGroup.GroupBy.OUTLET);
      assertTrue(copies.stream().flatMap(g -> g.figures().stream())
          .filter(h -> h.figure().low() == 10_000 && h.figure().high() == 10_000).count() > 3);
      long troops = index.figures(FigureRequest.all().category(FigureCategory.TROOPS).copies(true).limit(0)).total();
      assertEquals(troops, copies.stream().mapToLong(FigureGroup::total).sum(), "every troop figure in one group");

      // A quotation carried by every copy of the wire story appears once, with its three carriers.
      Results<QuoteHit> once = index.quotes(QuoteRequest.by("Zelensky").words("mobilization"));
      Results<QuoteHit> all = index.quotes(QuoteRequest.by("Zelensky").words("mobilization").copies(true));
      assertTrue(once.total() > 0, "the quotation is found");
      assertEquals(3 * once.total(), all.total(), () -> once.hits() + " / " + all.hits());
      once.hits().forEach(h -> assertEquals(3, h.copies()));
      all.hits().forEach(h -> assertEquals(1, h.copies()));
    }
  }

  @Test
  void twoMachinesIndexingHalvesAtOnceGiveTheSameIndexAsOne() throws Exception {
    List<RawArticle> all = new ArrayList<>();
    try (Stream<Item> items = ArticleReader.read(TestData.articles())) {
      items.forEach(i -> {
        if (i instanceof Item.Loaded loaded) {
          all.add(loaded.article());
        }
      });
    }
    // Every other article to each: the seeds' wire story is split between the two writers.
    List<RawArticle> even = new ArrayList<>();
    List<RawArticle> odd = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      (i % 2 == 0 ? even : odd).add(all.get(i));
    }
    try (ClusterIndex together = fresh(); ClusterIndex apart = fresh()) {
      write(together, all);
      var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        var a = pool.submit(() -> {
          write(apart, even);
          return null;
        });
        var b = pool.submit(() -> {
          write(apart, odd);
          return null;
        });
        a.get();
        b.get();
      } finally {
        pool.shutdown();
      }
      assertEquals(together.stats(), apart.stats());
      assertEquals(together.values("speaker"), apart.values("speaker"));
      assertEquals(together.stories(), apart.stories(), "the later writer to file finds the other's articles");
    }
  }

  @Test
  void anArticleAddedInALaterRunJoinsItsStoryAndReplacingItWithOtherTextTakesItOut() throws IOException {
    // One shard and its replica: "more like this" weighs words by the shard's own counts, which four
    // articles spread over two shards are too few for.
    try (ClusterIndex index = fresh(1, 1)) {
      write(index, List.of(REPORT, INDEPENDENT));
      write(index, List.of(COPY, REWRITE));
      assertEquals(new Syndication("w", null, null), story(index, "w"));
      assertEquals(new Syndication("w", "w", "Northwire"), story(index, "c"));
      assertEquals(new Syndication("w", null, null), story(index, "r"));
      assertEquals(Syndication.alone("i"), story(index, "i"));
      // The copy's quotations and figures are filed with it: its hits name the story too.
      index.quotes(QuoteRequest.all().copies(true).limit(100)).hits().stream().filter(q -> q.articleId().equals("c"))
          .forEach(q -> assertEquals("w", q.syndication().story()));

      Map<String, String> stories = index.stories().entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().story()));
      assertEquals(Map.of("w", "w", "c", "w", "r", "w", "i", "i"), stories);
      // Four articles of May 2031 match, counted by day; they tell two stories, the same day's two
      // articles each their own.
      Results<Hit> articles = index.search(SearchRequest.text("Grenwick"));
      Results<Hit> byStory = index.search(SearchRequest.text("Grenwick").countStories(true));
      assertEquals(4, articles.total());
      assertEquals(List.of(new FacetCount("2031-05-07", 2), new FacetCount("2031-05-06", 1),
          new FacetCount("2031-05-08", 1)), articles.facet("published"));
      assertEquals(List.of(new FacetCount("2031-05-07", 2), new FacetCount("2031-05-06", 1),
          new FacetCount("2031-05-08", 1)), byStory.facet("published"), byStory::toString);

      List<Related> related = index.similar("c", 5);
      assertEquals(List.of("w", "r"), related.stream().filter(r -> r.relation() != Related.Relation.SIMILAR)
          .map(r -> r.hit().article().id()).toList());
      assertEquals(Related.Relation.COPY, related.get(0).relation());
      assertEquals(Related.Relation.STORY, related.get(1).relation());
      assertEquals("i", related.stream().filter(r -> r.relation() == Related.Relation.SIMILAR).findFirst()
          .orElseThrow().hit().article().id(), "the independent report of the same vote is the nearest other story");
      assertTrue(index.similar("nothing-here", 5).isEmpty());
      assertEquals(2, index.similar("c", 0).size());

      write(index, List.of(article("c", StoryTexts.unrelated(), "Valley Post", null, "2031-05-06")));
      assertEquals(Syndication.alone("c"), story(index, "c"));
      assertEquals(new Syndication("w", null, null), story(index, "r"), "the rewrite stays with the report");
    }
  }

  @Test
  void anArticleWrittenAgainWithOtherTextLeavesItsStoryCheckedAgain() throws IOException {
    try (ClusterIndex index = fresh()) {
      write(index, List.of(REPORT, COPY, REWRITE));
      assertEquals("w", story(index, "r").story());
      assertEquals("w", story(index, "c").story());
      // The report held the copy and the rewrite together; written again about something else, it
      // takes nothing with it, and the story it named is checked again.
      write(index, List.of(article("w", StoryTexts.unrelated(), "Northwire", "Northwire", "2031-05-07")));
      assertEquals(Syndication.alone("w"), story(index, "w"));
      assertEquals(Syndication.alone("c"), story(index, "c"));
      assertEquals(Syndication.alone("r"), story(index, "r"));
    }
  }

  @Test
  void aTextCarriedByMoreOutletsThanATermPairsInARoundIsStillOneStory() throws IOException {
    // The agency's text carried whole by 250 outlets in one round (more than a term's 32 first
    // holders, more than the 200 that make an anchor boilerplate), then by 40 more in a later round,
    // which find it among the articles filed before.
    int first = 250;
    List<RawArticle> round = new ArrayList<>(List.of(REPORT));
    for (int i = 0; i < first; i++) {
      round.add(article("c" + i, StoryTexts.report(), "Outlet " + i, null, "2031-05-08"));
    }
    List<RawArticle> later = new ArrayList<>();
    for (int i = first; i < first + 40; i++) {
      later.add(article("c" + i, StoryTexts.report(), "Outlet " + i, null, "2031-05-09"));
    }
    try (ClusterIndex index = fresh()) {
      write(index, round);
      write(index, later);
      Map<String, Syndication> stories = index.stories();
      for (int i = 0; i < first + 40; i++) {
        assertEquals(new Syndication("w", "w", "Northwire"), stories.get("c" + i), "c" + i);
      }
    }
  }

  @Test
  void facetsCountDrillSidewaysDatesNarrowAndSnippetsAreEscaped() throws IOException {
    try (ClusterIndex index = fresh()) {
      bundled(index);
      Results<Hit> all = index.search(SearchRequest.all().limit(0));
      List<FacetCount> outlets = all.facet("outlet");
      assertTrue(outlets.size() >= 2, outlets::toString);
      String chosen = outlets.get(0).value();
      // Drill-down: only the chosen outlet's articles, and its facet shows it alone.
      Results<Hit> down = index.search(SearchRequest.all().outlet(chosen.toUpperCase(java.util.Locale.ROOT)));
      assertEquals(outlets.get(0).count(), down.total(), "an outlet's name in any case");
      assertEquals(List.of(outlets.get(0)), down.facet("outlet"));
      // Drill-sideways: the same hits, and the other outlets' counts as if no outlet were chosen.
      Results<Hit> sideways = index.search(SearchRequest.all().outlet(chosen).drillSideways());
      assertEquals(down.total(), sideways.total());
      assertEquals(outlets, sideways.facet("outlet"));

      // A date range: exactly the articles published in it.
      LocalDate from = LocalDate.of(2024, 11, 1);
      LocalDate to = LocalDate.of(2024, 12, 31);
      long expected = index.stories().keySet().stream().map(id -> {
        try {
          return index.get(id).orElseThrow().published();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).filter(d -> d != null && !d.isBefore(from) && !d.isAfter(to)).count();
      assertTrue(expected > 0);
      assertEquals(expected, index.search(SearchRequest.all().from(from).to(to)).total());
      Results<Hit> newest = index.search(SearchRequest.all().newestFirst().limit(5));
      for (int i = 1; i < newest.hits().size(); i++) {
        LocalDate before = newest.hits().get(i - 1).article().published();
        LocalDate after = newest.hits().get(i).article().published();
        assertTrue(after == null || before != null && !after.isAfter(before), "newest first");
      }

      Results<Hit> troops = index.search(SearchRequest.text("troops"));
      assertTrue(troops.total() > 0);
      troops.hits().forEach(h -> assertTrue(h.snippet().contains(Hit.OPEN_MARK), h.snippet()));
    }
    try (ClusterIndex index = fresh()) {
      write(index, List.of(article("x", "Markup in the text: <script>alert('x')</script> beside troops & tanks.",
          "Valley Post", null, "2031-05-06")));
      String snippet = index.search(SearchRequest.text("troops")).hits().get(0).snippet();
      assertFalse(snippet.contains("<script>"), snippet);
      assertTrue(snippet.contains("&lt;script&gt;"), snippet);
      assertTrue(snippet.contains("<b>troops</b>"), snippet);
    }
  }

  @Test
  void wordsTheParserCannotReadOrThatCostTooMuchAreRefusedWithAMessage() throws IOException {
    try (ClusterIndex index = fresh()) {
      write(index, List.of(REPORT));
      QuerySyntaxException unread = assertThrows(QuerySyntaxException.class,
          () -> index.search(SearchRequest.text("(troops AND")));
      assertTrue(unread.getMessage().startsWith("cannot read the query '(troops AND'"), unread.getMessage());
      assertThrows(QuerySyntaxException.class, () -> index.quotes(QuoteRequest.all().words("\"unclosed")));
      assertThrows(QueryLimitException.class, () -> index.search(SearchRequest.all().offset(9_999).limit(10)));
      assertThrows(QueryLimitException.class, () -> index.search(SearchRequest.text("/a{1,100}{1,100}/")));
    }
  }
}
