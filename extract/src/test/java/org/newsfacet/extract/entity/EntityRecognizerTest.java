package org.newsfacet.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsfacet.extract.Extractor;
import org.newsfacet.ingest.RawArticle;
import org.newsfacet.model.Article;
import org.newsfacet.model.Entity;
import org.newsfacet.model.EntityType;

class EntityRecognizerTest {
  private static Article extract(String text) {
    return Extractor.standard().extract(RawArticle.of("t.txt", text)).article();
  }

  private static Optional<Entity> entity(Article a, EntityType type, String name) {
    return a.entities().stream().filter(e -> e.type() == type && e.name().equals(name)).findFirst();
  }

  private static Entity person(Article a, String name) {
    return entity(a, EntityType.PERSON, name).orElseThrow(() -> new AssertionError("no person " + name + " in " + a.entities()));
  }

  @Test
  void keepsATitleInsideTheNameAsTheRoleAndTheOrganisationBeforeIt() {
    Article a = extract("Harbour Alliance Secretary-General Petra Lindqvist said on Monday the fleet would sail.\n");
    Entity p = person(a, "Petra Lindqvist");
    assertEquals("Harbour Alliance Secretary-General", p.role());
    assertTrue(entity(a, EntityType.ORGANIZATION, "Harbour Alliance").isPresent(), a.entities()::toString);
  }

  @Test
  void aKnownPlaceThatOpensWithATitlesWordIsThePlaceNotAPerson() {
    Article a = extract("Sri Lanka beat the visitors by six wickets on Friday.\n\nThe government of Sri Lanka said "
        + "Sri Ranjith Perera would lead the talks.\n");
    assertTrue(entity(a, EntityType.LOCATION, "Sri Lanka").isPresent(), a.entities()::toString);
    assertTrue(entity(a, EntityType.PERSON, "Lanka").isEmpty(), a.entities()::toString);
    assertTrue(entity(a, EntityType.PERSON, "Ranjith Perera").isPresent(), "the honorific still goes: " + a.entities());
  }

  @Test
  void anOrganisationsHeadWordAloneBeforeSaidIsNoPerson() {
    Article a = extract("The Harbour Trade Commission opened an inquiry on Monday.\n\nThe Commission said it would "
        + "report in June, and the Ministry said it would help. Quiroga said she welcomed it.\n");
    assertTrue(entity(a, EntityType.PERSON, "Commission").isEmpty(), a.entities()::toString);
    assertTrue(entity(a, EntityType.PERSON, "Ministry").isEmpty(), a.entities()::toString);
    assertTrue(entity(a, EntityType.PERSON, "Quiroga").isPresent(), "a lone name before said still is one: " + a.entities());
  }

  @Test
  void keepsALowerCaseRoleBeforeTheNameWithWhatQualifiesIt() {
    Article a = extract("The river rose overnight, governor Anton Belyk said. UNESCO chief Marta Quiroga visited later.\n");
    assertEquals("governor", person(a, "Anton Belyk").role());
    assertEquals("UNESCO chief", person(a, "Marta Quiroga").role());
  }

  @Test
  void readsARoleInApposition() {
    Article a = extract("Ines Varga, the mayor of Lindholm, said the ferry would run all winter.\n");
    assertEquals("mayor of Lindholm", person(a, "Ines Varga").role());
  }

  @Test
  void mergesSurnamesAndPossessivesIntoThePersonNamedInFull() {
    Article a = extract("Marta Quiroga opened the summit on Monday. Quiroga's plan won support, and Quiroga said talks would go on.\n");
    Entity p = person(a, "Marta Quiroga");
    assertEquals(3, p.mentions());
    assertEquals(List.of("Quiroga"), p.aliases());
    assertEquals(1, a.entities().stream().filter(e -> e.type() == EntityType.PERSON).count());
  }

  @Test
  void mergesTransliterationVariantsOfOneName() {
    Article a = extract("Oleksandr Kovalenkyy met reporters on Monday. Later Kovalenkiy said the deal was close.\n");
    Entity p = person(a, "Oleksandr Kovalenkyy");
    assertEquals(2, p.mentions());
  }

  @Test
  void linksAnAcronymToTheNameItAbbreviates() {
    Article a = extract("The Baltic Fisheries Council (BFC) met in Tallinn on Monday. The BFC said quotas would fall.\n");
    Entity org = entity(a, EntityType.ORGANIZATION, "Baltic Fisheries Council").orElseThrow(() -> new AssertionError(a.entities()));
    assertEquals(List.of("BFC"), org.aliases());
    assertEquals(3, org.mentions());
    assertTrue(entity(a, EntityType.LOCATION, "Tallinn").isPresent());
  }

  @Test
  void findsPlacesAndOrganisationsFromTheGazetteersButNotDemonyms() {
    Article a = extract("Ukrainian officials said the European Union would send aid to Kyiv and Lviv.\n");
    assertTrue(entity(a, EntityType.ORGANIZATION, "European Union").isPresent(), a.entities()::toString);
    assertTrue(entity(a, EntityType.LOCATION, "Kyiv").isPresent());
    assertTrue(entity(a, EntityType.LOCATION, "Lviv").isPresent());
    assertTrue(a.entities().stream().noneMatch(e -> e.name().contains("Ukrainian")), a.entities()::toString);
  }

  @Test
  void namesTheCountryTheGazetteerWayWhateverTheArticleWrites() {
    Article a = extract("The U.S. has not confirmed the report, officials said.\n");
    Entity us = entity(a, EntityType.LOCATION, "United States").orElseThrow(() -> new AssertionError(a.entities()));
    assertEquals(List.of("U.S."), us.aliases());
  }

  @Test
  void sentenceOpeningWordsAreNoNames() {
    Article a = extract("But officials in Tallinn disagreed. Meanwhile the port stayed shut.\n");
    assertEquals(List.of("Tallinn"), a.entities().stream().map(Entity::name).toList());
  }

  @Test
  void anUnknownTownAfterInIsAPlace() {
    Article a = extract("Flooding closed roads in Varnholm on Monday, police said.\n");
    assertTrue(entity(a, EntityType.LOCATION, "Varnholm").isPresent(), a.entities()::toString);
  }

  @Test
  void organisationHeadsTypeUnknownNames() {
    Article a = extract("The Brackendale Borough Council voted to close the pool.\n");
    assertTrue(entity(a, EntityType.ORGANIZATION, "Brackendale Borough Council").isPresent(), a.entities()::toString);
  }

  @Test
  void bylinesAndCreditsAreAuthorsNotEntities() {
    Article a = extract("Harbour strike spreads\n\nBy Zofia Brandt\n\nDock workers in Gdansk joined the strike on Monday.\n\n"
        + "(Reporting by Tomas Quill; Editing by Ines Varga)\n");
    assertEquals(List.of("Zofia Brandt", "Tomas Quill", "Ines Varga"), a.authors());
    assertTrue(a.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), a.entities()::toString);
  }

  @Test
  void aDatelineCityIsAPlaceWrittenInCapitals() {
    Article a = extract("TALLINN, Estonia (Reuters) - Ferries resumed on Monday.\n");
    Entity city = entity(a, EntityType.LOCATION, "Tallinn").orElseThrow(() -> new AssertionError(a.entities()));
    assertEquals(List.of(), city.aliases());
    assertTrue(entity(a, EntityType.LOCATION, "Estonia").isPresent());
  }

  @Test
  void spellingsOfOneNameShareTheCrossArticleKey() {
    NameKeys keys = NameKeys.bundled();
    assertEquals(keys.key("Zelensky"), keys.key("Zelenskyy"));
    assertEquals(keys.key("Zelensky"), keys.key("Zelenskiy"));
    assertEquals(keys.key("Volodymyr Zelensky"), keys.key("Wolodymyr Selenskyj"));
    assertEquals(keys.key("Kim Jong Un"), keys.key("Kim Jong-un"));
    assertEquals(keys.key("Recep Tayyip Erdogan"), keys.key("Recep Tayyip Erdoğan"));
    assertNotEquals(keys.key("Kim Jong Un"), keys.key("Kim Yo Jong"));
  }

  @Test
  void aTitleCaseHeadlineNamesOnlyWhatTheGazetteersOrTheBodyKnow() {
    Article a = Extractor.standard().extract(new RawArticle("t", "Ferries resumed between Tallinn and Helsinki on Monday.\n",
        new org.newsfacet.ingest.Given(null, null, "Baltic Ferries Resume As Storm Passes Helsinki", null, null, null, null, List.of())))
        .article();
    Entity helsinki = entity(a, EntityType.LOCATION, "Helsinki").orElseThrow(() -> new AssertionError(a.entities()));
    assertEquals(2, helsinki.mentions());
    assertTrue(a.entities().stream().noneMatch(e -> e.name().equals("Storm") || e.name().equals("Resume")), a.entities()::toString);
  }

  @Test
  void withoutEntitiesTheRecordHasNone() {
    Article a = Extractor.standard().metadataOnly().extract(RawArticle.of("t", "Ferries resumed in Tallinn.\n")).article();
    assertTrue(a.entities().isEmpty());
    assertFalse(extract("Ferries resumed in Tallinn.\n").entities().isEmpty());
    assertNull(extract("Ferries resumed in Tallinn.\n").entities().get(0).role());
  }

  @Test
  void unknownNamesArePeopleByContext() {
    Article a = extract("Maren Holt, 67, said her operation was cancelled. Later, said head librarian Corinne Abernathy, the doors reopened.\n");
    assertTrue(entity(a, EntityType.PERSON, "Maren Holt").isPresent(), a.entities()::toString);
    assertTrue(entity(a, EntityType.PERSON, "Corinne Abernathy").isPresent(), a.entities()::toString);
  }

  @Test
  void aPluralNounOpeningASentenceBeforeSaidIsNoPerson() {
    Article a = extract("Meteorologists said a cold front had stalled over the coast.\n");
    assertTrue(a.entities().isEmpty(), a.entities()::toString);
  }

  @Test
  void aRoleWithItsPortfolioStaysTheRole() {
    Article a = extract("The port reopened, Deputy Minister for Infrastructure Danylo Marchuk said on Monday.\n");
    assertEquals("Deputy Minister for Infrastructure", person(a, "Danylo Marchuk").role());
  }

  @Test
  void initialsOpenANameAndLettersAfterItAreNoPartOfIt() {
    Article a = extract("The inquiry was led by K. Ravi Menon. Counsel Rebecca Thorn SC said the fraud lasted years.\n");
    assertTrue(entity(a, EntityType.PERSON, "K. Ravi Menon").isPresent(), a.entities()::toString);
    assertTrue(entity(a, EntityType.PERSON, "Rebecca Thorn").isPresent(), a.entities()::toString);
  }

  @Test
  void anOrganisationWhoseNameStartsWithATitleIsNoPerson() {
    Article a = extract("The company said it would appeal to the General Court. The Ministry of Commerce said talks would resume.\n");
    assertTrue(a.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), a.entities()::toString);
    assertTrue(entity(a, EntityType.ORGANIZATION, "Ministry of Commerce").isPresent(), a.entities()::toString);
  }

  @Test
  void aPlaceBeforeAWeekdayIsNoLongerName() {
    Article a = extract("Flooding closed roads in Varnholm on Monday.\n");
    assertEquals(List.of("Varnholm"), a.entities().stream().map(Entity::name).toList());
  }

  @Test
  void aPlaceWithRegionIsTheRegion() {
    Article a = extract("Shelling hit villages in the Kharkiv region overnight.\n");
    assertTrue(a.entities().stream().anyMatch(e -> e.type() == EntityType.LOCATION && e.name().startsWith("Kharkiv")
        && (e.name().contains("region") || e.name().contains("Oblast"))), a.entities()::toString);
  }

  @Test
  void mpIsARoleBeforeANameAndLettersAfterIt() {
    Article a = extract("Labour MP Mary Jones met Conservative MP David Davis on Monday.\n");
    assertEquals("Labour MP", person(a, "Mary Jones").role());
    assertEquals("MP", person(a, "David Davis").role());
  }

  @Test
  void aSurnameThatIsAlsoAWordJoinsThePersonNamedInFull() {
    Article a = extract("Former prime minister Theresa May also attended. May said she was delighted.\n");
    assertEquals(2, person(a, "Theresa May").mentions());
  }

  @Test
  void particlesStayInsideDutchNames() {
    Article a = extract("Club manager Erik ten Hag said the squad was tired.\n");
    assertTrue(entity(a, EntityType.PERSON, "Erik ten Hag").isPresent(), a.entities()::toString);
  }

  @Test
  void aKnownNameInsideAnOrganisationKeepsNoLeadingArticle() {
    // "The National" is a newspaper; "The National Disaster Management Authority" is not, and has no "The".
    Article a = extract("The National Disaster Management Authority said roads had reopened.\n");
    assertTrue(entity(a, EntityType.ORGANIZATION, "National Disaster Management Authority").isPresent(), a.entities()::toString);
  }

  @Test
  void aNameMadeAnAdjectiveByAHyphenIsReadWithoutItsSuffix() {
    Article a = extract("The fund bought a stake in Hong Kong-listed battery maker Lumeng Cells.\n");
    assertTrue(entity(a, EntityType.LOCATION, "Hong Kong").isPresent(), a.entities()::toString);
    assertTrue(a.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), a.entities()::toString);
    person(extract("Yoon Seo-yeon said the buses would run all night.\n"), "Yoon Seo-yeon");
  }
}

