package org.newsfacet.extract.entity;

import java.util.List;
import java.util.Set;
import org.newsfacet.internal.English;
import org.newsfacet.model.EntityType;

/**
 * Rule {@code score-line}: names in a sports result are teams. A sentence with two names each
 * followed by its score ("Harbourton 2 Lindholm 1", "Varnholm 312 and 87-4, Lindholm 398"), a
 * table row that opens with a name and three numbers ("Harbourton 4 2 1 1") make organisations of
 * names no stronger evidence makes people. A result counts only in a line (or sentence) of nothing but
 * names, numbers and punctuation: "Electoral votes: Marlow 312, Quent 226" and "Apollo 11 and
 * Artemis 2" are no results, and "v" makes no fixture ("Roe v Wade"). A country keeps its
 * type: a national team is named for the country, and news calls it so.
 */
final class ScoreLines implements ContextRule {
  /** Month names and their abbreviations: "Nov. 3" is a date. */
  private static final Set<String> MONTHS = English.table("months").keySet();
  /** How many numbers after a name at the start of a sentence make a table row. */
  private static final int TABLE_NUMBERS = 3;
  /** How many names with scores make a sentence a result. */
  private static final int RESULT_PAIRS = 2;

  private final Gazetteer gazetteer;

  ScoreLines(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public String name() {
    return "score-line";
  }

  @Override
  public void apply(List<Token> tokens, List<Candidate> candidates) {
    boolean any = false;
    for (int c = 0; c < candidates.size() && !any; c++) {
      any = placed(tokens, candidates.get(c));
    }
    if (!any) {
      return; // most texts hold no result: only token checks so far, no lookups
    }
    int sentenceStart = -1;
    int pairs = 0;
    int pairsEnd = -1; // the token after the score of the second name with one
    int first = 0; // the first candidate of the sentence
    for (int c = 0; c <= candidates.size(); c++) {
      Candidate candidate = c < candidates.size() ? candidates.get(c) : null;
      if (candidate != null && candidate.from < 0) {
        continue;
      }
      int start = candidate == null ? Integer.MAX_VALUE : sentenceOf(tokens, candidate.from, sentenceStart);
      if (start != sentenceStart) {
        if (pairs >= RESULT_PAIRS && namesAndNumbers(tokens, sentenceStart, pairsEnd)) {
          for (int k = first; k < c; k++) {
            if (scored(tokens, candidates.get(k))) {
              decide(candidates.get(k));
            }
          }
        }
        sentenceStart = start;
        pairs = 0;
        pairsEnd = -1;
        first = c;
      }
      if (candidate == null || !placed(tokens, candidate)) {
        continue;
      }
      if (candidate.type == EntityType.ORGANIZATION && !candidate.weak && followedByScore(tokens, candidate)) {
        pairs++; // "Harbourton Gulls 36": a team other rules named counts for the result
        pairsEnd = pairs == RESULT_PAIRS ? candidate.to + 1 : pairsEnd;
        continue;
      }
      if (!eligible(candidate)) {
        continue;
      }
      if (scored(tokens, candidate)) {
        pairs++;
        pairsEnd = pairs == RESULT_PAIRS ? candidate.to + 1 : pairsEnd;
        if (tokens.get(candidate.from).lineOrSentenceStart() && numbersAfter(tokens, candidate.to) >= TABLE_NUMBERS) {
          decide(candidate);
          candidate.tableRow = true;
        }
      }
    }
  }

  /** True when a score follows the name: token checks only. */
  private static boolean placed(List<Token> tokens, Candidate c) {
    return c.from >= 0 && followedByScore(tokens, c);
  }

  /**
   * True when every word from token {@code start}, where a line or sentence starts, up to token
   * {@code end} (the end of the second score) is a name's or a number: what follows may be words
   * ("(half-time 1-0)"), what leads to the result may not ("Electoral votes: ...", "... 11 and ...").
   */
  private static boolean namesAndNumbers(List<Token> tokens, int start, int end) {
    if (start < 0 || end < start) {
      return false;
    }
    boolean bracketed = false; // "Harbourton 2 (Tarrant 45 pen) Lindholm 1": a scorer's note may hold words
    for (int k = start; k < end && k < tokens.size(); k++) {
      Token t = tokens.get(k);
      bracketed = t.markBefore() == '(' || bracketed && t.markBefore() != ')';
      if (!t.capitalised() && !t.score() && !bracketed) {
        return false;
      }
    }
    return true;
  }

  /** The first token of the sentence that holds token {@code i}, looked for back to {@code known}. */
  private static int sentenceOf(List<Token> tokens, int i, int known) {
    for (int k = i; k > known; k--) {
      if (tokens.get(k).lineOrSentenceStart()) {
        return k;
      }
    }
    return known;
  }

  /** A name that stronger evidence does not make a person, a country, a date or a code ("M2", "Oct."). */
  private boolean eligible(Candidate c) {
    return c.from >= 0 && c.rule == null && !c.joinOnly && !(c.type == EntityType.PERSON && !c.weak)
        && !gazetteer.isCountry(c.surface) && !MONTHS.contains(Gazetteer.norm(c.surface)) && !hasDigit(c.surface);
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private boolean scored(List<Token> tokens, Candidate c) {
    return eligible(c) && followedByScore(tokens, c);
  }

  private static boolean followedByScore(List<Token> tokens, Candidate c) {
    return c.to < tokens.size() && tokens.get(c.to).joinedToPrevious() && tokens.get(c.to).score();
  }

  /** How many numbers follow token {@code i - 1} in its sentence before any other word ("74 59 .556"). */
  private static int numbersAfter(List<Token> tokens, int i) {
    int n = 0;
    while (i + n < tokens.size() && !tokens.get(i + n).lineOrSentenceStart() && tokens.get(i + n).score()) {
      n++;
    }
    return n;
  }

  private void decide(Candidate c) {
    c.type = EntityType.ORGANIZATION;
    c.weak = false;
    c.decisive = true;
    c.rule = name();
  }
}
