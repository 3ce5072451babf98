package org.newsfacet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.newsfacet.index.NewsIndex;
import org.newsfacet.index.QuoteHit;
import org.newsfacet.index.QuoteRequest;
import org.newsfacet.index.Results;
import org.newsfacet.json.Json;
import org.newsfacet.model.Quote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsfacet quotes}: who said what, across the indexed articles. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "List direct quotations: by speaker (any spelling, surname alone too), by words in the "
        + "quotation, by outlet, agency and date; each with the article's outlet, date and title.")
final class QuotesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  IndexOption index;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only quotations of this speaker (repeatable).")
  List<String> speakers = List.of();

  @Mixin
  SourceFilters filters;

  @Mixin
  Paging page;

  @Option(names = "--json", description = "Print one JSON object per quotation and per facet dimension.")
  boolean json;

  @Parameters(paramLabel = "WORDS", arity = "0..*", description = "Words the quotation must contain.")
  List<String> words = List.of();

  @Override
  public Integer call() throws IOException {
    page.check();
    filters.check();
    QuoteRequest request = QuoteRequest.all().words(String.join(" ", words)).from(filters.from).to(filters.to).limit(page.limit).offset(page.offset);
    for (String s : speakers) {
      request = request.speaker(s);
    }
    for (String o : filters.outlets) {
      request = request.outlet(o);
    }
    for (String a : filters.agencies) {
      request = request.agency(a);
    }
    Results<QuoteHit> results;
    try (NewsIndex news = NewsIndex.openReadOnly(index.existing())) {
      results = news.quotes(request);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      for (QuoteHit hit : results.hits()) {
        out.println(Json.write(quoteJson(hit)));
      }
      FacetOutput.json(out, results.facets());
      return 0;
    }
    String who = speakers.isEmpty() ? "" : " by " + String.join(" or ", speakers);
    out.printf(Locale.ROOT, "%,d quotation%s%s%n", results.total(), results.total() == 1 ? "" : "s", who);
    for (QuoteHit hit : results.hits()) {
      Quote q = hit.quote();
      out.printf(Locale.ROOT, "%n“%s”%s%n", q.text().replaceAll("\\s+", " ").strip(), q.partial() ? " (partial)" : "");
      out.printf(Locale.ROOT, "   — %s | %s, %s | %s%n", Objects.requireNonNullElse(q.speaker(), "speaker not stated"),
          Objects.requireNonNullElse(hit.outlet(), "unknown outlet"), Objects.requireNonNullElse(hit.published(), "undated"),
          Objects.requireNonNullElse(hit.title(), hit.source()));
    }
    FacetOutput.text(out, results.facets());
    return 0;
  }

  /** A quotation as the query output format has it. */
  static Map<String, Object> quoteJson(QuoteHit hit) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("type", "quote");
    o.put("speaker", hit.quote().speaker());
    o.put("text", hit.quote().text());
    o.put("articleId", hit.articleId());
    o.put("outlet", hit.outlet());
    o.put("agency", hit.agency());
    o.put("published", hit.published() == null ? null : hit.published().toString());
    o.put("title", hit.title());
    return o;
  }
}
