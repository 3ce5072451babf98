package org.newsfacet.cli;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.newsfacet.Newsfacet;
import org.newsfacet.opensearch.ClusterIndex;
import org.newsfacet.search.NewsSearch;
import picocli.CommandLine.Option;

/**
 * The options that choose where the records are: the embedded index in a folder (the default), or
 * an index on an OpenSearch cluster, given by the address of its nodes and the index's name.
 */
final class EngineOption {
  static final String EMBEDDED = "embedded";
  static final String OPENSEARCH = "opensearch";

  @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "${env:NEWSFACET_ENGINE:-embedded}",
      description = "Where the records are: embedded (a Lucene index in a folder; the default) or opensearch "
          + "(an OpenSearch cluster: give --url). Default: $NEWSFACET_ENGINE, else embedded.")
  String engine;

  @Option(names = "--url", paramLabel = "URL", defaultValue = "${env:NEWSFACET_OPENSEARCH_URL}",
      description = "With --engine opensearch: the HTTP address of one or more of the cluster's nodes, comma "
          + "separated, such as http://127.0.0.1:9200 (default: $NEWSFACET_OPENSEARCH_URL).")
  String urls;

  @Option(names = "--cluster-index", paramLabel = "NAME", defaultValue = "newsfacet",
      description = "With --engine opensearch: the index on the cluster (default ${DEFAULT-VALUE}).")
  String clusterIndex;

  /** True for the cluster; a usage error for an engine that is neither. */
  boolean cluster() {
    if (OPENSEARCH.equals(engine)) {
      return true;
    }
    if (!EMBEDDED.equals(engine)) {
      throw new UsageException("--engine is embedded or opensearch, not " + engine);
    }
    return false;
  }

  /** The cluster index the options name; nothing is sent yet. */
  ClusterIndex connect() {
    return connect(clusterIndex);
  }

  /** The index of this name on the cluster the options name; nothing is sent yet. */
  ClusterIndex connect(String name) {
    if (urls == null || urls.isBlank()) {
      throw new UsageException("--engine opensearch needs --url (or NEWSFACET_OPENSEARCH_URL): the HTTP address of "
          + "a node of the cluster, such as http://127.0.0.1:9200");
    }
    try {
      List<URI> nodes = Stream.of(urls.split(",")).map(String::strip).filter(u -> !u.isEmpty()).map(URI::create)
          .toList();
      return ClusterIndex.connect(nodes, name);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--url: " + e.getMessage());
    }
  }

  /** Where the records are, for messages: the index folder, or the index's name and the cluster's nodes. */
  String where(IndexOption index) {
    return cluster() ? clusterIndex + " on " + urls : index.index.toString();
  }

  /** The records to ask, which must exist: the folder's index, or the index on the cluster. */
  NewsSearch openReadOnly(IndexOption index) throws IOException {
    if (!cluster()) {
      return Newsfacet.openReadOnly(index.existing());
    }
    ClusterIndex cluster = connect();
    try {
      if (!cluster.exists()) {
        throw new UsageException("no index " + clusterIndex + " on the cluster at " + urls
            + "; create one with: newsfacet index --engine opensearch --url " + urls + " PATH");
      }
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
    return cluster;
  }
}
