package org.newsfacet.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacet.ingest.ArticleReader;
import org.newsfacet.ingest.Given;
import org.newsfacet.ingest.Item;
import org.newsfacet.ingest.RawArticle;
import org.newsfacet.model.FigureCategory;
import org.newsfacet.search.Carrier;
import org.newsfacet.search.FigureGroup;
import org.newsfacet.search.FigureHit;
import org.newsfacet.search.FigureRequest;
import org.newsfacet.search.Hit;
import org.newsfacet.search.QuoteHit;
import org.newsfacet.search.QuoteRequest;
import org.newsfacet.search.Related;
import org.newsfacet.search.Results;
import org.newsfacet.search.SearchRequest;
import org.newsfacet.search.Syndication;
import org.newsfacet.testing.StoryTexts;
import org.newsfacet.testing.TestData;

class StoriesIndexTest {
  @TempDir
  Path tmp;

  private static RawArticle article(String source, String text, String outlet, String agency, String day) {
    return new RawArticle(source, text, new Given(source, null, null, LocalDate.parse(day), outlet, agency, null,
        List.of()));
  }

  private static final RawArticle REPORT = article("w", StoryTexts.report(), "Northwire", "Northwire", "2031-05-07");
  private static final RawArticle COPY = article("c", StoryTexts.trimmedCopy(), "Valley Post", null, "2031-05-06");
  private static final RawArticle REWRITE = article("r", StoryTexts.rewrite(), "Hill Herald", null, "2031-05-08");
  private static final RawArticle INDEPENDENT = article("i", StoryTexts.independent(), "Lowland Times", null,
      "2031-05-07");

  private static Syndication story(NewsIndex index, String id) throws IOException {
    for (Hit h : index.search(SearchRequest.all().limit(100)).hits()) {
      if (h.article().id().equals(id)) {
        return h.syndication();
      }
    }
    throw new AssertionError("not indexed: " + id);
  }

  /** The seed articles' ids by file name prefix ("000"). */
  private static Map<String, String> seeds(NewsIndex index) throws IOException {
    Map<String, String> ids = new HashMap<>();
    try (Stream<Item> items = ArticleReader.read(TestData.articles())) {
      for (Item item : items.toList()) {
        if (item instanceof Item.Loaded loaded && Path.of(loaded.article().source()).getFileName().toString()
            .matches("00[0-4]_.*")) {
          ids.put(Path.of(loaded.article().source()).getFileName().toString().substring(0, 3),
              index.add(loaded.article()).id());
        }
      }
    }
    index.commit();
    return ids;
  }

  @Test
  void theWireStoryOfTheSeedsIsOneStoryAndTheOtherReportsAreTheirOwn() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      Map<String, String> ids = seeds(index);
      String afp = story(index, ids.get("000")).story();
      assertEquals(afp, story(index, ids.get("001")).story());
      assertEquals(afp, story(index, ids.get("003")).story());
      assertEquals(ids.get("000"), afp, "the agency's own copy is the original");
      assertNotEquals(afp, story(index, ids.get("002")).story());
      assertNotEquals(afp, story(index, ids.get("004")).story());
      assertNotEquals(story(index, ids.get("002")).story(), story(index, ids.get("004")).story());
    }
  }

  @Test
  void troopFiguresBySourceCountIndependentSourcesAndNameTheCarriers() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      Map<String, String> ids = seeds(index);
      List<FigureGroup> groups = index.compare(FigureRequest.all().category(FigureCategory.TROOPS),
          FigureGroup.GroupBy.OUTLET);
      List<FigureHit> tenThousand = groups.stream().flatMap(g -> g.figures().stream())
          .filter(h -> h.figure().low() == 10_000 && h.figure().high() == 10_000).toList();
      // The wire story, the Reuters report and the fifth article: three stories, three sources each
      // (a headline of one copy that gives the figure to the country, not the president, is a claim of its own).
      assertEquals(3, tenThousand.stream().map(h -> h.syndication().story()).distinct().count(), tenThousand::toString);
      tenThousand.forEach(h -> assertEquals(3, h.independentSources(), h::toString));
      FigureHit wire = tenThousand.stream().filter(h -> h.carriedBy().size() > 1).findFirst().orElseThrow();
      assertEquals(ids.get("000"), wire.articleId(), "the entry is the original's");
      assertEquals(List.of(ids.get("000"), ids.get("001"), ids.get("003")).stream().sorted().toList(),
          wire.carriedBy().stream().map(Carrier::articleId).sorted().toList());
      assertEquals(ids.get("000"), wire.carriedBy().get(0).articleId(), "the original first");
      // With every copy listed, the wire story's articles come back one by one.
      long copies = index.compare(FigureRequest.all().category(FigureCategory.TROOPS).copies(true),
          FigureGroup.GroupBy.OUTLET).stream().flatMap(g -> g.figures().stream())
          .filter(h -> h.figure().low() == 10_000 && h.figure().high() == 10_000).count();
      assertTrue(copies > 3, "copies listed: " + copies);
    }
  }

  @Test
  void aQuotationCarriedByEveryCopyOfAStoryAppearsOnce() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      seeds(index);
      Results<QuoteHit> once = index.quotes(QuoteRequest.by("Zelensky").words("mobilization"));
      Results<QuoteHit> all = index.quotes(QuoteRequest.by("Zelensky").words("mobilization").copies(true));
      assertTrue(once.total() > 0, "the quotation is found");
      assertEquals(3 * once.total(), all.total(), () -> once.hits() + " / " + all.hits());
      once.hits().forEach(h -> assertEquals(3, h.copies()));
      all.hits().forEach(h -> assertEquals(1, h.copies()));
    }
  }

  @Test
  void anArticleAddedInALaterRunJoinsItsStoryAndAnUncreditedCopyGetsAnInferredAgency() throws IOException {
    Path path = tmp.resolve("idx");
    try (NewsIndex index = NewsIndex.open(path)) {
      index.add(REPORT);
      index.add(INDEPENDENT);
    }
    try (NewsIndex index = NewsIndex.open(path)) {
      index.add(COPY);
      index.add(REWRITE);
      index.commit();
      assertEquals(new Syndication("w", null, null), story(index, "w"));
      assertEquals(new Syndication("w", "w", "Northwire"), story(index, "c"));
      assertEquals(new Syndication("w", null, null), story(index, "r"));
      assertEquals(Syndication.alone("i"), story(index, "i"));
    }
    try (NewsIndex index = NewsIndex.openReadOnly(path)) {
      assertEquals(new Syndication("w", "w", "Northwire"), story(index, "c"), "filed before the commit");
    }
  }

  @Test
  void replacingAnArticleWithOtherTextTakesItOutOfItsStory() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      index.add(REPORT);
      index.add(COPY);
      index.commit();
      assertEquals("w", story(index, "c").story());
      index.add(article("c", StoryTexts.unrelated(), "Valley Post", null, "2031-05-06"));
      index.commit();
      assertEquals(Syndication.alone("c"), story(index, "c"));
      assertEquals(Syndication.alone("w"), story(index, "w"));
    }
  }

  @Test
  void deletingTheOriginalRenamesTheStoryAndDeletingItsLinkSplitsIt() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      for (RawArticle a : List.of(REPORT, COPY, REWRITE, INDEPENDENT)) {
        index.add(a);
      }
      index.commit();
      assertEquals("w", story(index, "r").story());
      index.delete("w");
      index.commit();
      // The copy and the rewrite were held together by the report alone.
      assertEquals(Syndication.alone("c"), story(index, "c"));
      assertEquals(Syndication.alone("r"), story(index, "r"));
      assertNull(story(index, "c").inferredAgency(), "no copy left to infer an agency from");
    }
  }

  @Test
  void aTextCarriedByMoreOutletsThanATermGivesCandidatesIsStillOneStory() throws IOException {
    // The agency's text carried whole by more outlets than a footer's anchor may have, in one
    // round, then in a later one whose round finds them in a segment: each copy reaches the story
    // through a few of the others (its anchors are too common to count; its bands are sampled).
    int first = StoryFiling.COMMON_ANCHOR + 50;
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      index.add(REPORT);
      for (int i = 0; i < first; i++) {
        index.add(article("c" + i, StoryTexts.report(), "Outlet " + i, null, "2031-05-08"));
      }
      index.commit();
      for (int i = first; i < first + 40; i++) {
        index.add(article("c" + i, StoryTexts.report(), "Outlet " + i, null, "2031-05-09"));
      }
      index.commit();
      Map<String, Syndication> stories = index.stories();
      for (int i = 0; i < first + 40; i++) {
        assertEquals(new Syndication("w", "w", "Northwire"), stories.get("c" + i), "c" + i);
      }
    }
  }

  @Test
  void aRoundFindsTheStoryInASegmentItReadsWholeAndInOneItSeeksTermByTerm() throws IOException {
    // A round of one article against a segment of many: its few terms are sought.
    try (NewsIndex index = NewsIndex.open(tmp.resolve("seek"))) {
      index.add(REPORT);
      bulk(index);
      index.commit();
      index.add(COPY);
      index.commit();
      assertEquals(new Syndication("w", "w", "Northwire"), story(index, "c"));
    }
    // A round of many articles against a segment of one: that segment's terms are read whole. The
    // rewrite shares passages, not the text: anchors alone lead it to the report.
    try (NewsIndex index = NewsIndex.open(tmp.resolve("read"))) {
      index.add(REPORT);
      index.commit();
      index.add(REWRITE);
      bulk(index);
      index.commit();
      assertEquals(new Syndication("w", null, null), story(index, "r"));
      index.add(COPY);
      bulk(index);
      index.commit();
      assertEquals(new Syndication("w", "w", "Northwire"), story(index, "c"));
    }
  }

  /** Every testdata article: terms of many other stories around the ones a test looks at. */
  private static void bulk(NewsIndex index) throws IOException {
    try (Stream<Item> items = ArticleReader.read(TestData.articles())) {
      for (Item item : items.toList()) {
        if (item instanceof Item.Loaded loaded) {
          index.add(loaded.article());
        }
      }
    }
  }

  @Test
  void storiesCanBeTurnedOffAndEveryArticleIsThenItsOwn() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"), IndexSettings.defaults().withStories(false),
        org.newsfacet.extract.Extractor.standard())) {
      index.add(REPORT);
      index.add(COPY);
      index.commit();
      assertEquals(Syndication.alone("c"), story(index, "c"));
    }
  }

  @Test
  void moreLikeThisListsTheStoryCopiesFirstThenOtherStories() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      for (RawArticle a : List.of(REPORT, COPY, REWRITE, INDEPENDENT)) {
        index.add(a);
      }
      index.add(article("u", StoryTexts.unrelated(), "Harbour News", null, "2031-05-07"));
      index.commit();
      List<Related> related = index.similar("c", 5);
      assertEquals(List.of("w", "r"), related.stream().filter(r -> r.relation() != Related.Relation.SIMILAR)
          .map(r -> r.hit().article().id()).toList());
      assertEquals(Related.Relation.COPY, related.get(0).relation(), "the copy's original is a copy of its text");
      assertEquals(Related.Relation.STORY, related.get(1).relation());
      // The independent report of the same vote is the nearest other story.
      Related nearest = related.stream().filter(r -> r.relation() == Related.Relation.SIMILAR).findFirst().orElseThrow();
      assertEquals("i", nearest.hit().article().id());
      assertTrue(index.similar("nothing-here", 5).isEmpty());
      assertEquals(2, index.similar("c", 0).size(), "no other story asked for: the story alone");
    }
  }

  @Test
  void everyArticlesStoryCanBeListedAndFacetsCanCountStories() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      for (RawArticle a : List.of(REPORT, COPY, REWRITE, INDEPENDENT)) {
        index.add(a);
      }
      index.commit();
      Map<String, Syndication> stories = index.stories();
      assertEquals(Map.of("w", "w", "c", "w", "r", "w", "i", "i"), stories.entrySet().stream()
          .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().story())));
      // Four articles of May 2031 match, counted by day; they tell two stories, the same day's two
      // articles each their own.
      Results<Hit> articles = index.search(SearchRequest.text("Grenwick"));
      Results<Hit> stories2 = index.search(SearchRequest.text("Grenwick").countStories(true));
      assertEquals(4, articles.total());
      assertEquals(stories2.total(), articles.total(), "the hits are still articles");
      assertEquals(List.of(new org.newsfacet.search.FacetCount("2031-05-07", 2),
          new org.newsfacet.search.FacetCount("2031-05-06", 1),
          new org.newsfacet.search.FacetCount("2031-05-08", 1)), articles.facet("published"));
      assertEquals(List.of(new org.newsfacet.search.FacetCount("2031-05-07", 2),
          new org.newsfacet.search.FacetCount("2031-05-06", 1),
          new org.newsfacet.search.FacetCount("2031-05-08", 1)), stories2.facet("published"),
          stories2::toString);
    }
  }

  @Test
  void withoutStoriesOnlyAnArticlesOwnRepeatsOfAClaimCollapse() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"), IndexSettings.defaults().withStories(false),
        org.newsfacet.extract.Extractor.standard())) {
      index.add(TestData.articles());
      List<FigureHit> every = index.figures(FigureRequest.all().limit(1000).copies(true)).hits();
      // One claim: one article, one category, one value, one claimant (the same value from two claimants is two).
      long claims = every.stream().map(h -> List.of(h.articleId(), h.figure().category(), h.figure().low(),
          h.figure().high(), String.valueOf(h.figure().claimant()))).distinct().count();
      Results<FigureHit> collapsed = index.figures(FigureRequest.all().limit(1000));
      assertEquals(claims, collapsed.total());
      assertTrue(claims < every.size(), "some article repeats a figure");
      assertTrue(collapsed.hits().stream().allMatch(h -> h.carriedBy().isEmpty()), "no story, no carriers");
    }
  }

  @Test
  void collapsedPagesFollowOneAnotherWithoutGapsOrRepeats() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      index.add(TestData.articles());
      Results<QuoteHit> whole = index.quotes(QuoteRequest.all().limit(1000));
      List<QuoteHit> paged = new java.util.ArrayList<>();
      for (int offset = 0; offset < whole.total(); offset += 7) {
        paged.addAll(index.quotes(QuoteRequest.all().offset(offset).limit(7)).hits());
      }
      assertEquals(whole.total(), paged.size());
      for (int i = 0; i < paged.size(); i++) {
        assertEquals(whole.hits().get(i), paged.get(i), "at " + i);
      }
      assertTrue(whole.total() < index.quotes(QuoteRequest.all().limit(0).copies(true)).total(), "copies collapsed");
    }
  }
}
