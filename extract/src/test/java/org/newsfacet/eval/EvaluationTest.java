package org.newsfacet.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacet.extract.Extractor;
import org.newsfacet.json.Json;
import org.newsfacet.model.Article;
import org.newsfacet.model.Entity;
import org.newsfacet.model.EntityType;
import org.newsfacet.testing.TestData;

class EvaluationTest {

  @Test
  void testdataMeetsTheAttributionTargetsAndEveryMetadataFieldIsRight() throws IOException {
    EvalReport report = Evaluation.run(TestData.expected(), TestData.root(), Extractor.standard());
    report.scores().forEach(s -> System.out.printf(Locale.ROOT, "%-22s P %.3f R %.3f F1 %.3f (%d/%d/%d)%n",
        s.kind(), s.precision(), s.recall(), s.f1(), s.truePositives(), s.falsePositives(), s.falseNegatives()));
    assertEquals(report.expected(), report.matched(), () -> "missing: " + report.missing());
    for (String field : List.of("title", "published", "outlet", "agency", "url", "dateline", "authors")) {
      assertEquals(1.0, report.score(field).orElseThrow().f1(), field);
    }
    double person = report.score(Evaluation.entityKind(EntityType.PERSON)).orElseThrow().f1();
    assertTrue(person >= 0.95, "person F1 " + person);
    double quotes = report.score(Evaluation.QUOTES).orElseThrow().f1();
    assertTrue(quotes >= 0.97, "quote F1 " + quotes);
    double reported = report.score(Evaluation.INDIRECT).orElseThrow().f1();
    assertTrue(reported >= 0.88, "reported speech F1 " + reported);
    double reportedSpeakers = report.accuracy(Evaluation.INDIRECT_SPEAKER).orElseThrow().value();
    assertTrue(reportedSpeakers >= 0.88, "reported speech speaker accuracy " + reportedSpeakers);
    Accuracy speakers = report.accuracy(Evaluation.SPEAKER).orElseThrow();
    System.out.printf(Locale.ROOT, "%-22s %d of %d right: %.3f%n", speakers.kind(), speakers.right(), speakers.total(), speakers.value());
    assertTrue(speakers.value() >= 0.97, "speaker accuracy " + speakers.value());
    double figures = report.score(Evaluation.FIGURES).orElseThrow().f1();
    assertTrue(figures >= 0.95, "figure F1 " + figures);
    double categories = report.accuracy(Evaluation.CATEGORY).orElseThrow().value();
    assertTrue(categories >= 0.95, "figure category accuracy " + categories);
    double claimants = report.accuracy(Evaluation.CLAIMANT).orElseThrow().value();
    assertTrue(claimants >= 0.95, "figure claimant accuracy " + claimants);
    double currencies = report.accuracy(Evaluation.CURRENCY).orElseThrow().value();
    assertTrue(currencies >= 0.95, "money figure currency accuracy " + currencies);
    double bounds = report.accuracy(Evaluation.BOUND).orElseThrow().value();
    assertTrue(bounds >= 0.95, "figure bound accuracy " + bounds);
  }

  @Test
  void countsRightSpuriousAndMissedValuesPerField() {
    Article gold = article("a", "Reuters", List.of("Ana Ruiz", "Tom Quill"), List.of());
    Article got = article("a", "AFP", List.of("Ana Ruiz", "Lena Holt"), List.of());
    EvalReport report = Evaluation.score(List.of(gold), List.of(got));
    Score outlet = report.score("outlet").orElseThrow();
    assertEquals(new Score("outlet", 0, 1, 1), outlet);
    Score authors = report.score("authors").orElseThrow();
    assertEquals(new Score("authors", 1, 1, 1), authors);
    assertEquals(0.5, authors.precision());
    assertEquals(0.5, authors.recall());
    assertEquals(1.0, report.score("title").orElseThrow().f1(), "null and null agree");
  }

  @Test
  void entitiesMatchAcrossSpellingsAndAliases() {
    Entity goldPerson = new Entity(EntityType.PERSON, "Volodymyr Zelensky", List.of("Zelenskiy"), null, 2);
    Entity goldOrg = new Entity(EntityType.ORGANIZATION, "NATO", List.of(), null, 1);
    Entity gotPerson = new Entity(EntityType.PERSON, "Volodymyr Zelenskyy", List.of(), null, 1);
    Entity gotOrg = new Entity(EntityType.ORGANIZATION, "North Atlantic Treaty Organization", List.of("NATO"), null, 2);
    Entity spurious = new Entity(EntityType.LOCATION, "Brussels", List.of(), null, 1);
    EvalReport report = Evaluation.score(List.of(article("a", null, List.of(), List.of(goldPerson, goldOrg))),
        List.of(article("a", null, List.of(), List.of(gotPerson, gotOrg, spurious))));
    assertEquals(new Score("entities.PERSON", 1, 0, 0), report.score("entities.PERSON").orElseThrow());
    assertEquals(new Score("entities.ORGANIZATION", 1, 0, 0), report.score("entities.ORGANIZATION").orElseThrow());
    assertEquals(new Score("entities.LOCATION", 0, 1, 0), report.score("entities.LOCATION").orElseThrow());
  }

  @Test
  void quotesMatchWhenMostWordsMatchAndSpeakersThroughAliases() {
    Entity rutte = new Entity(EntityType.PERSON, "Mark Rutte", List.of("Rutte"), null, 2);
    org.newsfacet.model.Quote gold = new org.newsfacet.model.Quote("Mark Rutte", org.newsfacet.model.SpeakerType.PERSON,
        "We have no evidence that soldiers are involved", false, 0, 10);
    org.newsfacet.model.Quote close = new org.newsfacet.model.Quote("Rutte", org.newsfacet.model.SpeakerType.PERSON,
        "We have no evidence that soldiers are involved in the fight", false, 0, 10);
    org.newsfacet.model.Quote other = new org.newsfacet.model.Quote(null, org.newsfacet.model.SpeakerType.UNKNOWN,
        "Something else entirely", false, 20, 30);
    Article g = new Article("a", "src-a", null, null, null, null, null, null, List.of(), List.of(rutte), List.of(gold), List.of());
    Article e = new Article("a", "src-a", null, null, null, null, null, null, List.of(), List.of(), List.of(close, other), List.of());
    EvalReport report = Evaluation.score(List.of(g), List.of(e));
    assertEquals(new Score("quotes", 1, 1, 0), report.score("quotes").orElseThrow());
    assertEquals(new Accuracy("quotes.speaker", 1, 1), report.accuracy("quotes.speaker").orElseThrow());
  }

  @Test
  void anExpectedRecordWithoutItsArticleCountsAsMissed() {
    Article gold = article("a", "Reuters", List.of(), List.of());
    EvalReport report = Evaluation.score(List.of(gold), List.of());
    assertEquals(0, report.matched());
    assertEquals(List.of("src-a"), report.missing());
    assertEquals(new Score("outlet", 0, 0, 1), report.score("outlet").orElseThrow());
  }

  @Test
  void aFolderOfExpectedRecordsIsReadWithoutItsStoriesFile(@TempDir Path gold) throws IOException {
    Article record = article("a", "Reuters", List.of(), List.of());
    Files.writeString(gold.resolve("feed.jsonl.jsonl"), Json.write(record) + "\n");
    Files.writeString(gold.resolve(Evaluation.STORIES),
        "{\"id\":\"a\",\"source\":\"src-a\",\"story\":\"a\",\"copies\":\"a\"}\n");
    assertEquals(List.of(record), Evaluation.readGold(gold));
    assertEquals(1, Evaluation.readGold(gold.resolve(Evaluation.STORIES)).size(), "a file named on its own is read");
  }

  private static Article article(String id, String outlet, List<String> authors, List<Entity> entities) {
    return new Article(id, "src-" + id, null, null, outlet, null, null, null, authors, entities, List.of(), List.of());
  }
}
