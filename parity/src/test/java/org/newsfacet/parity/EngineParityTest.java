package org.newsfacet.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.newsfacet.Newsfacet;
import org.newsfacet.extract.Extractor;
import org.newsfacet.index.NewsIndex;
import org.newsfacet.ingest.ArticleReader;
import org.newsfacet.ingest.Item;
import org.newsfacet.json.Json;
import org.newsfacet.model.FigureCategory;
import org.newsfacet.opensearch.ClusterIndex;
import org.newsfacet.opensearch.ClusterWriter;
import org.newsfacet.pipeline.Pipeline;
import org.newsfacet.query.Answer;
import org.newsfacet.query.AnswerJson;
import org.newsfacet.query.Question;
import org.newsfacet.query.Questions;
import org.newsfacet.search.Dimensions;
import org.newsfacet.search.FigureGroup;
import org.newsfacet.search.FigureRequest;
import org.newsfacet.search.NewsSearch;
import org.newsfacet.search.QuoteRequest;
import org.newsfacet.search.Related;
import org.newsfacet.search.SearchRequest;
import org.newsfacet.testing.TestData;

/**
 * The bundled articles indexed into the embedded index and into a cluster of two real OpenSearch
 * nodes (child processes of the official distribution), and the same questions asked of both:
 * the answers must be the same records, counts, facets and stories. What the engines may do
 * differently by design is left out of the comparison: relevance scores and the order of
 * relevance-ranked hits (the cluster scores by each shard's statistics), the passages a snippet
 * shows, and the order of hits of the same day.
 */
class EngineParityTest {
  private static Path folder;
  private static NodeProcesses nodes;
  private static NewsIndex embedded;
  private static ClusterIndex cluster;

  @BeforeAll
  static void indexBoth() throws Exception {
    nodes = NodeProcesses.start(Path.of(System.getProperty("opensearch.home")), 2);
    folder = Files.createTempDirectory("newsfacet-parity");
    embedded = Newsfacet.open(folder.resolve("index"));
    embedded.add(TestData.articles());
    embedded.commit();
    cluster = ClusterIndex.connect(nodes.nodes(), "newsfacet-parity");
    int count = cluster.nodes();
    System.out.println("cluster nodes: " + count);
    assertEquals(2, count);
    cluster.create(2, 1);
    try (ClusterWriter writer = new ClusterWriter(cluster, 20);
        Stream<Item> items = ArticleReader.read(TestData.articles())) {
      Pipeline.run(items, Extractor.standard(), 2, writer, Pipeline.Listener.NONE);
      writer.close();
      assertEquals(List.of(), writer.failures());
    }
  }

  @AfterAll
  static void stop() throws IOException {
    try {
      if (cluster != null) {
        cluster.close();
      }
      if (embedded != null) {
        embedded.close();
      }
    } finally {
      if (nodes != null) {
        nodes.close();
      }
      if (folder != null) {
        try (Stream<Path> paths = Files.walk(folder)) {
          paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Rutte quotes",
      "troop figures by source",
      "casualty figures by claimant",
      "troop figures by agency",
      "what did Zelenskyy say about mobilization",
      "North Korea troops",
      "North Korea since November 2024",
      "articles in Reuters",
      "Zelensky quotes in AFP",
      "figures claimed by the health ministry",
      "Zelensky figures",
      "troop figures according to Zelenskyy",
      "Reuters",
      "troop figures AP",
      "figures by month",
      "troop figures by week",
      "figures in 2025",
      "quotes in 2024-10",
      "Korea in 2024",
      "10K",
  })
  void aQuestionHasTheSameAnswerOnBothEngines(String question) throws IOException {
    List<Map<String, Object>> expected = AnswerJson.items(ask(embedded, question));
    List<Map<String, Object>> actual = AnswerJson.items(ask(cluster, question));
    assertSame(expected, actual, question);
  }

  /**
   * The answer with every match on its page: the engines may order hits of one day, and hits of
   * equal relevance, differently, so a page that cuts through them may hold others.
   */
  private static Answer ask(NewsSearch news, String text) throws IOException {
    Questions questions = Questions.on(news);
    Question q = switch (questions.parse(text)) {
      case Question.Articles a -> new Question.Articles(a.request().limit(WHOLE), a.explanation());
      case Question.Quotes a -> new Question.Quotes(a.request().limit(WHOLE), a.explanation());
      case Question.Figures a when a.groupBy() == FigureGroup.GroupBy.DATE -> a;
      case Question.Figures a -> new Question.Figures(a.request().limit(WHOLE), a.groupBy(), a.explanation());
    };
    Answer answer = questions.answer(q);
    if (answer instanceof Answer.Articles a) {
      assertTrue(a.results().total() <= WHOLE, "every match on the page");
    }
    return answer;
  }

  /** A page that holds every match of the bundled articles. */
  private static final int WHOLE = 1000;

  @Test
  void theBundledArticlesAreThereAndAskingFindsSomething() throws IOException {
    assertFalse(AnswerJson.items(Questions.on(cluster).ask("Rutte quotes")).isEmpty());
    assertTrue(AnswerJson.items(Questions.on(cluster).ask("troop figures by source")).size() > 2);
  }

  @Test
  void storiesCollectionFacetValuesAndCopiesAreTheSame() throws IOException {
    assertEquals(embedded.stories(), cluster.stories(), "every article in the same story and copy group");
    assertEquals(embedded.stats(), cluster.stats());
    for (String dim : List.of(Dimensions.OUTLET, Dimensions.AGENCY, Dimensions.PERSON, Dimensions.ORGANIZATION,
        Dimensions.LOCATION, Dimensions.SPEAKER, Dimensions.CLAIMANT, Dimensions.CATEGORY, Dimensions.PUBLISHED)) {
      assertEquals(embedded.values(dim), cluster.values(dim), dim);
      if (!Dimensions.PUBLISHED.equals(dim)) { // names are of the flat dimensions
        assertEquals(embedded.names(dim), cluster.names(dim), dim);
      }
    }
    for (FigureGroup.GroupBy by : FigureGroup.GroupBy.values()) {
      FigureRequest every = FigureRequest.all().category(FigureCategory.TROOPS).copies(true);
      assertSame(groups(embedded, every, by), groups(cluster, every, by), "copies by " + by);
    }
    QuoteRequest all = QuoteRequest.all().limit(1000);
    assertSame(quotes(embedded, all), quotes(cluster, all), "every quotation, copies collapsed");
    assertSame(quotes(embedded, all.copies(true)), quotes(cluster, all.copies(true)), "every quotation");
  }

  @Test
  void drillSidewaysDateRangesAndEntityFiltersCountAlike() throws IOException {
    SearchRequest sideways = SearchRequest.text("Korea").outlet("reuters").drillSideways().limit(100);
    assertSame(articles(embedded, sideways), articles(cluster, sideways), "drill-sideways");
    SearchRequest range = SearchRequest.all().from(java.time.LocalDate.of(2024, 10, 1))
        .to(java.time.LocalDate.of(2025, 3, 31)).person("Zelenskyy").newestFirst().limit(100);
    assertSame(articles(embedded, range), articles(cluster, range), "a date range and a person");
    SearchRequest stories = SearchRequest.text("troops").countStories(true).limit(100);
    assertSame(articles(embedded, stories), articles(cluster, stories), "stories counted in the facets");
  }

  @Test
  void anArticlesStoryIsListedAlike() throws IOException {
    for (String id : embedded.stories().keySet()) {
      assertEquals(related(embedded, id), related(cluster, id), id);
    }
  }

  private static List<String> related(NewsSearch news, String id) throws IOException {
    List<String> out = new ArrayList<>();
    for (Related r : news.similar(id, 0)) {
      out.add(r.relation() + " " + r.hit().article().id() + " " + r.hit().syndication());
    }
    return out;
  }

  private static List<Map<String, Object>> groups(NewsSearch news, FigureRequest request, FigureGroup.GroupBy by)
      throws IOException {
    return news.compare(request, by).stream().map(AnswerJson::group).toList();
  }

  private static List<Map<String, Object>> quotes(NewsSearch news, QuoteRequest request) throws IOException {
    var results = news.quotes(request);
    List<Map<String, Object>> out = new ArrayList<>(results.hits().stream().map(AnswerJson::quote).toList());
    results.facets().forEach((dim, counts) -> out.add(AnswerJson.facet(dim, counts)));
    out.add(Map.of("total", results.total()));
    return out;
  }

  private static List<Map<String, Object>> articles(NewsSearch news, SearchRequest request) throws IOException {
    var results = news.search(request);
    List<Map<String, Object>> out = new ArrayList<>(results.hits().stream().map(AnswerJson::article).toList());
    results.facets().forEach((dim, counts) -> out.add(AnswerJson.facet(dim, counts)));
    out.add(Map.of("total", results.total()));
    return out;
  }

  /**
   * The same answer: the same items, each the same once scores and snippets are set aside (a
   * snippet must still mark the words when the other's does, and show the same lead when it marks
   * none), the same facets in the same order,
   * and hits in the same order of days (hits of one day, and hits ranked by relevance, in any order).
   */
  private static void assertSame(List<Map<String, Object>> expected, List<Map<String, Object>> actual, String what) {
    List<String> embeddedOnly = new ArrayList<>(normalized(expected));
    List<String> clusterOnly = new ArrayList<>(normalized(actual));
    normalized(actual).forEach(embeddedOnly::remove);
    normalized(expected).forEach(clusterOnly::remove);
    assertTrue(embeddedOnly.isEmpty() && clusterOnly.isEmpty(), () -> what + ":\n  only embedded: "
        + String.join("\n    ", embeddedOnly) + "\n  only on the cluster: " + String.join("\n    ", clusterOnly));
    assertEquals(days(expected), days(actual), what + ": the order of days");
    assertEquals(marked(expected), marked(actual), what + ": snippets marking the words");
  }

  /** The items as sorted JSON, scores and snippets left out, figures within a group sorted too. */
  private static List<String> normalized(List<Map<String, Object>> items) {
    return items.stream().map(EngineParityTest::withoutRanking).map(Json::write).sorted().toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> withoutRanking(Map<String, Object> item) {
    Map<String, Object> out = new LinkedHashMap<>(item);
    out.remove("score");
    out.remove("snippet");
    if (out.get("figures") instanceof List<?> figures) {
      out.put("figures", figures.stream().map(f -> Json.write(withoutRanking((Map<String, Object>) f))).sorted()
          .toList());
    }
    return out;
  }

  /** The days of the hits in the order given, unless the hits are ranked by relevance. */
  @SuppressWarnings("unchecked")
  private static List<Object> days(List<Map<String, Object>> items) {
    List<Object> out = new ArrayList<>();
    for (Map<String, Object> item : items) {
      if (item.get("score") instanceof Number n && !Double.isNaN(n.doubleValue())) {
        return List.of(); // ranked by relevance
      }
      if (item.containsKey("published")) {
        out.add(String.valueOf(item.get("published")));
      }
      if (item.get("figures") instanceof List<?> figures) {
        out.add(item.get("key"));
        figures.forEach(f -> out.add(String.valueOf(((Map<String, Object>) f).get("published"))));
      }
    }
    return out;
  }

  private static List<String> marked(List<Map<String, Object>> items) {
    return items.stream().filter(i -> i.get("snippet") != null)
        .map(i -> i.get("id") + " " + (String.valueOf(i.get("snippet")).contains("<b>") ? "marks the words"
            : "the lead: " + i.get("snippet"))).sorted().toList(); // one lead, whichever engine
  }
}
