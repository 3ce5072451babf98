package org.newsfacet.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingTest {
  private static final String WESTERN = "Z\u00fcrich, 4 March - The caf\u00e9 on the pier reopened after the storm, "
      + "and 300 residents came to see the fa\u00e7ade, the mayor said.\n";
  private static final String CYRILLIC = "Президент заявил в понедельник, что 300 военных прибыли в город. «Мы готовы к "
      + "переговорам», сказал министр иностранных дел на пресс-конференции в Москве.";

  @TempDir
  Path dir;

  private Item.Loaded read(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    try (Stream<Item> items = ArticleReader.read(file)) {
      List<Item> all = items.toList();
      assertEquals(1, all.size());
      return assertInstanceOf(Item.Loaded.class, all.get(0), () -> all.get(0).toString());
    }
  }

  @Test
  void aLatin1TextIsReadAsWindows1252AndSaysSo() throws IOException {
    Item.Loaded item = read("latin1.txt", WESTERN.getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(WESTERN, item.article().text());
    assertEquals("windows-1252", item.encoding());
  }

  @Test
  void utf16WithAByteOrderMarkIsTextNotBinary() throws IOException {
    Item.Loaded item = read("wide.txt", WESTERN.getBytes(StandardCharsets.UTF_16));
    assertEquals(WESTERN, item.article().text().replace("\uFEFF", ""));
    assertEquals("UTF-16BE", item.encoding());
    Item.Loaded little = read("little.txt", ("\uFEFF" + WESTERN).getBytes(StandardCharsets.UTF_16LE));
    assertEquals("UTF-16LE", little.encoding());
  }

  @Test
  void utf16WithoutAByteOrderMarkIsRecognisedByItsZeroBytes() throws IOException {
    Item.Loaded item = read("wide.txt", WESTERN.getBytes(StandardCharsets.UTF_16LE));
    assertEquals(WESTERN, item.article().text());
    assertEquals("UTF-16LE", item.encoding());
  }

  @Test
  void aWindows1251PageWithoutADeclarationIsDecodedCorrectly() throws IOException {
    String page = "<html><head><title>Новости</title></head><body><article><h1>Новости дня</h1><p>" + CYRILLIC
        + "</p><p>" + CYRILLIC + "</p></article></body></html>";
    Item.Loaded item = read("page.html", page.getBytes(Charset.forName("windows-1251")));
    assertTrue(item.article().text().startsWith(CYRILLIC), item.article().text());
    assertEquals("windows-1251", item.encoding());
  }

  @Test
  void aPagesOwnDeclarationDecidesItsCharset() throws IOException {
    String words = CYRILLIC.replace('«', '"').replace('»', '"'); // KOI8-R has no guillemets
    String page = "<html><head><meta charset=\"koi8-r\"><title>T</title></head><body><p>" + words + "</p></body></html>";
    Item.Loaded item = read("page.html", page.getBytes(Charset.forName("KOI8-R")));
    assertEquals(words, item.article().text());
    assertEquals("KOI8-R", item.encoding());
  }

  @Test
  void utf8NeedsNoMention() throws IOException {
    assertNull(read("plain.txt", WESTERN.getBytes(StandardCharsets.UTF_8)).encoding());
    assertNull(read("page.html", ("<html><body><p>" + CYRILLIC + "</p></body></html>").getBytes(StandardCharsets.UTF_8))
        .encoding());
  }
}
