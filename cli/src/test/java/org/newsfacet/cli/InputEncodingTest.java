package org.newsfacet.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputEncodingTest {
  @TempDir
  Path tmp;

  @Test
  void theRunSummarySaysWhichFilesWereReadInWhichEncoding() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "OSLO - The caf\u00e9 on the pier reopened, the mayor said.\n", StandardCharsets.ISO_8859_1);
    Files.writeString(in.resolve("b.txt"), "OSLO - The ferry to Bergen resumed service, the operator said.\n", StandardCharsets.UTF_16);
    Files.writeString(in.resolve("c.html"), "<html><body><p>Президент заявил в понедельник, что военные прибыли в город, "
        + "сказал министр на пресс-конференции в Москве.</p></body></html>", Charset.forName("windows-1251"));
    Files.writeString(in.resolve("d.txt"), "OSLO - Plain UTF-8 needs no mention.\n");
    Cli cli = Cli.run("index", "--index", tmp.resolve("index").toString(), in.toString());
    assertEquals(0, cli.code(), cli.err());
    String summary = cli.out().lines().filter(l -> l.startsWith("Read in encodings")).findFirst().orElseThrow();
    assertTrue(summary.contains("UTF-16BE (1): " + in.resolve("b.txt")), summary);
    assertTrue(summary.contains("windows-1251 (1): " + in.resolve("c.html")), summary);
    assertTrue(summary.contains("windows-1252 (1): " + in.resolve("a.txt")), summary);
    assertTrue(!summary.contains("d.txt"), summary);
    Cli found = Cli.run("query", "--index", tmp.resolve("index").toString(), "café");
    assertTrue(found.out().contains("1 article"), found.out());
  }
}
