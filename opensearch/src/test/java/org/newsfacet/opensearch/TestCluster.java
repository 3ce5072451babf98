package org.newsfacet.opensearch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.http.HttpServerTransport;

/**
 * A real OpenSearch cluster of two nodes in the test JVM (OpenSearch Runner): nodes that elect a
 * cluster manager, hold shards and replicas, and answer HTTP, as a cluster run by hand does.
 */
final class TestCluster implements AutoCloseable {
  /** Transport ports the nodes may take; each node takes the first free one. */
  private static final int FIRST_TRANSPORT_PORT = 19301;
  private static final int TRANSPORT_PORTS = 10;

  private static TestCluster shared;

  private final OpenSearchRunner runner;
  private final Path home;

  /**
   * The two-node cluster every test class of this module shares: started by the first that asks,
   * stopped when the test JVM ends, so that the suite starts nodes once.
   */
  static synchronized TestCluster shared() throws IOException {
    if (shared == null) {
      shared = start(2);
      TestCluster started = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException | RuntimeException e) {
          // the JVM ends: the temporary folder goes with the system's next clean-up
        }
      }));
    }
    return shared;
  }

  private TestCluster(OpenSearchRunner runner, Path home) {
    this.runner = runner;
    this.home = home;
  }

  /** Starts {@code nodes} nodes and waits until the cluster is green. */
  static TestCluster start(int nodes) throws IOException {
    Path home = Files.createTempDirectory("newsfacet-cluster");
    List<String> seeds = new ArrayList<>();
    for (int p = FIRST_TRANSPORT_PORT; p < FIRST_TRANSPORT_PORT + TRANSPORT_PORTS; p++) {
      seeds.add("127.0.0.1:" + p);
    }
    OpenSearchRunner runner = new OpenSearchRunner();
    TestCluster cluster = new TestCluster(runner, home);
    try {
      runner.onBuild((number, settings) -> {
        settings.put("network.host", "127.0.0.1");
        settings.put("http.port", "19201-19210");
        settings.put("transport.port", FIRST_TRANSPORT_PORT + "-" + (FIRST_TRANSPORT_PORT + TRANSPORT_PORTS - 1));
        settings.putList("discovery.seed_hosts", seeds);
        settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
        // A name of its own: another build's nodes on this machine, found through the same ports, stay apart.
      }).build(OpenSearchRunner.newConfigs().clusterName("newsfacet-test-" + UUID.randomUUID()).numOfNode(nodes)
          .basePath(home.toString()).disableESLogger());
      runner.ensureGreen();
      return cluster;
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /** The HTTP address of every node. */
  List<URI> nodes() {
    List<URI> out = new ArrayList<>();
    for (int i = 0; i < runner.getNodeSize(); i++) {
      int port = runner.getNode(i).injector().getInstance(HttpServerTransport.class).boundAddress()
          .publishAddress().getPort();
      out.add(URI.create("http://127.0.0.1:" + port));
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    try {
      runner.close();
    } finally {
      runner.clean();
      deleteQuietly(home);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder: the system cleans it later
    }
  }
}
