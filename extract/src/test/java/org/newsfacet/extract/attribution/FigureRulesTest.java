package org.newsfacet.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsfacet.internal.English;

/** The word lists the figure rules join with the attribution lexicon. */
class FigureRulesTest {

  @Test
  void everyPossessivePronounNamesTheSubjectPronounOfItsAntecedent() {
    // "its forecast of …" is looked up as the forecast of whatever "it" stands for: a possessive the
    // lexicon lists without a subject pronoun here would leave the estimate without a source
    Map<String, String> subjects = English.table("possessive-subject-pronouns");
    assertEquals(Lexicon.POSSESSIVE_PRONOUNS, subjects.keySet(), "possessive-subject-pronouns.tsv covers the lexicon's");
    for (String subject : subjects.values()) {
      assertTrue(Lexicon.PRONOUNS.contains(subject), subject + " is a subject pronoun of the lexicon");
    }
  }
}
