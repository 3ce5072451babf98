package org.newsfacet.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacet.ingest.RawArticle;

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
}
