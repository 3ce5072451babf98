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
import java.util.concurrent.TimeUnit;
import org.newsfacet.search.NewsSearch;

/**
 * A page and an HTTP API over one open engine, read-only: {@code /api/query?q=Haldane+quotes} answers
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
 * GET and HEAD only; every other method is refused. Bound to a loopback address it answers only
 * requests addressed to this machine by name ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}), so
 * that a web page elsewhere cannot read the index through a host name it points here.
 */
public final class NewsServer implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(NewsServer.class.getName());
  private static final int STOP_SECONDS = 2;

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
    Api api = new Api(search);
    Assets assets = Assets.bundled();
    HttpServer http = HttpServer.create(address, 0);
    ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    boolean loopback = address.getAddress() != null && address.getAddress().isLoopbackAddress();
    http.createContext("/", exchange -> respond(exchange, api, assets, loopback));
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

  /**
   * Stops listening and waits a moment for the requests under way, so that the engine can be closed
   * after this returns.
   */
  @Override
  public void close() {
    http.stop(0);
    threads.shutdown();
    try {
      if (!threads.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS)) {
        threads.shutdownNow();
      }
    } catch (InterruptedException e) {
      threads.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static void respond(HttpExchange exchange, Api api, Assets assets, boolean loopback) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
      String host = exchange.getRequestHeaders().getFirst("Host");
      Reply reply;
      if (loopback && !local(host)) {
        reply = Reply.error(421, "this server answers requests to localhost only, not to " + host);
      } else if (!method.equals("GET") && !method.equals("HEAD")) {
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
          // The cause goes to the operator's log, not to whoever asked: it may name files or nodes.
          String incident = Long.toHexString(System.nanoTime());
          LOG.log(System.Logger.Level.ERROR, "request " + incident + " failed: " + uri, e);
          reply = Reply.error(500, "the server failed to answer (logged as " + incident + ")");
        }
      }
      send(exchange, reply, method.equals("HEAD"));
    }
  }

  /** Whether a Host header names this machine: a name that resolves here by a page's choosing does not. */
  private static boolean local(String host) {
    if (host == null) {
      return false;
    }
    String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
        : host.contains(":") ? host.substring(0, host.lastIndexOf(':')) : host;
    name = name.toLowerCase(Locale.ROOT);
    return name.equals("localhost") || name.equals("[::1]") || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
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
    if (head) {
      headers.set("Content-Length", String.valueOf(body.length)); // what a GET would send
    }
    exchange.sendResponseHeaders(reply.status(), head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
