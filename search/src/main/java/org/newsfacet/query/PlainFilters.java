package org.newsfacet.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsfacet.internal.English;

/**
 * Filters written in plain words, anywhere in a question: "in/from &lt;outlet or agency&gt;" or the
 * outlet's or agency's name alone,
 * "since/after/before/until &lt;date&gt;", "between &lt;date&gt; and &lt;date&gt;", "on &lt;date&gt;",
 * "in &lt;year or month&gt;", "by &lt;grouping&gt;", "about &lt;words&gt;", "claimed by / according to
 * &lt;claimant&gt;".
 */
final class PlainFilters {
  /** Words that open a filter, and so end an "about ..." phrase. */
  private static final Set<String> FILTER_WORDS = English.words("question-filter-words");
  private static final Map<String, Parts.Bound> DATE_OPENERS =
      QuestionLexicon.table("question-date-openers", Parts.Bound.class);
  private static final Set<String> SOURCE_OPENERS = English.words("question-source-openers");
  /** The words before who gave a figure ("claimed by", "according to"), each split into its words. */
  private static final List<List<String>> CLAIMANT_OPENERS = English.entries("question-claimant-openers").stream()
      .map(e -> List.of(e.split("\\s+"))).toList();
  private static final Set<String> ARTICLES = English.words("grammatical-articles");
  private static final String BETWEEN = "between";
  private static final String AND = "and";
  private static final String BY = "by";
  private static final String ABOUT = "about";

  private final Names names;

  PlainFilters(Names names) {
    this.names = names;
  }

  /** Takes the date, source, "about" and "by" phrases out of the words; returns what is left. */
  List<String> read(List<String> words, Parts p) {
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < words.size(); ) {
      String w = Tokens.lower(words.get(i));
      String read;
      if (w.equals(BETWEEN)) {
        Dates.Span a = Dates.at(words, i + 1);
        int and = a == null ? -1 : i + 1 + a.words();
        Dates.Span b = and >= 0 && and < words.size() && Tokens.lower(words.get(and)).equals(AND)
            ? Dates.at(words, and + 1) : null;
        if (b != null) {
          read = "(read from \"" + String.join(" ", words.subList(i, and + 1 + b.words())) + "\")";
          p.dates(Parts.Bound.FROM, a, read);
          p.explanation.remove(p.explanation.size() - 1);
          p.dates(Parts.Bound.TO, b, read);
          i = and + 1 + b.words();
          continue;
        }
      }
      int opener = claimantOpener(words, i);
      if (opener > 0) {
        i = claimant(words, i, opener, p, rest);
        continue;
      }
      Parts.Bound bound = DATE_OPENERS.get(w);
      if (bound != null) {
        Dates.Span d = Dates.at(words, i + 1);
        boolean monthOrYear = d != null && !d.start().equals(d.end());
        if (d != null && (bound != Parts.Bound.IN || monthOrYear || words.get(i + 1).matches("\\d{4}-\\d{2}-\\d{2}"))) {
          read = "(read from \"" + String.join(" ", words.subList(i, i + 1 + d.words())) + "\")";
          p.dates(bound, d, read);
          i += 1 + d.words();
          continue;
        }
      }
      if (SOURCE_OPENERS.contains(w) && i + 1 < words.size()) {
        int taken = source(words, i + 1, p);
        if (taken > 0) {
          i += 1 + taken;
          continue;
        }
      }
      if (w.equals(BY) && i + 1 < words.size() && FigureQuestions.grouping(words.get(i + 1)) != null) {
        p.groupBy = FigureQuestions.grouping(words.get(i + 1));
        p.explanation.add("grouped by " + p.groupBy.name().toLowerCase(Locale.ROOT) + " (read from \"" + words.get(i) + " "
            + words.get(i + 1) + "\")");
        i += 2;
        continue;
      }
      if (w.equals(ABOUT) && i + 1 < words.size()) {
        int j = i + 1;
        while (j < words.size() && (j == i + 1 || !FILTER_WORDS.contains(Tokens.lower(words.get(j)))
            && claimantOpener(words, j) == 0)) {
          j++;
        }
        List<String> about = words.subList(i + 1, j);
        p.about.addAll(about);
        p.explanation.add("about: " + String.join(" ", about) + " (read from \"" + String.join(" ", words.subList(i, j))
            + "\")");
        i = j;
        continue;
      }
      int named = bareSource(words, i, p);
      if (named > 0) {
        i += named;
        continue;
      }
      rest.add(words.get(i));
      i++;
    }
    return rest;
  }

  /**
   * The number of words from {@code i} that name, without "in" or "from", an outlet or agency the
   * index knows ("troop figures Harbor Times"), longest first, or 0. Only a capitalised word that is
   * not in quotation marks opens one: "harbor times" and "\"Harbor Times\"" stay words to search for, and a near
   * miss is no error here, as it may well be a word of its own.
   */
  private int bareSource(List<String> words, int i, Parts p) {
    if (words.get(i).startsWith("\"") || !Character.isUpperCase(words.get(i).charAt(0))) {
      return 0;
    }
    for (int n = Math.min(Names.MAX_WORDS, words.size() - i); n >= 1; n--) {
      List<String> name = words.subList(i, i + n);
      if (name.stream().anyMatch(x -> x.startsWith("\""))) {
        continue;
      }
      Optional<String> known = names.findSource(String.join(" ", name));
      if (known.isPresent()) {
        p.sources.add(known.get());
        p.explanation.add("published by or credited to " + known.get() + " (read from \"" + String.join(" ", name)
            + "\", a name of an outlet or agency)");
        return n;
      }
    }
    return 0;
  }

  /** How many words from {@code i} open a claimant ("according to" is two), or 0. */
  private static int claimantOpener(List<String> words, int i) {
    for (List<String> opener : CLAIMANT_OPENERS) {
      if (i + opener.size() < words.size() && opener.equals(words.subList(i, i + opener.size()).stream()
          .map(Tokens::lower).toList())) {
        return opener.size();
      }
    }
    return 0;
  }

  /**
   * Reads "claimed by &lt;name&gt;" at {@code i}, {@code opener} words then the name up to the next
   * filter: a claimant the index knows filters the figures by claimant, in the spelling written, as
   * claimant: does; a name that claimed nothing is left as words of the figures' sentences, and the
   * explanation says so. Returns where the reading goes on.
   */
  private int claimant(List<String> words, int i, int opener, Parts p, List<String> rest) {
    int start = i + opener;
    int end = start;
    while (end < words.size() && end - start < Names.MAX_WORDS && !FILTER_WORDS.contains(Tokens.lower(words.get(end)))) {
      end++;
    }
    if (end == start) {
      rest.add(words.get(i)); // "claimed by since 2024": no name follows
      return i + 1;
    }
    p.askUnlessChosen(Parts.Asked.FIGURES);
    // "according to the ministry": the name may come with an article the index's name has not.
    int first = end - start > 1 && ARTICLES.contains(Tokens.lower(words.get(start))) ? start + 1 : start;
    for (int from = start; from <= first; from++) {
      for (int n = end - from; n >= 1; n--) {
        String name = Tokens.unquote(String.join(" ", words.subList(from, from + n)));
        Optional<String> known = names.findClaimant(name);
        if (known.isPresent()) {
          p.claimants.add(name);
          p.explanation.add("figures claimed by " + known.get() + " (read from \""
              + String.join(" ", words.subList(i, from + n)) + "\")");
          return from + n;
        }
      }
    }
    String name = String.join(" ", words.subList(start, end));
    p.explanation.add(notClaimant(names, Tokens.unquote(name), "\"" + String.join(" ", words.subList(i, end)) + "\""));
    rest.addAll(words.subList(start, end));
    return end;
  }

  /** The explanation of a name read as a claimant that claimed no figure: it is searched as words instead. */
  static String notClaimant(Names names, String name, String read) {
    String near = names.nearestClaimant(name);
    return "no figure in the index is claimed by " + name + (near == null ? "" : " (did you mean " + near + "?)")
        + ": read as words of the figures' sentences (read from " + read + ")";
  }

  /** The number of words from {@code i} that name an outlet or agency (longest first), or 0. */
  private int source(List<String> words, int i, Parts p) {
    for (int n = Math.min(Names.MAX_WORDS, words.size() - i); n >= 1; n--) {
      String name = String.join(" ", words.subList(i, i + n));
      Optional<String> known = names.findSource(Tokens.unquote(name));
      if (known.isPresent()) {
        p.sources.add(known.get());
        p.explanation.add("published by or credited to " + known.get() + " (read from \"" + words.get(i - 1) + " "
            + name + "\")");
        return n;
      }
    }
    names.checkNoSlipOfSource(Tokens.unquote(words.get(i))); // "in Harbr Times" is a typo, not words to find
    return 0;
  }
}
