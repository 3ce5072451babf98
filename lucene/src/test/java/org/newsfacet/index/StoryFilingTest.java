package org.newsfacet.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;
import org.junit.jupiter.api.Test;
import org.newsfacet.story.Fingerprint;
import org.newsfacet.story.StoryMember;
import org.newsfacet.testing.StoryTexts;

class StoryFilingTest {
  private static List<StoryMember> members() {
    List<StoryMember> out = new ArrayList<>();
    List<String> texts = List.of(StoryTexts.report(), StoryTexts.trimmedCopy(), StoryTexts.rewrite(),
        StoryTexts.independent(), StoryTexts.unrelated(), StoryTexts.report());
    for (int i = 0; i < texts.size(); i++) {
      out.add(new StoryMember("m" + i, Fingerprint.of(texts.get(i)), null, null, null, "m" + i, null, null));
    }
    return out;
  }

  @Test
  void aRoundsTermsComeInTheOrderOfTheirBytesAsASegmentsTermsDo() {
    // Read whole, a segment's terms are matched to the round's in one pass: both must be in byte
    // order, anchors and band keys with their top bit set included.
    StoryFiling.RoundTerms terms = StoryFiling.RoundTerms.of(members());
    BytesRefBuilder a = new BytesRefBuilder();
    BytesRefBuilder b = new BytesRefBuilder();
    boolean highAnchor = false;
    boolean lowAnchor = false;
    boolean highBand = false;
    int distinct = 0;
    for (int t = 0; t < terms.size(); t = terms.next(t)) {
      distinct++;
      BytesRef term = terms.term(t, a);
      boolean high = (term.bytes[term.offset + 1] & 0x80) != 0;
      if (terms.anchor(t)) {
        highAnchor |= high;
        lowAnchor |= !high;
      } else {
        highBand |= high;
      }
      int next = terms.next(t);
      for (int i = t + 1; i < next; i++) {
        assertTrue(terms.holder(i - 1) < terms.holder(i), "one term's holders in the order of the articles");
      }
      if (next < terms.size()) {
        assertTrue(term.compareTo(terms.term(next, b)) < 0, "term " + t + " before term " + next);
      }
    }
    assertTrue(highAnchor && lowAnchor && highBand, "both halves of the key space are exercised");
    assertTrue(distinct == terms.distinct());
    assertTrue(terms.distinct() < terms.size(), "the copies share terms");
  }
}
