package org.newsfacet.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsfacet.model.Article;
import org.newsfacet.query.Answer;
import org.newsfacet.query.AnswerCsv;
import org.newsfacet.query.AnswerJson;
import org.newsfacet.query.Page;
import org.newsfacet.query.Questions;
import org.newsfacet.search.NewsSearch;
import org.newsfacet.search.QueryLimitException;
import org.newsfacet.search.QueryLimits;
import org.newsfacet.search.QuerySyntaxException;

/**
 * The HTTP API: {@code /api/query}, {@code /api/articles/{id}}, {@code /api/articles/{id}/text},
 * {@code /api/stats} and its own description at {@code /api/openapi.json}.
 */
final class Api {
  private static final String CSV = "text/csv; charset=utf-8; header=present";
  private static final String OPENAPI = "openapi.json";

  private final NewsSearch search;
  private final Questions questions;
  private final byte[] openApi;

  Api(NewsSearch search) {
    this.search = search;
    this.questions = Questions.on(search);
    this.openApi = resource(OPENAPI);
  }

  /** The reply to a GET of {@code path} under {@code /api/}. */
  Reply answer(String path, Parameters parameters) throws IOException {
    List<String> segments = segments(path);
    if (segments.size() == 2 && segments.get(1).equals("query")) {
      return query(parameters);
    }
    if (segments.size() == 2 && segments.get(1).equals("stats")) {
      return Reply.json(AnswerJson.stats(search.stats()));
    }
    if (segments.size() == 2 && segments.get(1).equals(OPENAPI)) {
      return new Reply(200, Reply.JSON, openApi, true, Map.of());
    }
    if (segments.size() == 3 && segments.get(1).equals("articles")) {
      Optional<Article> article = search.get(segments.get(2));
      return article.map(Reply::json).orElseGet(() -> noArticle(segments.get(2)));
    }
    if (segments.size() == 4 && segments.get(1).equals("articles") && segments.get(3).equals("text")) {
      return text(segments.get(2));
    }
    return Reply.error(404, "no such address: " + path + " (the API is described at /api/openapi.json)");
  }

  /**
   * {@code {"question","readAs":[...],"answer":"quotes|figures|groups|articles","total","offset","limit",
   * "suggestions":[...],"items":[...]}}: the items are the objects {@code query --json} prints.
   */
  private Reply query(Parameters parameters) throws IOException {
    String q = parameters.get("q", "").strip();
    if (q.isEmpty()) {
      throw new Parameters.BadRequest("q is missing: ask a question, such as q=troop figures by source");
    }
    String format = parameters.get("format", "json").strip().toLowerCase(Locale.ROOT);
    if (!format.equals("json") && !format.equals("csv")) {
      throw new Parameters.BadRequest("format=" + format + " is no format: json or csv");
    }
    Page page;
    Answer answer;
    try {
      page = new Page(parameters.count("limit", Page.DEFAULT_LIMIT), parameters.count("offset", 0),
          parameters.flag("copies"), parameters.flag("countStories"));
      QueryLimits.checkSyntax(q);
      answer = page.answer(questions, questions.parse(q));
    } catch (QuerySyntaxException | QueryLimitException e) {
      throw new Parameters.BadRequest(e.getMessage());
    }
    if (format.equals("csv")) {
      return csv(answer);
    }
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("question", q);
    o.put("readAs", answer.question().explanation());
    o.put("answer", shape(answer));
    o.put("total", total(answer));
    o.put("offset", page.offset());
    o.put("limit", page.limit());
    o.put("suggestions", suggestions(answer));
    o.put("items", AnswerJson.items(answer));
    return Reply.json(o);
  }

  /**
   * The answer as {@code query --format csv} writes it, as a file to save: its name says the shape
   * ({@code newsfacet-quotes.csv}) and nothing of the question, which a header could not carry safely.
   */
  private static Reply csv(Answer answer) throws IOException {
    StringBuilder table = new StringBuilder();
    AnswerCsv.write(answer, table);
    return Reply.text(CSV, table.toString())
        .header("Content-Disposition", "attachment; filename=\"newsfacet-" + shape(answer) + ".csv\"");
  }

  private static String shape(Answer answer) {
    return switch (answer) {
      case Answer.Quotes a -> "quotes";
      case Answer.Figures a -> "figures";
      case Answer.Groups a -> "groups";
      case Answer.Articles a -> "articles";
    };
  }

  /** How many match: quotations, figures or articles; for a comparison, the figures in all its groups. */
  private static long total(Answer answer) {
    return switch (answer) {
      case Answer.Quotes a -> a.results().total();
      case Answer.Figures a -> a.results().total();
      case Answer.Groups a -> a.groups().stream().mapToLong(g -> g.total()).sum();
      case Answer.Articles a -> a.results().total();
    };
  }

  private static List<String> suggestions(Answer answer) {
    return switch (answer) {
      case Answer.Quotes a -> a.results().suggestions();
      case Answer.Figures a -> a.results().suggestions();
      case Answer.Groups a -> List.of();
      case Answer.Articles a -> a.results().suggestions();
    };
  }

  /** {@code {"id","title","segments":[{"text","quote":i,"figure":j}...]}}: the article's text, its marks placed. */
  private Reply text(String id) throws IOException {
    Optional<Article> article = search.get(id);
    Optional<String> text = article.isEmpty() ? Optional.empty() : search.text(id);
    if (article.isEmpty() || text.isEmpty()) {
      return noArticle(id);
    }
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", id);
    o.put("title", article.get().title());
    o.put("segments", ArticleText.segments(text.get(), article.get()));
    return Reply.json(o);
  }

  private static Reply noArticle(String id) {
    return Reply.error(404, "no article has the id " + id);
  }

  /** The path's segments, each decoded: an id may hold any character, a slash percent-encoded. */
  private static List<String> segments(String rawPath) {
    List<String> out = new ArrayList<>();
    for (String s : rawPath.substring(1).split("/", -1)) {
      try {
        out.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new Parameters.BadRequest("the address is not well encoded: " + e.getMessage());
      }
    }
    return out;
  }

  private static byte[] resource(String name) {
    try (InputStream in = Api.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks org/newsfacet/web/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read org/newsfacet/web/" + name, e);
    }
  }
}
