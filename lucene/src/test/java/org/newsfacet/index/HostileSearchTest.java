package org.newsfacet.index;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacet.ingest.RawArticle;
import org.newsfacet.search.Hit;
import org.newsfacet.search.QueryLimitException;
import org.newsfacet.search.QueryLimits;
import org.newsfacet.search.QuerySyntaxException;
import org.newsfacet.search.QuoteRequest;
import org.newsfacet.search.SearchRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostileSearchTest {
  @TempDir
  Path tmp;

  private static final String SCRIPTED = """
      OSLO - The harbour page carried <script>alert(1)</script> in its body & "quotes" that should stay text.

      Residents said the warning came at night.
      """;

  @Test
  void snippetsEscapeTheArticlesMarkupAndMarkOnlyTheMatchedWords() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      index.add(RawArticle.of("page.txt", SCRIPTED));
      Hit hit = index.search(SearchRequest.text("alert")).hits().get(0);
      String html = hit.snippet();
      assertFalse(html.contains("<script"), html);
      assertTrue(html.contains("&lt;script&gt;<b>alert</b>(1)&lt;&#x2F;script&gt;"), html);
      assertTrue(html.contains("&amp; &quot;quotes&quot;"), html);
      assertEquals(html.replace("<b>", "").replace("</b>", ""), html.replaceAll("<b>|</b>", ""), "no other tags");
      assertTrue(hit.snippetText("[", "]").contains("<script>[alert](1)</script> in its body & \"quotes\""),
          hit.snippetText("[", "]"));
    }
  }

  private static final String HARBOUR = """
      OSLO (Reuters) - Harbour residents said the ferry alert woke them, and 300 residents left the village.
      """;

  private static void refused(String expected, org.junit.jupiter.api.function.Executable search) {
    QueryLimitException e = assertThrows(QueryLimitException.class, search);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void questionsNestedDeeperThanTheLimitAreRefusedBeforeTheParserRecurses() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      index.add(RawArticle.of("a.txt", HARBOUR));
      String deep = "(".repeat(400) + "ferry" + ")".repeat(400);
      refused("nests parentheses 400 deep", () -> index.search(SearchRequest.text(deep)));
      String fine = "(".repeat(QueryLimits.MAX_NESTING) + "ferry" + ")".repeat(QueryLimits.MAX_NESTING);
      assertEquals(1, index.search(SearchRequest.text(fine)).total());
    }
  }

  @Test
  void regularExpressionsThatRepeatTooMuchAreRefusedAndSimpleOnesRun() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      index.add(RawArticle.of("a.txt", HARBOUR));
      refused("repeats too much", () -> index.search(SearchRequest.text("/a{1,100000}/")));
      refused("repeats too much", () -> index.search(SearchRequest.text("f*r*/a{1,100000}/")));
      refused("repeats too much", () -> index.search(SearchRequest.text("/((a{1,20}){1,20}){1,20}/")));
      refused("at most", () -> index.search(SearchRequest.text("/" + "a".repeat(200) + "/")));
      refused("wildcards", () -> index.search(SearchRequest.text("f*e*r*r*y*a*b*c*d*")));
      assertEquals(1, index.search(SearchRequest.text("/harbou{1,2}r/")).total());
      assertThrows(QuerySyntaxException.class, () -> index.search(SearchRequest.text("/[a/")));
    }
  }

  @Test
  void tooManyClausesAndTooDeepAPageAreRefused() throws IOException {
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      index.add(RawArticle.of("a.txt", HARBOUR));
      refused("300 words", () -> index.search(SearchRequest.text("a ".repeat(300))));
      refused("a page may have 1,000 hits at most", () -> index.search(SearchRequest.text("residents").limit(2_000_000_000)));
      refused("10,000", () -> index.quotes(QuoteRequest.all().offset(2_000_000_000).limit(1)));
      assertEquals(1, index.search(SearchRequest.text(String.join(" OR ", java.util.Collections.nCopies(100, "ferry"))))
          .total());
    }
  }

  @Test
  void aSearchPastItsTimeLimitIsStoppedAndRefused() throws IOException {
    IndexSettings instant = IndexSettings.defaults().withSearchTimeout(java.time.Duration.ofNanos(1));
    try (NewsIndex index = NewsIndex.open(tmp.resolve("idx"))) {
      index.add(RawArticle.of("a.txt", HARBOUR));
    }
    try (NewsIndex index = NewsIndex.openReadOnly(tmp.resolve("idx"), instant)) {
      refused("time limit", () -> index.search(SearchRequest.text("residents")));
    }
    try (NewsIndex index = NewsIndex.openReadOnly(tmp.resolve("idx"))) {
      assertEquals(1, index.search(SearchRequest.text("residents")).total());
    }
  }

  @Test
  void aFilterGivenTwiceIsOneFilter() {
    assertEquals(java.util.List.of("Reuters"), SearchRequest.all().source("Reuters").source("reuters").source("Reuters")
        .filters().sources());
  }
}
