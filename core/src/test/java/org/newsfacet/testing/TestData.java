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

  /** The expected extraction records, one JSON Lines file per article file. */
  public static Path expected() {
    return root().resolve("testdata/expected");
  }
}
