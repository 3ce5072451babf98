package org.newsfacet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacet.testing.TestData;

/** {@code newsfacet serve}: the index kept open behind the page and the API, until stopped. */
class ServeCommandTest {
  @TempDir
  Path tmp;

  @Test
  void servesTheIndexUntilStopped() throws Exception {
    String index = tmp.resolve("index").toString();
    assertEquals(0, Cli.run("index", "--index", index, TestData.articles().toString()).code());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger code = new AtomicInteger(-1);
    Thread serving = new Thread(() -> code.set(Main.run(InputStream.nullInputStream(), new PrintWriter(out, true),
        new PrintWriter(err, true), "serve", "--index", index, "--port", "0")));
    serving.start();
    try {
      asked(out, err);
    } finally {
      serving.interrupt();
      serving.join(10_000);
    }
    assertEquals(0, code.get(), err.toString());
  }

  private static void asked(StringWriter out, StringWriter err) throws Exception {
    Matcher address = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)").matcher("");
    for (int i = 0; i < 600 && !address.reset(out.toString()).find(); i++) {
      Thread.sleep(50);
    }
    assertTrue(address.find(0), out + " / " + err);
    assertTrue(out.toString().startsWith("Serving "), out.toString());

    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(address.group(1) + "api/query?q=Rutte%20quotes")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("\"speaker\":\"Mark Rutte\""), r.body());
  }

  @Test
  void aPortInUseIsBadUsageThatSaysWhatToDo() throws IOException {
    String index = tmp.resolve("index").toString();
    assertEquals(0, Cli.run("index", "--index", index, TestData.articles().resolve("003_b1979877446ab239.txt")
        .toString()).code());
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Cli cli = Cli.run("serve", "--index", index, "--port", String.valueOf(taken.getLocalPort()));
      assertEquals(2, cli.code());
      assertTrue(cli.err().contains("another program has the port"), cli.err());
    }
    assertEquals(2, Cli.run("serve", "--index", index, "--port", "70000").code());
    assertEquals(2, Cli.run("serve", "--index", tmp.resolve("none").toString()).code());
  }
}
