package org.newsfacet.story;

import java.util.Arrays;

/**
 * The words of a text as fingerprints see them: runs of letters and digits, lower-cased, each
 * hashed, and whether it stands inside quotation marks. Apostrophes and dashes split words, so
 * that typographic and straight forms of a text give the same words.
 */
final class Words {
  private final long[] hashes;
  private final boolean[] quoted;
  private final int size;

  private Words(long[] hashes, boolean[] quoted, int size) {
    this.hashes = hashes;
    this.quoted = quoted;
    this.size = size;
  }

  static Words of(String text) {
    long[] hashes = new long[16];
    boolean[] quoted = new boolean[16];
    int n = 0;
    boolean inQuote = false;
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        long h = 0x84222325CBF29CE4L;
        boolean inside = inQuote;
        while (i < text.length() && Character.isLetterOrDigit(c = text.codePointAt(i))) {
          h = (h ^ Character.toLowerCase(c)) * 0x100000001B3L;
          i += Character.charCount(c);
        }
        if (n == hashes.length) {
          hashes = Arrays.copyOf(hashes, n * 2);
          quoted = Arrays.copyOf(quoted, n * 2);
        }
        hashes[n] = Fingerprint.mix(h);
        quoted[n++] = inside;
        continue;
      }
      switch (c) {
        case '“', '«', '„' -> inQuote = true;
        case '”', '»' -> inQuote = false;
        case '"' -> inQuote = !inQuote;
        case '\n' -> inQuote &= !paragraphEnds(text, i); // an unclosed quotation ends with its paragraph
        default -> { }
      }
      i += Character.charCount(c);
    }
    return new Words(hashes, quoted, n);
  }

  private static boolean paragraphEnds(String text, int newline) {
    int j = newline + 1;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
      j++;
    }
    return j < text.length() && text.charAt(j) == '\n';
  }

  int size() {
    return size;
  }

  /** The hash of the {@code length} words from {@code from}, in their order. */
  long shingle(int from, int length) {
    long h = 0;
    for (int k = 0; k < length; k++) {
      h = Long.rotateLeft(h, 13) ^ hashes[from + k];
    }
    return Fingerprint.mix(h);
  }

  /** True when every one of the {@code length} words from {@code from} stands inside quotation marks. */
  boolean allQuoted(int from, int length) {
    for (int k = 0; k < length; k++) {
      if (!quoted[from + k]) {
        return false;
      }
    }
    return true;
  }

  /** True when any of the {@code length} words from {@code from} stands inside quotation marks. */
  boolean quoted(int from, int length) {
    for (int k = 0; k < length; k++) {
      if (quoted[from + k]) {
        return true;
      }
    }
    return false;
  }
}
