package org.newsfacet.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfacet.extract.Extractor;
import org.newsfacet.ingest.RawArticle;
import org.newsfacet.json.Json;
import org.newsfacet.model.Entity;
import org.newsfacet.model.EntityType;
import org.newsfacet.testing.TestData;

/**
 * Entities on articles an annotator wrote and labelled from the annotation policy without seeing
 * the code (testdata/entities, CoNLL-style types): a floor under each type's F1, so that a rule
 * which helps a benchmark but hurts ordinary news shows here. An entity counts as found when one of
 * its forms (name or alias, any case) is one of a gold entity's forms and the types agree.
 */
class AnnotatedEntitiesTest {
  /** Floors a little under what the recognizer scores now: a regression guard, not a target. */
  private static final Map<EntityType, Double> FLOORS = Map.of(EntityType.PERSON, 0.88,
      EntityType.ORGANIZATION, 0.80, EntityType.LOCATION, 0.80);

  private record Gold(EntityType type, Set<String> forms) {}

  @Test
  void eachTypeScoresAboveItsFloorOnTheAnnotatedArticles() throws IOException {
    Path dir = TestData.root().resolve("testdata").resolve("entities");
    Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class); // true positives, false positives, misses
    for (EntityType t : EntityType.values()) {
      counts.put(t, new int[3]);
    }
    int articles = 0;
    for (String line : Files.readAllLines(dir.resolve("gold.jsonl"))) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode record = Json.mapper().readTree(line);
      String file = record.get("file").asText();
      List<Gold> gold = new ArrayList<>();
      for (JsonNode e : record.get("entities")) {
        Set<String> forms = new HashSet<>();
        forms.add(e.get("name").asText().toLowerCase(Locale.ROOT));
        e.get("aliases").forEach(a -> forms.add(a.asText().toLowerCase(Locale.ROOT)));
        gold.add(new Gold(EntityType.valueOf(e.get("type").asText()), forms));
      }
      String text = Files.readString(dir.resolve(file));
      List<Entity> found = Extractor.standard().extract(RawArticle.of(file, text)).article().entities();
      Set<Gold> matched = new HashSet<>();
      for (Entity e : found) {
        Set<String> forms = new HashSet<>();
        forms.add(e.name().toLowerCase(Locale.ROOT));
        e.aliases().forEach(a -> forms.add(a.toLowerCase(Locale.ROOT)));
        Gold hit = gold.stream().filter(g -> !matched.contains(g) && g.type() == e.type()
            && g.forms().stream().anyMatch(forms::contains)).findFirst().orElse(null);
        if (hit == null) {
          counts.get(e.type())[1]++;
        } else {
          matched.add(hit);
          counts.get(e.type())[0]++;
        }
      }
      gold.stream().filter(g -> !matched.contains(g)).forEach(g -> counts.get(g.type())[2]++);
      articles++;
    }
    assertEquals(18, articles);
    StringBuilder report = new StringBuilder();
    for (var floor : FLOORS.entrySet()) {
      int[] c = counts.get(floor.getKey());
      double p = c[0] / (double) Math.max(1, c[0] + c[1]);
      double r = c[0] / (double) Math.max(1, c[0] + c[2]);
      double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
      report.append(String.format(Locale.ROOT, "%s P %.3f R %.3f F1 %.3f; ", floor.getKey(), p, r, f1));
      assertTrue(f1 >= floor.getValue(), () -> floor.getKey() + " F1 fell under " + floor.getValue() + ": " + report);
    }
    System.out.println("annotated entities: " + report);
  }
}
