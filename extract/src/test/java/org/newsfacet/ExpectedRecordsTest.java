package org.newsfacet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.newsfacet.extract.Extractor;
import org.newsfacet.ingest.ArticleReader;
import org.newsfacet.ingest.Item;
import org.newsfacet.json.Json;
import org.newsfacet.model.Article;
import org.newsfacet.testing.TestData;

/** Every article in testdata/articles extracts to the record in testdata/expected. */
class ExpectedRecordsTest {
  private static final Extractor EXTRACTOR = Extractor.standard();

  @TestFactory
  Stream<DynamicTest> everyArticleMatchesItsExpectedRecord() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(TestData.expected())) {
      for (Path expectedFile : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
        String articleName = expectedFile.getFileName().toString().replaceFirst("\\.jsonl$", "");
        Path article = TestData.articles().resolve(articleName);
        List<Article> expected = Files.readAllLines(expectedFile).stream()
            .filter(l -> !l.isBlank()).map(Json::readArticle).toList();
        List<Article> actual = extract(article, "testdata/articles/" + articleName);
        tests.add(DynamicTest.dynamicTest(articleName, () -> {
          assertEquals(expected.size(), actual.size(), "articles in " + articleName);
          for (int i = 0; i < expected.size(); i++) {
            assertSameMetadata(expected.get(i), actual.get(i));
          }
        }));
      }
    }
    return tests.stream();
  }

  @Test
  void everyArticleFileHasAnExpectedRecord() throws IOException {
    try (Stream<Path> files = Files.list(TestData.articles())) {
      files.forEach(f -> assertTrue(Files.exists(TestData.expected().resolve(f.getFileName() + ".jsonl")),
          "no expected record for " + f.getFileName()));
    }
  }

  @Test
  void seedsGiveTheIssuesPublishedOutletAgencyAndDateline() throws IOException {
    List<Article> seeds;
    try (Stream<Path> files = Files.list(TestData.articles())) {
      seeds = files.filter(f -> f.getFileName().toString().matches("00[0-4]_.*")).sorted()
          .flatMap(f -> extract(f, f.toString()).stream()).toList();
    }
    assertEquals(5, seeds.size());
    assertEquals(List.of("2024-10-18", "2024-10-17", "null", "2024-10-17", "null"),
        seeds.stream().map(a -> String.valueOf(a.published())).toList());
    assertEquals(List.of("AFP", "null", "Reuters", "The Moscow Times", "null"),
        seeds.stream().map(a -> String.valueOf(a.outlet())).toList());
    assertEquals(List.of("AFP", "null", "Reuters", "AFP", "null"),
        seeds.stream().map(a -> String.valueOf(a.agency())).toList());
    assertEquals(List.of("Brussels", "null", "Brussels", "null", "null"),
        seeds.stream().map(a -> String.valueOf(a.dateline())).toList());
    assertEquals("Ukraine Says Russia to Deploy 10K North Korean Troops", seeds.get(3).title());
    assertTrue(seeds.get(3).url().startsWith("https://www.themoscowtimes.com/2024/10/17/"));
  }

  private static List<Article> extract(Path file, String source) {
    List<Article> out = new ArrayList<>();
    try (Stream<Item> items = ArticleReader.read(file)) {
      items.forEach(item -> {
        if (item instanceof Item.Loaded loaded) {
          Article a = EXTRACTOR.extract(loaded.article()).article();
          String suffix = a.source().substring(file.toString().length());
          out.add(new Article(a.id(), source + suffix, a.title(), a.published(), a.outlet(), a.agency(), a.url(),
              a.dateline(), a.authors(), a.entities(), a.quotes(), a.figures()));
        } else {
          throw new AssertionError("testdata item skipped: " + item);
        }
      });
    }
    return out;
  }

  private static void assertSameMetadata(Article expected, Article actual) {
    String where = expected.source();
    assertEquals(expected.id(), actual.id(), where + " id");
    assertEquals(expected.source(), actual.source(), where + " source");
    assertEquals(expected.title(), actual.title(), where + " title");
    assertEquals(expected.published(), actual.published(), where + " published");
    assertEquals(expected.outlet(), actual.outlet(), where + " outlet");
    assertEquals(expected.agency(), actual.agency(), where + " agency");
    assertEquals(expected.url(), actual.url(), where + " url");
    assertEquals(expected.dateline(), actual.dateline(), where + " dateline");
    assertEquals(expected.authors(), actual.authors(), where + " authors");
  }
}
