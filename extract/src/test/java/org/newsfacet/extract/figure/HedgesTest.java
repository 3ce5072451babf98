package org.newsfacet.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HedgesTest {
  private static Hedges.Hedge before(String body, String number) {
    return Hedges.before(body, body.indexOf(number));
  }

  @Test
  void theLongestHedgeBeforeTheNumberIsTaken() {
    String body = "The port took in as many as 40 boats.";
    assertEquals(new Hedges.Hedge(body.indexOf("as many"), false, "up to"), before(body, "40"));
    body = "Crews reached an estimated 1,400 homes.";
    assertEquals(new Hedges.Hedge(body.indexOf("an estimated"), true, null), before(body, "1,400"));
  }

  @Test
  void aPhraseMayBothHedgeAndBound() {
    String body = "The club sold just over 50 tickets.";
    assertEquals(new Hedges.Hedge(body.indexOf("just"), true, "more than"), before(body, "50"));
    body = "The club sold over 50 tickets.";
    assertEquals(new Hedges.Hedge(body.indexOf("over"), false, "more than"), before(body, "50"));
  }

  @Test
  void noHedgeLeavesTheStartWhereItWas() {
    String body = "The club sold 50 tickets.";
    assertEquals(new Hedges.Hedge(body.indexOf("50"), false, null), before(body, "50"));
  }
}
