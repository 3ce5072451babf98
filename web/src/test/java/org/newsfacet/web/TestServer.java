package org.newsfacet.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsfacet.index.NewsIndex;
import org.newsfacet.ingest.Given;
import org.newsfacet.ingest.RawArticle;
import org.newsfacet.testing.TestData;

/** One index of the testdata, and an article written to attack a page, served once for the test classes. */
final class TestServer {
  /** A headline and a quotation that would run script if a page took them as markup. */
  static final String HOSTILE_TITLE = "Harbour <img src=x onerror=\"document.body.dataset.owned='yes'\"> board votes";
  static final String HOSTILE_WORD = "quayside";
  /** An id as a JSON Lines input may give it: a path's slash, a plus, a percent sign, a blank. */
  static final String AWKWARD_ID = "wire/2024+06 100% sure";

  private static TestServer shared;

  final NewsIndex index;
  final NewsServer server;
  final String hostileId;
  private final HttpClient http = HttpClient.newHttpClient();

  private TestServer(NewsIndex index, NewsServer server, String hostileId) {
    this.index = index;
    this.server = server;
    this.hostileId = hostileId;
  }

  /** The server for this JVM, started on first use and stopped when the JVM ends. */
  /** The rows of a CSV table: its CR LF line ends outside quoted fields (a field may hold one). */
  static int csvRows(String csv) {
    int rows = 0;
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (c == '\u0022') {
        quoted = !quoted; // a doubled quotation mark inside a field toggles twice
      } else if (!quoted && c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        rows++;
      }
    }
    return rows;
  }

  static synchronized TestServer shared() {
    if (shared == null) {
      try {
        Path dir = Files.createTempDirectory("newsfacet-web-test");
        NewsIndex index = NewsIndex.open(dir.resolve("index"));
        index.add(TestData.articles());
        String hostile = index.add(RawArticle.of("hostile.txt", HOSTILE_TITLE + "\n\nPORT TALBERT, June 3 -- The "
            + "harbour board voted on Tuesday to rebuild the " + HOSTILE_WORD + " sheds, at a cost of 4 million pounds, "
            + "its chair said.\n\n\"We will not wait </p><script>document.body.dataset.owned='yes'</script> another "
            + "winter,\" said Ada Quint, who chairs the board.\n")).id();
        index.add(new RawArticle("feed.jsonl#1", "Ferry services resumed on Monday after the storm, the operator said.",
            new Given(AWKWARD_ID, null, "Ferries run again", null, null, null, null, java.util.List.of())));
        index.commit();
        NewsServer server = NewsServer.start(index, new InetSocketAddress("127.0.0.1", 0));
        shared = new TestServer(index, server, hostile);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          server.close();
          try {
            index.close();
          } catch (IOException e) {
            // the JVM is ending
          }
        }));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shared;
  }

  /** GET of a path and query, already encoded. */
  HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(server.uri().resolve(pathAndQuery)).GET().build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  URI uri() {
    return server.uri();
  }
}
