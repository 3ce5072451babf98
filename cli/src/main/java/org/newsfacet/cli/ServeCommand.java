package org.newsfacet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.newsfacet.search.NewsSearch;
import org.newsfacet.web.NewsServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsfacet serve}: the page and the HTTP API over an index, kept open until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve a page and an HTTP API that answer the questions of `query`, with the index kept open: "
        + "open the address it prints in a browser, or ask /api/query?q=... (described at /api/openapi.json).",
        "Read-only. It listens on this machine only unless --host names another address."})
final class ServeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  IndexOption index;

  @Mixin
  EngineOption engine;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "Port to listen on (default ${DEFAULT-VALUE}; 0 takes a free one).")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on (default ${DEFAULT-VALUE}, this machine only; 0.0.0.0 is every network).")
  String host;

  private static final int CLOSE_SECONDS = 10;

  /** Counted down when the server should stop: by the JVM's shutdown (Ctrl-C). */
  private final CountDownLatch stop = new CountDownLatch(1);
  /** Counted down once the server and the index are closed, which the JVM's shutdown waits for. */
  private final CountDownLatch closed = new CountDownLatch(1);

  @Override
  public Integer call() throws IOException {
    if (port < 0 || port > 65_535) {
      throw new UsageException("--port " + port + " is no port: 0 to 65535");
    }
    InetSocketAddress address;
    try {
      address = new InetSocketAddress(InetAddress.getByName(host), port);
    } catch (UnknownHostException e) {
      throw new UsageException("--host " + host + " is no address of this machine");
    }
    PrintWriter out = spec.commandLine().getOut();
    Thread hook = new Thread(this::stopAndWait, "newsfacet-serve-stop");
    boolean interrupted = false;
    try (NewsSearch news = engine.openReadOnly(index); NewsServer server = start(news, address)) {
      Runtime.getRuntime().addShutdownHook(hook);
      out.println("Serving " + Terminal.field(engine.where(index)) + " at " + server.uri() + " (Ctrl-C stops)");
      if (!address.getAddress().isLoopbackAddress()) {
        out.println("Listening beyond this machine, on " + address.getAddress().getHostAddress()
            + ": anyone who reaches it can read the index.");
      }
      out.flush();
      try {
        stop.await();
      } catch (InterruptedException e) {
        interrupted = true; // an embedding application stops the command by interrupting it
      }
    } finally {
      closed.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is stopping: the hook is running
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    return 0;
  }

  /** On Ctrl-C: stops the server, and holds the JVM until the index is closed. */
  private void stopAndWait() {
    stop.countDown();
    try {
      closed.await(CLOSE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static NewsServer start(NewsSearch news, InetSocketAddress address) throws IOException {
    try {
      return NewsServer.start(news, address);
    } catch (BindException e) {
      throw new UsageException("cannot listen on " + address.getHostString() + ":" + address.getPort() + " ("
          + e.getMessage() + "): another program has the port, or the address is not one of this machine's; "
          + "choose a port with --port");
    }
  }
}
