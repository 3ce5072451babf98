package org.newsfacet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacet.testing.TestData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckCommandTest {
  @TempDir
  Path tmp;

  @Test
  void checkSaysASoundIndexIsSoundAndADamagedOneWhatToDo() throws IOException {
    String index = tmp.resolve("index").toString();
    assertEquals(0, Cli.run("index", "--index", index, TestData.articles().toString()).code());
    Cli sound = Cli.run("check", "--index", index);
    assertEquals(0, sound.code(), sound.err());
    assertTrue(sound.out().contains("is sound"), sound.out());

    Path biggest;
    try (Stream<Path> files = Files.list(Path.of(index))) {
      biggest = files.filter(f -> !f.getFileName().toString().startsWith("segments_"))
          .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(biggest);
    for (int k = 0; k < 8; k++) {
      bytes[bytes.length / 2 + k] ^= (byte) 0x5A;
    }
    Files.write(biggest, bytes);

    Cli stats = Cli.run("stats", "--index", index);
    assertEquals(1, stats.code());
    assertTrue(stats.err().contains("is damaged") && stats.err().contains("newsfacet check --index"), stats.err());
    Cli query = Cli.run("query", "--index", index, "troops");
    assertEquals(1, query.code());
    Cli damaged = Cli.run("check", "--index", index);
    assertEquals(1, damaged.code(), damaged.err());
    assertTrue(damaged.out().contains("is damaged: 1 of"), damaged.out());
    assertTrue(damaged.out().contains("What to do"), damaged.out());

    Cli repaired = Cli.run("check", "--repair", "--index", index);
    assertEquals(0, repaired.code(), repaired.out());
    assertEquals(0, Cli.run("check", "--index", index).code());
    assertEquals(0, Cli.run("index", "--index", index, TestData.articles().toString()).code());
    assertTrue(Cli.run("stats", "--index", index).out().contains("Articles  " + TestData.articleCount()));
  }
}
