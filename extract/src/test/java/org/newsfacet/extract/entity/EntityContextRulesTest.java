package org.newsfacet.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsfacet.model.Entity;
import org.newsfacet.model.EntityType;

/** The context rules of entity recognition, one behaviour each, on sentences written for them. */
class EntityContextRulesTest {
  private static Recognition recognize(String text) {
    return EntityRecognizer.standard().recognize(text, text, null);
  }

  private static Optional<Entity> entity(Recognition r, EntityType type, String name) {
    return r.entities().stream().filter(e -> e.type() == type && e.name().equals(name)).findFirst();
  }

  private static void assertEntity(Recognition r, EntityType type, String name) {
    assertTrue(entity(r, type, name).isPresent(), () -> "no " + type + " " + name + " in " + r.entities());
  }

  /** The rule that typed the first mention of the entity named so. */
  private static String rule(Recognition r, String name) {
    for (Mention m : r.mentions()) {
      if (r.entities().get(m.entity()).name().equals(name)) {
        return m.rule();
      }
    }
    throw new AssertionError("no mention of " + name + " in " + r.entities());
  }

  @Test
  void scoreLineMakesTeamsOfTownsInAResult() {
    Recognition r = recognize("Results of the weekend's matches:\n\nHarbourton 2 Kirkby Stenmoor 1\n\nBoston 3 Lindholm 0\n");
    assertEntity(r, EntityType.ORGANIZATION, "Harbourton");
    assertEntity(r, EntityType.ORGANIZATION, "Kirkby Stenmoor");
    assertEntity(r, EntityType.ORGANIZATION, "Boston");
    assertEquals("score-line", rule(r, "Boston"));
  }

  @Test
  void scoreLineReadsATableRowThatOpensWithAName() {
    Recognition r = recognize("Standings after Sunday's games:\n\nBoston 74 59 .556 -\n\nVarnholm 70 63 .526 4\n");
    assertEntity(r, EntityType.ORGANIZATION, "Boston");
    assertEntity(r, EntityType.ORGANIZATION, "Varnholm");
  }

  @Test
  void scoreLineLeavesCountriesPeopleAndDatesAlone() {
    Recognition r = recognize("France 2 Norway 1\n\nThe final is on Oct. 9 and Oct. 16.\n\nMarta Quiroga 68 70 71\n");
    assertEntity(r, EntityType.LOCATION, "France");
    assertEntity(r, EntityType.LOCATION, "Norway");
    assertEntity(r, EntityType.PERSON, "Marta Quiroga");
    assertTrue(r.entities().stream().noneMatch(e -> e.name().startsWith("Oct")), r.entities()::toString);
  }

  @Test
  void scoreLineTakesBothSidesOfAFixture() {
    Recognition r = recognize("Fixtures for Saturday: Harbourton v Lindholm, kick-off 3 pm.\n");
    assertEntity(r, EntityType.ORGANIZATION, "Harbourton");
    assertEntity(r, EntityType.ORGANIZATION, "Lindholm");
  }

  @Test
  void agreementGivesEveryMentionTheTypeAScoreLineGaveOne() {
    Recognition r = recognize("Boston won again at home on Saturday.\n\nBoston 3 Lindholm 0\n");
    Entity boston = entity(r, EntityType.ORGANIZATION, "Boston").orElseThrow(() -> new AssertionError(r.entities()));
    assertEquals(2, boston.mentions());
    assertTrue(entity(r, EntityType.LOCATION, "Boston").isEmpty(), r.entities()::toString);
    assertEquals("agreement", rule(r, "Boston"));
  }

  @Test
  void withoutAScoreLineATownStaysAPlace() {
    Recognition r = recognize("Boston won the bid to host the games, the mayor said on Saturday.\n");
    assertEntity(r, EntityType.LOCATION, "Boston");
  }

  @Test
  void clubNameMakesAClubOfATownAndItsEnding() {
    Recognition r = recognize("Boston United signed the striker on Friday, and Dynamo Harbourton lost again.\n");
    assertEntity(r, EntityType.ORGANIZATION, "Boston United");
    assertEntity(r, EntityType.ORGANIZATION, "Dynamo Harbourton");
    assertEquals("club-name", rule(r, "Boston United"));
  }

  @Test
  void clubNameNeedsAKnownTownBeforeAPlaceEnding() {
    Recognition r = recognize("Boston City beat them, while Varnholm County voted to close two schools.\n");
    assertEntity(r, EntityType.ORGANIZATION, "Boston City");
    assertTrue(entity(r, EntityType.ORGANIZATION, "Varnholm County").isEmpty(), r.entities()::toString);
  }

  @Test
  void teamNicknameMakesATeamOfATownAndAPlural() {
    Recognition r = recognize("The Boston Gulls beat the visitors on Sunday night.\n");
    assertEntity(r, EntityType.ORGANIZATION, "Boston Gulls");
    assertEquals("team-nickname", rule(r, "Boston Gulls"));
  }

  @Test
  void acronymDefinitionKeepsTheWholeNameItSpells() {
    Recognition r = recognize("The Office for Port Safety and Navigation in Europe (OPSNE) said the berth was closed. "
        + "OPSNE inspectors will return on Monday.\n");
    Entity org = entity(r, EntityType.ORGANIZATION, "Office for Port Safety and Navigation in Europe")
        .orElseThrow(() -> new AssertionError(r.entities()));
    assertEquals(3, org.mentions()); // the name, the acronym in parentheses, the acronym
    assertTrue(entity(r, EntityType.LOCATION, "Europe").isEmpty(), r.entities()::toString);
    assertEquals("acronym-definition", rule(r, "Office for Port Safety and Navigation in Europe"));
  }
}
