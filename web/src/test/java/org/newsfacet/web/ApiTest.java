package org.newsfacet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacet.json.Json;
import org.newsfacet.model.Article;
import org.newsfacet.query.AnswerCsv;
import org.newsfacet.query.AnswerJson;
import org.newsfacet.query.Page;
import org.newsfacet.query.Questions;
import org.newsfacet.search.QuerySyntaxException;

/** The HTTP API over the testdata index, asked over HTTP as any client would. */
class ApiTest {
  private final TestServer server = TestServer.shared();

  private static String q(String question) {
    return "/api/query?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8);
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return Json.mapper().readTree(response.body());
  }

  @Test
  void answersAQuestionWithTheObjectsQueryJsonPrints() throws IOException {
    HttpResponse<String> r = server.get(q("Rutte quotes") + "&limit=50");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode answer = json(r);
    assertEquals("Rutte quotes", answer.get("question").asText());
    assertEquals("quotes", answer.get("answer").asText());
    assertTrue(answer.get("readAs").get(0).asText().contains("Mark Rutte"), answer.get("readAs").toString());
    List<JsonNode> quotes = new ArrayList<>();
    answer.get("items").forEach(i -> {
      if (i.get("type").asText().equals("quote")) {
        quotes.add(i);
      }
    });
    assertFalse(quotes.isEmpty());
    quotes.forEach(qt -> assertEquals("Mark Rutte", qt.get("speaker").asText()));
    assertEquals(quotes.size(), answer.get("total").asLong());

    // The very objects of query --json, asked through the library with the same page.
    Questions questions = Questions.on(server.index);
    List<java.util.Map<String, Object>> expected = AnswerJson.items(
        new Page(50, 0, false, false).answer(questions, questions.parse("Rutte quotes")));
    assertEquals(Json.mapper().readTree(Json.write(expected)), answer.get("items"));
  }

  @Test
  void comparesFiguresBySourceWithTheirGroups() throws IOException {
    JsonNode answer = json(server.get(q("troop figures by source")));
    assertEquals("groups", answer.get("answer").asText());
    long figures = 0;
    for (JsonNode group : answer.get("items")) {
      assertEquals("group", group.get("type").asText());
      assertEquals("outlet", group.get("by").asText());
      for (JsonNode f : group.get("figures")) {
        assertEquals("troops", f.get("category").asText());
        figures++;
      }
    }
    assertTrue(figures > 0);
    assertEquals(figures, answer.get("total").asLong(), "every group holds all its figures at the default limit");
  }

  @Test
  void givesAnAnswerAsTheCsvOfAnswerCsvForASpreadsheet() throws IOException {
    HttpResponse<String> r = server.get(q("Rutte quotes") + "&limit=50&format=csv");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("text/csv; charset=utf-8; header=present", r.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("attachment; filename=\"newsfacet-quotes.csv\"",
        r.headers().firstValue("Content-Disposition").orElseThrow());
    Questions questions = Questions.on(server.index);
    StringBuilder expected = new StringBuilder();
    AnswerCsv.write(new Page(50, 0, false, false).answer(questions, questions.parse("Rutte quotes")), expected);
    assertEquals(expected.toString(), r.body());
    long rows = TestServer.csvRows(r.body());
    assertEquals(json(server.get(q("Rutte quotes") + "&limit=50")).get("total").asLong() + 1, rows, "a header, a row a quote");
  }

  @Test
  void limitsTheFiguresOfEachDayOfATimelineAsTheCommandLineDoes() throws IOException {
    JsonNode answer = json(server.get(q("figures by date") + "&limit=2"));
    assertEquals("groups", answer.get("answer").asText());
    assertFalse(answer.get("items").isEmpty());
    answer.get("items").forEach(day -> assertTrue(day.get("figures").size() <= 2, day.toString()));
    boolean cut = false;
    for (JsonNode day : answer.get("items")) {
      cut |= day.get("total").asLong() > 2;
    }
    assertTrue(cut, "some day keeps a count above the limit");
  }

  @Test
  void pagesWithLimitAndOffset() throws IOException {
    JsonNode all = json(server.get(q("Rutte quotes") + "&limit=50"));
    JsonNode second = json(server.get(q("Rutte quotes") + "&limit=2&offset=2"));
    List<JsonNode> quotes = quotes(all);
    List<JsonNode> page = quotes(second);
    assertEquals(2, page.size());
    assertEquals(quotes.subList(2, 4), page);
    assertEquals(all.get("total"), second.get("total"));
  }

  private static List<JsonNode> quotes(JsonNode answer) {
    List<JsonNode> out = new ArrayList<>();
    answer.get("items").forEach(i -> {
      if (i.get("type").asText().equals("quote")) {
        out.add(i);
      }
    });
    return out;
  }

  @Test
  void aQuestionThatCannotBeReadIs400WithTheCommandLinesMessage() throws IOException {
    String question = "figures by:nonsense";
    String message;
    try {
      Questions.on(server.index).parse(question);
      throw new AssertionError("expected the question to be refused");
    } catch (QuerySyntaxException e) {
      message = e.getMessage();
    }
    HttpResponse<String> r = server.get(q(question));
    assertEquals(400, r.statusCode());
    assertEquals(message, json(r).get("error").asText());
    assertEquals(400, json(r).get("status").asInt());
  }

  @Test
  void badParametersAre400AndNameTheParameter() throws IOException {
    for (String[] c : new String[][] {{"/api/query", "q is missing"}, {q("x") + "&limit=-1", "limit"},
        {q("x") + "&limit=ten", "limit=ten"}, {q("x") + "&limit=100000", "limit 100,000"}, {q("x") + "&offset=9990&limit=20", "offset 9,990"},
        {q("x") + "&format=xml", "format=xml"}, {q("x") + "&q=y", "given twice"}, {q("x") + "&copies=maybe", "copies"}}) {
      HttpResponse<String> r = server.get(c[0]);
      assertEquals(400, r.statusCode(), c[0]);
      assertTrue(json(r).get("error").asText().contains(c[1]), c[0] + " -> " + r.body());
    }
  }

  @Test
  void givesAnArticlesExtractionRecordAndItsTextWithTheMarksPlaced() throws IOException {
    String id = server.index.search(org.newsfacet.search.SearchRequest.text("Rutte")).hits().get(0).article().id();
    HttpResponse<String> r = server.get("/api/articles/" + id);
    assertEquals(200, r.statusCode());
    Article article = Json.readArticle(r.body());
    assertEquals(server.index.get(id).orElseThrow(), article);

    JsonNode text = json(server.get("/api/articles/" + id + "/text"));
    StringBuilder whole = new StringBuilder();
    int quoted = 0;
    for (JsonNode s : text.get("segments")) {
      whole.append(s.get("text").asText());
      if (s.has("quote")) {
        String words = article.quotes().get(s.get("quote").asInt()).text().replaceAll("\\s+", " ");
        assertTrue(words.contains(s.get("text").asText().replaceAll("\\s+", " ")), s.toString());
        quoted++;
      }
    }
    assertEquals(server.index.text(id).orElseThrow(), whole.toString());
    assertTrue(quoted > 0, "the article's quotations are marked");
  }

  @Test
  void aBadlyEncodedQueryIs400() throws IOException {
    // Java's own client refuses to send it, so the request is written by hand; the JDK's server refuses
    // it before the API sees it.
    try (java.net.Socket socket = new java.net.Socket(server.uri().getHost(), server.uri().getPort())) {
      socket.getOutputStream().write(("GET /api/query?q=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(response.startsWith("HTTP/1.1 400"), response);
    }
  }

  @Test
  void anIdWithAnyCharacterIsOneSegmentPercentEncoded() throws IOException {
    String encoded = URLEncoder.encode(TestServer.AWKWARD_ID, StandardCharsets.UTF_8).replace("+", "%20");
    HttpResponse<String> r = server.get("/api/articles/" + encoded);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(TestServer.AWKWARD_ID, json(r).get("id").asText());
    assertEquals(TestServer.AWKWARD_ID, json(server.get("/api/articles/" + encoded + "/text")).get("id").asText());
  }

  @Test
  void headAnswersAsGetWithoutTheBody() {
    HttpResponse<String> get = server.get("/api/stats");
    HttpResponse<String> head = server.send(HttpRequest.newBuilder(server.uri().resolve("/api/stats"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    assertEquals(200, head.statusCode());
    assertEquals("", head.body());
    assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"));
  }

  @Test
  void onLoopbackOnlyRequestsAddressedToThisMachineAreAnswered() throws IOException {
    // A page elsewhere that points its own host name here (DNS rebinding) sends that name as Host.
    try (java.net.Socket socket = new java.net.Socket(server.uri().getHost(), server.uri().getPort())) {
      socket.getOutputStream().write(("GET /api/stats HTTP/1.1\r\nHost: attacker.example:" + server.uri().getPort()
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(response.startsWith("HTTP/1.1 421"), response);
      assertFalse(response.contains("\"articles\""), response);
    }
    assertEquals(200, server.get("/api/stats").statusCode(), "127.0.0.1 is this machine");
  }

  @Test
  void anUnknownArticleOrAddressIs404() throws IOException {
    assertEquals(404, server.get("/api/articles/no-such-id").statusCode());
    assertEquals(404, server.get("/api/articles/no-such-id/text").statusCode());
    assertEquals(404, server.get("/api/nothing").statusCode());
    assertEquals(404, server.get("/../../etc/passwd").statusCode());
    assertEquals("no article has the id no-such-id", json(server.get("/api/articles/no-such-id")).get("error").asText());
  }

  @Test
  void statsAreWhatStatsJsonPrints() throws IOException {
    HttpResponse<String> r = server.get("/api/stats");
    assertEquals(Json.mapper().readTree(Json.write(AnswerJson.stats(server.index.stats()))), json(r));
    assertEquals(server.index.stats().articles(), json(r).get("articles").asLong());
  }

  @Test
  void describesItselfInOpenApi() throws IOException {
    JsonNode api = json(server.get("/api/openapi.json"));
    assertTrue(api.get("openapi").asText().startsWith("3."));
    for (String path : List.of("/api/query", "/api/articles/{id}", "/api/articles/{id}/text", "/api/stats")) {
      assertTrue(api.get("paths").has(path), path);
    }
  }

  @Test
  void onlyReads() {
    HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri().resolve("/api/query?q=x"))
        .POST(HttpRequest.BodyPublishers.ofString("q=x")).build());
    assertEquals(405, r.statusCode());
    assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(""));
  }

  @Test
  void thePageAndItsFilesComeFromTheJarWithAPolicyAgainstForeignScript() {
    for (String path : List.of("/", "/app.js", "/app.css", "/lib/uplot.js", "/lib/uplot.css")) {
      HttpResponse<String> r = server.get(path);
      assertEquals(200, r.statusCode(), path);
      assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"), path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
    }
    assertTrue(server.get("/").body().contains("<script src=\"/app.js\""));
  }

  @Test
  void articleTextReachesClientsAsJsonStringsOnly() throws IOException {
    JsonNode record = json(server.get("/api/articles/" + server.hostileId));
    assertEquals(TestServer.HOSTILE_TITLE, record.get("title").asText());
    HttpResponse<String> r = server.get(q(TestServer.HOSTILE_WORD));
    assertFalse(r.body().contains("<img"), "markup in a title leaves the server escaped: " + r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
  }
}
