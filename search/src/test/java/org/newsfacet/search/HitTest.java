package org.newsfacet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HitTest {
  @Test
  void escapedTextIsReadBackAsItWasWritten() {
    String text = "<script>alert('x')</script> & \"quotes\" a/b &lt; stays &lt;";
    String escaped = Hit.escape(text);
    assertEquals("&lt;script&gt;alert(&#x27;x&#x27;)&lt;&#x2F;script&gt; &amp; &quot;quotes&quot; a&#x2F;b "
        + "&amp;lt; stays &amp;lt;", escaped);
    Hit hit = new Hit(new org.newsfacet.model.Article("a", "a.txt", null, null, null, null, null, null,
        java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of()), 1f,
        Hit.OPEN_MARK + escaped + Hit.CLOSE_MARK);
    assertEquals("[" + text + "]", hit.snippetText("[", "]"));
  }
}
