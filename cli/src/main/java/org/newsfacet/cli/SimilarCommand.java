package org.newsfacet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.newsfacet.json.Json;
import org.newsfacet.model.Article;
import org.newsfacet.query.AnswerJson;
import org.newsfacet.search.NewsSearch;
import org.newsfacet.search.Related;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsfacet similar}: "more like this" for one article. */
@Command(name = "similar", mixinStandardHelpOptions = true,
    description = {"More like this: the other articles of an article's story (copies of its text first, then "
        + "rewrites; the original first), then the other stories nearest to it in words, each by its closest article.",
        "Article ids are in `query --json` (articleId, id) and `extract --json` (id)."})
final class SimilarCommand implements Callable<Integer> {
  /** The most other stories one answer lists: far more than a reader looks at. */
  private static final int MAX_LIMIT = 1_000;

  @Spec
  CommandSpec spec;

  @Mixin
  IndexOption index;

  @Mixin
  EngineOption engine;

  @Option(names = "--limit", defaultValue = "10", paramLabel = "N",
      description = "Other stories to list at most (default ${DEFAULT-VALUE}); the article's own story is listed whole.")
  int limit;

  @Option(names = "--json", description = "One JSON object per related article, with its relation.")
  boolean json;

  @Parameters(paramLabel = "ARTICLE-ID", description = "The id of an indexed article.")
  String id;

  @Override
  public Integer call() throws IOException {
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new UsageException("--limit must be between 0 and " + MAX_LIMIT + ", not " + limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Related> related;
    try (NewsSearch news = engine.openReadOnly(index)) {
      if (news.get(id).isEmpty()) {
        spec.commandLine().getErr().println("newsfacet: no article with the id " + Terminal.field(id) + " in "
            + Terminal.field(engine.where(index)));
        return 1;
      }
      related = news.similar(id, limit);
    }
    if (json) {
      related.forEach(r -> out.println(Json.write(AnswerJson.related(r))));
      return 0;
    }
    if (related.isEmpty()) {
      out.println("Nothing close to " + Terminal.field(id) + ".");
      return 0;
    }
    Related.Relation last = null;
    for (Related r : related) {
      if (r.relation() != last) {
        last = r.relation();
        out.printf(Locale.ROOT, "%n%s%n", switch (last) {
          case COPY -> "Copies of its text";
          case STORY -> "Other articles of its story";
          case SIMILAR -> "Other stories nearest in words";
        });
      }
      Article a = r.hit().article();
      out.printf(Locale.ROOT, "  %s | %s | %s | %s%n", Terminal.field(Objects.requireNonNullElse(a.title(), "(no title)")),
          Terminal.field(Objects.requireNonNullElse(a.outlet(), "no outlet")),
          Objects.requireNonNullElse(a.published(), "undated"), Terminal.field(a.id()));
    }
    return 0;
  }
}
