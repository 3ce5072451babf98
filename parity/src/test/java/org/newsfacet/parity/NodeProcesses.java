package org.newsfacet.parity;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A cluster of real OpenSearch nodes, each a child process of the official distribution, with a
 * folder of its own (configuration, data, logs, temporary files) and free ports. A distribution
 * refuses to run as root, so as root each node runs as an ordinary user of a user namespace
 * ({@code unshare}), which maps that user to root's files.
 */
final class NodeProcesses implements AutoCloseable {
  /** How long a cluster may take to be green: two nodes take 30 to 90 s on a busy two-core machine. */
  private static final Duration START = Duration.ofMinutes(4);

  private final Path base;
  private final List<Process> processes = new ArrayList<>();
  private final List<Integer> httpPorts = new ArrayList<>();
  /** Stops the nodes if the test JVM ends without closing them (killed, or interrupted). */
  private final Thread stopper = new Thread(this::stop);

  private NodeProcesses(Path base) {
    this.base = base;
  }

  /**
   * Starts {@code count} nodes of the distribution in {@code home} and waits until they form a
   * green cluster.
   */
  static NodeProcesses start(Path home, int count) throws IOException, InterruptedException {
    if (!Files.isRegularFile(home.resolve("bin/opensearch"))) {
      throw new IllegalStateException("no OpenSearch distribution at " + home + ": the build unpacks it (mvn verify)");
    }
    if (root()) {
      checkUserNamespace();
    }
    // A free port is chosen, then taken by the node: another process may take it in between.
    // A cluster whose node stopped early is started once more, on other ports.
    try {
      return startOnce(home, count);
    } catch (IllegalStateException e) {
      if (e.getMessage() == null || !e.getMessage().contains("stopped")) {
        throw e;
      }
      return startOnce(home, count);
    }
  }

  /** The distribution refuses root: as root, a node runs in a user namespace, which must be allowed here. */
  private static void checkUserNamespace() throws IOException, InterruptedException {
    Process probe = new ProcessBuilder("unshare", "--user", "--map-user=1000", "--map-group=1000", "true")
        .redirectErrorStream(true).start();
    String said = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (probe.waitFor() != 0) {
      throw new IllegalStateException("the OpenSearch distribution refuses to run as root, and this machine does not "
          + "allow a user namespace to run it in (unshare --user: " + said + "); run the build as another user");
    }
  }

  private static NodeProcesses startOnce(Path home, int count) throws IOException, InterruptedException {
    NodeProcesses nodes = new NodeProcesses(Files.createTempDirectory("newsfacet-nodes"));
    Runtime.getRuntime().addShutdownHook(nodes.stopper);
    try {
      List<Integer> transport = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        nodes.httpPorts.add(freePort());
        transport.add(freePort());
      }
      String cluster = "parity-" + UUID.randomUUID();
      String seeds = transport.stream().map(p -> "\"127.0.0.1:" + p + "\"").collect(Collectors.joining(", "));
      String managers = Stream.iterate(0, i -> i + 1).limit(count).map(i -> "\"node-" + i + "\"")
          .collect(Collectors.joining(", "));
      for (int i = 0; i < count; i++) {
        nodes.processes.add(nodes.node(home, i, cluster, nodes.httpPorts.get(i), transport.get(i), seeds, managers));
      }
      nodes.awaitGreen(count);
      return nodes;
    } catch (IOException | InterruptedException | RuntimeException e) {
      nodes.close();
      throw e;
    }
  }

  private Process node(Path home, int i, String cluster, int http, int transport, String seeds, String managers)
      throws IOException {
    Path dir = base.resolve("node-" + i);
    Path config = Files.createDirectories(dir.resolve("config"));
    Path data = Files.createDirectories(dir.resolve("data"));
    Path logs = Files.createDirectories(dir.resolve("logs"));
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Files.copy(home.resolve("config/log4j2.properties"), config.resolve("log4j2.properties"));
    // The distribution's JVM options name files relative to its home: each node gets its own.
    String jvm = Files.readString(home.resolve("config/jvm.options"))
        .replace("file=logs/gc.log", "file=" + logs.resolve("gc.log"))
        .replace("ErrorFile=logs/", "ErrorFile=" + logs + "/")
        .replace("HeapDumpPath=data", "HeapDumpPath=" + data)
        .replace("-javaagent:agent/", "-javaagent:" + home.resolve("agent") + "/");
    Files.writeString(config.resolve("jvm.options"), jvm);
    Files.writeString(config.resolve("opensearch.yml"), String.join("\n",
        "cluster.name: " + cluster,
        "node.name: node-" + i,
        "path.data: " + data,
        "path.logs: " + logs,
        "network.host: 127.0.0.1",
        "http.port: " + http,
        "transport.port: " + transport,
        "discovery.seed_hosts: [" + seeds + "]",
        "cluster.initial_cluster_manager_nodes: [" + managers + "]",
        "cluster.routing.allocation.disk.threshold_enabled: false",
        ""));
    List<String> command = new ArrayList<>();
    if (root()) {
      command.addAll(List.of("unshare", "--user", "--map-user=1000", "--map-group=1000"));
    }
    command.addAll(List.of("/bin/bash", "bin/opensearch"));
    ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile())
        .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile());
    pb.environment().put("OPENSEARCH_PATH_CONF", config.toString());
    pb.environment().put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("OPENSEARCH_JAVA_OPTS", "-Xms256m -Xmx256m");
    pb.environment().put("OPENSEARCH_TMPDIR", tmp.toString());
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    return pb.start();
  }

  private static boolean root() throws IOException {
    return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Polls the first node's health until every node has joined and every shard is placed; fails fast when one dies. */
  private void awaitGreen(int count) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI health = URI.create(nodes().get(0) + "/_cluster/health?wait_for_nodes=" + count
        + "&wait_for_status=green&timeout=2s");
    long deadline = System.nanoTime() + START.toNanos();
    while (System.nanoTime() < deadline) {
      for (int i = 0; i < processes.size(); i++) {
        if (!processes.get(i).isAlive()) {
          throw new IllegalStateException("OpenSearch node " + i + " stopped (exit " + processes.get(i).exitValue()
              + "):\n" + tail(i));
        }
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("\"status\":\"green\"")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("the OpenSearch nodes were not green within " + START.toSeconds() + " s:\n"
        + tail(0));
  }

  private String tail(int node) {
    try {
      List<String> lines = Files.readAllLines(base.resolve("node-" + node).resolve("out.log"), StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** The HTTP address of every node. */
  List<URI> nodes() {
    return httpPorts.stream().map(p -> URI.create("http://127.0.0.1:" + p)).toList();
  }

  /** Stops the nodes (SIGTERM, then by force after 30 s) and deletes their folders. */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(stopper);
    } catch (IllegalStateException | IllegalArgumentException e) {
      // the JVM is ending already, or the nodes never started: the hook runs or is not there
    }
    stop();
  }

  private void stop() {
    processes.forEach(p -> p.descendants().forEach(ProcessHandle::destroy));
    processes.forEach(Process::destroy);
    for (Process p : processes) {
      try {
        if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
          p.descendants().forEach(ProcessHandle::destroyForcibly);
          p.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try (Stream<Path> paths = Files.walk(base)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder: the system cleans it later
    }
  }
}
