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
import org.newsfacet.query.AnswerJson;
import org.newsfacet.query.Question;
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
  private static final int DEFAULT_LIMIT = 20;
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
    Page page = new Page(parameters.count("limit", DEFAULT_LIMIT), parameters.count("offset", 0),
        parameters.flag("copies"), parameters.flag("countStories"));
    String format = parameters.get("format", "json").strip().toLowerCase(Locale.ROOT);
    if (!format.equals("json")) {
      throw new Parameters.BadRequest("format=" + format + " is no format: json");
    }
    Answer answer;
    try {
      page.check();
      QueryLimits.checkSyntax(q);
      answer = questions.answer(page.apply(questions.parse(q)));
    } catch (QuerySyntaxException | QueryLimitException e) {
      throw new Parameters.BadRequest(e.getMessage());
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

  /** Which part of an answer to return, checked as the command line checks {@code --limit} and {@code --offset}. */
  record Page(int limit, int offset, boolean copies, boolean countStories) {
    void check() {
      if (limit > QueryLimits.MAX_PAGE) {
        throw new Parameters.BadRequest(String.format(Locale.ROOT, "limit=%,d is more than the %,d hits a page may "
            + "show: page through them with offset, or narrow the question", limit, QueryLimits.MAX_PAGE));
      }
      if ((long) offset + limit > QueryLimits.MAX_PAGE_END) {
        throw new Parameters.BadRequest(String.format(Locale.ROOT, "limit=%,d with offset=%,d reaches past the %,d "
            + "hits a question may page through: narrow it instead", limit, offset, QueryLimits.MAX_PAGE_END));
      }
    }

    Question apply(Question q) {
      return switch (q) {
        case Question.Articles a -> new Question.Articles(a.request().limit(limit).offset(offset)
            .countStories(countStories), a.explanation());
        case Question.Quotes a -> new Question.Quotes(a.request().limit(limit).offset(offset).copies(copies),
            a.explanation());
        case Question.Figures a when a.groupBy() != null -> new Question.Figures(a.request().limit(limit)
            .copies(copies), a.groupBy(), a.explanation()); // figures per group
        case Question.Figures a -> new Question.Figures(a.request().limit(limit).offset(offset).copies(copies),
            null, a.explanation());
      };
    }
  }
}
