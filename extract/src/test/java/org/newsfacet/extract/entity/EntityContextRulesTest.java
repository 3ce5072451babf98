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
    Recognition r = recognize("Results of the weekend's matches:\n\nHarbourton 2 Kirkby Stenmoor 1\n\nTampere 3 Lindholm 0\n");
    assertEntity(r, EntityType.ORGANIZATION, "Harbourton");
    assertEntity(r, EntityType.ORGANIZATION, "Kirkby Stenmoor");
    assertEntity(r, EntityType.ORGANIZATION, "Tampere");
    assertEquals("score-line", rule(r, "Tampere"));
  }

  @Test
  void theEntityNamesTheRuleThatTypedMostOfItsMentionsTheAgreeingOnesCountingForIt() {
    Recognition r = recognize("Results of the weekend's matches:\n\nHarbourton 2 Kirkby Stenmoor 1\n\n"
        + "Harbourton have not lost at home since March.\n\nThe mayor of France's third city was there.\n");
    Entity club = entity(r, EntityType.ORGANIZATION, "Harbourton").orElseThrow(() -> new AssertionError(r.entities()));
    assertEquals(2, club.mentions());
    assertEquals("score-line", club.typedBy(), "one mention by score-line, one agreeing with it");
    assertEquals(null, entity(r, EntityType.LOCATION, "France").orElseThrow().typedBy(), "the gazetteer typed it");
  }

  @Test
  void scoreLineReadsATableRowThatOpensWithAName() {
    Recognition r = recognize("Standings after Sunday's games:\n\nTampere 41 12 .774 -\n\nVarnholm 37 16 .698 4.5\n");
    assertEntity(r, EntityType.ORGANIZATION, "Tampere");
    assertEntity(r, EntityType.ORGANIZATION, "Varnholm");
  }

  @Test
  void scoreLineLeavesCountriesPeopleAndDatesAlone() {
    Recognition r = recognize("France 2 Norway 1\n\nThe final is on Nov. 3 and Nov. 24.\n\nMarta Quiroga 68 70 71\n");
    assertEntity(r, EntityType.LOCATION, "France");
    assertEntity(r, EntityType.LOCATION, "Norway");
    assertEntity(r, EntityType.PERSON, "Marta Quiroga");
    assertTrue(r.entities().stream().noneMatch(e -> e.name().startsWith("Oct")), r.entities()::toString);
  }

  @Test
  void scoreLineReadsNoVersusAndNoScoresInsideProse() {
    Recognition r = recognize("The court cited Varrow v Quenby. It was Marlow vs Teague in the debate.\n\n"
        + "Electoral votes: Marlow 312, Teague 226 in the final count.\n\nOrion 11 and Kestrel 2 flew.\n");
    for (String name : new String[] {"Varrow", "Quenby", "Marlow", "Teague", "Orion", "Kestrel"}) {
      assertNoEntity(r, EntityType.ORGANIZATION, name);
    }
  }

  @Test
  void agreementGivesEveryMentionTheTypeAScoreLineGaveOne() {
    Recognition r = recognize("Harbourton won again at home on Saturday.\n\nHarbourton 3 Lindholm 0\n");
    Entity club = entity(r, EntityType.ORGANIZATION, "Harbourton").orElseThrow(() -> new AssertionError(r.entities()));
    assertEquals(2, club.mentions());
    assertTrue(entity(r, EntityType.LOCATION, "Harbourton").isEmpty(), r.entities()::toString);
    assertEquals("agreement", rule(r, "Harbourton"));
  }

  @Test
  void agreementFromAResultLineLeavesAKnownPlaceElsewhere() {
    Recognition r = recognize("Tampere voted on the new budget on Saturday.\n\nTampere 3 Lindholm 0\n");
    assertEntity(r, EntityType.LOCATION, "Tampere");
  }

  @Test
  void withoutAScoreLineATownStaysAPlace() {
    Recognition r = recognize("Tampere won the bid to host the games, the mayor said on Saturday.\n");
    assertEntity(r, EntityType.LOCATION, "Tampere");
  }

  @Test
  void clubNameMakesAClubOfATownAndItsEnding() {
    Recognition r = recognize("Tampere United signed the striker on Friday, and Dynamo Harbourton lost again.\n");
    assertEntity(r, EntityType.ORGANIZATION, "Tampere United");
    assertEntity(r, EntityType.ORGANIZATION, "Dynamo Harbourton");
    assertEquals("club-name", rule(r, "Tampere United"));
  }

  @Test
  void aPlaceEndingMakesNoClubInProse() {
    Recognition r = recognize("Tampere City voted, while Varnholm County closed two schools.\n");
    assertTrue(entity(r, EntityType.ORGANIZATION, "Tampere City").isEmpty(), r.entities()::toString);
    assertTrue(entity(r, EntityType.ORGANIZATION, "Varnholm County").isEmpty(), r.entities()::toString);
  }

  @Test
  void teamNicknameMakesATeamOfATownAndAPlural() {
    Recognition r = recognize("The Tampere Gulls beat the visitors on Sunday night.\n");
    assertEntity(r, EntityType.ORGANIZATION, "Tampere Gulls");
    assertEquals("team-nickname", rule(r, "Tampere Gulls"));
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

  @Test
  void orgMemberMakesAnOrganisationOfATownBeforeASpokesman() {
    Recognition r = recognize("A Lindholm spokesman said the club would appeal, and Lindholm will play on Sunday.\n");
    Entity club = entity(r, EntityType.ORGANIZATION, "Lindholm").orElseThrow(() -> new AssertionError(r.entities()));
    assertEquals(2, club.mentions());
    assertEquals("org-member", rule(r, "Lindholm"));
  }

  @Test
  void orgMemberJoinsTheFullNameOfTheOrganisation() {
    Recognition r = recognize("Greyholt Technologies raised its forecast. A Greyholt spokesperson declined to comment.\n");
    Entity org = entity(r, EntityType.ORGANIZATION, "Greyholt Technologies").orElseThrow(() -> new AssertionError(r.entities()));
    assertEquals(2, org.mentions());
  }

  @Test
  void acronymAliasJoinsAnAcronymInParenthesesToTheOrganisationBeforeIt() {
    Recognition r = recognize("The Union of Harbour Pilots (SPH) called a strike. SPH leaders met on Monday.\n");
    Entity org = entity(r, EntityType.ORGANIZATION, "Union of Harbour Pilots").orElseThrow(() -> new AssertionError(r.entities()));
    assertEquals(3, org.mentions());
    assertTrue(org.aliases().contains("SPH"), org::toString);
  }

  @Test
  void unknownWordsBeforeAPersonsNameDoNotSwallowIt() {
    Recognition r = recognize("Democrat Hillary Vantongeren has taken a swipe at her rival.\n");
    assertEntity(r, EntityType.PERSON, "Hillary Vantongeren");
  }

  @Test
  void noRuleMakesAnOrganisationOfThePluralAlone() {
    Recognition r = recognize("The Marrowdales spent summer in the Quenfields, and the Stormbacks won two Tellies.\n");
    assertNoEntity(r, EntityType.ORGANIZATION, "Stormbacks");
    assertNoEntity(r, EntityType.ORGANIZATION, "Quenfields");
  }

  @Test
  void personNationalityReadsANameBeforeANationInParentheses() {
    Recognition r = recognize("Results of the 800 metres: 1. Tarvo Kelleberg (Norway) 1:45.07 2. Oskari Venhola (Finland) 1:45.91\n");
    assertEntity(r, EntityType.PERSON, "Tarvo Kelleberg");
    assertEntity(r, EntityType.PERSON, "Oskari Venhola");
    assertEquals("person-nationality", rule(r, "Tarvo Kelleberg"));
  }

  @Test
  void personListMakesPeopleOfTheNamesAmongPeople() {
    Recognition r = recognize("The squad: John Smith, Tarvo Kelleberg, Oskari Venhola and Mary Jones.\n");
    assertEntity(r, EntityType.PERSON, "Tarvo Kelleberg");
    assertEntity(r, EntityType.PERSON, "Oskari Venhola");
    assertEquals("person-list", rule(r, "Oskari Venhola"));
  }

  @Test
  void personListLeavesAListOfPlacesAlone() {
    Recognition r = recognize("Flights resumed to Paris, Tarvo Kelleberg and Berlin on Monday.\n");
    assertTrue(entity(r, EntityType.PERSON, "Tarvo Kelleberg").isEmpty(), r.entities()::toString);
  }

  @Test
  void personOfCutsTheOrganisationOffAPersonsName() {
    Recognition r = recognize("\"Demand is strong,\" said John Tarrant of Greyholt Technologies.\n");
    assertEntity(r, EntityType.PERSON, "John Tarrant");
    assertEntity(r, EntityType.ORGANIZATION, "Greyholt Technologies");
    assertEquals("person-of", rule(r, "John Tarrant"));
  }

  @Test
  void ampersandNameJoinsBothSidesIntoOneFirm() {
    Recognition r = recognize("Shares of Brackley & Stour rose 4 percent after the report.\n");
    assertEntity(r, EntityType.ORGANIZATION, "Brackley & Stour");
    assertEquals("ampersand-name", rule(r, "Brackley & Stour"));
  }

  @Test
  void particleNameReadsAPersonWithAParticle() {
    Recognition r = recognize("Marta Quiroga and Tavita de Souza both scored in the second half.\n");
    assertEntity(r, EntityType.PERSON, "Tavita de Souza");
    assertEquals("particle-name", rule(r, "Tavita de Souza"));
  }

  @Test
  void particleNameLeavesAnOrganisationsNameAlone() {
    Recognition r = recognize("The Sindicato Obrero del Valle called a strike on Monday.\n");
    assertTrue(entity(r, EntityType.PERSON, "Sindicato Obrero del Valle").isEmpty(), r.entities()::toString);
  }

  @Test
  void nameBeforePlaceMakesAPersonOfAnUnknownWordAndATown() {
    Recognition r = recognize("Tavita Tampere beat the second seed in four sets on Friday.\n");
    assertEntity(r, EntityType.PERSON, "Tavita Tampere");
    assertEquals("name-before-place", rule(r, "Tavita Tampere"));
  }

  @Test
  void surnameOverPlaceJoinsALoneTownNameToThePersonNamedInFull() {
    Recognition r = recognize("Tavita Tampere beat the second seed on Friday. Tampere, who won in 2019, served well.\n");
    Entity p = entity(r, EntityType.PERSON, "Tavita Tampere").orElseThrow(() -> new AssertionError(r.entities()));
    assertEquals(2, p.mentions());
    assertTrue(entity(r, EntityType.LOCATION, "Tampere").isEmpty(), r.entities()::toString);
  }

  @Test
  void aWeekdayEndsAName() {
    Recognition r = recognize("The minister will meet Tarvo Kelleberg Monday for talks.\n");
    assertTrue(r.entities().stream().noneMatch(e -> e.name().contains("Monday")), r.entities()::toString);
  }

  @Test
  void personOfCutsARoleWordBeforeTheName() {
    Recognition r = recognize("Economist John Tarrant of Greyholt Technologies said rates would fall.\n");
    assertEntity(r, EntityType.PERSON, "John Tarrant");
    assertEntity(r, EntityType.ORGANIZATION, "Greyholt Technologies");
  }

  @Test
  void aLoneNameBeforeSaidIsAPersonEvenOpeningASentence() {
    Recognition r = recognize("The talks failed. Quillfeather said he would stay. \"It is over,\" said Brannoch.\n");
    assertEntity(r, EntityType.PERSON, "Quillfeather");
    assertEntity(r, EntityType.PERSON, "Brannoch");
  }

  @Test
  void aWordOpeningASentenceBeforeANounLikeVerbIsNoPerson() {
    Recognition r = recognize("Preliminary reports indicate that the surge reached four metres.\n");
    assertTrue(r.entities().isEmpty(), r.entities()::toString);
  }

  @Test
  void orgMemberReadsACapitalisedRoleOfACompany() {
    Recognition r = recognize("Brannoch CEO Ilse Markvart told reporters that Brannoch would cut costs.\n");
    assertEntity(r, EntityType.ORGANIZATION, "Brannoch");
    assertEntity(r, EntityType.PERSON, "Ilse Markvart");
  }

  @Test
  void placeOfMakesAPlaceOfTheNameAfterTownOf() {
    Recognition r = recognize("Fighting reached the village of Brannoch overnight, officials said.\n");
    assertEntity(r, EntityType.LOCATION, "Brannoch");
    assertEquals("place-of", rule(r, "Brannoch"));
  }

  @Test
  void datelinePlaceReadsATownInCapitalsBeforeItsCountry() {
    Recognition r = recognize("BRANNOCH, Norway - The ferry ran aground on Monday.\n");
    assertEntity(r, EntityType.LOCATION, "Brannoch");
    assertEquals("dateline-place", rule(r, "Brannoch"));
  }

  @Test
  void aFormerStateIsAPlace() {
    Recognition r = recognize("He left Yugoslavia after the collapse of the Soviet Union.\n");
    assertEntity(r, EntityType.LOCATION, "Yugoslavia");
    assertEntity(r, EntityType.LOCATION, "Soviet Union");
  }

  @Test
  void aNameOfACountryIsNoOrganisation() {
    Recognition r = recognize("Prime ministers Velkov of Norway and Tarrant of Finland met on Monday.\n");
    assertNoEntity(r, EntityType.ORGANIZATION, "Velkov");
    assertNoEntity(r, EntityType.ORGANIZATION, "Tarrant");
    assertEntity(r, EntityType.LOCATION, "Norway");
  }

  @Test
  void theOpeningASentenceIsNoPartOfAnOrganisationsName() {
    Recognition r = recognize("The National Bank of Varnholm raised rates. The Lindholm Grain Exchange closed early.\n");
    assertEntity(r, EntityType.ORGANIZATION, "National Bank of Varnholm");
    assertEntity(r, EntityType.ORGANIZATION, "Lindholm Grain Exchange");
  }

  @Test
  void scoreLineCountsATeamAnotherRuleNamed() {
    Recognition r = recognize("Final: Tampere 42 Aarhus Gulls 36\n");
    assertEntity(r, EntityType.ORGANIZATION, "Tampere");
    assertEntity(r, EntityType.ORGANIZATION, "Aarhus Gulls");
  }

  @Test
  void orgMemberReadsANameBeforeStrikerAsItsClub() {
    Recognition r = recognize("Harbourton striker Ilse Markvart scored twice.\n");
    assertEntity(r, EntityType.ORGANIZATION, "Harbourton");
  }

  @Test
  void datelinePlaceReadsATownBeforeADateInDigitsButNotAWeekday() {
    Recognition r = recognize("BRANNOCH 2024-05-01\n\nThe ferry ran aground.\n\nSATURDAY, MAY 4 SCHEDULE\n");
    assertEntity(r, EntityType.LOCATION, "Brannoch");
    assertTrue(r.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase("Saturday")), r.entities()::toString);
  }

  @Test
  void aShortFormOfAnOrganisationsNameJoinsIt() {
    Recognition r = recognize("A judge ordered the broadcaster Brannoch Television Network to pay. "
        + "The court found that Brannoch Television had breached the contract.\n");
    Entity org = entity(r, EntityType.ORGANIZATION, "Brannoch Television Network").orElseThrow(() -> new AssertionError(r.entities()));
    assertEquals(2, org.mentions());
  }

  private static void assertNoEntity(Recognition r, EntityType type, String name) {
    assertTrue(entity(r, type, name).isEmpty(), () -> "unexpected " + type + " " + name + " in " + r.entities());
  }

  @Test
  void aWeakContextRuleDoesNotRetypeAKnownPlaceArticleWide() {
    Recognition r = recognize("On the Texas side of the border, crossings fell. Texas Governor Marla Quent said the "
        + "Texas bill would pass.\n\nThe Texas defender Obi Tarrant and Texas executives met in Dallas.\n");
    assertEntity(r, EntityType.LOCATION, "Texas");
    assertNoEntity(r, EntityType.ORGANIZATION, "Texas");
  }

  @Test
  void orgMemberLeavesKnownPlacesAndDropsNounsClubsDoNotOwn() {
    Recognition r = recognize("The Mariupol defender said the Gaza side was calm. Wall Street executives "
        + "shrugged, and the Harbourton board met its owners.\n");
    assertNoEntity(r, EntityType.ORGANIZATION, "Mariupol");
    assertNoEntity(r, EntityType.ORGANIZATION, "Gaza");
    assertNoEntity(r, EntityType.ORGANIZATION, "Wall Street");
    assertNoEntity(r, EntityType.ORGANIZATION, "Harbourton");
  }

  @Test
  void clubNameNeedsCapitalsForShortOpeningsAndLeavesCitiesAndCounties() {
    Recognition r = recognize("As Varnholm prepared for the vote, Real Lindholm voters waited. Officials in Iowa City "
        + "and Los Angeles County agreed.\n\nThe cup went to AS Brannoch on Sunday.\n");
    assertNoEntity(r, EntityType.ORGANIZATION, "As Varnholm");
    assertNoEntity(r, EntityType.ORGANIZATION, "Real Lindholm");
    assertNoEntity(r, EntityType.ORGANIZATION, "Iowa City");
    assertNoEntity(r, EntityType.ORGANIZATION, "Los Angeles County");
  }

  @Test
  void anAcronymsDefinitionIsAnOrganisationOnlyWithAnOrganisationsHead() {
    Recognition r = recognize("The Consumer Price Index (CPI) rose, and the Harbourton Ferry Authority (HFA) said "
        + "an Initial Public Offering (IPO) was off.\n");
    assertNoEntity(r, EntityType.ORGANIZATION, "Consumer Price Index");
    assertNoEntity(r, EntityType.ORGANIZATION, "Initial Public Offering");
    assertEntity(r, EntityType.ORGANIZATION, "Harbourton Ferry Authority");
  }

  @Test
  void anAmpersandBetweenTheWordsOfAKnownPlaceMakesNoFirm() {
    Recognition r = recognize("Fans in Trinidad & Tobago and Bosnia & Herzegovina cheered, and Brackley & Stour fell.\n");
    assertNoEntity(r, EntityType.ORGANIZATION, "Trinidad & Tobago");
    assertNoEntity(r, EntityType.ORGANIZATION, "Bosnia & Herzegovina");
    assertEntity(r, EntityType.ORGANIZATION, "Brackley & Stour");
  }

  @Test
  void aSurnameLeavesACountryOrStateItsPlace() {
    Recognition r = recognize("Rep. Marlon Jordan and Sen. Ilse Texas spoke. The bill funds aid for Israel and Jordan, "
        + "and Texas will pay part.\n");
    assertEntity(r, EntityType.LOCATION, "Jordan");
    assertEntity(r, EntityType.LOCATION, "Texas");
  }

  @Test
  void aTeamNicknameIsNoTreatyPartyOrPlace() {
    Recognition r = recognize("The Oslo Accords held, Ohio Republicans said, and the Golan Heights stayed calm.\n");
    assertNoEntity(r, EntityType.ORGANIZATION, "Oslo Accords");
    assertNoEntity(r, EntityType.ORGANIZATION, "Ohio Republicans");
    assertNoEntity(r, EntityType.ORGANIZATION, "Golan Heights");
  }

  @Test
  void aPersonListRetypesOnlyNamesOfTwoWordsOrMore() {
    Recognition r = recognize("Guests included Marla Quent, Obi Tarrant, Velkovia and Ilse Markvart.\n");
    assertNoEntity(r, EntityType.PERSON, "Velkovia");
  }

  @Test
  void aResultLineMayHoldWordsInAScorersNote() {
    Recognition r = recognize("Results:\n\nHarbourton 2 (Tarrant 45 pen) Lindholm 1\n");
    assertEntity(r, EntityType.ORGANIZATION, "Harbourton");
    assertEntity(r, EntityType.ORGANIZATION, "Lindholm");
  }

  @Test
  void contestMakesTeamsOfTheSidesOfAVerbOfWinning() {
    Recognition r = recognize("Tampere beat Brannoch by an innings on Friday. Brannoch had led the table since May, "
        + "and Tampere now lead it.\n");
    assertEntity(r, EntityType.ORGANIZATION, "Tampere");
    assertEntity(r, EntityType.ORGANIZATION, "Brannoch");
    assertEquals("contest", rule(r, "Brannoch"));
    assertEquals(2, entity(r, EntityType.ORGANIZATION, "Brannoch").orElseThrow().mentions(), "agreement types every mention");
  }

  @Test
  void contestReadsTheSideAfterAVictoryOrAMatch() {
    Recognition r = recognize("The win was their first since a 3-1 victory over Varnholm, ahead of Sunday's match "
        + "against the Lindholm Gulls and a game against Brannoch.\n");
    assertEntity(r, EntityType.ORGANIZATION, "Varnholm");
    assertEntity(r, EntityType.ORGANIZATION, "Brannoch");
  }

  @Test
  void contestLeavesPeopleCountriesAndOtherVerbsAlone() {
    Recognition r = recognize("Odile Fenwick beat Halvard Quennell in straight sets. Fenwick beat Quennell again in "
        + "May, and France beat Norway 2-0. Police beat protesters in Brannoch.\n");
    assertEntity(r, EntityType.PERSON, "Odile Fenwick");
    assertEntity(r, EntityType.PERSON, "Halvard Quennell");
    assertNoEntity(r, EntityType.ORGANIZATION, "Fenwick");
    assertNoEntity(r, EntityType.ORGANIZATION, "Quennell");
    assertEntity(r, EntityType.LOCATION, "France");
    assertEntity(r, EntityType.LOCATION, "Norway");
    assertNoEntity(r, EntityType.ORGANIZATION, "Brannoch");
  }

  @Test
  void orgMemberReadsANewspaperAndAStockAsAnOrganisations() {
    Recognition r = recognize("The Varnholm Courier and Quillmont newspaper said Brannoch stock fell.\n");
    assertEntity(r, EntityType.ORGANIZATION, "Quillmont");
    assertEntity(r, EntityType.ORGANIZATION, "Brannoch");
  }

  @Test
  void contestReadsTheObjectOfAVerbOfWinningAfterWhoOrTo() {
    Recognition r = recognize("Harbourton need 148 runs to beat Varnholm, who beat Lindholm on Friday. "
        + "Police beat Quennell outside the station, and the report could upset Brannoch.\n");
    assertEntity(r, EntityType.ORGANIZATION, "Varnholm");
    assertEntity(r, EntityType.ORGANIZATION, "Lindholm");
    assertNoEntity(r, EntityType.ORGANIZATION, "Quennell");
    assertNoEntity(r, EntityType.ORGANIZATION, "Brannoch");
  }

  @Test
  void unknownNameMakesAPersonOfTwoWordsNoListKnows() {
    Recognition r = recognize("The award went to Zorvan Pelletrix for his work in the valley. Pelletrix thanked "
        + "the jury.\n");
    assertEntity(r, EntityType.PERSON, "Zorvan Pelletrix");
    assertEquals("unknown-name", rule(r, "Zorvan Pelletrix"));
  }

  @Test
  void unknownNameNeedsTheArticleToCallTheNameByItsLastWord() {
    Recognition r = recognize("Shares of Dravelle Quist rose after Dravelle said profit doubled. Visitors to Torvan "
        + "Pines were turned away.\n");
    assertNoEntity(r, EntityType.PERSON, "Dravelle Quist");
    assertNoEntity(r, EntityType.PERSON, "Torvan Pines");
  }

  @Test
  void orgDescriptorMakesAnOrganisationOfTheNameAfterAFirmsNoun() {
    Recognition r = recognize("The stake went to battery manufacturer Lumora Cells and the lender Brannoch. The "
        + "utility Quarrendon said power was back, and Varnholm-based Trelwick bought it.\n");
    assertEntity(r, EntityType.ORGANIZATION, "Trelwick");
    assertEntity(r, EntityType.ORGANIZATION, "Quarrendon");
    assertEntity(r, EntityType.ORGANIZATION, "Lumora Cells");
    assertEntity(r, EntityType.ORGANIZATION, "Brannoch");
    assertEquals("org-descriptor", rule(r, "Brannoch"));
  }

  @Test
  void unknownNameMakesAPlaceOfANameBeforeAState() {
    Recognition r = recognize("Marla Quent, 41, of Tarnwick Vale, Ohio, was charged on Monday.\n");
    assertEntity(r, EntityType.LOCATION, "Tarnwick Vale");
    assertNoEntity(r, EntityType.PERSON, "Tarnwick Vale");
  }

  @Test
  void unknownNameLeavesCapitalsAbbreviationsAndNamesAfterTheAlone() {
    Recognition r = recognize("The sale of Brindle Quarto plc closed. Residents of the Tarnwick Flats objected, and "
        + "Dorran Bros. said it would appeal.\n\nQUARTO VORLAND SHARES SLIP\n\nQuarto, Flats and Bros. were "
        + "named again, and Vorland too.\n");
    assertTrue(r.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), r.entities()::toString);
  }

  @Test
  void unknownNameGivesWayToStrongerEvidenceForTheSameName() {
    Recognition r = recognize("Homes in the neighbourhood of Tarnwick Flats flooded. Tarnwick Flats residents "
        + "left by boat.\n");
    assertEntity(r, EntityType.LOCATION, "Tarnwick Flats");
    assertNoEntity(r, EntityType.PERSON, "Tarnwick Flats");
  }

  @Test
  void contestLeavesNamesThatModifyTheNounAfterThem() {
    Recognition r = recognize("Brannoch beat Wall Street estimates again, and shoppers hurried to beat the Yuletide rush. "
        + "Storm Ardith hammered Varnholm's sea wall. The senator tried to win over Lindholm voters, and the fine was "
        + "a loss to Tarnwick taxpayers.\n");
    assertNoEntity(r, EntityType.ORGANIZATION, "Wall Street");
    assertNoEntity(r, EntityType.ORGANIZATION, "Yuletide");
    assertNoEntity(r, EntityType.ORGANIZATION, "Varnholm");
    assertNoEntity(r, EntityType.ORGANIZATION, "Lindholm");
    assertNoEntity(r, EntityType.ORGANIZATION, "Tarnwick");
  }

  @Test
  void contestRetypesAKnownPlaceOnlyWhereItPlays() {
    Recognition r = recognize("Ohio beat Iowa 28-14 on Saturday. The governor of Ohio watched from the stands.\n");
    assertEntity(r, EntityType.LOCATION, "Ohio");
  }

  @Test
  void aSurnameNamedInFullByUnknownNameIsNoTeam() {
    Recognition r = recognize("Marla Quent held off Zorvan Pelletrix in the primary. Quent crushed Pelletrix again "
        + "in May, and Quent beat Pelletrix once more in the runoff.\n");
    assertNoEntity(r, EntityType.ORGANIZATION, "Pelletrix");
    assertEntity(r, EntityType.PERSON, "Zorvan Pelletrix");
  }

  @Test
  void orgDescriptorLeavesARelativeClauseAPossessiveAndPeoplesJobs() {
    Recognition r = recognize("The company Pelletrix founded in 2009 grew, the firm's Tarnwick plant closed, and "
        + "crane operator Daniel Quist was hurt.\n");
    assertNoEntity(r, EntityType.ORGANIZATION, "Pelletrix");
    assertNoEntity(r, EntityType.ORGANIZATION, "Tarnwick");
    assertEntity(r, EntityType.PERSON, "Daniel Quist");
  }

  @Test
  void aPersonsNameEndingInACompanysWordStaysAPerson() {
    Recognition r = recognize("Gov. Janet Mills said the plan would pass. Mills spoke for ten minutes.\n");
    assertEntity(r, EntityType.PERSON, "Janet Mills");
  }

  @Test
  void unknownNameMakesAPlaceBeforeAStateOnlyAfterAPreposition() {
    Recognition r = recognize("Results: Zorvan Pelletrix, Kenya, 2:05:41. Pelletrix won by a minute.\n");
    assertNoEntity(r, EntityType.LOCATION, "Zorvan Pelletrix");
  }

  @Test
  void aLoneNameAfterSaidIsAPersonBeforeACommaToo() {
    Recognition r = recognize("It is over, \"said Velkanova, adding that she would stay. The vote was close, said "
        + "Brannick, who lost.\n");
    assertEntity(r, EntityType.PERSON, "Velkanova");
    assertEntity(r, EntityType.PERSON, "Brannick");
  }

  @Test
  void ambiguousGivenNameMakesAPersonOfAPlaceNameBeforeASurname() {
    Recognition r = recognize("Dean Halloran scored twice, Chad Varga pitched, and Florence Okafor said she would stay. "
        + "Fans flew in from Florence and Chad, past the Jordan Valley, to see the Austin Gulls. Halloran and Varga "
        + "left early.\n");
    assertEntity(r, EntityType.PERSON, "Dean Halloran");
    assertEntity(r, EntityType.PERSON, "Chad Varga");
    assertEntity(r, EntityType.PERSON, "Florence Okafor");
    assertEquals("ambiguous-given-name", rule(r, "Chad Varga"));
    assertEntity(r, EntityType.LOCATION, "Florence");
    assertEntity(r, EntityType.LOCATION, "Chad");
    assertNoEntity(r, EntityType.PERSON, "Jordan Valley");
    assertNoEntity(r, EntityType.PERSON, "Austin Gulls");
  }

  @Test
  void aHyphenatedTitleIsNoPartOfTheName() {
    Recognition r = recognize("Lieutenant-Governor Ada Fenwick opened the bridge, and Ex-Minister Rolf Tannwick cut "
        + "the ribbon.\n");
    assertEntity(r, EntityType.PERSON, "Ada Fenwick");
    assertEntity(r, EntityType.PERSON, "Rolf Tannwick");
  }

  @Test
  void ambiguousGivenNameNeedsThePersonSaidAndNoPlaceBefore() {
    Recognition r = recognize("Protesters gathered at the Lincoln Memorial, near Denver Quays, and fans of the Savannah "
        + "Bananas watched. Houston Methodist treated 14 patients. Austin Wagner, 31, said he saw it.\n");
    assertNoEntity(r, EntityType.PERSON, "Lincoln Memorial");
    assertNoEntity(r, EntityType.PERSON, "Denver Quays");
    assertNoEntity(r, EntityType.PERSON, "Savannah Bananas");
    assertNoEntity(r, EntityType.PERSON, "Houston Methodist");
    assertEntity(r, EntityType.PERSON, "Austin Wagner");
  }

  @Test
  void basedMakesAFirmOnlyAfterAPlaceOrInsideASentence() {
    Recognition r = recognize("Plant-based Burgers now outsell beef at Hollin Foods, and Varnholm-based Trelwick "
        + "bought a stake.\n");
    assertNoEntity(r, EntityType.ORGANIZATION, "Burgers");
    assertEntity(r, EntityType.ORGANIZATION, "Trelwick");
  }

  @Test
  void aPartysOrAFaithsPluralIsNoPerson() {
    Recognition r = recognize("The bill would fail, Democrats said, and Hill Republicans said it would pass. Catholics "
        + "objected. \"It is over,\" said Velkanova.\n");
    assertTrue(r.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON && !e.name().equals("Velkanova")),
        r.entities()::toString);
    assertEntity(r, EntityType.PERSON, "Velkanova");
  }
}
