package org.newsfacet.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.newsfacet.search.NewsSearch;

/**
 * A page and an HTTP API over one open engine, read-only: {@code /api/query?q=Rutte+quotes} answers
 * with the objects {@code newsfacet query --json} prints, {@code /} serves the page that asks the same
 * questions. The engine stays open for the server's life, so a question costs a search, not a start.
 *
 * <pre>{@code
 * try (NewsIndex index = NewsIndex.openReadOnly(folder);
 *      NewsServer server = NewsServer.start(index, new InetSocketAddress("127.0.0.1", 8080))) {
 *   System.out.println("Serving " + server.uri());
 *   Thread.currentThread().join();
 * }
 * }</pre>
 *
 * <p>It runs on the JDK's own {@code com.sun.net.httpserver}, a request a virtual thread: nothing to
 * add to an application that embeds it, and enough for the few people who ask one index. It answers
 * GET and HEAD only; every other method is refused.
 */
public final class NewsServer implements AutoCloseable {
  private final HttpServer http;
  private final ExecutorService threads;

  private NewsServer(HttpServer http, ExecutorService threads) {
    this.http = http;
    this.threads = threads;
  }

  /**
   * Starts serving {@code search} on {@code address}; port 0 takes a free one.
   *
   * @param search the engine that answers; the server does not close it
   * @param address where to listen; bind to a loopback address unless others should reach it
   * @return the running server
   * @throws IOException when the address cannot be bound (a port in use, say)
   */
  public static NewsServer start(NewsSearch search, InetSocketAddress address) throws IOException {
    Objects.requireNonNull(search, "search");
    Objects.requireNonNull(address, "address");
    HttpServer http = HttpServer.create(address, 0);
    ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    Api api = new Api(search);
    Assets assets = Assets.bundled();
    http.createContext("/", exchange -> respond(exchange, api, assets));
    http.setExecutor(threads);
    http.start();
    return new NewsServer(http, threads);
  }

  /**
   * Where the server answers.
   *
   * @return {@code http://host:port/}, with the port actually bound
   */
  public URI uri() {
    InetSocketAddress a = http.getAddress();
    String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
  }

  /** Stops listening, lets the requests under way finish for a moment, and ends the threads. */
  @Override
  public void close() {
    http.stop(1);
    threads.shutdownNow();
  }

  private static void respond(HttpExchange exchange, Api api, Assets assets) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
      Reply reply;
      if (!method.equals("GET") && !method.equals("HEAD")) {
        reply = Reply.error(405, method + " is not allowed: this server only reads").header("Allow", "GET, HEAD");
      } else {
        URI uri = exchange.getRequestURI();
        String path = uri.getRawPath();
        try {
          reply = path.startsWith("/api/") || path.equals("/api") ? api.answer(path, Parameters.of(uri.getRawQuery()))
              : assets.get(path);
        } catch (Parameters.BadRequest e) {
          reply = Reply.error(400, e.getMessage());
        } catch (IOException | RuntimeException e) {
          reply = Reply.error(500, "the engine failed: " + Objects.requireNonNullElse(e.getMessage(),
              e.getClass().getSimpleName()));
        }
      }
      send(exchange, reply, method.equals("HEAD"));
    }
  }

  private static void send(HttpExchange exchange, Reply reply, boolean head) throws IOException {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", reply.contentType());
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    // Only this server's own files run on the page, and nothing from the data can become markup or script.
    headers.set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; "
        + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
    headers.set("Cache-Control", reply.cacheable() ? "max-age=3600" : "no-store");
    reply.headers().forEach(headers::set);
    byte[] body = reply.body();
    exchange.sendResponseHeaders(reply.status(), head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
