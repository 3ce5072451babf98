package org.newsfacet.extract.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfacet.extract.entity.Mention;
import org.newsfacet.extract.entity.Recognition;
import org.newsfacet.extract.text.Sentences;
import org.newsfacet.extract.text.Tokenizer;
import org.newsfacet.extract.text.Tokens;
import org.newsfacet.internal.English;
import org.newsfacet.model.Entity;
import org.newsfacet.model.EntityType;
import org.newsfacet.model.SpeakerType;

/**
 * One article body as attribution reads it: words and punctuation outside quotations, each
 * quotation as one token, sentences and paragraphs, and the entity mentions on the words.
 *
 * <p>Built once per article; every rule asks it instead of scanning the text again. Its words and
 * sentences are the shared tokenizer's and sentence splitter's ({@code org.newsfacet.extract.text}),
 * given the quotations this package finds; what it adds is attribution's own: whether the words
 * after a quotation that ends a sentence attribute it ("“Why now?” asked Smith." is one sentence),
 * which only the reporting verbs tell.
 */
final class Discourse {
  /** How many words after a closing quotation its attribution may still come: "“…?” the visibly tired coach asked". */
  private static final int ATTRIBUTION_REACH = 6;
  /** How many words of hearer, manner, place and time may close an attribution after its verb. */
  private static final int CLOSING_REACH = 12;
  /** Words that open a clause of the writer's own after an attribution ("… Smith said as the crowd …"). */
  private static final Set<String> CLAUSE_OPENERS = English.words("writer-clause-openers");
  /** How much further a speaker's apposition may take the attribution: "Okafor, a ferry pilot for 30 years, said". */
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

  private Discourse(String body, List<Span> quotes, Recognition entities, Tokens words) {
    this.body = body;
    this.quotes = quotes;
    this.entities = entities;
    this.tokens = tokens(body, words, quotes);
    this.sentenceStarts = Sentences.starts(words, from -> attributionFollows(tokens, from));
    this.sentenceOf = new int[tokens.length];
    for (int s = 0; s + 1 < sentenceStarts.length; s++) {
      Arrays.fill(sentenceOf, sentenceStarts[s], sentenceStarts[s + 1], s);
    }
    this.mentionOf = mentions(tokens, entities);
  }

  /** The discourse of one body (the text with everything but the body blanked out). */
  static Discourse of(String body, Recognition entities) {
    List<Span> quotes = QuoteSpans.find(body);
    List<Tokenizer.Quotation> units = new ArrayList<>(quotes.size());
    for (Span q : quotes) {
      units.add(new Tokenizer.Quotation(q.openStart(), q.closeEnd()));
    }
    return new Discourse(body, quotes, entities, Tokenizer.tokens(body, units));
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
        aside = true; // "“…?” Okafor, a ferry pilot for 30 years, said"
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
        return true; // "“…?” the mayor asked the council at a budget hearing on Tuesday."
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

  /** Attribution's tokens: the shared tokenizer's, each quotation one token and words in lower case but for acronyms. */
  private static Token[] tokens(String body, Tokens words, List<Span> quotes) {
    Token[] out = new Token[words.size()];
    for (int i = 0; i < out.length; i++) {
      int start = words.start(i);
      int end = words.end(i);
      int paragraph = words.paragraph(i);
      if (words.isQuotation(i)) {
        Span s = quotes.get(words.quotation(i));
        out[i] = new Token(Token.Kind.QUOTE, start, end, body.substring(s.start(), s.end()), "", false, false, paragraph,
            words.quotation(i));
      } else if (words.isMark(i)) {
        String mark = String.valueOf(words.first(i));
        out[i] = new Token(Token.Kind.PUNCT, start, end, mark, mark, false, false, paragraph, -1);
      } else {
        String word = words.string(i);
        // "WHO", "US", "IT": an acronym keeps its capitals, so it is never taken for "who", "us" or "it".
        String lower = acronym(word) ? word : word.toLowerCase(Locale.ROOT);
        out[i] = new Token(Token.Kind.WORD, start, end, word, lower, words.possessive(i) || words.pluralPossessive(i),
            words.abbreviation(i), paragraph, -1);
      }
    }
    return out;
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
}
