package org.newsfacet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GrammarTest {

  @Test
  void expandsEveryReferenceAndLeavesAnOptionalOneOutWithItsSpace() {
    Grammar g = Grammar.parse(List.of("[s]", "{a} {b?} end", "[a]", "one | two", "[b]", "middle"), "test");
    Set<String> seen = new HashSet<>();
    SplittableRandom r = new SplittableRandom(1);
    for (int i = 0; i < 200; i++) {
      seen.add(g.rule("s").phrase(r));
    }
    assertEquals(Set.of("one end", "two end", "one middle end", "two middle end"), seen);
    assertEquals("One end", g.rule("s").sentence(new SplittableRandom(2)).replace("Two", "One").replace(" middle", ""));
  }

  @Test
  void refusesAReferenceToNoRuleAndARuleWithoutAlternatives() {
    assertThrows(IllegalArgumentException.class, () -> Grammar.parse(List.of("[s]", "{nothing}"), "test"));
    assertThrows(IllegalArgumentException.class, () -> Grammar.parse(List.of("[s]", "[t]", "word"), "test"));
    assertThrows(IllegalArgumentException.class, () -> Grammar.bundled().rule("no-such-rule"));
  }

  /** Narrative must name and count nothing and report no speech, or the expected records would miss it. */
  @Test
  void narrativeHasNoNamesNumbersOrReportingVerbs() throws IOException {
    Set<String> forbidden = new HashSet<>(firstColumn("org/newsfacet/english/reporting-verbs.tsv"));
    forbidden.addAll(firstColumn("org/newsfacet/english/number-words.tsv"));
    forbidden.addAll(firstColumn("org/newsfacet/english/scale-words.tsv"));
    Grammar.Rule narrative = Grammar.bundled().rule("narrative");
    SplittableRandom r = new SplittableRandom(3);
    for (int i = 0; i < 20_000; i++) {
      String s = narrative.sentence(r);
      assertFalse(s.substring(1).chars().anyMatch(Character::isUpperCase), s);
      assertFalse(s.chars().anyMatch(Character::isDigit), s);
      assertTrue(s.endsWith(".") && s.indexOf('.') == s.length() - 1, s);
      assertFalse(s.contains("  ") || s.contains(" ,") || s.contains(" ."), "spacing: " + s);
      for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
        assertFalse(forbidden.contains(w), w + " in: " + s);
      }
    }
  }

  private static Set<String> firstColumn(String resource) throws IOException {
    Set<String> out = new HashSet<>();
    try (InputStream in = ClassLoader.getSystemResourceAsStream(resource)) {
      assertTrue(in != null, resource);
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> out.add(l.split("\t")[0].strip()));
    }
    return out;
  }
}
