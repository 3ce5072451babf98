package org.newsfacet.extract.figure;

import static org.newsfacet.extract.figure.BodyWords.lastWordsBefore;
import static org.newsfacet.extract.figure.BodyWords.lowerCaseWords;
import static org.newsfacet.extract.figure.BodyWords.nextWord;
import static org.newsfacet.extract.figure.BodyWords.wordEnd;

import java.util.Locale;
import java.util.Set;
import org.newsfacet.internal.English;

/**
 * Tells when a count of people, or a bare number, counts casualties: a casualty word (the lexicon's
 * {@code casualty-words.txt}) just before it ("killing at least 9 people"), the verb after it ("eight
 * were killed") or a death toll it reaches.
 */
final class Casualties {
  private static final Set<String> CASUALTY_WORDS = English.words("casualty-words");
  /** Words that may stand between a casualty word and the number: "killing at least 9". */
  private static final Set<String> GAP_WORDS = English.words("casualty-gap-words");
  private static final Set<String> BE = English.words("be-forms");
  /** How many words before a number a casualty word is looked for. */
  private static final int WORDS_BEFORE = 4;
  /** How many words before a number "toll ... to" or "toll ... at" is looked for. */
  private static final int TOLL_WORDS = 5;
  /** How far after a count of people its clause is read for a casualty word, in characters. */
  private static final int CLAUSE = 60;

  private Casualties() {}

  /** "killing at least 9 people", "the deaths of four children": a casualty word just before the figure. */
  static boolean before(String body, int start) {
    String before = lastWordsBefore(body, start, WORDS_BEFORE);
    String[] words = before.split(" ");
    for (int k = words.length - 1; k >= 0 && k >= words.length - WORDS_BEFORE; k--) {
      String w = words[k];
      if (CASUALTY_WORDS.contains(w)) {
        return true;
      }
      if (!(Hedges.approximates(w) || Hedges.bounds(w) || GAP_WORDS.contains(w))) {
        return false; // "the dead included one child" goes on; "killed in a town of 900" does not
      }
    }
    return false;
  }

  /** "Seven were killed", "11 were wounded", "two died": a bare number whose verb makes it casualties. */
  static boolean next(String body, int end) {
    String next = nextWord(body, end);
    if (next == null) {
      return false;
    }
    String w = next.toLowerCase(Locale.ROOT);
    if (CASUALTY_WORDS.contains(w) && !w.endsWith("ing")) {
      return true; // "two died"
    }
    int after = wordEnd(body, end);
    if (BE.contains(w) || (w.equals("have") || w.equals("had")) && "been".equalsIgnoreCase(nextWord(body, after))) {
      int verb = w.equals("have") || w.equals("had") ? wordEnd(body, after) : after;
      String then = nextWord(body, verb);
      return then != null && CASUALTY_WORDS.contains(then.toLowerCase(Locale.ROOT));
    }
    return false;
  }

  /** "26 people were killed": a casualty word later in the clause of a count of people. */
  static boolean after(String body, int end) {
    int limit = Math.min(body.length(), end + CLAUSE);
    for (int k = end; k < limit; k++) {
      char c = body.charAt(k);
      if (c == '.' || c == ';' || c == ',' || c == '\n') {
        limit = k; // the same clause only
        break;
      }
    }
    for (String w : lowerCaseWords(body.substring(end, limit))) {
      if (CASUALTY_WORDS.contains(w) && !w.endsWith("ing") && !w.equals("kill") && !w.equals("kills")) {
        // "were killed", "died"; not "..., killing four people": that verb's object is another figure
        return true;
      }
    }
    return false;
  }

  /** "the death toll rose to nine": a number the toll reaches. */
  static boolean tollBefore(String body, int start) {
    String before = lastWordsBefore(body, start, TOLL_WORDS);
    return (before.endsWith(" to") || before.endsWith(" at")) && (" " + before + " ").contains(" toll ");
  }
}
