package org.newsfacet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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

  /** Counted down when the server should stop: by the JVM's shutdown (Ctrl-C). */
  final CountDownLatch stop = new CountDownLatch(1);

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
    try (NewsSearch news = engine.openReadOnly(index); NewsServer server = start(news, address)) {
      Thread hook = new Thread(stop::countDown, "newsfacet-serve-stop");
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
        Thread.currentThread().interrupt(); // an embedding application stops the command by interrupting it
      }
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is stopping: the hook has run
      }
    }
    return 0;
  }

  private static NewsServer start(NewsSearch news, InetSocketAddress address) throws IOException {
    try {
      return NewsServer.start(news, address);
    } catch (BindException e) {
      throw new UsageException("cannot listen on " + address.getHostString() + ":" + address.getPort() + " ("
          + e.getMessage() + "): another program has the port; choose one with --port");
    }
  }
}
