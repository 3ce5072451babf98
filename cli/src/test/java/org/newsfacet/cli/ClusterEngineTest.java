package org.newsfacet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.newsfacet.testing.TestData;

/**
 * {@code index --engine opensearch} as far as this module can take it without a cluster (the
 * cluster's own tests, with real nodes, are in newsfacet-opensearch): what it asks for, and what it
 * says when no cluster answers.
 */
class ClusterEngineTest {
  @Test
  void aClusterThatDoesNotAnswerIsNamedInOneLine() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort(); // closed again: nothing listens there
    }
    Cli cli = Cli.run("index", "--engine", "opensearch", "--url", "http://127.0.0.1:" + port,
        TestData.articles().toString());
    assertEquals(1, cli.code(), cli.err());
    assertTrue(cli.err().contains("cannot reach the OpenSearch cluster at http://127.0.0.1:" + port), cli.err());
    assertEquals("", cli.out());
  }

  @Test
  void theClusterEngineNeedsAnAddressAndTheEngineMustBeKnown() {
    Cli noUrl = Cli.run("index", "--engine", "opensearch", TestData.articles().toString());
    assertEquals(2, noUrl.code(), noUrl.err());
    assertTrue(noUrl.err().contains("--engine opensearch needs --url"), noUrl.err());

    Cli badUrl = Cli.run("index", "--engine", "opensearch", "--url", "localhost", TestData.articles().toString());
    assertEquals(2, badUrl.code(), badUrl.err());
    assertTrue(badUrl.err().contains("not a node's HTTP address"), badUrl.err());

    Cli unknown = Cli.run("index", "--engine", "solr", TestData.articles().toString());
    assertEquals(2, unknown.code(), unknown.err());
    assertTrue(unknown.err().contains("--engine is embedded or opensearch, not solr"), unknown.err());
  }
}
