package org.newsfacet.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfacet.extract.Extraction;
import org.newsfacet.extract.Extractor;
import org.newsfacet.ingest.ArticleReader;
import org.newsfacet.ingest.Item;
import org.newsfacet.json.Json;
import org.newsfacet.model.Article;
import org.newsfacet.model.Entity;
import org.newsfacet.model.EntityType;
import org.newsfacet.model.Quote;
import org.newsfacet.pipeline.Pipeline;
import org.newsfacet.model.SpeakerType;
import org.newsfacet.search.Dimensions;
import org.newsfacet.search.FacetCount;
import org.newsfacet.search.IndexStats;
import org.newsfacet.search.QuoteHit;
import org.newsfacet.search.QuoteRequest;
import org.newsfacet.testing.TestData;

/** The bundled articles written to a real cluster of two nodes, and read back. */
class ClusterIndexTest {
  private static TestCluster cluster;
  private static List<Extraction> extractions;

  @BeforeAll
  static void start() throws IOException {
    cluster = TestCluster.shared();
    Extractor extractor = Extractor.standard();
    extractions = new ArrayList<>();
    try (Stream<Item> items = ArticleReader.read(TestData.articles())) {
      for (Item item : items.toList()) {
        if (item instanceof Item.Loaded loaded) {
          extractions.add(extractor.extract(loaded.article()));
        }
      }
    }
  }

  @Test
  void thePipelineWritesInBatchesWhileItExtracts() throws IOException {
    try (ClusterIndex index = ClusterIndex.connect(cluster.nodes(), "newsfacet-pipeline")) {
      index.create(1, 1);
      Pipeline.Result result;
      try (ClusterWriter writer = new ClusterWriter(index, 7);
          Stream<Item> items = ArticleReader.read(TestData.articles())) {
        result = Pipeline.run(items, Extractor.standard(), 2, writer, Pipeline.Listener.NONE);
        writer.flush();
        assertEquals(List.of(), writer.failures());
        assertEquals(result.processed(), writer.written());
      }
      index.refresh();
      assertEquals(extractions.size(), result.processed());
      assertEquals(extractions.size(), index.count("article"));
    }
  }

  @Test
  void facetValuesAndTheCollectionAreCountedAsTheEmbeddedIndexCountsThemAndArticlesReadBack() throws IOException {
    try (ClusterIndex index = ClusterIndex.connect(cluster.nodes(), "newsfacet-values")) {
      index.create(2, 0);
      assertEquals(List.of(), index.write(extractions));
      index.refresh();
      // Every document of an article (its own, its quotations', its figures') counts for its outlet and year;
      // only the article's own counts for the people it names.
      Map<String, Long> outlets = new HashMap<>();
      Map<String, Long> years = new HashMap<>();
      Map<String, Long> people = new HashMap<>();
      Set<String> speakers = new TreeSet<>();
      for (Extraction e : extractions) {
        Article a = e.article();
        long docs = 1 + a.quotes().size() + a.figures().size();
        if (a.outlet() != null && !a.outlet().isBlank()) {
          outlets.merge(a.outlet(), docs, Long::sum);
        }
        if (a.published() != null) {
          years.merge(String.valueOf(a.published().getYear()), docs, Long::sum);
        }
        a.entities().stream().filter(x -> x.type() == EntityType.PERSON).map(Entity::name).distinct()
            .forEach(n -> people.merge(n, 1L, Long::sum));
        a.quotes().stream().map(Quote::speaker).filter(Objects::nonNull).forEach(speakers::add);
      }
      assertEquals(sorted(outlets), index.values(Dimensions.OUTLET));
      assertEquals(sorted(years), index.values(Dimensions.PUBLISHED));
      assertEquals(sorted(people), index.values(Dimensions.PERSON));
      assertEquals(List.copyOf(speakers), index.names(Dimensions.SPEAKER));
      assertEquals(List.of(), index.values("record"), "not a dimension");

      // The collection: articles per outlet and agency (articles only), undated ones, the date range.
      IndexStats stats = index.stats();
      assertEquals(extractions.size(), stats.articles());
      Map<String, Long> articleOutlets = new HashMap<>();
      Map<String, Long> agencies = new HashMap<>();
      long undated = 0;
      java.time.LocalDate earliest = null;
      java.time.LocalDate latest = null;
      for (Extraction e : extractions) {
        Article a = e.article();
        if (a.outlet() != null && !a.outlet().isBlank()) {
          articleOutlets.merge(a.outlet(), 1L, Long::sum);
        }
        if (a.agency() != null && !a.agency().isBlank()) {
          agencies.merge(a.agency(), 1L, Long::sum);
        }
        if (a.published() == null) {
          undated++;
        } else {
          earliest = earliest == null || a.published().isBefore(earliest) ? a.published() : earliest;
          latest = latest == null || a.published().isAfter(latest) ? a.published() : latest;
        }
      }
      assertEquals(new IndexStats(extractions.size(), sorted(articleOutlets), sorted(agencies), undated, earliest,
          latest), stats);
      assertTrue(undated > 0 && earliest.isBefore(latest), "the bundled articles have both kinds and a range");

      Article first = extractions.get(0).article();
      assertEquals(Json.write(first), Json.write(index.get(first.id()).orElseThrow()));
      assertTrue(index.get(first.id() + "#q0").isEmpty(), "a quotation's document is no article");
      assertTrue(index.get("no-such-article").isEmpty());
    }
  }

  /** Counts most frequent first, then by value, as FacetCount lists come. */
  private static List<FacetCount> sorted(Map<String, Long> counts) {
    return counts.entrySet().stream().map(x -> new FacetCount(x.getKey(), x.getValue()))
        .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value)).toList();
  }

  @Test
  void anArticleWrittenAgainWithFewerQuotationsLeavesNoneOfTheOldOnesBehind() throws IOException {
    Extraction quoting = extractions.stream().filter(e -> e.article().quotes().size() >= 2).findFirst().orElseThrow();
    try (ClusterIndex index = ClusterIndex.connect(cluster.nodes(), "newsfacet-replacing")) {
      index.create(1, 0);
      assertEquals(List.of(), index.write(List.of(quoting)));
      index.refresh();
      assertEquals(quoting.article().quotes().size(), index.count("quote"));
      Article a = quoting.article();
      Article fewer = new Article(a.id(), a.source(), a.title(), a.published(), a.outlet(), a.agency(), a.url(),
          a.dateline(), a.authors(), a.entities(), a.quotes().subList(0, 1), List.of());
      assertEquals(List.of(), index.write(List.of(new Extraction(fewer, quoting.text(), quoting.body(),
          quoting.mentions()))));
      index.refresh();
      assertEquals(1, index.count("quote"));
      assertEquals(0, index.count("figure"));
      assertEquals(1, index.count("article"));
    }
  }

  @Test
  void documentsTheClusterRefusesAreReportedWithItsReasonAndTheRestWritten() throws IOException {
    try (ClusterIndex index = ClusterIndex.connect(cluster.nodes(), "newsfacet-refusing")) {
      index.create(1, 0);
      // One article whose record no longer fits the mapping: a strict mapping refuses unknown fields.
      Extraction good = extractions.get(0);
      List<ClusterIndex.Failure> failed = index.write(List.of(good, extractions.get(1)), doc ->
          doc.id().equals(extractions.get(1).article().id()) ? withField(doc, "unmapped_field") : doc).failures();
      assertEquals(1, failed.size(), failed.toString());
      assertEquals(extractions.get(1).article().id(), failed.get(0).documentId());
      assertTrue(failed.get(0).reason().contains("strict_dynamic_mapping"), failed.get(0).reason());
      index.refresh();
      assertEquals(1, index.count("article"), "the other article is written");
    }
  }

  private static ClusterDocuments.Doc withField(ClusterDocuments.Doc doc, String field) {
    java.util.Map<String, Object> source = new java.util.LinkedHashMap<>(doc.source());
    source.put(field, "x");
    return new ClusterDocuments.Doc(doc.id(), source);
  }

  @Test
  void theBundledArticlesAreWrittenOnceAndTheirQuotationsFoundBySpeaker() throws IOException {
    try (ClusterIndex index = ClusterIndex.connect(cluster.nodes(), "newsfacet-test")) {
      int nodes = index.nodes();
      System.out.println("cluster nodes: " + nodes);
      assertEquals(2, nodes);
      assertTrue(index.create(2, 1));
      assertFalse(index.create(2, 1), "an existing index is kept");
      assertEquals(List.of(), index.write(extractions));
      // Written again (a second machine, a repeated run): the same documents, not twice as many.
      assertEquals(List.of(), index.write(extractions));
      index.refresh();
      assertEquals(extractions.size(), index.count("article"));
      assertEquals(extractions.stream().mapToLong(e -> e.article().quotes().size()).sum(), index.count("quote"));
      assertEquals(extractions.stream().mapToLong(e -> e.article().figures().size()).sum(), index.count("figure"));

      // Every quotation whose speaker "Rutte" names, by any of its names, and no other.
      String key = Dimensions.nameKey("Rutte");
      Set<String> expected = new java.util.HashSet<>();
      for (Extraction e : extractions) {
        for (Quote q : e.article().quotes()) {
          if (q.speaker() != null
              && Dimensions.keysOf(q.speaker(), q.speakerType() == SpeakerType.PERSON, e.article()).contains(key)) {
            expected.add(e.article().id() + " " + q.text());
          }
        }
      }
      assertFalse(expected.isEmpty(), "the bundled articles quote him");
      List<QuoteHit> found = index.quotes(QuoteRequest.by("Rutte").copies(true).limit(100)).hits();
      assertEquals(expected, found.stream().map(h -> h.articleId() + " " + h.quote().text()).collect(Collectors.toSet()));
      assertEquals(expected.size(), found.size(), "each once");
    }
  }
}
