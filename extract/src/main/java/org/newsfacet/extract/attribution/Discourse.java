package org.newsfacet.extract.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfacet.extract.entity.Mention;
import org.newsfacet.extract.entity.Recognition;
import org.newsfacet.internal.English;
import org.newsfacet.model.Entity;
import org.newsfacet.model.EntityType;
import org.newsfacet.model.SpeakerType;

/**
 * One article body as attribution reads it: words and punctuation outside quotations, each
 * quotation as one token, sentences and paragraphs, and the entity mentions on the words.
 *
 * <p>Built once per article; every rule asks it instead of scanning the text again. A sentence
 * never ends inside a quotation; one ends after a quotation that closes with a full stop unless
 * its attribution follows ("“It is over.” The rescue went on." is two sentences, "“Why now?” asked
 * Smith." one).
 */
final class Discourse {
  /** How many words after a closing quotation its attribution may still come: "“…?” the visibly tired coach asked". */
  private static final int ATTRIBUTION_REACH = 6;
  /** How many words of hearer, manner, place and time may close an attribution after its verb. */
  private static final int CLOSING_REACH = 12;
  /** Words that open a clause of the writer's own after an attribution ("… Smith said as the crowd …"). */
  private static final Set<String> CLAUSE_OPENERS = English.words("writer-clause-openers");
  /** How much further a speaker's apposition may take the attribution: "Miller, a retired worker from a plant, said". */
  private static final int APPOSITION_REACH = 8;

  final String body;
  final List<Span> quotes;
  final Recognition entities;
  private final Token[] tokens;
  /** Token index where each sentence starts, with the token count appended. */
  private final int[] sentenceStarts;
  private final int[] sentenceOf;
  /** Per token: the index of the mention it belongs to, or -1. */
  private final int[] mentionOf;

  private Discourse(String body, List<Span> quotes, Recognition entities, Token[] tokens) {
    this.body = body;
    this.quotes = quotes;
    this.entities = entities;
    this.tokens = tokens;
    this.sentenceStarts = sentences(tokens);
    this.sentenceOf = new int[tokens.length];
    for (int s = 0; s + 1 < sentenceStarts.length; s++) {
      Arrays.fill(sentenceOf, sentenceStarts[s], sentenceStarts[s + 1], s);
    }
    this.mentionOf = mentions(tokens, entities);
  }

  /** The discourse of one body (the text with everything but the body blanked out). */
  static Discourse of(String body, Recognition entities) {
    List<Span> quotes = QuoteSpans.find(body);
    return new Discourse(body, quotes, entities, tokenize(body, quotes));
  }

  int size() {
    return tokens.length;
  }

  Token token(int i) {
    return tokens[i];
  }

  int sentences() {
    return sentenceStarts.length - 1;
  }

  int sentenceOf(int token) {
    return sentenceOf[token];
  }

  /** The first token of sentence {@code s}. */
  int sentenceStart(int s) {
    return sentenceStarts[s];
  }

  /** The token after the last one of sentence {@code s}. */
  int sentenceEnd(int s) {
    return sentenceStarts[s + 1];
  }

  int paragraphOf(int sentence) {
    return tokens[sentenceStarts[sentence]].paragraph();
  }

  /** The token of quotation {@code q}. */
  int quoteToken(int q) {
    int i = tokenAt(quotes.get(q).openStart());
    return i < tokens.length && tokens[i].quote() == q ? i : -1;
  }

  /** The first token that ends after {@code offset}, or {@link #size()}. */
  int tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.length - 1;
    int found = tokens.length;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens[mid].end() > offset) {
        found = mid;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return found;
  }

  /** A hyphen with a word glued on each side, as in "U.S.-led" or "Kyiv-based": inside one phrase. */
  boolean gluedHyphen(int k) {
    Token h = tokens[k];
    return h.is('-') && k > 0 && k + 1 < tokens.length && tokens[k - 1].isWord() && tokens[k + 1].isWord()
        && tokens[k - 1].end() == h.start() && h.end() == tokens[k + 1].start();
  }

  /** The mention index of token {@code i}, or -1. */
  int mention(int i) {
    return mentionOf[i];
  }

  /** The entity of token {@code i}, or null. */
  Entity entity(int i) {
    int m = mentionOf[i];
    return m < 0 ? null : entities.entities().get(entities.mentions().get(m).entity());
  }

  /** The entity index of token {@code i}, or -1. */
  int entityIndex(int i) {
    int m = mentionOf[i];
    return m < 0 ? -1 : entities.mentions().get(m).entity();
  }

  /** Entity {@code entity} as a source found {@code how}: a person, else an organisation. */
  Source named(int entity, String how) {
    Entity e = entities.entities().get(entity);
    SpeakerType type = e.type() == EntityType.PERSON ? SpeakerType.PERSON : SpeakerType.ORGANIZATION;
    return new Source(e.name(), type, how, entity, false);
  }

  /** The text from the start of token {@code from} to the end of token {@code to - 1}. */
  String text(int from, int to) {
    return body.substring(tokens[from].start(), tokens[to - 1].end());
  }

  /** True when a quotation's words open with a capital: "“I get that." */
  private static boolean startsCapitalised(String quoted) {
    for (int k = 0; k < quoted.length(); k++) {
      char c = quoted.charAt(k);
      if (Character.isLetterOrDigit(c)) {
        return Character.isUpperCase(c);
      }
    }
    return false;
  }

  /** True when quotation {@code q} closes a sentence of its own ("…over.” / “…over?”). */
  private static boolean endsSentence(String inner) {
    int k = inner.length() - 1;
    while (k >= 0 && (Character.isWhitespace(inner.charAt(k)) || "'\"’”»".indexOf(inner.charAt(k)) >= 0)) {
      k--;
    }
    return k >= 0 && (inner.charAt(k) == '.' || inner.charAt(k) == '!' || inner.charAt(k) == '?');
  }

  private static int[] sentences(Token[] tokens) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i + 1 < tokens.length; i++) {
      Token t = tokens[i];
      Token next = tokens[i + 1];
      boolean boundary;
      if (next.paragraph() != t.paragraph()) {
        boundary = true;
      } else if (t.kind() == Token.Kind.PUNCT) {
        char c = t.text().charAt(0);
        // "R-Ky., said": a full stop that something follows without a space ends no sentence
        boundary = (c == '.' || c == '!' || c == '?') && !(next.isWord() && Character.isLowerCase(next.text().charAt(0)))
            && (next.start() > t.end() || next.isQuote());
      } else if (t.isWord() && t.abbreviation()) {
        // "Acme Inc. The company": a full stop ends the sentence, unless it stands before a name ("Gen. Ruiz").
        // '…," said Sen. Dana Whitlow, R-S.D. "I get that."': a new quotation opens a new sentence
        boundary = next.capitalised() && !beforeName(t) || next.isQuote() && startsCapitalised(next.text());
      } else if (t.isQuote() && endsSentence(t.text())) {
        boundary = !attributionFollows(tokens, i + 1);
      } else {
        boundary = false;
      }
      if (boundary) {
        starts.add(i + 1);
      }
    }
    starts.add(tokens.length);
    if (tokens.length == 0) {
      return new int[] {0};
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** "St. Charles", "Mt. Kenya", "Ft. Worth": an abbreviation that begins a place's name. */
  private static final Set<String> PLACE_ABBREVIATIONS = English.words("place-abbreviations");

  /** An initial ("J."), a dotted acronym ("U.S."), a title before a name ("Gen.") or "St.": no sentence ends there. */
  private static boolean beforeName(Token t) {
    String w = t.text().substring(0, t.text().length() - 1);
    String lower = w.toLowerCase(Locale.ROOT);
    return w.length() == 1 || w.contains(".") || Lexicon.NAME_ABBREVIATIONS.contains(lower)
        || PLACE_ABBREVIATIONS.contains(lower);
  }

  /** After a quotation that ends a sentence: do the next words attribute it ("asked Smith", "Smith said")? */
  private static boolean attributionFollows(Token[] tokens, int from) {
    if (from >= tokens.length) {
      return false;
    }
    Token first = tokens[from];
    if (first.isWord() && Character.isLowerCase(first.text().charAt(0)) || first.is(',')) {
      return true;
    }
    if (first.kind() == Token.Kind.PUNCT && "—―–".indexOf(first.text().charAt(0)) >= 0 && from + 1 < tokens.length
        && tokens[from + 1].capitalised() && tokens[from + 1].paragraph() == first.paragraph()) {
      return true; // "“…” ― Ariana Huichapa"
    }
    boolean aside = false;
    for (int k = from; k < tokens.length && k < from + ATTRIBUTION_REACH + (aside ? APPOSITION_REACH : 0); k++) {
      Token t = tokens[k];
      if (t.paragraph() != first.paragraph() || !t.isWord() && !(t.is(',') && k > from)) {
        return false;
      }
      if (!t.isWord()) {
        aside = true; // "“…?” Miller, a retired worker from the plant, said"
        continue;
      }
      Lexicon.VerbClass c = Lexicon.verb(t.lower());
      if (c != null && c != Lexicon.VerbClass.PARTICIPLE
          || !aside && k > from && !t.capitalised() && t.lower().endsWith("ed") && tokens[from].capitalised()) {
        return closes(tokens, k + 1, first.paragraph()); // "“…?” Smith asked." / "“…?” Hannity pressed."
      }
    }
    return false;
  }

  /**
   * After a verb that may attribute a quotation before it: true when only a few words follow to the
   * sentence's end ("“…?” Smith asked on Monday."), false when what was said follows ("“…?” The
   * newspaper said the three children were asleep.").
   */
  private static boolean closes(Token[] tokens, int from, int paragraph) {
    for (int k = from; k < tokens.length && k < from + CLOSING_REACH; k++) {
      Token t = tokens[k];
      if (t.paragraph() != paragraph || t.kind() == Token.Kind.PUNCT && ".!?,".indexOf(t.text().charAt(0)) >= 0) {
        return true; // "“…?” Trump asked reporters rhetorically during a news conference late last month."
      }
      if (t.isQuote() || t.is("that") || Lexicon.AUXILIARIES.contains(t.lower()) || CLAUSE_OPENERS.contains(t.lower())
          || k > from && t.isWord() && Lexicon.verb(t.lower()) != null) {
        return false;
      }
    }
    return false;
  }

  private static int[] mentions(Token[] tokens, Recognition entities) {
    int[] out = new int[tokens.length];
    Arrays.fill(out, -1);
    List<Mention> mentions = entities.mentions();
    int t = 0;
    for (int m = 0; m < mentions.size(); m++) {
      Mention mention = mentions.get(m);
      if (mention.start() < 0) {
        continue;
      }
      while (t < tokens.length && tokens[t].end() <= mention.start()) {
        t++;
      }
      for (int k = t; k < tokens.length && tokens[k].start() < mention.end(); k++) {
        if (tokens[k].isWord() && tokens[k].start() >= mention.start()) {
          out[k] = m;
        }
      }
    }
    return out;
  }

  private static Token[] tokenize(String body, List<Span> quotes) {
    List<Token> out = new ArrayList<>();
    int n = body.length();
    int q = 0;
    int paragraph = 0;
    boolean newline = false;
    int i = 0;
    while (i < n) {
      if (q < quotes.size() && i >= quotes.get(q).openStart()) {
        Span s = quotes.get(q);
        if (newline && !out.isEmpty()) {
          paragraph++;
        }
        newline = false;
        // A quotation that runs over paragraphs belongs to the one it opens in; its attribution follows it there.
        out.add(new Token(Token.Kind.QUOTE, s.openStart(), s.closeEnd(), body.substring(s.start(), s.end()), "", false,
            false, paragraph, q));
        i = Math.max(i + 1, s.closeEnd());
        q++;
        continue;
      }
      char c = body.charAt(i);
      if (c == '\n') {
        newline = true;
        i++;
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++; // no-break and other Unicode spaces too
        continue;
      }
      if (newline && !out.isEmpty()) {
        paragraph++;
      }
      newline = false;
      int limit = q < quotes.size() ? Math.min(n, quotes.get(q).openStart()) : n;
      if (!Character.isLetterOrDigit(c)) {
        out.add(new Token(Token.Kind.PUNCT, i, i + 1, String.valueOf(c), String.valueOf(c), false, false, paragraph, -1));
        i++;
        continue;
      }
      int j = wordEnd(body, i, limit);
      String word = body.substring(i, j);
      boolean possessive = false;
      int end = j;
      if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s"))) {
        word = word.substring(0, word.length() - 2);
        possessive = true;
        end = j - 2;
      } else if (j + 1 < limit && (body.charAt(j) == '’' || body.charAt(j) == '\'') && word.endsWith("s")
          && body.charAt(j + 1) == ' ') {
        possessive = true; // "the workers’ union"
        j++;
      }
      boolean abbreviation = false;
      if (j < limit && body.charAt(j) == '.' && abbreviation(word)) {
        word = word + ".";
        abbreviation = true;
        j++;
        end = j;
      }
      // "WHO", "US", "IT": an acronym keeps its capitals, so it is never taken for "who", "us" or "it".
      String lower = acronym(word) ? word : word.toLowerCase(Locale.ROOT);
      out.add(new Token(Token.Kind.WORD, i, end, word, lower, possessive, abbreviation, paragraph, -1));
      i = j;
    }
    return out.toArray(Token[]::new);
  }

  /** The end of the word at {@code i}: letters and digits, inner apostrophes and hyphens, "1,200.5", "U.S". */
  private static int wordEnd(String body, int i, int limit) {
    int j = i + 1;
    while (j < limit) {
      char d = body.charAt(j);
      boolean nextAlnum = j + 1 < limit && Character.isLetterOrDigit(body.charAt(j + 1));
      if (Character.isLetterOrDigit(d)) {
        j++;
      } else if ((d == '\'' || d == '’' || d == '-' || d == '‐') && nextAlnum) {
        j++;
      } else if ((d == '.' || d == ',') && Character.isDigit(body.charAt(j - 1)) && j + 1 < limit
          && Character.isDigit(body.charAt(j + 1))) {
        j++;
      } else if (d == '.' && j + 1 < limit && Character.isLetter(body.charAt(j + 1)) && Character.isUpperCase(body.charAt(j + 1))
          && j - 1 >= i && Character.isUpperCase(body.charAt(j - 1)) && (j - i == 1 || body.charAt(j - 2) == '.')) {
        j++; // U.S, U.K
      } else if (d == '.' && j - i >= 2 && j + 2 < limit && Character.isLowerCase(body.charAt(j + 1))
          && Character.isLetter(body.charAt(j - 1)) && Character.isLetter(body.charAt(j + 2))) {
        j++; // "OutageWatch.us", "Amazon.com": a site's name
      } else {
        break;
      }
    }
    return j;
  }

  /** Two or more capital letters and nothing else: "WHO", "NATO". */
  private static boolean acronym(String word) {
    if (word.length() < 2) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (!Character.isUpperCase(word.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** A word whose full stop belongs to it: an initial, a dotted acronym, a known abbreviation. */
  private static boolean abbreviation(String word) {
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0)) || dottedAcronym(word)) {
      return true; // not "3.5." or "Amazon.com." ending a sentence
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return Lexicon.NAME_ABBREVIATIONS.contains(lower) || OTHER_ABBREVIATIONS.contains(lower);
  }

  /** Capital letters with dots between: "U.S", "U.K". */
  private static boolean dottedAcronym(String word) {
    if (!word.contains(".")) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (c != '.' && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  /** Abbreviations that may end a sentence: "Acme Inc.", "Nov.", "Jr.". */
  private static final Set<String> OTHER_ABBREVIATIONS = English.words("sentence-final-abbreviations");
}
