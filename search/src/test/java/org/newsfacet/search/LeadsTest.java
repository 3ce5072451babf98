package org.newsfacet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacet.model.Article;

class LeadsTest {
  private static Article article(String dateline, String... authors) {
    return new Article("a", "a.txt", null, null, null, null, null, dateline, List.of(authors), List.of(), List.of(),
        List.of());
  }

  @Test
  void theLeadSkipsTheDatelineTheExtractionFoundEvenWhenItsCityHasAFullStop() {
    String body = "SAN MARCO, Westland\n A ferry ran aground on Monday.\n\nNo one was hurt.";
    assertEquals("A ferry ran aground on Monday. No one was hurt.", Leads.of(body, article("San Marco")));
    assertEquals("A tram stopped. Crews came.", Leads.of("ST. ALBANS\n A tram stopped.\n Crews came.",
        article("St. Albans")));
    assertEquals("A tram stopped.", Leads.of("PORTVILLE/EASTON\n A tram stopped.", article("Portville")));
  }

  @Test
  void aFirstLineThatOnlyStartsWithTheDatelineCityStays() {
    String body = "Portville council voted on Monday to close the tram line.\n\nIt runs at a loss.";
    assertEquals("Portville council voted on Monday to close the tram line. It runs at a loss.",
        Leads.of(body, article("Portville")));
  }

  @Test
  void withoutADatelineTheBodyIsTheLeadAndABylineNamingTheAuthorIsSkipped() {
    assertEquals("A tram stopped.", Leads.of("A tram stopped.", article(null)));
    assertEquals("A tram stopped.", Leads.of("By Ann Example\n\nA tram stopped.", article(null, "Ann Example")));
  }

  @Test
  void aLongLeadKeepsTheWholeSentencesThatFitAndNeverEndsAtAnAbbreviation() {
    String first = "The council of the small river town voted on Monday to close its tram line, which has run at a "
        + "loss since it opened.";
    String second = "Its mayor, Gen. Example, said the vote was close and that the line had served for a century "
        + "and more, through war and flood and fire.";
    String lead = Leads.of(first + " " + second, article(null));
    assertEquals(first, lead);
    assertTrue(lead.length() <= Leads.LENGTH);
  }

  @Test
  void aSentenceLongerThanTheLeadIsCutAfterAWordWithAnEllipsis() {
    String body = "word ".repeat(60) + "end.";
    String lead = Leads.of(body, article(null));
    assertTrue(lead.endsWith("word…"), lead);
    assertTrue(lead.length() <= Leads.LENGTH, lead);
  }

  @Test
  void aLeadWithoutSpacesIsNeverCutInsideACharacter() {
    String lead = Leads.of("\ud840\udc00".repeat(150), article(null)); // a character outside the basic plane
    assertTrue(lead.endsWith("\ud840\udc00…"), lead);
    assertTrue(lead.length() <= Leads.LENGTH, lead);
  }

  @Test
  void aHitsSnippetIsSingleSpaced() {
    Hit hit = new Hit(article(null), 1f, "KARSEN\n Drones  struck\t<b>a</b>\r\nmarket ");
    assertEquals("KARSEN Drones struck <b>a</b> market", hit.snippet());
    assertEquals("a b", Leads.singleSpaced(" a\u00a0\n b "));
  }
}
