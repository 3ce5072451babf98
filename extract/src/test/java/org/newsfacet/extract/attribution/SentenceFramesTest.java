package org.newsfacet.extract.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacet.model.SpeakerType;

/** The frames of an article looked up by sentence, as the quotation and passage rules ask for them. */
class SentenceFramesTest {

  private static Frame frame(int sentence, int cue) {
    Source mayor = new Source("the mayor", SpeakerType.UNNAMED, "label", -1, false);
    return new Frame("said-that", sentence, cue, mayor, cue * 10, cue * 10 + 5, -1, true, true);
  }

  @Test
  void givesEachSentenceItsOwnFramesInTheOrderFound() {
    Frame first = frame(0, 3);
    Frame second = frame(0, 5);
    Frame later = frame(2, 12);
    SentenceFrames frames = new SentenceFrames(List.of(first, second, later), 4);
    assertEquals(List.of(first, second), frames.in(0));
    assertEquals(List.of(later), frames.in(2));
    assertEquals(List.of(first, second, later), frames.all());
  }

  @Test
  void aSentenceWithoutAttributionHasNoFrames() {
    SentenceFrames frames = new SentenceFrames(List.of(frame(0, 3), frame(2, 12)), 4);
    assertTrue(frames.in(1).isEmpty());
    assertTrue(frames.in(3).isEmpty());
    assertTrue(new SentenceFrames(List.of(), 0).all().isEmpty());
  }

  @Test
  void findsACueOnlyInItsOwnSentence() {
    SentenceFrames frames = new SentenceFrames(List.of(frame(0, 3), frame(2, 12)), 4);
    assertTrue(frames.cueAt(2, 12));
    assertFalse(frames.cueAt(2, 11));
    assertFalse(frames.cueAt(1, 12));
  }
}
