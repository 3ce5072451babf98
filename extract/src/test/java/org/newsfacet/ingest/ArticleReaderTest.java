package org.newsfacet.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading files, directories, JSON Lines, HTML and standard input. */
class ArticleReaderTest {
  private static final String ARTICLE = "Ferry timetable extended into the winter\n\n"
      + "The harbour council of Lindholm voted to keep the island ferries running until March.\n";

  @TempDir
  Path dir;

  private static List<Item> all(Stream<Item> items) {
    try (items) {
      return items.toList();
    }
  }

  private static List<Item> read(Path path) {
    return all(ArticleReader.read(path));
  }

  private static Item only(Path path) {
    List<Item> items = read(path);
    assertEquals(1, items.size(), () -> "items: " + items);
    return items.get(0);
  }

  private static Item.Loaded loaded(Item item) {
    return assertInstanceOf(Item.Loaded.class, item, () -> "expected Loaded, got " + item);
  }

  private static Item.Skipped skipped(Item item) {
    return assertInstanceOf(Item.Skipped.class, item, () -> "expected Skipped, got " + item);
  }

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, content);
    return p;
  }

  private static InputStream stdin(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  // ---- directories ----

  @Test
  void walksDirectoryRecursivelyInNameOrderReadingOnlyArticleFiles() throws IOException {
    Path root = dir.resolve("articles");
    write("articles/b.txt", ARTICLE);
    write("articles/a/c.jsonl", "{\"text\":\"The bridge to Varnholm reopened on Tuesday.\"}\n");
    write("articles/a/d.html", "<html><body><p>The museum of river boats reopened after two years of repairs.</p></body></html>");
    write("articles/e.htm", "<html><body><p>The tram line along the northern embankment opened on Friday.</p></body></html>");
    write("articles/f.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    write("articles/g.md", "# Notes\n\nNot an article.\n");
    write("articles/z.txt", ARTICLE);

    List<String> sources = read(root).stream().map(Item::source).toList();

    String sep = File.separator;
    String shown = root.toString();
    assertEquals(List.of(
        shown + sep + "a" + sep + "c.jsonl#1",
        shown + sep + "a" + sep + "d.html",
        shown + sep + "b.txt",
        shown + sep + "e.htm",
        shown + sep + "z.txt"), sources);
  }

  @Test
  void countingTheItemsAheadGivesAsManyAsReadingThemAndNothingForStandardInput() throws IOException {
    Path root = dir.resolve("articles");
    write("articles/b.txt", ARTICLE);
    write("articles/a/c.jsonl", "{\"text\":\"The bridge reopened.\"}\n\n  \n{\"text\":\"The ferry sailed.\"}\n{\"x\":1}");
    write("articles/a/d.html", "<html><body><p>The museum of river boats reopened after two years of repairs.</p></body></html>");
    write("articles/a/empty.jsonl", "");
    write("articles/g.md", "# Notes\n\nNot an article.\n");
    Path extra = write("extra.txt", ARTICLE);
    List<String> args = List.of(root.toString(), extra.toString(), dir.resolve("gone.txt").toString());
    long read = all(ArticleReader.read(args, InputStream.nullInputStream())).size();
    assertEquals(8, read, "three JSON lines, an empty feed skipped, a page, two texts, a missing file skipped");
    assertEquals(read, ArticleReader.count(args).orElseThrow());
    assertTrue(ArticleReader.count(List.of(extra.toString(), "-")).isEmpty());
    write("crs.jsonl", "{\"text\":\"One.\"}\r{\"text\":\"Two.\"}\r\n{\"text\":\"Three.\"}\r");
    assertEquals(all(ArticleReader.read(List.of(dir.resolve("crs.jsonl").toString()), InputStream.nullInputStream()))
        .size(), ArticleReader.count(List.of(dir.resolve("crs.jsonl").toString())).orElseThrow(),
        "a line ends at a carriage return for the count as for the reader");
  }

  @Test
  void aPipeOfJsonLinesIsNotCountedAheadSoItsLinesAreLeftToTheReader() throws Exception {
    Path fifo = dir.resolve("feed.jsonl");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      Assumptions.abort("no mkfifo here: " + e.getMessage());
      return;
    }
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    // Counting would block on the pipe, or take lines from the reader: it does not open it.
    assertTrue(ArticleReader.count(List.of(fifo.toString())).isEmpty());
    assertTrue(ArticleReader.count(List.of(dir.toString())).isEmpty(), "nor a pipe found in a folder");
  }

  @Test
  void directoryItemsAreAllLoaded() throws IOException {
    Path root = dir.resolve("articles");
    write("articles/b.txt", ARTICLE);
    write("articles/a/c.jsonl", "{\"text\":\"The bridge to Varnholm reopened on Tuesday.\"}\n");
    write("articles/e.htm", "<html><body><p>The tram line along the northern embankment opened on Friday.</p></body></html>");
    List<Item> items = read(root);
    assertEquals(3, items.size());
    items.forEach(ArticleReaderTest::loaded);
  }

  @Test
  void directoryGivenWithTrailingSeparatorIsNotDoubled() throws IOException {
    write("articles/b.txt", ARTICLE);
    String shown = dir.resolve("articles").toString() + File.separator;
    List<Item> items = all(ArticleReader.read(List.of(shown), InputStream.nullInputStream()));
    assertEquals(List.of(shown + "b.txt"), items.stream().map(Item::source).toList());
  }

  @Test
  void fileSourceIsThePathAsGiven() throws IOException {
    Path file = write("one.txt", ARTICLE);
    Item item = only(file);
    assertEquals(file.toString(), item.source());
    assertEquals(ARTICLE, loaded(item).article().text());
  }

  @Test
  void explicitFileWithOtherExtensionIsReadAsText() throws IOException {
    Path file = write("notes.md", ARTICLE);
    assertEquals(ARTICLE, loaded(only(file)).article().text());
  }

  @Test
  void directorySymlinkCycleReadsEachFileOnceAndReportsTheLoop() throws IOException {
    Path root = dir.resolve("articles");
    write("articles/a.txt", ARTICLE);
    Files.createDirectories(root.resolve("sub"));
    try {
      Files.createSymbolicLink(root.resolve("sub").resolve("loop"), root);
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("no symbolic links here: " + e);
    }
    List<Item> items = read(root);
    assertEquals(2, items.size(), () -> "read " + items.size() + " items: "
        + items.stream().limit(4).map(Item::source).toList() + "...");
    loaded(items.get(0));
    assertTrue(skipped(items.get(1)).message().contains("loop: symbolic link loop: leads back to"),
        skipped(items.get(1)).message());
  }

  // ---- JSON Lines ----

  @Test
  void jsonLinesSourcesCountLinesFromOneIncludingBlankLines() throws IOException {
    Path file = write("feed.jsonl", "{\"text\":\"The bridge to Varnholm reopened on Tuesday.\"}\n"
        + "\n"
        + "{\"text\":\"The museum of river boats reopened after repairs.\"}\n");
    List<Item> items = read(file);
    assertEquals(List.of(file + "#1", file + "#3"), items.stream().map(Item::source).toList());
    assertEquals("The museum of river boats reopened after repairs.", loaded(items.get(1)).article().text());
  }

  @Test
  void jsonLinesFieldsBecomeGivenMetadata() throws IOException {
    Path file = write("feed.jsonl", "{\"id\":\"rec-7\",\"text\":\"The bridge to Varnholm reopened on Tuesday.\","
        + "\"url\":\"https://lindholm-courier.example/bridge\",\"title\":\"Bridge reopens\","
        + "\"published\":\"2024-10-17T08:00:00+02:00\",\"outlet\":\"Lindholm Courier\",\"agency\":\"AFP\"}\n");
    Item.Loaded item = loaded(only(file));
    Given g = item.article().given();
    assertEquals("rec-7", g.id());
    assertEquals("https://lindholm-courier.example/bridge", g.url());
    assertEquals("Bridge reopens", g.title());
    assertEquals(LocalDate.of(2024, 10, 17), g.published());
    assertEquals("Lindholm Courier", g.outlet());
    assertEquals("AFP", g.agency());
    assertEquals(List.of(), item.warnings());
  }

  @Test
  void malformedJsonLineIsSkippedAndOtherLinesStillLoad() throws IOException {
    Path file = write("feed.jsonl", "{\"text\":\"The bridge to Varnholm reopened on Tuesday.\"}\n"
        + "{\"text\": \"unfinished\n"
        + "{\"text\":\"The museum of river boats reopened after repairs.\"}\n");
    List<Item> items = read(file);
    assertEquals(3, items.size());
    loaded(items.get(0));
    Item.Skipped bad = skipped(items.get(1));
    assertEquals(file + "#2", bad.source());
    assertTrue(bad.reason().contains("malformed JSON"), bad.reason());
    loaded(items.get(2));
  }

  @Test
  void jsonLineWithoutTextIsSkipped() throws IOException {
    Path file = write("feed.jsonl", "{\"title\":\"Bridge reopens\"}\n");
    Item.Skipped s = skipped(only(file));
    assertEquals(file + "#1", s.source());
    assertTrue(s.reason().contains("no 'text' field"), s.reason());
  }

  @Test
  void jsonLineWithNonStringTextIsSkipped() throws IOException {
    Path file = write("feed.jsonl", "{\"text\":42}\n{\"text\":[\"a\",\"b\"]}\n");
    List<Item> items = read(file);
    assertEquals(2, items.size());
    assertTrue(skipped(items.get(0)).reason().contains("text"), skipped(items.get(0)).reason());
    skipped(items.get(1));
  }

  @Test
  void jsonLineThatIsNoObjectIsSkipped() throws IOException {
    Path file = write("feed.jsonl", "[1, 2, 3]\n");
    skipped(only(file));
  }

  @Test
  void badPublishedValueLoadsWithWarningNamingTheField() throws IOException {
    Path file = write("feed.jsonl",
        "{\"text\":\"The bridge to Varnholm reopened on Tuesday.\",\"published\":\"sometime last week\"}\n");
    Item.Loaded item = loaded(only(file));
    assertNull(item.article().given().published());
    assertEquals(1, item.warnings().size());
    assertTrue(item.warnings().get(0).contains("published"), item.warnings().get(0));
  }

  @Test
  void nonStringOptionalFieldLoadsWithWarning() throws IOException {
    Path file = write("feed.jsonl",
        "{\"text\":\"The bridge to Varnholm reopened on Tuesday.\",\"title\":{\"main\":\"Bridge\"}}\n");
    Item.Loaded item = loaded(only(file));
    assertNull(item.article().given().title());
    assertTrue(item.warnings().stream().anyMatch(w -> w.contains("title")), item.warnings().toString());
  }

  @Test
  void invalidUtf8OnOneJsonLineSkipsThatLineOnly() throws IOException {
    byte[] good = "{\"text\":\"The bridge to Varnholm reopened.\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '(', '"', '}', '\n'};
    byte[] all = new byte[good.length * 2 + bad.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    System.arraycopy(good, 0, all, good.length + bad.length, good.length);
    Path file = write("feed.jsonl", all);
    List<Item> items = read(file);
    assertEquals(3, items.size());
    loaded(items.get(0));
    assertTrue(skipped(items.get(1)).reason().contains("invalid UTF-8"), skipped(items.get(1)).reason());
    loaded(items.get(2));
  }

  @Test
  void jsonLinesWithCrlfLineEndsLoad() throws IOException {
    Path file = write("feed.jsonl", "{\"text\":\"The bridge reopened.\"}\r\n{\"text\":\"The museum reopened.\"}\r\n");
    List<Item> items = read(file);
    assertEquals(2, items.size());
    assertEquals("The museum reopened.", loaded(items.get(1)).article().text());
  }

  @Test
  void jsonLinesSplitRightWhereverTheirEndsFallInTheReadBuffer() throws IOException {
    // lines are read through a 64 KiB buffer: a CR LF, a long line and a short one across its edge
    for (int shift = -2; shift <= 2; shift++) {
      String prefix = "{\"text\":\"";
      String suffix = "\"}";
      String body = "a ".repeat((65_535 + shift - prefix.length() - suffix.length()) / 2);
      String first = prefix + body + suffix;
      Path file = write("feed" + (shift + 2) + ".jsonl", first + "\r\n{\"text\":\"Second.\"}\r\n\r\n{\"text\":\"Third.\"}");
      List<Item> items = read(file);
      assertEquals(3, items.size(), "shift " + shift);
      assertEquals("Second.", loaded(items.get(1)).article().text());
      assertEquals("Third.", loaded(items.get(2)).article().text());
      assertTrue(items.get(2).source().endsWith("#4"), items.get(2).source());
    }
  }

  @Test
  void emptyJsonLinesFileIsSkipped() throws IOException {
    Path file = write("feed.jsonl", "");
    Item.Skipped s = skipped(only(file));
    assertTrue(s.reason().contains("empty"), s.reason());
  }

  // ---- bad files ----

  @Test
  void emptyFileIsSkipped() throws IOException {
    Path file = write("empty.txt", "");
    Item.Skipped s = skipped(only(file));
    assertEquals(file.toString(), s.source());
    assertTrue(s.reason().contains("empty"), s.reason());
  }

  @Test
  void emptyHtmlFileIsSkippedAsEmpty() throws IOException {
    Path file = write("empty.html", "");
    Item.Skipped s = skipped(only(file));
    assertTrue(s.reason().contains("empty"), s.reason());
  }

  @Test
  void whitespaceOnlyFileIsSkipped() throws IOException {
    Path file = write("blank.txt", " \n\t\n");
    assertTrue(skipped(only(file)).reason().contains("empty"));
  }

  @Test
  void binaryFileIsSkipped() throws IOException {
    Path file = write("photo.txt", new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1, 0, 2, 0, 0});
    Item.Skipped s = skipped(only(file));
    assertTrue(s.reason().contains("binary"), s.reason());
  }

  @Test
  void brokenUtf8FileIsSkipped() throws IOException {
    byte[] broken = "The caf\u00e9 on the pier reopened, the r\u00e9sum\u00e9 says.\n".getBytes(StandardCharsets.UTF_8);
    broken[broken.length - 3] = (byte) 0xFF;
    Item.Skipped s = skipped(only(write("broken.txt", broken)));
    assertTrue(s.reason().contains("invalid UTF-8"), s.reason());
  }

  @Test
  void missingPathIsSkipped() {
    Path missing = dir.resolve("nowhere.txt");
    Item.Skipped s = skipped(only(missing));
    assertEquals(missing.toString(), s.source());
    assertTrue(s.reason().contains("no such file or directory"), s.reason());
  }

  @Test
  void missingArgumentIsSkippedAndTheNextStillRead() throws IOException {
    Path file = write("one.txt", ARTICLE);
    String missing = dir.resolve("nowhere.txt").toString();
    List<Item> items = all(ArticleReader.read(List.of(missing, file.toString()), InputStream.nullInputStream()));
    assertEquals(2, items.size());
    Item.Skipped s = skipped(items.get(0));
    assertEquals(missing, s.source());
    assertTrue(s.reason().contains("no such file or directory"), s.reason());
    assertEquals(file.toString(), loaded(items.get(1)).source());
  }

  @Test
  void unreadableFileIsSkipped() throws IOException {
    Path file = write("secret.txt", ARTICLE);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      Assumptions.abort("no POSIX permissions on this file system");
    }
    try {
      Assumptions.assumeFalse(Files.isReadable(file), "the file stays readable (running as root?)");
      Item.Skipped s = skipped(only(file));
      assertTrue(s.reason().contains("permission denied"), s.reason());
    } finally {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }

  // ---- standard input ----

  @Test
  void readsPlainTextFromStandardInput() {
    List<Item> items = all(ArticleReader.read(List.of("-"), stdin(ARTICLE)));
    assertEquals(1, items.size());
    Item.Loaded item = loaded(items.get(0));
    assertEquals("-", item.source());
    assertEquals(ARTICLE, item.article().text());
  }

  @Test
  void sniffsJsonLinesOnStandardInput() {
    List<Item> items = all(ArticleReader.read(List.of("-"), stdin(
        "{\"text\":\"The bridge to Varnholm reopened on Tuesday.\"}\n"
            + "{\"text\":\"The museum of river boats reopened after repairs.\"}\n")));
    assertEquals(List.of("-#1", "-#2"), items.stream().map(Item::source).toList());
    assertEquals("The bridge to Varnholm reopened on Tuesday.", loaded(items.get(0)).article().text());
  }

  @Test
  void sniffsHtmlOnStandardInput() {
    List<Item> items = all(ArticleReader.read(List.of("-"), stdin(
        "<!DOCTYPE html><html><head><meta property=\"og:title\" content=\"Museum reopens\"></head>"
            + "<body><p>The museum of river boats reopened after two years of repairs.</p></body></html>")));
    assertEquals(1, items.size());
    Item.Loaded item = loaded(items.get(0));
    assertEquals("Museum reopens", item.article().given().title());
    assertEquals("The museum of river boats reopened after two years of repairs.", item.article().text());
  }

  @Test
  void emptyStandardInputIsSkipped() {
    List<Item> items = all(ArticleReader.read(List.of("-"), stdin("")));
    assertEquals(1, items.size());
    assertTrue(skipped(items.get(0)).reason().contains("empty"));
  }

  // ---- encodings ----

  @Test
  void byteOrderMarkIsKeptSoOffsetsMatchTheFile() throws IOException {
    Path file = write("bom.txt", "\uFEFF" + ARTICLE);
    String text = loaded(only(file)).article().text();
    assertTrue(text.startsWith("\uFEFF"));
    assertEquals(ARTICLE.length() + 1, text.length());
    assertEquals(ARTICLE.indexOf("The harbour") + 1, text.indexOf("The harbour"));
  }

  @Test
  void crlfLineEndsAreKept() throws IOException {
    String crlf = ARTICLE.replace("\n", "\r\n");
    Path file = write("crlf.txt", crlf);
    assertEquals(crlf, loaded(only(file)).article().text());
  }

  @Test
  void jsonLinesFileWithByteOrderMarkLoadsFirstLine() throws IOException {
    Path file = write("bom.jsonl", "\uFEFF{\"text\":\"The bridge to Varnholm reopened on Tuesday.\"}\n");
    assertEquals("The bridge to Varnholm reopened on Tuesday.", loaded(only(file)).article().text());
  }

  // ---- HTML ----

  @Test
  void readsOpenGraphMetadataAndCanonicalUrl() throws IOException {
    Path file = write("page.html", """
        <!DOCTYPE html>
        <html><head>
        <title>Museum of river boats reopens | Lindholm Courier</title>
        <meta property="og:title" content="Museum of river boats reopens after repairs">
        <meta property="og:site_name" content="Lindholm Courier">
        <meta property="article:published_time" content="2024-10-17T21:15:00-05:00">
        <link rel="canonical" href="https://lindholm-courier.example/culture/museum-reopens">
        </head><body>
        <article>
        <h1>Museum of river boats reopens after repairs</h1>
        <p>The museum of river boats in Lindholm reopened on Saturday after two years of repairs to its roof.</p>
        <p>Visitors queued along the quay before the doors opened, the director said.</p>
        </article>
        </body></html>
        """);
    Item.Loaded item = loaded(only(file));
    Given g = item.article().given();
    assertEquals("Museum of river boats reopens after repairs", g.title());
    assertEquals("Lindholm Courier", g.siteName());
    assertEquals(LocalDate.of(2024, 10, 17), g.published());
    assertEquals("https://lindholm-courier.example/culture/museum-reopens", g.url());
    assertEquals(file.toString(), item.source());
    assertTrue(item.article().text().startsWith("The museum of river boats"), item.article().text());
    assertTrue(item.article().text().contains("Visitors queued along the quay"));
    assertFalse(item.article().text().contains("reopens after repairs"), "the h1 headline is no body text");
  }

  @Test
  void readsJsonLdNewsArticle() throws IOException {
    Path file = write("ld.html", """
        <html><head>
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@type": "NewsArticle",
         "headline": "Tram line opens along the northern embankment",
         "datePublished": "2024-11-04T09:30:00+01:00",
         "author": [{"@type": "Person", "name": "Lena Marsh"}, {"@type": "Person", "name": "Hugo Brandt"}],
         "publisher": {"@type": "Organization", "name": "Varnholm Daily"},
         "url": "https://varnholm-daily.example/city/tram-line"}
        </script>
        </head><body>
        <main>
        <p>The city opened a new tram line along the northern embankment on Monday morning.</p>
        <p>The line links the old harbour with the university in twelve minutes.</p>
        </main>
        </body></html>
        """);
    Given g = loaded(only(file)).article().given();
    assertEquals("Tram line opens along the northern embankment", g.title());
    assertEquals(LocalDate.of(2024, 11, 4), g.published());
    assertEquals(List.of("Lena Marsh", "Hugo Brandt"), g.authors());
    assertEquals("Varnholm Daily", g.siteName());
    assertEquals("https://varnholm-daily.example/city/tram-line", g.url());
  }

  @Test
  void readsJsonLdArticleInsideGraph() throws IOException {
    Path file = write("graph.html", """
        <html><head>
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "Varnholm Daily"},
          {"@type": "NewsArticle", "headline": "Tram line opens", "datePublished": "2024-11-04",
           "author": {"@type": "Person", "name": "Lena Marsh"}}]}
        </script>
        </head><body>
        <p>The city opened a new tram line along the northern embankment on Monday morning.</p>
        </body></html>
        """);
    Given g = loaded(only(file)).article().given();
    assertEquals("Tram line opens", g.title());
    assertEquals(LocalDate.of(2024, 11, 4), g.published());
    assertEquals(List.of("Lena Marsh"), g.authors());
  }

  @Test
  void pageTitleLosesSiteSuffix() throws IOException {
    Path file = write("titled.html", """
        <html><head><title>Ferry service resumes after storm | Lindholm Courier</title></head>
        <body><p>The ferry service to the islands resumed on Wednesday after a two-day pause.</p></body></html>
        """);
    assertEquals("Ferry service resumes after storm", loaded(only(file)).article().given().title());
  }

  @Test
  void pageTitleLosesSiteNameAfterDash() throws IOException {
    Path file = write("dashed.html", """
        <html><head><title>Ferry service resumes after storm - Lindholm Courier</title>
        <meta property="og:site_name" content="Lindholm Courier"></head>
        <body><p>The ferry service to the islands resumed on Wednesday after a two-day pause.</p></body></html>
        """);
    assertEquals("Ferry service resumes after storm", loaded(only(file)).article().given().title());
  }

  @Test
  void pageFurnitureIsNotArticleText() throws IOException {
    Path file = write("furniture.html", """
        <html><head><title>Bridge reopens</title>
        <script>var tracker = "analytics-snippet";</script>
        <style>p { color: navy; }</style></head>
        <body>
        <nav><ul><li>Home</li><li>Weather desk</li></ul></nav>
        <p>The bridge to Varnholm reopened on Tuesday after engineers replaced two cables.</p>
        <figure><img src="bridge.jpg"><figcaption>Engineers inspect a cable at dawn.</figcaption></figure>
        <p>Traffic was light in the first hours, the harbour police said.</p>
        <script>console.log("inline-script-marker");</script>
        <footer><p>All rights reserved by the footer owners.</p></footer>
        </body></html>
        """);
    String text = loaded(only(file)).article().text();
    assertTrue(text.contains("The bridge to Varnholm reopened on Tuesday"), text);
    assertTrue(text.contains("Traffic was light in the first hours"), text);
    for (String gone : List.of("Weather desk", "analytics-snippet", "inline-script-marker",
        "Engineers inspect a cable", "footer owners", "color: navy")) {
      assertFalse(text.contains(gone), () -> "article text still contains: " + gone);
    }
  }

  @Test
  void captionInsideArticleIsNotArticleText() throws IOException {
    Path file = write("caption.html", """
        <html><body>
        <article>
        <p>The bridge to Varnholm reopened on Tuesday after engineers replaced two cables on its northern span.</p>
        <figure><img src="bridge.jpg"><figcaption>Engineers inspect a cable at dawn. Photo: Jane Roe</figcaption></figure>
        <p>Traffic was light in the first hours, the harbour police said.</p>
        </article>
        </body></html>
        """);
    String text = loaded(only(file)).article().text();
    assertFalse(text.contains("Engineers inspect"), text);
    assertFalse(text.contains("Jane Roe"), text);
  }

  @Test
  void htmlPageWithoutTextIsSkipped() throws IOException {
    Path file = write("empty.html", """
        <html><head><title>Nothing here</title></head>
        <body><nav><a href="/">Home</a></nav><script>var x = 1;</script></body></html>
        """);
    Item.Skipped s = skipped(only(file));
    assertEquals(file.toString(), s.source());
    assertTrue(s.reason().contains("no article text"), s.reason());
  }

  @Test
  void jsonLinesWithCarriageReturnLineEndsKeepEveryRecord() throws IOException {
    Path f = dir.resolve("cr.jsonl");
    Files.writeString(f, "{\"text\": \"First article.\"}\r{\"text\": \"Second article.\"}\r{\"text\": \"Third.\"}\r");
    List<Item> items = read(f);
    assertEquals(3, items.size());
    assertEquals(f + "#3", items.get(2).source());
  }

  @Test
  void twoJsonObjectsOnOneLineAreAMalformedLineNotOneArticle() throws IOException {
    Path f = dir.resolve("two.jsonl");
    Files.writeString(f, "{\"text\": \"A first article.\"} {\"text\": \"A second one.\"}\n");
    Item.Skipped s = skipped(only(f));
    assertTrue(s.reason().startsWith("malformed JSON"), s.reason());
  }

  @Test
  void anArticleLargerThanTheLimitIsSkippedWithoutLoadingIt() throws IOException {
    Path f = dir.resolve("huge.txt");
    try (var out = Files.newOutputStream(f)) {
      byte[] block = "Flooding closed roads across the valley. ".repeat(1000).getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written <= ArticleReader.MAX_ARTICLE_BYTES; written += block.length) {
        out.write(block);
      }
    }
    Item.Skipped s = skipped(only(f));
    assertTrue(s.reason().startsWith("too large"), s.reason());
  }

  @Test
  void anInvalidPathIsSkippedAndTheOtherArgumentsRead() throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), ARTICLE);
    List<Item> items = all(ArticleReader.read(List.of("bad\u0000name.txt", good.toString()), InputStream.nullInputStream()));
    assertEquals(2, items.size());
    assertTrue(skipped(items.get(0)).reason().startsWith("not a valid path"), items.toString());
    loaded(items.get(1));
  }

  @Test
  void standardInputIsSniffedFromItsFirstSignWithoutWaitingForMore() throws IOException {
    // A stream that fails if read past its first line: the sniff must not ask for 4 KB.
    byte[] first = "{\"text\": \"One article arriving alone.\"}\n".getBytes(StandardCharsets.UTF_8);
    InputStream slow = new InputStream() {
      private int i;

      @Override
      public int read() {
        if (i < first.length) {
          return first[i++] & 0xff;
        }
        throw new AssertionError("read past what has arrived");
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (i >= first.length) {
          throw new AssertionError("read past what has arrived");
        }
        int n = Math.min(len, first.length - i);
        System.arraycopy(first, i, b, off, n);
        i += n;
        return n;
      }

      @Override
      public int available() {
        return first.length - i;
      }
    };
    var it = ArticleReader.read("-", slow).iterator();
    assertEquals("-#1", loaded(it.next()).source());
  }
}
