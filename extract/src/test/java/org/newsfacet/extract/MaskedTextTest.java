package org.newsfacet.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The lines of a text and the body left as they are masked. */
class MaskedTextTest {

  @Test
  void splitsLinesOnEveryKindOfLineEnd() {
    MaskedText page = new MaskedText("Ferry timetable\r\nBy Jane Doe\rHARBOURTON -\nThe council voted.");
    assertEquals(4, page.lineCount());
    assertEquals("By Jane Doe", page.line(1));
    assertEquals("HARBOURTON -", page.line(2));
    assertEquals(page.text().indexOf("The council"), page.start(3));
  }

  @Test
  void maskingBlanksTheLineButKeepsLineEndsAndOffsets() {
    String text = "Ferry timetable\r\nBy Jane Doe\nThe council voted.";
    MaskedText page = new MaskedText(text);
    page.mask(1);
    String body = page.body();
    assertEquals(text.length(), body.length());
    assertTrue(page.bodyLine(1).isBlank());
    assertEquals("\r\n", body.substring(15, 17));
    assertEquals(text.indexOf("The council"), body.indexOf("The council"));
    assertEquals(2, page.nextContent(1));
    assertFalse(page.masked(2));
  }

  @Test
  void byteOrderMarksAreNoTextAndNoBody() {
    MaskedText page = new MaskedText("\uFEFFFerry timetable\n\uFEFF\nThe council voted.");
    assertEquals("Ferry timetable", page.line(0));
    assertTrue(page.line(1).isBlank());
    assertEquals(' ', page.body().charAt(0));
    assertEquals(1, page.firstContent(page.start(0), page.end(0)));
  }
}
