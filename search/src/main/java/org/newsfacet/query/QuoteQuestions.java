package org.newsfacet.query;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsfacet.internal.English;
import org.newsfacet.model.QuoteKind;
import org.newsfacet.search.QuerySyntaxException;
import org.newsfacet.search.QuoteRequest;

/**
 * Questions for quotations: "Haldane quotes", "quotes by Haldane", "what did Haldane say", "Haldane
 * on ferry fares", and the kind of quotation ("Haldane direct quotes" for her own words only,
 * "Haldane reported quotes" for reported speech only).
 */
final class QuoteQuestions {
  private static final Set<String> QUOTE_WORDS = English.words("question-quote-words");
  /** Words before a quote word, or values of kind:, that choose one kind of quotation. */
  private static final Map<String, QuoteKind> KIND_WORDS =
      QuestionLexicon.table("question-quote-kinds", QuoteKind.class);
  private static final Set<String> SPEAKER_PREPOSITIONS = English.words("question-speaker-prepositions");
  private static final Set<String> AUXILIARIES = English.words("question-auxiliaries");
  /** In order: the first of them a question has is the one a "what did ... say" question ends with. */
  private static final List<String> SAY_VERBS = English.entries("question-say-verbs");
  private static final String WHAT = "what";
  /** "Haldane on ferry fares": a speaker, then what the quotations are about. */
  private static final String ON = "on";

  private final Names names;

  QuoteQuestions(Names names) {
    this.names = names;
  }

  /** The kind of quotation a word chooses ("direct", "reported"), or null. */
  static QuoteKind kind(String word) {
    return KIND_WORDS.get(Tokens.lower(word));
  }

  /** Where a kind word stands before a quote word ("direct quotes"), or -1. */
  static int kindWord(List<String> low) {
    for (int k = 0; k + 1 < low.size(); k++) {
      if (KIND_WORDS.containsKey(low.get(k)) && QUOTE_WORDS.contains(low.get(k + 1))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The question for quotations that the words put in one of the quotation forms, or null when they
   * put none.
   */
  Question read(List<String> core, Parts p) {
    List<String> low = core.stream().map(Tokens::lower).toList();
    if (!low.isEmpty() && QUOTE_WORDS.contains(low.get(low.size() - 1))) {
      return quotes(core.subList(0, core.size() - 1), p, "\"" + String.join(" ", core) + "\"");
    }
    if (!low.isEmpty() && QUOTE_WORDS.contains(low.get(0))) {
      List<String> rest = core.subList(1, core.size());
      if (!rest.isEmpty() && SPEAKER_PREPOSITIONS.contains(Tokens.lower(rest.get(0)))) {
        rest = rest.subList(1, rest.size());
      }
      return quotes(rest, p, "\"" + String.join(" ", core) + "\"");
    }
    int say = -1;
    for (String verb : SAY_VERBS) {
      say = low.indexOf(verb);
      if (say >= 0) {
        break;
      }
    }
    if (low.size() >= 3 && low.get(0).equals(WHAT) && say > 1) {
      // "what did Haldane say", "what has Haldane said", "what Haldane said"
      int from = AUXILIARIES.contains(low.get(1)) ? 2 : 1;
      if (say > from && say == low.size() - 1) {
        return quotes(core.subList(from, say), p, "\"" + String.join(" ", core) + "\"");
      }
    }
    int on = low.indexOf(ON);
    if (on > 0 && on < low.size() - 1 && names.findSpeaker(String.join(" ", core.subList(0, on))).isPresent()) {
      p.about.addAll(core.subList(on + 1, core.size()));
      p.explanation.add("about: " + String.join(" ", core.subList(on + 1, core.size())) + " (read from \"" + ON + " "
          + String.join(" ", core.subList(on + 1, core.size())) + "\")");
      return quotes(core.subList(0, on), p, "\"" + String.join(" ", core.subList(0, on + 1)) + "\"");
    }
    return null;
  }

  /**
   * The question for quotations when a field asked for them: the words are the speaker when they are
   * one ("Haldane kind:direct"), else what the quotations are about ("speaker:Haldane ferry fares").
   */
  Question asked(List<String> core, Parts p) {
    if (p.speakers.isEmpty() && !core.isEmpty()
        && names.findSpeaker(Tokens.unquote(String.join(" ", core))).isPresent()) {
      return quotes(core, p, "\"" + String.join(" ", core) + "\"");
    }
    p.about.addAll(core);
    if (!core.isEmpty()) {
      p.explanation.add("about: " + String.join(" ", core));
    }
    return quotes(List.of(), p, null);
  }

  private Question quotes(List<String> speakerWords, Parts p, String read) {
    if (!speakerWords.isEmpty()) {
      String name = names.speaker(Tokens.unquote(String.join(" ", speakerWords)));
      p.speakers.add(name);
      p.explanation.add(0, "quotations by " + name + (read == null ? "" : " (read from " + read + ")"));
    } else if (read != null && p.speakers.isEmpty()) {
      p.explanation.add(0, "quotations by anyone (read from " + read + ")");
    }
    QuoteRequest r = QuoteRequest.all().words(String.join(" ", p.about)).kind(p.kind).from(p.from).to(p.to);
    r = Parts.each(r, p.speakers, QuoteRequest::speaker);
    r = p.withSources(r, QuoteRequest::outlet, QuoteRequest::agency, QuoteRequest::source);
    if (p.groupBy != null) {
      throw new QuerySyntaxException("quotations are not grouped: \"by " + p.groupBy.name().toLowerCase(Locale.ROOT)
          + "\" groups figures", null);
    }
    Parts.unusable(p.category != null || !p.claimants.isEmpty() || p.min != null || p.max != null, "quotations",
        "a figure category, claimant or value");
    Parts.unusable(!p.entities.isEmpty(), "quotations",
        "a person, organisation or place filter (ask for their quotes instead)");
    return new Question.Quotes(r, p.explanation);
  }
}
