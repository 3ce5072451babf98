package org.newsfacet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.newsfacet.index.Hit;
import org.newsfacet.index.NewsIndex;
import org.newsfacet.index.SearchRequest;
import org.newsfacet.index.Results;
import org.newsfacet.json.Json;
import org.newsfacet.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsfacet search}: full-text search over the indexed articles, with filters and facet counts. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Full-text search over titles and bodies (all words must match; Lucene syntax such as "
        + "\"exact phrase\", OR, -word, word* also works), with filters and facet counts.")
final class SearchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  IndexOption index;

  @Mixin
  SourceFilters filters;

  @Option(names = "--person", paramLabel = "NAME",
      description = "Only articles naming this person, in any spelling (--person Navalnyy finds Navalny; repeatable).")
  List<String> people = List.of();

  @Option(names = "--org", paramLabel = "NAME", description = "Only articles naming this organisation (repeatable).")
  List<String> organizations = List.of();

  @Option(names = "--place", paramLabel = "NAME", description = "Only articles naming this place (repeatable).")
  List<String> places = List.of();

  @Mixin
  Paging page;

  @Option(names = "--newest", description = "Order by publication date, newest first, instead of relevance.")
  boolean newest;

  @Option(names = "--json", description = "Print one JSON object per hit and per facet dimension.")
  boolean json;

  @Parameters(paramLabel = "WORDS", arity = "0..*", description = "What to search for; none lists every article.")
  List<String> words = List.of();

  @Override
  public Integer call() throws IOException {
    page.check();
    filters.check();
    SearchRequest request = SearchRequest.text(String.join(" ", words)).from(filters.from).to(filters.to).limit(page.limit).offset(page.offset);
    for (String o : filters.outlets) {
      request = request.outlet(o);
    }
    for (String a : filters.agencies) {
      request = request.agency(a);
    }
    for (String p : people) {
      request = request.person(p);
    }
    for (String o : organizations) {
      request = request.organization(o);
    }
    for (String p : places) {
      request = request.location(p);
    }
    if (newest) {
      request = request.newestFirst();
    }
    Results<Hit> results;
    try (NewsIndex news = NewsIndex.openReadOnly(index.existing())) {
      results = news.search(request);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      printJson(out, results);
    } else {
      printText(out, results, request);
    }
    return 0;
  }

  private static void printJson(PrintWriter out, Results<Hit> results) {
    for (Hit hit : results.hits()) {
      Article a = hit.article();
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("type", "article");
      o.put("id", a.id());
      o.put("title", a.title());
      o.put("outlet", a.outlet());
      o.put("agency", a.agency());
      o.put("published", a.published() == null ? null : a.published().toString());
      o.put("source", a.source());
      o.put("snippet", hit.snippet());
      o.put("score", Float.isNaN(hit.score()) ? null : hit.score());
      out.println(Json.write(o));
    }
    FacetOutput.json(out, results.facets());
  }

  private static void printText(PrintWriter out, Results<Hit> results, SearchRequest request) {
    String what = request.text().isEmpty() ? "" : " for \"" + request.text() + "\"";
    out.printf(Locale.ROOT, "%,d article%s%s%n", results.total(), results.total() == 1 ? "" : "s", what);
    int n = request.offset();
    for (Hit hit : results.hits()) {
      Article a = hit.article();
      out.printf(Locale.ROOT, "%n%d. %s%n", ++n, Objects.requireNonNullElse(a.title(), "(no title)"));
      out.printf(Locale.ROOT, "   %s | %s%s%n", Objects.requireNonNullElse(a.published(), "undated"),
          Objects.requireNonNullElse(a.outlet(), "unknown outlet"),
          a.agency() == null || a.agency().equals(a.outlet()) ? "" : " (" + a.agency() + ")");
      String snippet = hit.snippet().replace("<b>", "[").replace("</b>", "]").replaceAll("\\s+", " ").strip();
      if (!snippet.isEmpty()) {
        out.println("   " + shorten(snippet, 300));
      }
      out.println("   " + a.source());
    }
    FacetOutput.text(out, results.facets());
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
  }
}
