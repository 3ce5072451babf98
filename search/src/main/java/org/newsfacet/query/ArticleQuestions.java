package org.newsfacet.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsfacet.model.EntityType;
import org.newsfacet.search.QuerySyntaxException;
import org.newsfacet.search.SearchRequest;

/**
 * Questions for articles, when nothing else fits: words to find, or one name the index knows
 * ("Lindvik in Harbor Times") that the articles must name.
 */
final class ArticleQuestions {
  private final Names names;

  ArticleQuestions(Names names) {
    this.names = names;
  }

  /** The question for articles with these words, or naming the one name they are. */
  Question read(List<String> core, Parts p) {
    Parts.unusable(p.kind != null, "articles", "a kind of quotation (ask for quotes)");
    if (p.groupBy != null) {
      throw new QuerySyntaxException("articles are not grouped: \"by " + p.groupBy.name().toLowerCase(Locale.ROOT)
          + "\" groups figures, as in \"troop figures by source\"", null);
    }
    List<String> text = new ArrayList<>(core);
    // "Lindvik in Harbor Times": words that are all one known name filter by that name, not by text.
    if (!text.isEmpty() && text.size() <= Names.MAX_WORDS && text.stream().noneMatch(w -> w.contains(":"))) {
      String name = Tokens.unquote(String.join(" ", text));
      for (EntityType type : EntityType.values()) {
        Optional<String> known =
            Character.isUpperCase(name.charAt(0)) ? names.findEntity(type, name) : Optional.empty();
        if (known.isPresent()) {
          p.entity(type, known.get());
          p.explanation.add(0, "articles naming " + known.get() + " (" + type.name().toLowerCase(Locale.ROOT)
              + ", read from \"" + name + "\")");
          text.clear();
          break;
        }
      }
    }
    text.addAll(p.about);
    if (!text.isEmpty()) {
      p.explanation.add(0, "articles with the words: " + String.join(" ", text));
    } else if (p.entities.isEmpty()) {
      p.explanation.add(0, "every article");
    }
    SearchRequest r = SearchRequest.text(String.join(" ", text)).from(p.from).to(p.to).drillSideways();
    for (Map.Entry<EntityType, List<String>> e : p.entities.entrySet()) {
      for (String name : e.getValue()) {
        r = r.entity(e.getKey(), name);
      }
    }
    r = p.withSources(r, SearchRequest::outlet, SearchRequest::agency, SearchRequest::source);
    if (p.newest || text.isEmpty()) {
      r = r.newestFirst();
    }
    return new Question.Articles(r, p.explanation);
  }
}
