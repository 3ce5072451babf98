package org.newsfacet.extract.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfacet.internal.English;
import org.newsfacet.model.EntityType;

/**
 * Rule {@code dateline-place}: a name in capitals that opens a paragraph and is followed by a
 * comma and a place the gazetteer knows or a month and day, or by a date in digits, is a
 * dateline's town ("VARNHOLM, Norway -", "VARNHOLM, Feb 9 (Harbor Wire) -", "VARNHOLM 2024-02-09"): a
 * place whatever no list knows of it.
 */
final class DatelinePlaces implements ContextRule {
  /** Month names and abbreviations: "Feb" of "Feb 9". */
  private static final Map<String, String> MONTHS = English.table("months");
  /** "SUNDAY, MAY 12" opens a schedule, not a dateline. */
  private static final Set<String> WEEKDAYS = English.words("weekdays");
  /** The shortest date in digits and hyphens: "2024-5-1". */
  private static final int DATE_LENGTH = 8;
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
          || !capitals(c.surface) || c.type != null && !c.weak && c.type != EntityType.LOCATION
          || WEEKDAYS.contains(Gazetteer.norm(c.surface))) {
        continue;
      }
      if (dated(tokens, c.to) || tokens.get(c.to).afterComma() && (place(tokens, c.to) || month(tokens, c.to))) {
        c.type = EntityType.LOCATION;
        c.canonical = titleCase(c.surface); // the town, as the dateline field writes it
        c.weak = false;
        c.joinOnly = false;
        c.rule = name(); // not decisive: a town's team may be named in the same story
      }
    }
  }

  /** A place the gazetteer knows at {@code i}: "Norway" of "BRANNOCH, Norway". */
  private boolean place(List<Token> tokens, int i) {
    int place = evidence.knownAt(tokens, i, tokens.size());
    return place > 0 && evidence.known(tokens, i, i + place).filter(h -> h.type() == EntityType.LOCATION).isPresent();
  }

  /** A month and a day at {@code i}: "Feb 9" of "BRANNOCH, Feb 9 (Harbor Wire) -". */
  private static boolean month(List<Token> tokens, int i) {
    return i + 1 < tokens.size() && MONTHS.containsKey(Gazetteer.norm(tokens.get(i).text())) && tokens.get(i + 1).score();
  }

  /** A date written as digits and hyphens right after the town: "BRANNOCH 2024-05-01". */
  private static boolean dated(List<Token> tokens, int i) {
    String t = tokens.get(i).text();
    return tokens.get(i).joinedToPrevious() && t.length() >= DATE_LENGTH && Character.isDigit(t.charAt(0)) && t.indexOf('-') > 0;
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
