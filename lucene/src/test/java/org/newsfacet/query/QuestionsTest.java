package org.newsfacet.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacet.index.NewsIndex;
import org.newsfacet.json.Json;
import org.newsfacet.model.Article;
import org.newsfacet.model.FigureCategory;
import org.newsfacet.model.Quote;
import org.newsfacet.model.QuoteKind;
import org.newsfacet.search.FacetCount;
import org.newsfacet.search.FigureGroup;
import org.newsfacet.search.FigureHit;
import org.newsfacet.search.QuerySyntaxException;
import org.newsfacet.search.QuoteHit;
import org.newsfacet.search.SearchRequest;
import org.newsfacet.search.Suggestions;
import org.newsfacet.testing.TestData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every question form, through the Java API, over the indexed testdata. */
class QuestionsTest {
  @TempDir
  static Path tmp;

  private static NewsIndex index;
  private static Questions questions;

  @BeforeAll
  static void indexTestdata() throws IOException {
    index = NewsIndex.open(tmp.resolve("index"));
    index.add(TestData.articles());
    index.commit();
    questions = Questions.on(index);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static Answer.Quotes quotes(String question) throws IOException {
    return assertInstanceOf(Answer.Quotes.class, questions.ask(question), question);
  }

  private static Answer.Figures figures(String question) throws IOException {
    return assertInstanceOf(Answer.Figures.class, questions.ask(question), question);
  }

  private static Answer.Articles articles(String question) throws IOException {
    return assertInstanceOf(Answer.Articles.class, questions.ask(question), question);
  }

  /** How many quotations the expected records give this speaker. */
  private static long expectedQuotesOf(String speaker) throws IOException {
    try (Stream<Path> files = Files.list(TestData.expected())) {
      return files.flatMap(f -> {
        try {
          return Files.readAllLines(f).stream();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).filter(l -> !l.isBlank()).map(Json::readArticle).flatMap(a -> a.quotes().stream())
          .filter(q -> speaker.equals(q.speaker())).count();
    }
  }

  @Test
  void speakerQuotesListExactlyThatSpeakersQuotations() throws IOException {
    long expected = expectedQuotesOf("Mark Rutte");
    for (String q : List.of("Rutte quotes", "quotes by Rutte", "quotes from Mark Rutte", "what did Rutte say",
        "what has Rutte said", "show me Rutte quotes", "speaker:Rutte", "Rutte quotations?")) {
      Answer.Quotes a = quotes(q);
      assertEquals(expected, a.results().total(), q);
      assertTrue(a.results().hits().stream().allMatch(h -> h.quote().speaker().equals("Mark Rutte")), q);
      assertFalse(a.question().explanation().isEmpty(), q);
    }
    Set<String> outlets = quotes("Rutte quotes").results().hits().stream().map(h -> String.valueOf(h.outlet()))
        .collect(Collectors.toSet());
    assertEquals(Set.of("AFP", "Reuters", "null"), outlets, "the AFP, Reuters and fifth seed articles");
  }

  @Test
  void directAndReportedQuotesAreAskedForByKind() throws IOException {
    long all = quotes("Rutte quotes").results().total();
    long direct = 0;
    for (String q : List.of("Rutte direct quotes", "direct quotes by Rutte", "speaker:Rutte kind:direct")) {
      Answer.Quotes a = quotes(q);
      assertEquals(QuoteKind.DIRECT, a.question().request().kind(), q);
      assertTrue(a.results().hits().stream().allMatch(h -> h.quote().kind() == QuoteKind.DIRECT), q);
      direct = a.results().total();
    }
    Answer.Quotes reported = quotes("Rutte reported quotes");
    assertTrue(reported.results().hits().stream().allMatch(h -> h.quote().kind() == QuoteKind.INDIRECT));
    assertTrue(direct > 0 && reported.results().total() > 0);
    assertEquals(all, direct + reported.results().total());
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> questions.ask("kind:indirect troop figures"));
    assertTrue(e.getMessage().contains("kind of quotation"), e.getMessage());
    assertEquals(direct, quotes("Rutte kind:direct").results().total(), "a name with a kind is the speaker");
    QuerySyntaxException both = assertThrows(QuerySyntaxException.class, () -> questions.ask("kind:direct Rutte reported quotes"));
    assertTrue(both.getMessage().contains("not both"), both.getMessage());
  }

  @Test
  void spellingVariantsFindTheSameSpeaker() throws IOException {
    Answer.Quotes zelenskyy = quotes("what did Zelenskyy say about mobilization");
    Answer.Quotes zelensky = quotes("Zelensky on mobilization");
    assertEquals(zelensky.results().total(), zelenskyy.results().total());
    assertTrue(zelenskyy.results().total() > 0);
    for (QuoteHit h : zelenskyy.results().hits()) {
      assertEquals("Volodymyr Zelensky", h.quote().speaker());
      assertTrue(h.quote().text().toLowerCase(Locale.ROOT).contains("mobiliz"), h.quote().text());
    }
  }

  @Test
  void troopFiguresBySourceGroupByOutletWithTheArticlesWithoutOneLast() throws IOException {
    Answer.Groups a = assertInstanceOf(Answer.Groups.class, questions.ask("troop figures by source"));
    assertEquals(FigureGroup.GroupBy.OUTLET, a.question().groupBy());
    List<FigureGroup> groups = a.groups();
    assertNull(groups.get(groups.size() - 1).key(), "the articles without an outlet come last");
    for (FigureGroup g : groups) {
      assertTrue(g.figures().stream().allMatch(h -> h.figure().category() == FigureCategory.TROOPS), g.key());
    }
    assertEquals(Set.of("10000-10000", "2000-12000"), values(group(groups, "AFP")));
    assertEquals(Set.of("10000-10000", "2000-2000", "450-450"), values(group(groups, "Reuters")));
    // The Moscow Times carried the agency's story: the president's figure is the agency's entry.
    FigureHit wire = group(groups, "AFP").figures().stream().filter(h -> h.figure().low() == 10_000).findFirst()
        .orElseThrow();
    assertTrue(wire.carriedBy().stream().anyMatch(c -> "The Moscow Times".equals(c.outlet())), wire::toString);
    assertEquals(3, wire.independentSources(), wire::toString);
    Set<String> none = values(group(groups, null));
    assertTrue(none.containsAll(Set.of("10000-10000", "12000-12000")), none.toString());
    // The evacuees and the town's population are people, not troops.
    assertTrue(groups.stream().flatMap(g -> g.figures().stream())
        .noneMatch(h -> h.figure().text().contains("evacu") || h.figure().low() == 30_000), "no people figures");
  }

  private static FigureGroup group(List<FigureGroup> groups, String key) {
    return groups.stream().filter(g -> java.util.Objects.equals(g.key(), key)).findFirst().orElseThrow(() ->
        new AssertionError("no group " + key + " in " + groups.stream().map(FigureGroup::key).toList()));
  }

  private static Set<String> values(FigureGroup g) {
    return g.figures().stream().map(h -> Math.round(h.figure().low()) + "-" + Math.round(h.figure().high()))
        .collect(Collectors.toSet());
  }

  @Test
  void figureGroupsByAgencyClaimantAndDate() throws IOException {
    for (String by : List.of("agency", "claimant", "date")) {
      Answer.Groups a = assertInstanceOf(Answer.Groups.class, questions.ask("soldier figures by " + by));
      assertEquals(by, a.question().groupBy().name().toLowerCase(Locale.ROOT));
      assertFalse(a.groups().isEmpty(), by);
    }
    Answer.Groups byDate = assertInstanceOf(Answer.Groups.class, questions.ask("category:troops by:date"));
    List<String> days = byDate.groups().stream().map(FigureGroup::key).filter(k -> k != null).toList();
    assertEquals(days.stream().sorted(java.util.Comparator.reverseOrder()).toList(), days, "newest day first");
  }

  @Test
  void aNameWithFiguresAsksForTheFiguresThatNameClaimedAsTheClaimantFieldDoes() throws IOException {
    for (String name : List.of("Zelensky", "Zelenskyy", "Volodymyr Zelensky")) {
      long claimed = figures("claimant:\"" + name + "\"").results().total();
      assertTrue(claimed > 0, name);
      for (String q : List.of(name + " figures", "figures claimed by " + name, "figures according to " + name,
          "what are the latest " + name + " figures")) {
        Answer.Figures a = figures(q);
        assertEquals(claimed, a.results().total(), q);
        assertEquals("", a.question().request().words(), q);
        assertTrue(a.results().hits().stream().allMatch(h -> "Volodymyr Zelensky".equals(h.figure().claimant())), q);
        assertTrue(a.question().explanation().stream().anyMatch(l -> l.startsWith("figures claimed by Volodymyr Zelensky")),
            a.question().explanation()::toString);
      }
    }
    Answer.Figures troops = figures("Zelensky troop figures since 2024-10");
    assertEquals(FigureCategory.TROOPS, troops.question().request().category());
    assertEquals(figures("claimant:Zelensky category:troops since:2024-10").results().total(), troops.results().total());
    assertEquals(List.of(), figures("troop figures").question().request().claimants(), "a category is no claimant");
    assertEquals(List.of(), figures("casualty figures").question().request().claimants());
  }

  @Test
  void aNameThatClaimedNoFigureIsSearchedInTheFiguresSentencesAndTheExplanationSaysSo() throws IOException {
    for (String q : List.of("Rutte figures", "figures claimed by Rutte")) {
      Answer.Figures a = figures(q);
      assertEquals(List.of(), a.question().request().claimants(), q);
      assertEquals("Rutte", a.question().request().words(), q);
      assertTrue(a.question().explanation().stream().anyMatch(l -> l.contains("no figure in the index is claimed by Rutte")),
          a.question().explanation()::toString);
    }
  }

  @Test
  void figuresGroupByMonthAndByIsoWeekNewestFirstEachWithItsTotal() throws IOException {
    long troops = figures("troop figures").results().total();
    for (String q : List.of("troop figures by month", "category:troops by:week", "soldier figures by weeks")) {
      Answer.Groups a = assertInstanceOf(Answer.Groups.class, questions.ask(q));
      FigureGroup.GroupBy by = a.question().groupBy();
      assertTrue(by == FigureGroup.GroupBy.MONTH || by == FigureGroup.GroupBy.WEEK, q);
      List<String> keys = a.groups().stream().map(FigureGroup::key).filter(k -> k != null).toList();
      assertTrue(keys.size() > 1, q + ": " + keys);
      assertTrue(keys.stream().allMatch(k -> k.matches(by == FigureGroup.GroupBy.MONTH ? "\\d{4}-\\d{2}" : "\\d{4}-W\\d{2}")),
          keys::toString);
      assertEquals(keys.stream().sorted(java.util.Comparator.reverseOrder()).toList(), keys, q + ": newest first");
      for (FigureGroup g : a.groups()) {
        assertTrue(g.figures().stream().allMatch(h -> g.key() == null ? h.published() == null
            : g.key().equals(FigureGroup.timeKey(by, h.published()))), q + " " + g.key());
      }
      assertNull(a.groups().get(a.groups().size() - 1).key(), "the undated last");
      assertEquals(troops, a.groups().stream().mapToLong(FigureGroup::total).sum(), q + ": every figure in one group");
    }
    for (FigureGroup.GroupBy by : List.of(FigureGroup.GroupBy.MONTH, FigureGroup.GroupBy.WEEK)) {
      var copies = org.newsfacet.search.FigureRequest.of(FigureCategory.TROOPS).copies(true).limit(2);
      List<FigureGroup> groups = index.compare(copies, by);
      assertEquals(index.figures(copies).total(), groups.stream().mapToLong(FigureGroup::total).sum(), "every copy, " + by);
      assertTrue(groups.stream().allMatch(g -> g.figures().size() <= 2 && g.figures().size() == Math.min(2, g.total())),
          "the limit caps the figures each group lists");
    }
  }

  @Test
  void categoryWordsAndDateFiltersNarrowFigures() throws IOException {
    Answer.Figures a = figures("casualty figures since 2024-11-01");
    assertTrue(a.results().total() > 0);
    for (FigureHit h : a.results().hits()) {
      assertEquals(FigureCategory.CASUALTIES, h.figure().category());
      assertFalse(h.published().isBefore(LocalDate.of(2024, 11, 1)), h.toString());
    }
    assertEquals(FigureCategory.MONEY, figures("aid figures").question().request().category());
    assertEquals(FigureCategory.PERCENT, figures("percent figures").question().request().category());
    Answer.Figures words = figures("figures for airbag");
    assertTrue(words.results().total() > 0);
    assertTrue(words.results().hits().stream().allMatch(h -> h.title() != null && h.title().contains("recall")),
        "only the airbag recall's figures");
    Answer.Figures big = figures("category:troops min:11000");
    assertTrue(big.results().hits().stream().allMatch(h -> h.figure().high() >= 11_000));
  }

  @Test
  void sourceFiltersTakeOutletsAndAgenciesByNameOrAlias() throws IOException {
    Answer.Quotes reuters = quotes("Rutte quotes in Reuters");
    assertTrue(reuters.results().total() > 0);
    assertTrue(reuters.results().hits().stream().allMatch(h -> "Reuters".equals(h.outlet()) || "Reuters".equals(h.agency())));
    Answer.Quotes ap = quotes("quotes from Associated Press");
    assertTrue(ap.results().total() > 0);
    assertTrue(ap.results().hits().stream().allMatch(h -> "AP".equals(h.outlet()) || "AP".equals(h.agency())));
    Answer.Articles afp = articles("North Korean soldiers in AFP");
    assertTrue(afp.results().total() > 0);
    assertTrue(afp.results().hits().stream().map(h -> h.article())
        .allMatch(x -> "AFP".equals(x.outlet()) || "AFP".equals(x.agency())));
    Answer.Quotes outlet = quotes("speaker:Rutte outlet:Reuters");
    assertTrue(outlet.results().hits().stream().allMatch(h -> "Reuters".equals(h.outlet())));
  }

  @Test
  void aKnownOutletOrAgencyNamedAloneFiltersBySourceAsInDoes() throws IOException {
    Answer.Articles reuters = articles("Reuters");
    assertEquals(List.of("Reuters"), reuters.question().request().filters().sources());
    assertEquals("", reuters.question().request().text());
    assertEquals(articles("in Reuters").results().total(), reuters.results().total());
    assertTrue(reuters.question().explanation().stream().anyMatch(l -> l.startsWith("published by or credited to Reuters")),
        reuters.question().explanation()::toString);
    assertEquals(List.of("AP"), articles("Associated Press").question().request().filters().sources());
    assertEquals(List.of("The Moscow Times"), articles("Moscow Times").question().request().filters().sources());
    Answer.Figures troops = figures("troop figures Reuters");
    assertEquals(List.of("Reuters"), troops.question().request().filters().sources());
    assertEquals(FigureCategory.TROOPS, troops.question().request().category());
    assertEquals("", troops.question().request().words());
    assertEquals(figures("troop figures in Reuters").results().total(), troops.results().total());
    assertEquals(quotes("Rutte quotes in Reuters").results().total(), quotes("Rutte quotes Reuters").results().total());
  }

  @Test
  void wordsThatNameNoSourceOrAreWrittenAsWordsStayASearch() throws IOException {
    for (String q : List.of("reuters", "North Korean soldiers")) {
      Answer.Articles a = articles(q);
      assertEquals(List.of(), a.question().request().filters().sources(), q);
      assertEquals(q, a.question().request().text(), q);
    }
    Answer.Articles quoted = articles("\"Reuters\"");
    assertEquals(List.of(), quoted.question().request().filters().sources(), "in quotation marks it is the name in the text");
    assertEquals(List.of("Reuters"), quoted.question().request().entities().get(org.newsfacet.model.EntityType.ORGANIZATION));
  }

  @Test
  void dateFiltersAnywhereInTheQuestion() throws IOException {
    for (String q : List.of("quotes on 2024-10-17", "quotes between 2024-10-17 and 2024-10-17",
        "quotes from 17 October 2024 until October 17, 2024", "on:2024-10-17 type:quotes")) {
      Answer.Quotes a = quotes(q);
      assertTrue(a.results().total() > 0, q);
      assertTrue(a.results().hits().stream().allMatch(h -> LocalDate.of(2024, 10, 17).equals(h.published())), q);
    }
    Answer.Articles before = articles("North Korean soldiers before 2024-10-18");
    assertTrue(before.results().total() > 0);
    assertTrue(before.results().hits().stream().allMatch(h -> h.article().published() != null
        && h.article().published().isBefore(LocalDate.of(2024, 10, 18))));
    Answer.Articles inYear = articles("Korea in 2025");
    assertTrue(inYear.results().total() > 0);
    assertTrue(inYear.results().hits().stream().allMatch(h -> h.article().published().getYear() == 2025));
  }

  @Test
  void plainWordsSearchArticlesAndAKnownNameFiltersByIt() throws IOException {
    Answer.Articles words = articles("North Korean soldiers");
    assertEquals("North Korean soldiers", words.question().request().text());
    assertTrue(words.results().total() > 0);
    assertFalse(words.results().facets().isEmpty(), "facet counts come with articles");
    Answer.Articles kim = articles("Kim Jong Un");
    assertEquals(List.of("Kim Jong Un"), kim.question().request().entities().values().iterator().next());
    for (var hit : kim.results().hits()) {
      assertTrue(hit.article().entities().stream().anyMatch(e -> e.name().equals("Kim Jong Un")));
    }
    Answer.Articles inReuters = articles("Kim Jong Un in Reuters");
    assertEquals(List.of("Reuters"), inReuters.question().request().filters().sources());
    Answer.Articles person = articles("person:\"Kim Jong Un\"");
    assertEquals(kim.results().total(), person.results().total());
    Answer.Articles lucene = articles("\"North Korean\" -Rutte");
    assertTrue(lucene.results().total() > 0);
  }

  @Test
  void thePublishedFacetCountsYearsMonthsOrDaysWhicheverSplitsTheMatches() throws IOException {
    assertPublished(figures("figures").results().facet("published"), "\\d{4}");
    assertPublished(figures("figures in 2025").results().facet("published"), "2025-\\d{2}");
    assertPublished(figures("figures in 2025-10").results().facet("published"), "2025-10-\\d{2}");
    assertPublished(quotes("quotes in 2024").results().facet("published"), "2024-\\d{2}");
    var stories = index.search(SearchRequest.all().from(LocalDate.of(2024, 1, 1)).to(LocalDate.of(2024, 12, 31))
        .countStories(true));
    assertPublished(stories.facet("published"), "2024-\\d{2}");
    // Each value drills down: on: a month or a day finds the articles it counts.
    for (String inYear : List.of("in 2024", "in 2024-10")) {
      List<FacetCount> counts = articles(inYear).results().facet("published");
      assertFalse(counts.isEmpty(), inYear);
      for (FacetCount c : counts) {
        assertEquals(c.count(), articles("on:" + c.value()).results().total(), inYear + " " + c.value());
      }
    }
  }

  private static void assertPublished(List<FacetCount> counts, String pattern) {
    assertTrue(counts.size() > 1, counts::toString);
    assertTrue(counts.stream().allMatch(c -> c.value().matches(pattern)), counts + " should match " + pattern);
  }

  @Test
  void drillSidewaysKeepsTheOtherOutletsCounted() throws IOException {
    var narrowed = index.search(SearchRequest.all().outlet("Reuters").drillSideways());
    List<String> outlets = narrowed.facet("outlet").stream().map(FacetCount::value).toList();
    assertTrue(outlets.contains("Reuters") && outlets.contains("AFP"), outlets.toString());
    assertTrue(narrowed.hits().stream().allMatch(h -> "Reuters".equals(h.article().outlet())));
    var plain = index.search(SearchRequest.all().outlet("Reuters"));
    assertEquals(List.of("Reuters"), plain.facet("outlet").stream().map(FacetCount::value).toList());
  }

  @Test
  void unknownNamesAreSaidClearlyWithTheNearestKnownOne() {
    QuerySyntaxException speaker = assertThrows(QuerySyntaxException.class, () -> questions.parse("Rutt quotes"));
    assertEquals("no speaker named 'Rutt' in the index; did you mean Rutte?", speaker.getMessage());
    QuerySyntaxException outlet = assertThrows(QuerySyntaxException.class, () -> questions.parse("outlet:Reutres"));
    assertTrue(outlet.getMessage().contains("did you mean Reuters?"), outlet.getMessage());
    QuerySyntaxException inOutlet = assertThrows(QuerySyntaxException.class,
        () -> questions.parse("Kim Jong Un in Reutres"));
    assertTrue(inOutlet.getMessage().contains("did you mean Reuters?"), inOutlet.getMessage());
    QuerySyntaxException nobody = assertThrows(QuerySyntaxException.class, () -> questions.parse("what did Qwxyz say"));
    assertEquals("no speaker named 'Qwxyz' in the index", nobody.getMessage());
  }

  @Test
  void malformedQuestionsSayWhatIsWrong() {
    for (String q : List.of("", "   ", "\"unclosed", "category:colour figures", "by:colour", "troops figures since:someday",
        "sort:sideways", "min:lots", "Rutte quotes by outlet", "North Korea by agency")) {
      QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> questions.parse(q), q);
      assertFalse(e.getMessage().isBlank(), q);
    }
  }

  @Test
  void theTypedApiBuildsTheSameSearchWithoutAQuestion() throws IOException {
    Question.Quotes typed = new Question.Quotes(org.newsfacet.search.QuoteRequest.by("Rutte").source("Reuters"), List.of());
    Answer.Quotes a = assertInstanceOf(Answer.Quotes.class, questions.answer(typed));
    assertEquals(quotes("Rutte quotes in Reuters").results().total(), a.results().total());
    for (QuoteHit h : a.results().hits()) {
      Quote q = h.quote();
      assertEquals("Mark Rutte", q.speaker());
    }
    Article any = index.search(SearchRequest.all().limit(1)).hits().get(0).article();
    assertTrue(index.get(any.id()).isPresent());
  }

  @Test
  void reviewedCornersReadAsTheyShould() throws IOException {
    // Words after speaker: are what the quotations are about.
    Answer.Quotes about = quotes("speaker:Rutte evidence");
    assertEquals("evidence", about.question().request().words());
    assertTrue(about.results().total() > 0);
    // A filter the answer cannot apply is an error, not dropped.
    assertThrows(QuerySyntaxException.class, () -> questions.parse("Rutte quotes category:troops"));
    assertThrows(QuerySyntaxException.class, () -> questions.parse("person:\"Kim Jong Un\" quotes"));
    assertThrows(QuerySyntaxException.class, () -> questions.parse("troop figures speaker:Rutte"));
    // How a figure question is put is no words to find.
    assertEquals("", figures("what are the latest troop figures").question().request().words());
    // "in" a single day is a date.
    assertEquals(LocalDate.of(2024, 10, 17), quotes("quotes in 2024-10-17").question().request().filters().from());
    // An empty quotation asks for nothing.
    assertThrows(QuerySyntaxException.class, () -> questions.parse("\"\""));
  }

  @Test
  void suggestionsNameTheWholeNameWhenTheLastWordIsNoNameOfItsOwn() {
    assertEquals("Rutte", Suggestions.nearest("Rutt", List.of("Mark Rutte")));
    assertEquals("Colorado Nurses Alliance", Suggestions.nearest("Alliance", List.of("Colorado Nurses Alliance")));
  }
}
