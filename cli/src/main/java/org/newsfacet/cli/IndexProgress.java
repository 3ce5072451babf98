package org.newsfacet.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.newsfacet.index.IndexListener;
import org.newsfacet.ingest.Item;
import org.newsfacet.model.Article;

/**
 * The progress of an index run on standard error, for runs long enough to need one. On a
 * terminal, one line redrawn in place every two seconds: how many items are done of how many,
 * the rate and the time left. Elsewhere (a log file, a pipe), a plain line of its own at most
 * every ten seconds, with no carriage return and no colour, which a log keeps readable.
 */
final class IndexProgress implements IndexListener {
  /** How often a terminal's line is redrawn. */
  static final long TERMINAL_NANOS = 2_000_000_000L;
  /** How often a log gets a line: often enough to see a run is alive, seldom enough to read. */
  static final long LOG_NANOS = 10_000_000_000L;
  private static final long NO_TOTAL = -1;

  private final PrintWriter err;
  private final Terminal.Screen screen;
  private final Messages messages;
  private final LongSupplier clock;
  private final LongSupplier total;
  private final long start;
  private long lastShown;
  private long indexed;
  private long skipped;
  /** The length of the line on the terminal, so that a shorter one covers all of it. */
  private int width;
  private boolean shown;

  /**
   * A progress report.
   *
   * @param err standard error
   * @param screen what standard error is
   * @param messages where skipped items and warnings are reported
   * @param clock nanoseconds, as {@link System#nanoTime}
   * @param total how many items the run has, or a negative number while (or when) that is not known
   */
  IndexProgress(PrintWriter err, Terminal.Screen screen, Messages messages, LongSupplier clock, LongSupplier total) {
    this.err = err;
    this.screen = screen;
    this.messages = messages;
    this.clock = clock;
    this.total = total;
    this.start = clock.getAsLong();
    this.lastShown = start;
  }

  @Override
  public void indexed(Article article) {
    indexed++;
    tick();
  }

  @Override
  public void skipped(Item.Skipped item) {
    skipped++;
    end();
    messages.skipped(item);
    tick();
  }

  @Override
  public void warned(String source, String message) {
    end();
    messages.warning(source, message);
  }

  /** Ends the progress line, so that what follows starts on a line of its own. */
  void end() {
    if (shown) {
      err.println();
      err.flush();
      shown = false;
      width = 0;
    }
  }

  private void tick() {
    long now = clock.getAsLong();
    if (now - lastShown < (screen.terminal() ? TERMINAL_NANOS : LOG_NANOS)) {
      return;
    }
    lastShown = now;
    String done = done();
    String pace = pace(now);
    if (screen.terminal()) {
      // A line longer than the terminal wraps, and each redraw would leave its first row behind.
      int room = columns() - 1;
      done = done.length() > room ? done.substring(0, room) : done;
      pace = pace.substring(0, Math.max(0, Math.min(pace.length(), room - done.length() - 2)));
      String head = pace.isEmpty() ? done : done + ", ";
      Terminal.redraw(err, head);
      Terminal.styled(err, screen, pace, Terminal.DIM);
      int length = head.length() + pace.length();
      err.print(" ".repeat(Math.max(0, width - length))); // covers the end of a longer line before
      err.flush();
      width = length;
      shown = true;
    } else {
      err.println(done + ", " + pace);
      err.flush();
    }
  }

  /** The terminal's width as the shell says ({@code COLUMNS}), else 80. */
  private static int columns() {
    try {
      int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80").strip());
      return columns >= 20 ? columns : 80;
    } catch (NumberFormatException e) {
      return 80;
    }
  }

  /** "indexed 1,200 of 5,000 articles (24%)", or without the total while it is not known. */
  private String done() {
    long all = totalIfKnown();
    String of = all == NO_TOTAL ? "" : String.format(Locale.ROOT, " of %,d", all);
    String percent = all <= 0 ? "" : String.format(Locale.ROOT, " (%d%%)", items() * 100 / all);
    String skips = skipped == 0 ? "" : String.format(Locale.ROOT, ", %,d skipped", skipped);
    return String.format(Locale.ROOT, "indexed %,d%s articles%s%s", indexed, of, percent, skips);
  }

  /** "40/s, about 2 min left", or the rate alone while the total is not known. */
  private String pace(long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    double rate = items() / seconds;
    String pace = String.format(Locale.ROOT, "%,.0f/s", rate);
    long all = totalIfKnown();
    if (all == NO_TOTAL || rate <= 0) {
      return pace;
    }
    return pace + ", " + left((long) Math.ceil((all - items()) / rate));
  }

  /** The total, unless it is not known or the run has passed it (a file grew as it was read). */
  private long totalIfKnown() {
    long all = total.getAsLong();
    return all < 0 || all < items() ? NO_TOTAL : all;
  }

  private long items() {
    return indexed + skipped;
  }

  /** "about 40 s left", "about 12 min left", "about 3 h 05 min left". */
  static String left(long seconds) {
    if (seconds < 60) {
      return "about " + Math.max(1, seconds) + " s left";
    }
    long minutes = (seconds + 30) / 60;
    if (minutes < 60) {
      return "about " + minutes + " min left";
    }
    return String.format(Locale.ROOT, "about %d h %02d min left", minutes / 60, minutes % 60);
  }
}
