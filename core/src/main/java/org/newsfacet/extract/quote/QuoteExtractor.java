package org.newsfacet.extract.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsfacet.extract.Resources;
import org.newsfacet.extract.entity.Mention;
import org.newsfacet.extract.entity.Recognition;
import org.newsfacet.model.Entity;
import org.newsfacet.model.EntityType;
import org.newsfacet.model.Quote;
import org.newsfacet.model.SpeakerType;

/**
 * Finds the direct quotations of an article and who said them.
 *
 * <p>Quotations in every style (“…”, "…", ‘…’, ''…'', «…», „…“) are followed over paragraphs (an
 * opening mark with no closing one, the next paragraph opening again) and to the end of the text.
 * A quotation embedded in the writer's own sentence is {@code partial}; a short one in a sentence
 * that reports nobody's words (a title, a nickname, a scare quote) is left out.
 *
 * <p>The speaker comes from the sentence: a reporting verb after the quote ("...," he said; said
 * the ministry) or before it (Stoltenberg said that "..."; according to X), a colon ending the sentence
 * before it, or the previous quotation when this one simply continues it. Names resolve to the
 * article's entities, pronouns to the person last named before the quote, and descriptions to
 * unnamed sources ("one official") or organisations ("the ministry"). An instance is immutable and
 * safe to share between threads.
 */
public final class QuoteExtractor {
  private static final Set<String> VERBS = Set.copyOf(Resources.lines(QuoteExtractor.class, "reporting-verbs.txt"));
  /** Verbs that attribute a figure without reporting speech: "the city estimates", "the company expects". */
  private static final Set<String> ESTIMATES = Set.copyOf(Resources.lines(QuoteExtractor.class, "estimating-verbs.txt"));
  private static final QuoteExtractor STANDARD = new QuoteExtractor(VERBS);
  /** The attribution of figures: reporting verbs and estimating verbs. */
  private static final QuoteExtractor FIGURES = new QuoteExtractor(union(VERBS, ESTIMATES));

  private static final Map<String, SpeakerType> SOURCES = sources();
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they");
  /** Descriptions that point back to the organisation last named: "the company said". */
  private static final Set<String> COMPANY_NOUNS = Set.of("company", "firm", "group", "club", "carrier", "airline",
      "bank", "operator", "insurer", "retailer", "miner", "automaker", "manufacturer", "developer", "owner", "lender",
      "chipmaker", "startup", "publisher", "broadcaster", "shipper", "utility");
  /** Words that open another clause after a quote, whose subject is not the speaker. */
  private static final Set<String> CLAUSE_WORDS = Set.of("that", "which", "who", "whom", "whose", "where", "while",
      "because", "although", "but", "and", "as", "if", "when");
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "one", "two", "three", "four", "several",
      "some", "another", "many", "other", "its", "his", "her", "their");
  /** Quotes this short or shorter, embedded in a sentence that reports no one, are titles or scare quotes. */
  private static final int SCARE_WORDS = 6;
  /** How far either side of a quotation its attribution is looked for, in characters. */
  private static final int WINDOW = 400;

  /** The verbs that name a source: the reporting verbs, and for figures the estimating ones too. */
  private final Set<String> verbs;

  private QuoteExtractor(Set<String> verbs) {
    this.verbs = verbs;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /** The extractor with the bundled reporting verbs and source nouns. */
  public static QuoteExtractor standard() {
    return STANDARD;
  }

  private static Map<String, SpeakerType> sources() {
    Map<String, SpeakerType> m = new HashMap<>();
    for (String line : Resources.lines(QuoteExtractor.class, "source-nouns.tsv")) {
      String[] c = line.split("\t");
      m.put(c[0].strip(), SpeakerType.valueOf(c[1].strip()));
    }
    return Map.copyOf(m);
  }

  /**
   * The quotations of one article, in text order.
   *
   * @param text the article text as read
   * @param body the text with everything but the body blanked out
   * @param entities the article's entities and where it names them
   */
  public List<Quote> extract(String text, String body, Recognition entities) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(body, "body");
    List<Span> spans = QuoteSpans.find(body);
    Sentence.Index sentences = new Sentence.Index(body, spans);
    List<Quote> quotes = new ArrayList<>();
    Speaker previous = null;
    int previousEnd = -1;
    for (Span span : spans) {
      Sentence s = sentences.around(span);
      boolean partial = s.embedded();
      Speaker speaker = attribution(body, s, span, spans, entities);
      if (partial && (speaker == null && words(text, span) <= SCARE_WORDS || isName(text, span))) {
        continue; // a title, a nickname, a name or a scare quote: nobody's words
      }
      if (speaker == null && !partial && previous != null && continues(body, previousEnd, span)
          && !reportsSpeech(body, s, span)) {
        speaker = previous;
      }
      if (speaker == null) {
        speaker = colonBefore(body, span, spans, entities);
      }
      Speaker said = speaker == null ? Speaker.UNKNOWN : speaker;
      quotes.add(new Quote(said.name(), said.type(), text.substring(span.start(), span.end()), partial,
          span.start(), span.end()));
      previous = speaker; // an unattributed quotation ends the run: the next one does not inherit across it
      previousEnd = span.closeEnd();
    }
    return quotes;
  }

  /**
   * Who the article says its passages come from: built once per article, so that the article's
   * quotation marks are found once whatever the number of passages asked about.
   *
   * @param body the text with everything but the body blanked out
   * @param quotes the article's quotations
   * @param entities the article's entities and mentions
   */
  public Attributor attributor(String body, List<Quote> quotes, Recognition entities) {
    List<Span> spans = QuoteSpans.find(body);
    return FIGURES.new Attributor(body, quotes, new Sentence.Index(body, spans), entities);
  }

  /** The source of passages of one article (a figure's claimant). */
  public final class Attributor {
    private final String body;
    private final List<Quote> quotes;
    private final Sentence.Index sentences;
    private final List<Span> spans;
    private final Recognition entities;

    private Attributor(String body, List<Quote> quotes, Sentence.Index sentences, Recognition entities) {
      this.body = Objects.requireNonNull(body, "body");
      this.quotes = List.copyOf(quotes);
      this.sentences = sentences;
      this.spans = sentences.spans();
      this.entities = Objects.requireNonNull(entities, "entities");
    }

    /**
     * Who the article says the passage {@code [start, end)} comes from: the speaker of the
     * quotation it stands in, else the speaker its sentence names (a reporting verb, "according
     * to", an attribution closing the sentence), else null when the article says it on its own.
     */
    public String claimant(int start, int end) {
      for (Quote q : quotes) {
        if (start >= q.start() && end <= q.end()) {
          return q.speaker();
        }
      }
      Span passage = new Span(start, start, end, end);
      Sentence s = sentences.around(passage);
      Speaker speaker = attribution(body, s, passage, spans, entities);
      if (speaker == null) {
        speaker = tail(body, s, passage, spans, entities);
      }
      if (speaker == null) {
        speaker = statedAfter(s, passage);
      }
      return speaker == null ? null : speaker.name();
    }


    /**
     * "This was stated by X": a sentence later in the paragraph, or opening the next one, that
     * names the source of what came before it.
     */
    private Speaker statedAfter(Sentence s, Span passage) {
      int last = s.end();
      int looked = 0;
      for (Sentence n = sentences.after(s); n != null && looked < 3; n = sentences.after(n)) {
        List<Word> words = Word.split(body, n.start(), Math.min(n.end(), n.start() + WINDOW));
        if (words.isEmpty()) {
          continue;
        }
        looked++; // the next few sentences only: a back-reference follows what it refers to
        boolean nextParagraph = body.substring(last, words.get(0).start()).indexOf('\n') >= 0;
        int by = backReference(words);
        if (by > 0) {
          int end = phraseEnd(words, by);
          return subject(body, words.get(by).start(), words.get(end - 1).end(), passage, spans, entities, false);
        }
        if (nextParagraph) {
          return null; // only the first sentence of the next paragraph looks back
        }
        last = n.end();
      }
      return null;
    }

  }

  private static boolean isPlace(Speaker speaker, Recognition entities) {
    return entities.entities().stream().anyMatch(e -> e.type() == EntityType.LOCATION && e.name().equals(speaker.name()));
  }

  /**
   * The word at {@code i} names a source's act: a reporting verb, or an estimating verb that is
   * not a noun here ("its full-year revenue forecast", "the estimates").
   */
  private boolean isVerb(List<Word> words, int i) {
    String w = words.get(i).lower();
    if (!verbs.contains(w)) {
      return false;
    }
    if (VERBS.contains(w)) {
      return true;
    }
    if (i > 0 && ARTICLES.contains(words.get(i - 1).lower())) {
      return i > 1 && SUPPORT_VERBS.contains(words.get(i - 2).lower()); // "made the claim"
    }
    for (int k = Math.max(0, i - 3); k < i; k++) {
      if (NOUN_OPENERS.contains(words.get(k).lower())) {
        return false;
      }
    }
    return true;
  }

  /** Documents that speak for their authors: "the study said", "according to the report". */
  private static final Set<String> DOCUMENTS = Set.of("study", "report", "survey", "analysis", "poll", "review",
      "audit", "paper", "assessment");

  private static final java.util.regex.Pattern DOCUMENT_BY = java.util.regex.Pattern.compile(
      "\\b(?:" + String.join("|", DOCUMENTS) + ")\\s+(?:by|from|of)\\s+(?:the\\s+)?$");
  private static final java.util.regex.Pattern DOCUMENT_OWNED = java.util.regex.Pattern.compile(
      "^['’]s\\s+(?:\\w+\\s+)?(?:" + String.join("|", DOCUMENTS) + ")\\b");

  /**
   * The organisation the article names as the author of its {@code document} (a study and the
   * report it becomes are one document to a reader): "the study by the
   * Global Heat Health Network", "a report from the UN agency X", "X's survey"; null when none or several.
   */
  private static Speaker author(String body, Recognition entities) {
    Entity found = null;
    for (Mention m : entities.mentions()) {
      Entity e = entities.entities().get(m.entity());
      if (e.type() != EntityType.ORGANIZATION || m.start() < 0) {
        continue;
      }
      String before = body.substring(Math.max(0, m.start() - 24), m.start()).toLowerCase(Locale.ROOT);
      String after = body.substring(m.end(), Math.min(body.length(), m.end() + 16)).toLowerCase(Locale.ROOT);
      boolean by = DOCUMENT_BY.matcher(before).find();
      boolean owns = DOCUMENT_OWNED.matcher(after).find();
      if (by || owns) {
        if (found != null && found != e) {
          return null;
        }
        found = e;
      }
    }
    return found == null ? null : new Speaker(found.name(), SpeakerType.ORGANIZATION);
  }

  /**
   * Reporting verbs that are also deeds ("Station staff called paramedics"): when "according to X"
   * follows in the sentence, X is the source, not the doer.
   */
  private static final Set<String> ACTIONS = Set.of("called", "calling", "asked", "urged", "urging", "demanded",
      "accused", "accusing", "blamed", "praised", "welcomed", "condemned", "condemning", "rejected", "dismissed",
      "dismissing", "hailed", "criticised", "criticized", "posted", "pledged", "promised", "vowed");

  /** Words that open a subordinate clause after a comma: what it says is not the main verb's statement. */
  private static final Set<String> SUBORDINATE = Set.of("as", "while", "whereas", "although", "though", "because");

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  /** "made the claim": a verb whose noun reports. */
  private static final Set<String> SUPPORT_VERBS = Set.of("made", "makes", "gave", "issued");
  /** Words before a noun ("its forecast"), which make an estimating verb a noun. */
  private static final Set<String> NOUN_OPENERS = Set.of("its", "their", "his", "her", "our", "a", "an");
  private static final Set<String> OWNERS = Set.of("its", "their");
  private static final Set<String> PERFECT = Set.of("had", "have", "has");
  private static final Set<String> RELATIVES = Set.of("who", "which");
  /** "the team from a research institute": what follows the source, and is not it. */
  private static final Set<String> POSTMODIFIERS = Set.of("from", "at", "with");
  /** "officials in Kyiv". */
  private static final Set<String> PLACE_LINKS = Set.of("in", "from", "at");
  /** "a spokesman for X". */
  private static final Set<String> SPOKESPERSON_LINKS = Set.of("for", "of", "to");
  /** "a Northern Railway official". */
  private static final Set<String> ONE_OF = Set.of("a", "an", "one", "the");
  /** Small words inside a capitalised name ("Bank of England"). */
  private static final Set<String> NAME_JOINERS = Set.of("of", "the", "and", "in", "on", "for", "a");
  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("[12]\\d{3}");

  /** Words that make a phrase a clause, not a speaker: "said staff had switched". */
  private static final Set<String> AUXILIARIES = Set.of("had", "has", "have", "was", "were", "is", "are", "would",
      "will", "could", "can", "may", "might", "should", "must");

  /** Nouns after a source that make it one: "according to union estimates", "LSEG data". */
  private static final Set<String> DATA_NOUNS = Set.of("data", "figures", "estimates", "estimate", "statistics",
      "records", "numbers", "count", "tally");
  /** What follows an unnamed source and belongs to its label: "a person familiar with the talks". */
  private static final Set<String> LABEL_TAILS = Set.of("familiar with", "close to", "with knowledge", "briefed on",
      "involved in", "knowledgeable about");

  /** Words that refer back to what was just said: "This", "These figures". */
  private static final Set<String> BACK_REFERENCES = Set.of("this", "that", "these", "those", "it", "the figures",
      "the figure", "the data", "the numbers", "the estimate", "the information", "such figures");

  /**
   * The index of the first word of X in "This was stated by X", "These figures were given by X"
   * (a back-reference, a passive reporting verb, "by"), else -1.
   */
  private static int backReference(List<Word> words) {
    int k = 0;
    if (words.size() > 1 && BACK_REFERENCES.contains(words.get(0).lower() + " " + words.get(1).lower())) {
      k = 2;
    } else if (!words.isEmpty() && BACK_REFERENCES.contains(words.get(0).lower())) {
      k = 1;
    } else {
      return -1;
    }
    if (k >= words.size() || !AUXILIARIES.contains(words.get(k).lower())) {
      return -1;
    }
    for (int i = k + 1; i < Math.min(words.size() - 1, k + 4); i++) {
      if (VERBS.contains(words.get(i).lower()) || PASSIVE_REPORTS.contains(words.get(i).lower())) {
        return words.get(i + 1).lower().equals("by") && i + 2 < words.size() ? i + 2 : -1;
      }
    }
    return -1;
  }

  /** Participles that report a figure in the passive ("was given by", "were provided by"). */
  private static final Set<String> PASSIVE_REPORTS = Set.of("given", "provided", "released", "published", "cited",
      "quoted", "disclosed", "revealed", "presented", "shared");

  /**
   * "..., including about 128,000 vehicles sold in Japan, the company said.": the attribution that
   * closes a sentence after its last comma names the source of everything the sentence says.
   */
  private Speaker tail(String body, Sentence s, Span passage, List<Span> spans, Recognition entities) {
    int end = s.end();
    for (int k = s.end() - 1; k >= passage.closeEnd(); k--) {
      if (body.charAt(k) != ',' || insideQuote(k, spans)) {
        continue;
      }
      List<Word> words = Word.split(body, k + 1, end);
      if (!words.isEmpty() && CLAUSE_WORDS.contains(words.get(0).lower())) {
        end = k; // ", as Ukraine's military reported gains": a clause of its own; the attribution is before it
        continue;
      }
      if (words.isEmpty() || words.size() > 10) {
        return null;
      }
      boolean attribution = words.stream().anyMatch(w -> verbs.contains(w.lower()))
          && words.stream().noneMatch(w -> CLAUSE_WORDS.contains(w.lower()));
      return attribution ? after(body, new Sentence(s.start(), end, s.embedded()), new Span(k, k, k, k + 1), spans,
          entities) : null;
    }
    return null;
  }


  /** Who a quote's sentence says spoke: after the quote first, then before it. */
  private Speaker attribution(String body, Sentence s, Span span, List<Span> spans, Recognition entities) {
    Speaker after = after(body, s, span, spans, entities);
    if (after != null) {
      return after;
    }
    // "X said ... 87 percent of events ..., according to Y": X's word, which Y reports; Y only when no verb names X.
    Speaker later = accordingLater(body, s, span, spans, entities);
    Speaker before = before(body, s, span, spans, entities, later == null);
    return before != null ? before : later;
  }

  /** "...," he said / said the ministry / one official told reporters. */
  private Speaker after(String body, Sentence s, Span span, List<Span> spans, Recognition entities) {
    List<Word> words = Word.split(body, span.closeEnd(), Math.min(s.end(), span.closeEnd() + WINDOW));
    if (words.size() > 2 && words.get(0).lower().equals("according") && words.get(1).lower().equals("to")) {
      int end = phraseEnd(words, 2);
      return subject(body, words.get(2).start(), words.get(end - 1).end(), span, spans, entities, false);
    }
    int limit = Math.min(words.size(), 12);
    for (int i = 0; i < limit; i++) {
      Word w = words.get(i);
      if (w.lower().equals("and") && i + 1 < words.size() && verbs.contains(words.get(i + 1).lower())
          && span.openStart() > s.start()) {
        // "Meridian raised its dividend by 5% and said ...": one subject for both verbs.
        return subject(body, s.start(), span.openStart(), span, spans, entities, false);
      }
      if (insideQuote(w.start(), spans) || CLAUSE_WORDS.contains(w.lower())) {
        break; // ", a claim that Tehran has denied": another clause, another subject
      }
      if (isVerb(words, i)) {
        if (i == 0) {
          // Inverted: said Stoltenberg, said the ministry, said one official; said the trust's chair, Denise Farrow.
          int end = phraseEnd(words, 1);
          for (int k = 1; k < end; k++) {
            if (AUXILIARIES.contains(words.get(k).lower())) {
              return null; // "..., said staff had switched to paper": what was said, not who said it
            }
          }
          Speaker inverted = subject(body, words.get(Math.min(1, words.size() - 1)).start(),
              end > 1 ? words.get(end - 1).end() : w.end(), span, spans, entities, false);
          if (end > 1 && end < words.size() && words.get(end - 1).endsClause()) {
            int next = phraseEnd(words, end);
            Speaker appositive = subject(body, words.get(end).start(), words.get(next - 1).end(), span, spans, entities, false);
            if (appositive != null && appositive.type() == SpeakerType.PERSON
                && (inverted == null || inverted.type() != SpeakerType.PERSON)) {
              return appositive;
            }
          }
          return inverted;
        }
        return subject(body, words.get(0).start(), words.get(i - 1).end(), span, spans, entities, true);
      }
    }
    return null;
  }

  /**
   * "..., correctly predicted 87 percent of events in the tests, according to the team": "according
   * to" further on in the sentence, unless another reporting verb comes first.
   */
  private Speaker accordingLater(String body, Sentence s, Span span, List<Span> spans, Recognition entities) {
    List<Word> words = Word.split(body, span.closeEnd(), Math.min(s.end(), span.closeEnd() + WINDOW));
    boolean otherFigure = false;
    for (int i = 0; i + 2 < words.size(); i++) {
      String w = words.get(i).lower();
      boolean perfect = i > 0 && PERFECT.contains(words.get(i - 1).lower());
      if (insideQuote(words.get(i).start(), spans) || verbs.contains(w) || otherFigure && perfect && w.endsWith("ed")) {
        break; // another statement, which the attribution belongs to: "the $3.38 billion analysts had expected"
      }
      otherFigure |= w.chars().anyMatch(Character::isDigit) && !YEAR.matcher(w).matches();
      if (words.get(i).lower().equals("according") && words.get(i + 1).lower().equals("to")) {
        int end = phraseEnd(words, i + 2);
        return subject(body, words.get(i + 2).start(), words.get(end - 1).end(), span, spans, entities, false);
      }
    }
    return null;
  }

  /** X said (that) "..." / X told reporters "..." / according to X, "...". */
  private Speaker before(String body, Sentence s, Span span, List<Span> spans, Recognition entities) {
    return before(body, s, span, spans, entities, true);
  }

  /** As above; "according to X" before the quote counts only when {@code according}. */
  private Speaker before(String body, Sentence s, Span span, List<Span> spans, Recognition entities,
      boolean according) {
    List<Word> words = Word.split(body, Math.max(s.start(), span.openStart() - WINDOW), span.openStart());
    for (int i = words.size() - 1; i >= 0; i--) {
      Word w = words.get(i);
      if (insideQuote(w.start(), spans)) {
        continue;
      }
      if (SUBORDINATE.contains(w.lower()) && i > 0 && words.get(i - 1).endsClause()) {
        return null; // "..., the institute said, as rescuers searched 14 buildings": another clause, its own subject
      }
      if (according && w.lower().equals("to") && i > 0 && words.get(i - 1).lower().equals("according")) {
        int end = phraseEnd(words, i + 1);
        if (end > i + 1) {
          return subject(body, words.get(i + 1).start(), words.get(end - 1).end(), span, spans, entities, false);
        }
      }
      if (verbs.contains(w.lower()) && i > 1 && words.get(i - 1).lower().equals("as")) {
        // "quoting an official, Jang Myong Ho, as saying ...": the one named before "as".
        Speaker quoted = subject(body, words.get(Math.max(0, i - 10)).start(), words.get(i - 2).end(), span, spans,
            entities, true);
        if (quoted != null && quoted.type() == SpeakerType.PERSON) {
          return quoted;
        }
      }
      if (isVerb(words, i) && !(!according && ACTIONS.contains(w.lower()))) {
        int from = clauseStart(words, i);
        for (int k = from; k < i; k++) {
          if (isVerb(words, k) && k > from) {
            // "A person familiar with the matter said Halcyon had asked ...": the outer speaker's word
            Speaker outer = subject(body, words.get(from).start(), words.get(k - 1).end(), span, spans, entities, true);
            if (outer != null) {
              return outer;
            }
            break;
          }
        }
        if (from < i) {
          Speaker found = subject(body, words.get(from).start(), words.get(i - 1).end(), span, spans, entities, true);
          if (found != null) {
            return found;
          }
          if (from > 0 && RELATIVES.contains(words.get(from).lower())) {
            // "Magda, who attended the ceremony, said", "Kestrel, a maker based in Pune, which says": who "who" is.
            Speaker first = subject(body, words.get(0).start(), words.get(from - 1).end(), span, spans, entities, true);
            if (first != null && !isPlace(first, entities)) {
              return first; // "Kestrel, a maker based in Pune, which says": not Pune
            }
          }
        }
        // "said X:" before the quote: the subject follows the verb and runs up to a colon or comma.
        int end = phraseEnd(words, i + 1);
        if (end > i + 1 && end == words.size()) {
          String gap = body.substring(words.get(end - 1).end(), span.openStart());
          if (gap.contains(":") || gap.contains(",")) {
            Speaker inverted = subject(body, words.get(i + 1).start(), words.get(end - 1).end(), span, spans, entities, false);
            if (inverted != null) {
              return inverted;
            }
          }
        }
        // "Stoltenberg, speaking in Brussels, said ...": past a parenthetical, the sentence's first subject.
        if (from == i && i > 0) {
          Speaker first = subject(body, words.get(0).start(), words.get(i - 1).end(), span, spans, entities, false);
          if (first != null) {
            return first;
          }
        }
      }
    }
    return null;
  }

  /** A quote whose paragraph or sentence before ends "X said:" takes X. */
  private Speaker colonBefore(String body, Span span, List<Span> spans, Recognition entities) {
    int i = span.openStart() - 1;
    while (i >= 0 && Character.isWhitespace(body.charAt(i))) {
      i--;
    }
    if (i < 0 || body.charAt(i) != ':') {
      return null;
    }
    int start = i;
    while (start > 0 && body.charAt(start - 1) != '\n' && !(body.charAt(start - 1) == '.' && start > 1
        && Character.isWhitespace(body.charAt(start)))) {
      start--;
    }
    Sentence s = new Sentence(start, i, false);
    return before(body, s, new Span(i + 1, i + 1, i + 1, i + 1), spans, entities);
  }

  /**
   * The speaker named in {@code [from, to)}: an entity mentioned there (the last one when the
   * subject precedes the verb, the first after it), a pronoun's antecedent, or a description of an
   * unnamed source or an organisation.
   */
  private Speaker subject(String body, int from, int to, Span quote, List<Span> spans, Recognition entities,
      boolean last) {
    if (to <= from) {
      return null;
    }
    Mention found = null;
    Mention person = null;
    for (Mention m : entities.mentions()) {
      if (m.start() >= from && m.end() <= to && !insideQuote(m.start(), spans)) {
        Entity e = entities.entities().get(m.entity());
        if (e.type() == EntityType.PERSON && (person == null || last)) {
          person = m; // "Bundesbank President Joachim Nagel, speaking in Berlin, said": the person speaks
        }
        if (e.type() != EntityType.LOCATION || found == null) {
          if (found == null || last || entities.entities().get(found.entity()).type() == EntityType.LOCATION) {
            found = m;
          }
        }
      }
    }
    if (person != null && !last) {
      found = person;
    }
    Speaker spokesperson = spokesperson(body, from, to, found);
    if (spokesperson != null) {
      return spokesperson;
    }
    List<Word> words = Word.split(body, from, to);
    if (found != null) {
      Entity e = entities.entities().get(found.entity());
      int mentionEnd = found.end();
      int mentionStart = found.start();
      boolean modifier = e.type() == EntityType.LOCATION
          && words.stream().anyMatch(w -> (w.start() >= mentionEnd || w.end() <= mentionStart) && SOURCES.containsKey(w.lower()));
      if (!modifier) {
        return new Speaker(e.name(), e.type() == EntityType.PERSON ? SpeakerType.PERSON : SpeakerType.ORGANIZATION);
      }
    }
    for (int f = 0; f + 1 < words.size(); f++) {
      if (SOURCES.containsKey(words.get(f).lower())) {
        if (POSTMODIFIERS.contains(words.get(f + 1).lower())) {
          words = words.subList(0, f + 1); // "the team from a research institute": the team speaks
        }
        break;
      }
    }
    for (int i = words.size() - 1; i >= 0; i--) {
      String w = words.get(i).lower();
      if (w.equals("it") && i == 0 && words.size() <= 2) {
        return lastOrganization(body, Math.min(words.get(i).start(), quote.openStart()), spans, entities); // "It said"
      }
      if (PRONOUNS.contains(w) || (w.equals("him") || w.equals("her")) && i == words.size() - 1) {
        // The person named before the pronoun: in "He said Putin was “counting”" he is not Putin.
        int at = Math.min(words.get(i).start(), quote.openStart());
        return w.equals("they") ? null : antecedent(body, at, spans, entities);
      }
      boolean definite = (i > 0 && words.get(i - 1).lower().equals("the"))
          || (i > 1 && words.get(i - 2).lower().equals("the")); // "the Chicago-based company"
      if (definite) {
        Speaker described = described(w, entities);
        if (described != null) {
          return described; // "the collector" is the person whose role says so; "the ministry" the one named
        }
        if (COMPANY_NOUNS.contains(w)) {
          Speaker named = lastOrganization(body, quote.openStart(), spans, entities);
          if (named != null) {
            return named; // "the company said": the organisation the article has been writing about
          }
        }
      }
      SpeakerType type = SOURCES.get(w);
      boolean owned = i > 0 && OWNERS.contains(words.get(i - 1).lower()) || i > 1 && OWNERS.contains(words.get(i - 2).lower());
      if (DOCUMENTS.contains(w) && owned) {
        Speaker owner = lastOrganization(body, quote.openStart(), spans, entities);
        if (owner != null) {
          return owner; // "according to its annual report": the organisation the article is about
        }
      }
      if (DOCUMENTS.contains(w)) {
        Speaker author = author(body, entities);
        if (author != null) {
          return author; // "the report estimates": the report by the network the article named
        }
      }
      if (type != null) {
        int start = i;
        while (start > 0 && i - start < 5 && !verbs.contains(words.get(start - 1).lower())
            && !DETERMINERS.contains(words.get(start).lower()) && body.charAt(words.get(start - 1).end()) != ',') {
          start--;
        }
        if (!DETERMINERS.contains(words.get(start).lower()) && start > 0 && DETERMINERS.contains(words.get(start - 1).lower())) {
          start--;
        }
        String span = body.substring(words.get(start).start(), words.get(i).end());
        boolean determined = DETERMINERS.contains(words.get(start).lower()) || w.endsWith("s")
            || w.equals("police") || w.equals("people") || w.equals("staff") || span.contains("’s ") || span.contains("'s ")
            || i + 1 < words.size() && DATA_NOUNS.contains(words.get(i + 1).lower()); // "union estimates"
        if (!determined) {
          continue; // "said outside court": a place, not the court speaking
        }
        int labelEnd = words.get(i).end();
        if (i + 2 < words.size() && PLACE_LINKS.contains(words.get(i + 1).lower())
            && Character.isUpperCase(words.get(i + 2).text().charAt(0))) {
          labelEnd = words.get(phraseEnd(words, i + 2) - 1).end(); // "officials in Kyiv"
        } else if (DOCUMENTS.contains(w) && i + 2 < words.size() && words.get(i + 1).lower().equals("of")) {
          int k = i + 2;
          while (k < words.size() && k - i < 6 && !Character.isDigit(words.get(k).text().charAt(0))
              && !verbs.contains(words.get(k).lower()) && !words.get(k - 1).endsClause()
              && !words.get(k).lower().endsWith("ed")) { // "... clerks released last month"
            k++;
          }
          labelEnd = words.get(k - 1).end(); // "a survey of county clerks"
        } else if (i + 2 < words.size() && LABEL_TAILS.contains(words.get(i + 1).lower() + " " + words.get(i + 2).lower())) {
          int k = i + 3;
          while (k < words.size() && k - i < 8 && !verbs.contains(words.get(k).lower())
              && !words.get(k - 1).endsClause()) {
            k++;
          }
          labelEnd = words.get(k - 1).end(); // "a person familiar with the investigation"
        }
        String label = body.substring(words.get(start).start(), labelEnd).replaceAll("[,;:]$", "");
        if (label.chars().anyMatch(Character::isDigit)) {
          continue; // "serving about 1.1 million people": the figure itself, not who gives it
        }
        if (DETERMINERS.contains(words.get(start).lower()) || SOURCES.containsKey(words.get(start).lower())
            || found == null && start == 0) { // "Library staff said": no name, a sentence's capital
          label = Character.toLowerCase(label.charAt(0)) + label.substring(1); // "The official said" is "the official"
        }
        return new Speaker(label, type);
      }
    }
    return null;
  }

  /**
   * The entity a definite description ("the collector", "the judge", "the ministry") refers back
   * to: the only person whose role has that word, else the only organisation whose name has it.
   */
  private static Speaker described(String noun, Recognition entities) {
    Entity person = SOURCES.get(noun) == SpeakerType.ORGANIZATION ? null : only(entities, EntityType.PERSON, e -> e.role() != null && hasWord(e.role(), noun));
    if (person != null) {
      return new Speaker(person.name(), SpeakerType.PERSON);
    }
    Entity org = only(entities, EntityType.ORGANIZATION, e -> hasWord(e.name(), noun));
    return org == null ? null : new Speaker(org.name(), SpeakerType.ORGANIZATION);
  }

  private static Entity only(Recognition entities, EntityType type, java.util.function.Predicate<Entity> test) {
    Entity found = null;
    for (Entity e : entities.entities()) {
      if (e.type() == type && test.test(e)) {
        if (found != null) {
          return null;
        }
        found = e;
      }
    }
    return found;
  }

  private static boolean hasWord(String phrase, String lowerWord) {
    for (String w : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.equals(lowerWord)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The organisation "the company" and "it" stand for: the one named most often before
   * {@code before}, outside quotations, the last named of those on a tie. An analyst's firm named
   * once does not take the place of the company the article is about.
   */
  private static Speaker lastOrganization(String body, int before, List<Span> spans, Recognition entities) {
    Map<Integer, Integer> counts = new HashMap<>();
    int best = -1;
    for (Mention m : entities.mentions()) {
      if (m.start() >= 0 && m.start() < before && !insideQuote(m.start(), spans)
          && entities.entities().get(m.entity()).type() == EntityType.ORGANIZATION) {
        int n = counts.merge(m.entity(), 1, Integer::sum);
        if (best < 0 || n >= counts.get(best)) {
          best = m.entity();
        }
      }
    }
    return best < 0 ? null : new Speaker(entities.entities().get(best).name(), SpeakerType.ORGANIZATION);
  }

  /**
   * "a spokesman for Smith", "Smith's spokeswoman", "the lawyer for Smith": an unnamed source who
   * speaks for the one named, not the one named.
   */
  private Speaker spokesperson(String body, int from, int to, Mention named) {
    if (named == null) {
      return null;
    }
    List<Word> words = Word.split(body, from, to);
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (SOURCES.get(w.lower()) != SpeakerType.UNNAMED || Character.isUpperCase(w.text().charAt(0))) {
        continue; // "Deputy Minister for Infrastructure X" is X's title, not someone speaking for X
      }
      boolean forNamed = w.end() <= named.start() && i + 1 < words.size()
          && SPOKESPERSON_LINKS.contains(words.get(i + 1).lower());
      boolean ofNamed = w.start() >= named.end() && possessiveAt(body, named.end());
      boolean namedBefore = w.start() == named.end() + 1 && named.start() >= 2 && i > 0
          && ONE_OF.contains(lastWord(body, named.start())); // "a Northern Railway official"
      if (forNamed || ofNamed || namedBefore) {
        int start = Math.min(w.start(), named.start());
        int end = Math.max(w.end(), named.end());
        String label = body.substring(start, end);
        if (i > 0 && DETERMINERS.contains(words.get(i - 1).lower()) && words.get(i - 1).start() < start) {
          label = body.substring(words.get(i - 1).start(), end);
        } else if (namedBefore) {
          label = body.substring(named.start() - lastWord(body, named.start()).length() - 1, end);
        }
        return new Speaker(Character.toLowerCase(label.charAt(0)) + label.substring(1), SpeakerType.UNNAMED);
      }
    }
    return null;
  }

  /** The word that ends right before {@code offset} and one space, lower case, or "". */
  private static String lastWord(String body, int offset) {
    int e = offset - 1;
    if (e < 1 || body.charAt(e) != ' ') {
      return "";
    }
    int b = e;
    while (b > 0 && Character.isLetter(body.charAt(b - 1))) {
      b--;
    }
    return body.substring(b, e).toLowerCase(Locale.ROOT);
  }

  private static boolean possessiveAt(String body, int end) {
    return end + 1 < body.length() && (body.charAt(end) == '\'' || body.charAt(end) == '’')
        && (body.charAt(end + 1) == 's' || body.charAt(end + 1) == 'S');
  }

  /** The person a pronoun stands for: the last person named before the quote, outside quotations. */
  private static Speaker antecedent(String body, int before, List<Span> spans, Recognition entities) {
    for (int k = entities.mentions().size() - 1; k >= 0; k--) {
      Mention m = entities.mentions().get(k);
      if (m.start() >= 0 && m.start() < before && !insideQuote(m.start(), spans) && !possessive(body, m)) {
        Entity e = entities.entities().get(m.entity());
        if (e.type() == EntityType.PERSON) {
          return new Speaker(e.name(), SpeakerType.PERSON);
        }
      }
    }
    return null;
  }

  /** "Navalny's claims": a possessive names someone, but not the one a pronoun stands for. */
  private static boolean possessive(String body, Mention m) {
    int e = m.end();
    return e + 1 < body.length() && (body.charAt(e) == '\'' || body.charAt(e) == '’')
        && (body.charAt(e + 1) == 's' || body.charAt(e + 1) == 'S');
  }

  /** True when the quotation's own sentence reports speech (its attribution was there, just not resolved). */
  private static boolean reportsSpeech(String body, Sentence s, Span span) {
    List<Word> after = Word.split(body, span.closeEnd(), Math.min(s.end(), span.closeEnd() + 120));
    for (int i = 0; i < Math.min(after.size(), 8); i++) {
      if (VERBS.contains(after.get(i).lower()) || after.get(i).lower().equals("began") || after.get(i).lower().equals("read")) {
        return true;
      }
    }
    return false;
  }

  /** A quote continues the previous one when only white space, or a finished attribution, lies between. */
  private static boolean continues(String body, int previousEnd, Span span) {
    if (previousEnd < 0) {
      return false;
    }
    String between = body.substring(previousEnd, span.openStart());
    int paragraphs = 0;
    for (int i = 0; i < between.length(); i++) {
      if (between.charAt(i) == '\n') {
        paragraphs++;
      }
    }
    String words = between.strip();
    // Next paragraph, or the same one after "he said." that closed the previous quote's sentence.
    if (words.isEmpty()) {
      return paragraphs <= 4;
    }
    int sentences = 0;
    for (int k = 0; k < words.length() - 1; k++) {
      if (Sentence.isBoundary(words, k)) {
        sentences++; // "Rep." and "Dr." are no sentence ends
      }
    }
    if (sentences > 0) {
      return false; // narrative of its own between the two quotations, not the first one's attribution
    }
    // The same sentence's attribution closing the previous quote: "... ," she told reporters on a call.
    List<Word> attribution = Word.split(words, 0, words.length());
    return paragraphs <= 4 && words.endsWith(".") && attribution.size() <= 24
        && attribution.stream().anyMatch(w -> VERBS.contains(w.lower()));
  }

  /** Where the clause holding the verb at {@code verb} starts: after a comma or "that", or the sentence start. */
  private static int clauseStart(List<Word> words, int verb) {
    int from = verb;
    while (from > 0 && verb - from < 12 && !words.get(from - 1).endsClause()) {
      from--;
    }
    return from;
  }

  /** End (exclusive) of the noun phrase that starts at {@code i}: up to a comma, a full stop or a preposition. */
  private static int phraseEnd(List<Word> words, int i) {
    int end = i;
    while (end < words.size() && end - i < 8) {
      Word w = words.get(end);
      if (end > i && (w.lower().equals("in") || w.lower().equals("on") || w.lower().equals("at")
          || w.lower().equals("after") || w.lower().equals("during") || w.lower().equals("to")
          || w.lower().equals("that") || w.lower().equals("while") || w.lower().equals("when"))) {
        break;
      }
      end++;
      if (w.endsClause()) {
        break;
      }
    }
    return end;
  }

  /** True for a verb that reports speech ("said", "told"). */
  static boolean isReportingVerb(String lowerWord) {
    return VERBS.contains(lowerWord);
  }

  /** True when {@code offset} falls within a quotation; the spans are in text order and do not overlap. */
  private static boolean insideQuote(int offset, List<Span> spans) {
    int lo = 0;
    int hi = spans.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = spans.get(mid);
      if (offset < s.openStart()) {
        hi = mid - 1;
      } else if (offset >= s.closeEnd()) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** "Ponte Solar", "The Keeper's Eye": up to five words, each capitalised, is a name, not a quotation. */
  private static boolean isName(String text, Span span) {
    List<Word> words = Word.split(text, span.start(), span.end());
    if (words.isEmpty() || words.size() > 5) {
      return false;
    }
    for (Word w : words) {
      if (!Character.isUpperCase(w.text().charAt(0)) && !NAME_JOINERS.contains(w.lower())) {
        return false;
      }
    }
    String t = text.substring(span.start(), span.end()).strip();
    return !t.endsWith(".") && !t.endsWith(",") && !t.endsWith("!") && !t.endsWith("?");
  }

  private static int words(String text, Span span) {
    return Word.split(text, span.start(), span.end()).size();
  }

  /** A speaker as the record names it. */
  private record Speaker(String name, SpeakerType type) {
    static final Speaker UNKNOWN = new Speaker(null, SpeakerType.UNKNOWN);
  }

  /** A word of the text with its offsets; {@code endsClause} when punctuation that closes a clause follows it. */
  record Word(String text, int start, int end, boolean endsClause) {
    String lower() {
      return text.toLowerCase(Locale.ROOT);
    }

    static List<Word> split(String s, int from, int to) {
      List<Word> out = new ArrayList<>();
      int i = Math.max(0, from);
      int limit = Math.min(to, s.length());
      while (i < limit) {
        while (i < limit && !Character.isLetterOrDigit(s.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < limit && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '\'' || s.charAt(i) == '’'
            || s.charAt(i) == '-' || (s.charAt(i) == '.' && i + 1 < limit && Character.isLetter(s.charAt(i + 1))))) {
          i++;
        }
        if (i > start) {
          String w = s.substring(start, i);
          // "Rep." and "Dr." stand before a name; their full stop ends nothing.
          boolean abbreviation = w.length() <= 4 && Character.isUpperCase(w.charAt(0)) && i + 2 < limit
              && s.charAt(i) == '.' && s.charAt(i + 1) == ' ' && Character.isUpperCase(s.charAt(i + 2));
          boolean clause = i < limit && !abbreviation && (s.charAt(i) == ',' || s.charAt(i) == ';' || s.charAt(i) == ':'
              || s.charAt(i) == '—' || s.charAt(i) == '–' || s.charAt(i) == '.');
          if (w.endsWith("'s") || w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
          }
          out.add(new Word(w, start, start + w.length(), clause || w.equalsIgnoreCase("that")));
        }
      }
      return out;
    }
  }
}
