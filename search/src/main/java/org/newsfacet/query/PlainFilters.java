package org.newsfacet.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsfacet.internal.English;

/**
 * Filters written in plain words, anywhere in a question: "in/from &lt;outlet or agency&gt;",
 * "since/after/before/until &lt;date&gt;", "between &lt;date&gt; and &lt;date&gt;", "on &lt;date&gt;",
 * "in &lt;year or month&gt;", "by &lt;grouping&gt;", "about &lt;words&gt;".
 */
final class PlainFilters {
  /** Words that open a filter, and so end an "about ..." phrase. */
  private static final Set<String> FILTER_WORDS = English.words("question-filter-words");
  private static final Map<String, Parts.Bound> DATE_OPENERS =
      QuestionLexicon.table("question-date-openers", Parts.Bound.class);
  private static final Set<String> SOURCE_OPENERS = English.words("question-source-openers");
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
        while (j < words.size() && (j == i + 1 || !FILTER_WORDS.contains(Tokens.lower(words.get(j))))) {
          j++;
        }
        List<String> about = words.subList(i + 1, j);
        p.about.addAll(about);
        p.explanation.add("about: " + String.join(" ", about) + " (read from \"" + String.join(" ", words.subList(i, j))
            + "\")");
        i = j;
        continue;
      }
      rest.add(words.get(i));
      i++;
    }
    return rest;
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
