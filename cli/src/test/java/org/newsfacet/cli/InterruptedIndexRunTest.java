package org.newsfacet.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An {@code index} run killed mid-way keeps what it committed, and running it again completes the
 * index with every article once. The run is a separate JVM killed with SIGKILL while its input,
 * piped through standard input, is still open: it cannot have finished.
 */
class InterruptedIndexRunTest {
  private static final int ARTICLES = 300;
  private static final int SENT_BEFORE_KILL = 100;
  private static final int COMMIT_EVERY = 20;

  @TempDir
  Path tmp;

  @Test
  void aKilledRunRerunLeavesEveryArticleIndexedOnce() throws Exception {
    Path index = tmp.resolve("index");
    List<String> lines = IntStream.range(0, ARTICLES).mapToObj(InterruptedIndexRunTest::article).toList();

    Process child = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "index", "--index", index.toString(), "--commit-every", String.valueOf(COMMIT_EVERY), "-")
        .redirectError(tmp.resolve("child.err").toFile())
        .redirectOutput(tmp.resolve("child.out").toFile())
        .start();
    try {
      OutputStream stdin = child.getOutputStream();
      for (String line : lines.subList(0, SENT_BEFORE_KILL)) {
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      }
      stdin.flush();
      // Articles are extracted on several threads, so commits fall every 20 or so completed articles,
      // not on exact multiples: wait for a few of them.
      waitForCommittedArticles(index, SENT_BEFORE_KILL - 2 * COMMIT_EVERY, Duration.ofSeconds(60), child);
    } finally {
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child ends when killed");
    }
    int kept = committedIds(index).size();
    assertTrue(kept >= SENT_BEFORE_KILL - 2 * COMMIT_EVERY && kept <= SENT_BEFORE_KILL,
        "the killed run kept its commits, and no more: " + kept);

    Path feed = Files.write(tmp.resolve("feed.jsonl"), lines);
    Cli rerun = Cli.run("index", "--index", index.toString(), feed.toString());
    assertEquals(0, rerun.code(), rerun.err());
    assertTrue(rerun.out().contains((ARTICLES - kept) + " new, " + kept + " replaced"), rerun.out());

    List<String> ids = committedIdList(index);
    assertEquals(ARTICLES, ids.size());
    assertEquals(ARTICLES, new HashSet<>(ids).size(), "every article once");
  }

  private static String article(int i) {
    return "{\"id\": \"wire-" + i + "\", \"text\": \"Crews repaired water main number " + i
        + " in the harbour district on Monday, the city said.\"}";
  }

  private static String javaCommand() {
    return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  private static void waitForCommittedArticles(Path index, int n, Duration timeout, Process child)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!child.isAlive()) {
        throw new AssertionError("the indexing run ended by itself with code " + child.exitValue() + ": "
            + Files.readString(index.resolveSibling("child.err")));
      }
      if (Files.isDirectory(index) && committedIds(index).size() >= n) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no commit of " + n + " articles within " + timeout);
  }

  private static Set<String> committedIds(Path index) throws IOException {
    return new HashSet<>(committedIdList(index));
  }

  private static List<String> committedIdList(Path index) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(dir)) {
        return List.of();
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        StoredFields stored = reader.storedFields();
        return IntStream.range(0, reader.maxDoc())
            .filter(doc -> reader.leaves().stream().noneMatch(leaf -> isDeleted(leaf, doc)))
            .mapToObj(doc -> {
              try {
                return stored.document(doc).get("id");
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            })
            .filter(java.util.Objects::nonNull) // only articles carry their id; quotations do not
            .collect(Collectors.toList());
      }
    }
  }

  private static boolean isDeleted(org.apache.lucene.index.LeafReaderContext leaf, int doc) {
    int local = doc - leaf.docBase;
    if (local < 0 || local >= leaf.reader().maxDoc()) {
      return false;
    }
    var live = leaf.reader().getLiveDocs();
    return live != null && !live.get(local);
  }
}
