package org.newsfacet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * The one place where text from data meets a terminal: every human-readable line the commands
 * print goes through a {@link #writer terminal writer}, which makes control characters visible
 * instead of letting them act, and every value from an article or the user goes through
 * {@link #field}, which also keeps it on one line.
 *
 * <p>A title with an escape sequence would otherwise clear the screen, recolour the output or set
 * the window title, and a line break in an id would forge lines of output. JSON output needs none
 * of this: the JSON writer escapes every control character, so it passes through unchanged.
 */
final class Terminal {
  /** Unicode's controls that reorder or hide text on screen: bidirectional marks, embeddings, isolates. */
  private static final String REORDERING = "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";
  private static final char DELETE = 0x7F;
  private static final char LAST_C1 = 0x9F;

  private Terminal() {}

  /** A value from data for one line of output: control characters, line breaks and tabs shown as escapes. */
  static String field(Object value) {
    String s = String.valueOf(value);
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\t' || c == '\r' || c == '\u2028' || c == '\u2029' || acts(c)) {
        if (out == null) {
          out = new StringBuilder(s.length() + 8).append(s, 0, i);
        }
        out.append(escape(c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  /**
   * True for a character a terminal may act on rather than show: C0 and C1 controls (escape,
   * bell, carriage return...), delete, and the marks that reorder text. Line feed and tab are
   * the commands' own layout and are decided by the caller.
   */
  static boolean acts(char c) {
    return c < ' ' && c != '\n' && c != '\t' || c >= DELETE && c <= LAST_C1 || REORDERING.indexOf(c) >= 0;
  }

  /** The visible form of a character: {@code \n}, {@code \r}, {@code \t}, {@code \x1B}, {@code \u202E}. */
  static String escape(char c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> c <= 0xFF ? String.format(Locale.ROOT, "\\x%02X", (int) c) : String.format(Locale.ROOT, "\\u%04X", (int) c);
    };
  }

  /** A writer over {@code sink} that shows every acting character as its escape (a CR LF line end stays one). */
  static TerminalWriter writer(PrintWriter sink) {
    return sink instanceof TerminalWriter already ? already : new TerminalWriter(new Filter(sink));
  }

  /**
   * Where a stream of output goes: a terminal or not (a file, a pipe, a log), and whether it may
   * be coloured there.
   *
   * @param terminal a terminal, where a progress line is redrawn in place
   * @param colour a terminal that takes colour: not when {@code NO_COLOR} is set or {@code TERM} is dumb
   */
  record Screen(boolean terminal, boolean colour) {
    /** A file or a pipe: plain lines, no colour. */
    static final Screen FILE = new Screen(false, false);

    /**
     * The screen of a stream, from whether it is a terminal and from the environment.
     *
     * @param terminal whether the stream is a terminal
     * @param env the environment, for {@code NO_COLOR} (any value but empty) and {@code TERM}
     * @return the screen
     */
    static Screen of(boolean terminal, Map<String, String> env) {
      String noColor = env.get("NO_COLOR");
      boolean colour = terminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
      return new Screen(terminal, colour);
    }
  }

  /** ANSI's select graphic rendition for bold text. */
  static final String BOLD = "1";
  /** ANSI's select graphic rendition for dim text. */
  static final String DIM = "2";

  /**
   * Prints a value from data (through {@link #field}) in a style ({@link #BOLD}, {@link #DIM}) when the
   * screen takes colour, and plainly otherwise; the style's escapes are the only ones that pass.
   */
  static void styled(PrintWriter w, Screen screen, String text, String style) {
    if (screen.colour() && w instanceof TerminalWriter t) {
      t.raw("\u001b[" + style + "m");
      t.print(field(text));
      t.raw("\u001b[0m");
    } else {
      w.print(field(text));
    }
  }

  /** Rewrites the current line (a progress line): through the writer's one raw carriage return when it has one. */
  static void redraw(PrintWriter w, String line) {
    if (w instanceof TerminalWriter t) {
      t.redraw(line);
    } else {
      w.print("\r" + field(line));
      w.flush();
    }
  }

  /** The print writer of a terminal: prints like any other, and can redraw its current line. */
  static final class TerminalWriter extends PrintWriter {
    private final Filter filter;

    private TerminalWriter(Filter filter) {
      super(filter, true);
      this.filter = filter;
    }

    /** Writes an escape sequence of this class's own (a style) as it is, past the filter. */
    void raw(String sequence) {
      flush();
      filter.raw(sequence);
    }

    /** Goes back to the start of the line and prints {@code line} over it. */
    void redraw(String line) {
      flush();
      filter.carriageReturn();
      print(field(line));
      flush();
    }
  }

  /** Escapes acting characters on their way to the sink. */
  private static final class Filter extends Writer {
    private final PrintWriter sink;
    /** A carriage return not yet written: kept when a line feed follows, shown otherwise. */
    private boolean pendingReturn;

    Filter(PrintWriter sink) {
      this.sink = sink;
    }

    @Override
    public void write(char[] chars, int off, int len) {
      int plain = off;
      for (int i = off; i < off + len; i++) {
        char c = chars[i];
        if (pendingReturn) {
          sink.write(chars, plain, i - plain);
          plain = i;
          sink.write(c == '\n' ? "\r" : "\\r");
          pendingReturn = false;
        }
        if (c == '\r' || acts(c)) {
          sink.write(chars, plain, i - plain);
          plain = i + 1;
          if (c == '\r') {
            pendingReturn = true;
          } else {
            sink.write(escape(c));
          }
        }
      }
      sink.write(chars, plain, off + len - plain);
    }

    void raw(String sequence) {
      if (pendingReturn) {
        sink.write("\\r");
        pendingReturn = false;
      }
      sink.write(sequence);
    }

    void carriageReturn() {
      if (pendingReturn) {
        sink.write("\\r");
        pendingReturn = false;
      }
      sink.write('\r');
    }

    @Override
    public void flush() {
      sink.flush();
    }

    @Override
    public void close() throws IOException {
      if (pendingReturn) {
        sink.write("\\r");
        pendingReturn = false;
      }
      sink.flush();
    }
  }
}
