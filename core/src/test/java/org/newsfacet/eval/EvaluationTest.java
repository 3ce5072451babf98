package org.newsfacet.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsfacet.extract.Extractor;
import org.newsfacet.model.Article;
import org.newsfacet.model.Entity;
import org.newsfacet.model.EntityType;
import org.newsfacet.testing.TestData;

class EvaluationTest {

  @Test
  void testdataScoresPersonF1OfAtLeast95AndEveryMetadataFieldRight() throws IOException {
    EvalReport report = Evaluation.run(TestData.expected(), TestData.root(), Extractor.standard());
    report.scores().forEach(s -> System.out.printf(Locale.ROOT, "%-22s P %.3f R %.3f F1 %.3f (%d/%d/%d)%n",
        s.kind(), s.precision(), s.recall(), s.f1(), s.truePositives(), s.falsePositives(), s.falseNegatives()));
    assertEquals(report.expected(), report.matched(), () -> "missing: " + report.missing());
    for (String field : List.of("title", "published", "outlet", "agency", "url", "dateline", "authors")) {
      assertEquals(1.0, report.score(field).orElseThrow().f1(), field);
    }
    double person = report.score(Evaluation.entityKind(EntityType.PERSON)).orElseThrow().f1();
    assertTrue(person >= 0.95, "person F1 " + person);
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
  void anExpectedRecordWithoutItsArticleCountsAsMissed() {
    Article gold = article("a", "Reuters", List.of(), List.of());
    EvalReport report = Evaluation.score(List.of(gold), List.of());
    assertEquals(0, report.matched());
    assertEquals(List.of("src-a"), report.missing());
    assertEquals(new Score("outlet", 0, 0, 1), report.score("outlet").orElseThrow());
  }

  private static Article article(String id, String outlet, List<String> authors, List<Entity> entities) {
    return new Article(id, "src-" + id, null, null, outlet, null, null, null, authors, entities, List.of(), List.of());
  }
}
