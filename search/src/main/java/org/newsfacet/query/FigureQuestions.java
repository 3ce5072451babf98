package org.newsfacet.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsfacet.internal.English;
import org.newsfacet.internal.Resources;
import org.newsfacet.model.FigureCategory;
import org.newsfacet.search.FigureGroup;
import org.newsfacet.search.FigureRequest;
import org.newsfacet.search.QuerySyntaxException;

/**
 * Questions for figures: "troop figures", "figures for ferry fares", "casualty numbers by source",
 * "Haldane figures" (the figures Haldane claimed), with the category, grouping and values they ask for.
 */
final class FigureQuestions {
  private static final Map<String, FigureCategory> CATEGORY_WORDS = categoryWords();
  private static final Set<String> FIGURE_WORDS = English.words("question-figure-words");
  private static final Map<String, FigureGroup.GroupBy> GROUPINGS =
      QuestionLexicon.table("question-groupings", FigureGroup.GroupBy.class);
  /** Words right after the figure word that lead to what the figures are about: "figures for ferry fares". */
  private static final Set<String> PREPOSITIONS = English.words("question-figure-prepositions");
  /** Words that put a question and say nothing about what it is about. */
  private static final Set<String> ASKING = English.words("question-asking-words");
  /** How many figures a list shows, and how many a comparison groups by outlet, agency or claimant, or by day. */
  private static final int LIST_LIMIT = 50;
  private static final int GROUPED_LIMIT = 10;
  private static final int BY_DATE_LIMIT = 500;

  private final Names names;

  FigureQuestions(Names names) {
    this.names = names;
  }

  private static Map<String, FigureCategory> categoryWords() {
    Map<String, FigureCategory> m = new HashMap<>();
    for (String line : Resources.lines(FigureQuestions.class, "category-words.tsv")) {
      String[] c = line.split("\t");
      m.put(c[0].strip(), FigureCategory.of(c[1].strip()));
    }
    return Map.copyOf(m);
  }

  /** What a word ("source", "claimants") says figures are grouped by, or null. */
  static FigureGroup.GroupBy grouping(String word) {
    return GROUPINGS.get(Tokens.lower(word));
  }

  /** Where the first word that asks for figures stands, or -1. */
  static int figureWord(List<String> low) {
    for (int k = 0; k < low.size(); k++) {
      if (FIGURE_WORDS.contains(low.get(k))) {
        return k;
      }
    }
    return -1;
  }

  /** The category a word or category name gives ("troop", "troops"), else an error that lists them. */
  static FigureCategory category(String word) {
    FigureCategory c = CATEGORY_WORDS.get(Tokens.lower(word));
    if (c == null) {
      try {
        return FigureCategory.of(word);
      } catch (IllegalArgumentException e) {
        throw new QuerySyntaxException("no figure category '" + word + "': the categories are troops, casualties, "
            + "people, money, percent, weapons and other", e);
      }
    }
    return c;
  }

  /**
   * The question for figures: category words before the figure word ({@code figureWord}, -1 when a
   * field asked for figures) choose the category; the other words before it, when they name a
   * claimant the index knows, choose the claimant ("Haldane troop figures"); the rest are what the
   * figures' sentences say.
   */
  Question read(List<String> core, int figureWord, Parts p) {
    Parts.unusable(p.kind != null, "figures", "a kind of quotation");
    List<String> words = new ArrayList<>();
    List<String> categoryRead = new ArrayList<>();
    int named = -1; // how many of the words are the name before the figure word
    for (int k = 0; k < core.size(); k++) {
      String w = Tokens.lower(core.get(k));
      if (k == figureWord) {
        continue;
      }
      if (k == figureWord + 1 && PREPOSITIONS.contains(w)) {
        continue; // "figures for ferry fares"
      }
      if (ASKING.contains(w)) {
        continue; // "what are the latest troop figures": how the question is put, not what it is about
      }
      FigureCategory c = k < figureWord || figureWord < 0 ? CATEGORY_WORDS.get(w) : null;
      if (c != null && (p.category == null || p.category == c)) {
        p.category = c;
        categoryRead.add(core.get(k));
      } else {
        words.add(core.get(k));
        named = k < figureWord || figureWord < 0 ? words.size() : named;
      }
    }
    String claimantRead = named > 0 ? claimant(words.subList(0, named), core, p) : null;
    if (claimantRead != null) {
      words.subList(0, named).clear();
    }
    if (!categoryRead.isEmpty()) {
      p.explanation.add(0, "figures of category " + p.category.label() + " (read from \"" + String.join(" ", categoryRead)
          + "\")");
    } else if (p.category == null) {
      p.explanation.add(0, "figures of every category");
    }
    if (claimantRead != null) {
      p.explanation.add(1, claimantRead);
    }
    words.addAll(p.about);
    if (!words.isEmpty()) {
      p.explanation.add("in a sentence with: " + String.join(" ", words));
    }
    FigureRequest r = FigureRequest.all().category(p.category).words(String.join(" ", words)).from(p.from).to(p.to)
        .limit(p.groupBy == null ? LIST_LIMIT : p.groupBy == FigureGroup.GroupBy.DATE ? BY_DATE_LIMIT : GROUPED_LIMIT);
    r = Parts.each(r, p.claimants, FigureRequest::claimant);
    r = p.withSources(r, FigureRequest::outlet, FigureRequest::agency, FigureRequest::source);
    if (p.min != null) {
      r = r.atLeast(p.min);
    }
    if (p.max != null) {
      r = r.atMost(p.max);
    }
    Parts.unusable(!p.speakers.isEmpty(), "figures", "a speaker (use claimant: for who gave a figure)");
    Parts.unusable(!p.entities.isEmpty(), "figures", "a person, organisation or place filter (use claimant: or words)");
    return new Question.Figures(r, p.groupBy, p.explanation);
  }

  /**
   * The explanation of the name before the figure word read as its claimant ("Haldane figures" are
   * the figures Haldane claimed, in the spelling written, as claimant: reads it), or null when the
   * words name no claimant: they stay words to find, and a capitalised name is said to claim nothing.
   */
  private String claimant(List<String> name, List<String> core, Parts p) {
    String written = Tokens.unquote(String.join(" ", name));
    String read = "\"" + String.join(" ", core) + "\"";
    Optional<String> known = names.findClaimant(written);
    if (known.isPresent()) {
      p.claimants.add(written);
      return "figures claimed by " + known.get() + " (read from " + read + ")";
    }
    if (Character.isUpperCase(written.charAt(0))) {
      p.explanation.add(PlainFilters.notClaimant(names, written, read));
    }
    return null;
  }
}
