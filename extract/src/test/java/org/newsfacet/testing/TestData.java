package org.newsfacet.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's {@code testdata/} folder is, whichever module's tests are running. */
public final class TestData {
  private TestData() {}

  /** The repository root: the build says it, else the nearest folder up that holds testdata. */
  public static Path root() {
    String configured = System.getProperty("newsfacet.root");
    if (configured != null && Files.isDirectory(Path.of(configured, "testdata"))) {
      return Path.of(configured);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("testdata/articles"))) {
        return p;
      }
    }
    throw new IllegalStateException("cannot find testdata/ above " + Path.of("").toAbsolutePath());
  }

  /** The bundled articles. */
  public static Path articles() {
    return root().resolve("testdata/articles");
  }

  /** How many articles testdata holds: one expected record each. */
  public static int articleCount() {
    try (java.util.stream.Stream<Path> files = Files.list(expected())) {
      int n = 0;
      for (Path f : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
        n += (int) Files.readAllLines(f).stream().filter(l -> !l.isBlank()).count();
      }
      return n;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The expected extraction records, one JSON Lines file per article file. */
  public static Path expected() {
    return root().resolve("testdata/expected");
  }
}
