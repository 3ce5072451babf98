import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding example is this module's source, compiled against the library's artifact
 * as an application's would be, and it runs on the bundled articles and prints what it says.
 */
class EmbeddingExampleTest {
  /** The project's root: this module's parent folder, where Maven runs the test. */
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Pattern JAVA_BLOCK = Pattern.compile("## Embedding.*?```java\\n(.*?)```", Pattern.DOTALL);

  @TempDir
  Path tmp;

  @Test
  void readmeShowsTheExampleThatIsBuilt() throws Exception {
    Matcher m = JAVA_BLOCK.matcher(Files.readString(ROOT.resolve("README.md")));
    assertTrue(m.find(), "README has a java block under ## Embedding");
    assertEquals(Files.readString(ROOT.resolve("examples/src/main/java/EmbeddingExample.java")), m.group(1),
        "the README's example and examples/src/main/java/EmbeddingExample.java must be the same text");
  }

  @Test
  void exampleIndexesSearchesAndAsks() throws Exception {
    String out = run(tmp.resolve("index").toString(), ROOT.resolve("testdata/articles").toString());
    List<String> lines = out.lines().toList();
    assertEquals("Reuters / Oslo", lines.get(0));
    assertTrue(lines.get(1).matches("indexed \\d+, skipped 0"), lines.get(1));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("2024-10-18 AFP: ")), out);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("by outlet: [FacetCount[value=AFP")), out);
    assertTrue(lines.contains("0 quotes; did you mean [Rutte]?"), out);
    assertTrue(lines.stream().anyMatch(l -> l.matches("\\d+ groups")), out);
    assertTrue(lines.contains("AFP: 2 figures"), "the agency story's copies collapsed: " + out);
    assertTrue(lines.get(lines.size() - 1).startsWith("null: "), "the articles without an outlet come last: " + out);
  }

  private static String run(String... args) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      EmbeddingExample.main(args);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
