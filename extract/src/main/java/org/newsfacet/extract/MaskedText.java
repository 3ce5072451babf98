package org.newsfacet.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * An article's text split into lines, and the body that is left as the layout blanks its
 * furniture out: every masked character becomes a space and line ends stay, so that an offset in
 * the body is the same offset in the text as read.
 */
final class MaskedText {
  /** The byte order mark some files carry at the start, and some at every paragraph. */
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final String text;
  private final char[] body;
  /** Each line's start and end offsets; the end is before its line break. */
  private final List<int[]> lines = new ArrayList<>();
  private final boolean[] masked;

  MaskedText(String text) {
    this.text = text;
    this.body = text.toCharArray();
    for (int k = 0; k < body.length; k++) {
      if (body[k] == BYTE_ORDER_MARK) {
        body[k] = ' ';
      }
    }
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        lines.add(new int[] {start, i});
        if (i < text.length() && text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    this.masked = new boolean[lines.size()];
  }

  /** The text as read. */
  String text() {
    return text;
  }

  /** The body: the text with everything masked so far blanked. */
  String body() {
    return new String(body);
  }

  int lineCount() {
    return lines.size();
  }

  /** Where line {@code i} starts in the text. */
  int start(int i) {
    return lines.get(i)[0];
  }

  /** Where line {@code i} ends in the text, before its line break. */
  int end(int i) {
    return lines.get(i)[1];
  }

  /** Line {@code i} as read, without byte order marks. */
  String line(int i) {
    return text.substring(start(i), end(i)).replace(String.valueOf(BYTE_ORDER_MARK), "");
  }

  /** Line {@code i} of the body: the line as read, with what is not body blanked. */
  String bodyLine(int i) {
    return new String(body, start(i), end(i) - start(i));
  }

  /** The text from {@code start} to the end of its line. */
  String restOfLine(int start) {
    int end = start;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return text.substring(start, end);
  }

  boolean masked(int i) {
    return masked[i];
  }

  /** Takes the whole of line {@code i} out of the body. */
  void mask(int i) {
    masked[i] = true;
    maskRange(start(i), end(i));
  }

  /** Blanks the characters from {@code from} to {@code to} in the body, line ends kept. */
  void maskRange(int from, int to) {
    for (int k = from; k < to; k++) {
      if (body[k] != '\n' && body[k] != '\r') {
        body[k] = ' ';
      }
    }
  }

  /** Puts a line break into the body at {@code offset}, so that the words on either side are no one sentence. */
  void breakAt(int offset) {
    body[offset] = '\n';
  }

  /** The line that holds {@code offset}. */
  int lineAt(int offset) {
    for (int i = 0; i < lines.size(); i++) {
      if (offset <= lines.get(i)[1]) {
        return i;
      }
    }
    return lines.size() - 1;
  }

  /** The last line with content at or before {@code from}, or -1 when there is none or it is masked. */
  int previousContent(int from) {
    for (int i = from; i >= 0; i--) {
      if (!line(i).isBlank()) {
        return masked[i] ? -1 : i;
      }
    }
    return -1;
  }

  /** The first unmasked line with content at or after {@code from}, or -1. */
  int nextContent(int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!masked[i] && !line(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  /** The offset of the first visible character from {@code from} to {@code to}, or -1. */
  int firstContent(int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (!Character.isWhitespace(c) && c != BYTE_ORDER_MARK && c != '\u00a0') {
        return k;
      }
    }
    return -1;
  }
}
