package org.newsfacet.extract.attribution;

import java.util.List;

/** The frames of one article's attributions, found in sentence order, looked up by sentence. */
final class SentenceFrames {
  private final List<Frame> frames;
  /** Per sentence, the index of its first frame in {@link #frames}, with the frame count appended. */
  private final int[] first;

  /** Indexes {@code frames}, which are in sentence order, over an article of {@code sentences} sentences. */
  SentenceFrames(List<Frame> frames, int sentences) {
    this.frames = List.copyOf(frames);
    this.first = new int[sentences + 1];
    int f = this.frames.size();
    for (int s = sentences; s >= 0; s--) {
      while (f > 0 && this.frames.get(f - 1).sentence() >= s) {
        f--;
      }
      first[s] = f;
    }
  }

  /** Every frame of the article, in sentence order. */
  List<Frame> all() {
    return frames;
  }

  /** The frames of sentence {@code s}, in the order they were found; empty when it attributes nothing. */
  List<Frame> in(int s) {
    return frames.subList(first[s], first[s + 1]);
  }

  /** True when a frame of sentence {@code s} has its cue at token {@code k}. */
  boolean cueAt(int s, int k) {
    for (Frame f : in(s)) {
      if (f.cue() == k) {
        return true;
      }
    }
    return false;
  }
}
