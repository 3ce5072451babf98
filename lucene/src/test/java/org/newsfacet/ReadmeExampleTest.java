package org.newsfacet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacet.testing.TestData;

/** The embedding example in the README compiles against the library and does what it says. */
class ReadmeExampleTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("## Embedding.*?```java\\n(.*?)```", Pattern.DOTALL);

  @TempDir
  Path tmp;

  @Test
  void readmeEmbeddingExampleCompilesAndRuns() throws Exception {
    Matcher m = JAVA_BLOCK.matcher(Files.readString(TestData.root().resolve("README.md")));
    assertTrue(m.find(), "README has a java block under ## Embedding");
    String source = m.group(1);
    Matcher name = Pattern.compile("public class (\\w+)").matcher(source);
    assertTrue(name.find(), "the example is a public class");
    Path file = Files.writeString(tmp.resolve(name.group(1) + ".java"), source);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int result = javac.run(null, diagnostics, diagnostics,
        "-classpath", System.getProperty("java.class.path"), "-d", tmp.toString(), file.toString());
    assertEquals(0, result, diagnostics.toString(StandardCharsets.UTF_8));

    String out = runMain(name.group(1), tmp.resolve("index").toString(), TestData.articles().toString());
    List<String> lines = out.lines().toList();
    assertEquals("Reuters / Oslo", lines.get(0));
    assertTrue(lines.get(1).matches("indexed \\d+, skipped 0"), lines.get(1));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("2024-10-18 AFP: ")), out);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("by outlet: [FacetCount[value=AFP")), out);
    assertTrue(lines.contains("AFP: 4 figures"), out);
    assertTrue(lines.get(lines.size() - 1).startsWith("null: "), "the articles without an outlet come last: " + out);
  }

  private String runMain(String className, String... args) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.toUri().toURL()}, getClass().getClassLoader())) {
      Method main = loader.loadClass(className).getMethod("main", String[].class);
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) args);
    } catch (IOException e) {
      throw new AssertionError(e);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
