package org.newsfacet.extract.entity;

import java.util.List;
import org.newsfacet.model.EntityType;

/**
 * Rule {@code dateline-place}: a name in capitals that opens a paragraph and is followed by a
 * comma and a place the gazetteer knows is a dateline's town ("VARNHOLM, Norway -"), a place
 * whatever no list knows of it.
 */
final class DatelinePlaces implements ContextRule {
  private final NameEvidence evidence;

  DatelinePlaces(NameEvidence evidence) {
    this.evidence = evidence;
  }

  @Override
  public String name() {
    return "dateline-place";
  }

  @Override
  public void apply(List<Token> tokens, List<Candidate> candidates) {
    for (Candidate c : candidates) {
      if (c.from < 0 || c.rule != null || c.to >= tokens.size() || !tokens.get(c.from).sentenceStart()
          || !tokens.get(c.to).afterComma() || !capitals(c.surface) || c.type != null && !c.weak && c.type != EntityType.LOCATION) {
        continue;
      }
      int place = evidence.knownAt(tokens, c.to, tokens.size());
      if (place > 0 && evidence.known(tokens, c.to, c.to + place).filter(h -> h.type() == EntityType.LOCATION).isPresent()) {
        c.type = EntityType.LOCATION;
        c.canonical = titleCase(c.surface); // the town, as the dateline field writes it
        c.weak = false;
        c.joinOnly = false;
        c.decisive = true;
        c.rule = name();
      }
    }
  }

  /** "PORT TALBERT" as Port Talbert, "EL-MARSA" as El-Marsa. */
  private static String titleCase(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      b.append(start ? ch : Character.toLowerCase(ch));
      start = !Character.isLetter(ch);
    }
    return b.toString();
  }

  /** True when every letter is a capital and there are two or more: "VARNHOLM", "PORT TALBERT". */
  private static boolean capitals(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.isLetter(ch)) {
        if (!Character.isUpperCase(ch)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }
}
