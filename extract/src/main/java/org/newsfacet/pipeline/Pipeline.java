package org.newsfacet.pipeline;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsfacet.extract.Extraction;
import org.newsfacet.extract.Extractor;
import org.newsfacet.ingest.Item;
import org.newsfacet.model.Article;

/**
 * Read, extract, write: the indexing pipeline every backend shares (the embedded Lucene index, the
 * benchmark, a search cluster). Items are read in order on the calling thread and extracted on
 * {@code threads} threads, with at most a few articles per thread in memory whatever the input's
 * size. An article that fails to extract, or that the sink refuses, is skipped with its reason; a
 * failure the sink calls fatal (a full disk, a closed index), any checked exception of the sink, an
 * error or an exception of the listener stops the run once the articles in flight are done.
 *
 * <p>The same id twice in one run (an updated article later in a feed) is written once, as its
 * later version, whichever thread finishes first.
 */
public final class Pipeline {
  /** Articles in memory per extraction thread, waiting or in work. */
  private static final int IN_FLIGHT_PER_THREAD = 4;
  private static final int ID_LOCKS = 64;

  private Pipeline() {}

  /** Where extracted articles go. Called from several threads, never twice at once for one id. */
  public interface Sink {
    /**
     * Writes one article's extraction, replacing any earlier version with its id.
     *
     * @param extraction the article's extraction
     * @throws IOException when the write failed; it stops the run
     */
    void write(Extraction extraction) throws IOException;

    /**
     * True when {@code failure}, an unchecked exception thrown while one article was written, means
     * the sink can take no more (its writer failed), so the run must stop rather than skip that
     * article. A checked exception of {@link #write} always stops the run.
     *
     * @param failure what the write threw
     * @return true to stop the run, false to skip the article and go on
     */
    default boolean fatal(Throwable failure) {
      return false;
    }
  }

  /** Hears what happens to each item, one call at a time, for progress and messages. */
  public interface Listener {
    /** Hears nothing. */
    Listener NONE = new Listener() {};

    /**
     * An article was extracted and written (or passed over for a later version of its id in the same run).
     *
     * @param article the record written
     */
    default void indexed(Article article) {}

    /**
     * An item was skipped, with the reason.
     *
     * @param item the item, with its reason
     */
    default void skipped(Item.Skipped item) {}

    /**
     * An item was written despite a problem with one of its fields.
     *
     * @param source the item's source
     * @param message what was wrong, in words a user understands
     */
    default void warned(String source, String message) {}
  }

  /** Work done on one loaded item, on one of the pipeline's threads. */
  @FunctionalInterface
  public interface Task {
    /**
     * Hears the item as it is read, on the reading thread, in the input's order, before any thread
     * works on it; {@code sequence} counts the loaded items from 1.
     *
     * @param item the item read
     * @param sequence the item's place among the loaded ones, from 1
     */
    default void read(Item.Loaded item, long sequence) {}

    /**
     * Does the work; an exception stops the whole run.
     *
     * @param item the item to work on
     * @param sequence the item's place among the loaded ones, from 1
     * @throws IOException to stop the run
     */
    void run(Item.Loaded item, long sequence) throws IOException;
  }

  /**
   * What a run did.
   *
   * @param processed the articles extracted and handed to the sink (or passed over for a later
   *     version of the same id)
   * @param skipped the items read but not written, with their reasons, in the order they were found out
   */
  public record Result(long processed, List<Item.Skipped> skipped) {
    /** Copies the list. */
    public Result {
      skipped = List.copyOf(skipped);
    }
  }

  /**
   * Extracts every loaded item with {@code extractor} and writes it to {@code sink}; reports every
   * skipped one. Throws what stopped the run: the sink's fatal failure, an exception of the reader
   * or the listener, an error, or an interruption ({@link java.io.InterruptedIOException}).
   *
   * @param items the input, as the reader yields it; read to the end, left for the caller to close
   * @param extractor the extraction to run on every loaded item
   * @param threads how many threads extract at once, at least 1
   * @param sink where extractions go
   * @param listener what hears of each written, skipped or warned item
   * @return how many articles were written, and the items skipped
   * @throws IOException a checked failure of the sink, or an interruption
   */
  public static Result run(Stream<Item> items, Extractor extractor, int threads, Sink sink, Listener listener)
      throws IOException {
    Objects.requireNonNull(extractor, "extractor");
    Objects.requireNonNull(sink, "sink");
    Listener heard = serialized(Objects.requireNonNull(listener, "listener"));
    AtomicLong processed = new AtomicLong();
    List<Item.Skipped> skipped = new ArrayList<>();
    // Each id is numbered as it is read; a write happens under the id's lock and only for its latest
    // number, so that an earlier version never overwrites a later one.
    Map<String, Long> latest = new ConcurrentHashMap<>();
    Object[] locks = new Object[ID_LOCKS];
    Arrays.setAll(locks, k -> new Object());
    forEach(items, threads, new Task() {
      @Override
      public void read(Item.Loaded loaded, long sequence) {
        latest.put(Extractor.id(loaded.article()), sequence);
      }

      @Override
      public void run(Item.Loaded loaded, long sequence) throws IOException {
        loaded.warnings().forEach(w -> heard.warned(loaded.source(), w));
        Extraction extraction;
        try {
          extraction = extractor.extract(loaded.article());
        } catch (RuntimeException | StackOverflowError e) {
          skip(loaded, "extraction failed: " + e);
          return;
        }
        extraction.faults().forEach(f -> heard.warned(loaded.source(), f));
        String id = extraction.article().id(); // the id read() recorded: Extractor.id gives both
        try {
          synchronized (locks[Math.floorMod(id.hashCode(), locks.length)]) {
            if (Long.valueOf(sequence).equals(latest.get(id))) {
              sink.write(extraction);
              latest.remove(id, sequence);
            }
          }
        } catch (RuntimeException | StackOverflowError e) {
          if (sink.fatal(e)) {
            throw e;
          }
          skip(loaded, "not written: " + e);
          return;
        }
        processed.incrementAndGet();
        heard.indexed(extraction.article());
      }

      private void skip(Item.Loaded loaded, String reason) {
        Item.Skipped failed = new Item.Skipped(loaded.source(), reason);
        synchronized (skipped) {
          skipped.add(failed);
        }
        heard.skipped(failed);
      }
    }, s -> {
      synchronized (skipped) {
        skipped.add(s);
      }
      heard.skipped(s);
    });
    synchronized (skipped) {
      return new Result(processed.get(), skipped);
    }
  }

  /**
   * The bounded parallel loop under {@link #run}: hands every loaded item to {@code task} on
   * {@code threads} threads, every skipped one to {@code skipped} on the calling thread, with at most
   * a few items per thread in memory. The first exception a task throws stops the reading; the
   * items in flight finish (interrupting them could leave a writer closed for good), then it is
   * thrown here.
   *
   * @param items the input, as the reader yields it; left for the caller to close
   * @param threads how many threads run the task at once, at least 1
   * @param task the work on each loaded item
   * @param skipped what hears of each skipped item
   * @throws IOException the first checked exception a task threw, or an interruption
   */
  public static void forEach(Stream<Item> items, int threads, Task task,
      Consumer<Item.Skipped> skipped) throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "newsfacet-extract");
      t.setDaemon(true);
      return t;
    });
    Semaphore inFlight = new Semaphore(threads * IN_FLIGHT_PER_THREAD);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    long sequence = 0;
    try {
      for (Item item : (Iterable<Item>) items::iterator) {
        if (failure.get() != null) {
          break;
        }
        switch (item) {
          case Item.Loaded loaded -> {
            inFlight.acquire();
            long number = ++sequence;
            task.read(loaded, number);
            pool.execute(() -> {
              try {
                task.run(loaded, number);
              } catch (Throwable t) {
                failure.compareAndSet(null, t);
              } finally {
                inFlight.release();
              }
            });
          }
          case Item.Skipped s -> skipped.accept(s);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure.compareAndSet(null, new InterruptedIOException("indexing was interrupted"));
    } finally {
      drain(pool);
    }
    Throwable failed = failure.get();
    if (failed instanceof IOException io) {
      throw io;
    } else if (failed instanceof RuntimeException re) {
      throw re;
    } else if (failed instanceof Error error) {
      throw error;
    } else if (failed != null) {
      throw new IOException(failed);
    }
  }

  /** Waits for the work in flight to finish, however often the waiting thread is interrupted. */
  private static void drain(ExecutorService pool) {
    pool.shutdown();
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The listener, called by one thread at a time. */
  private static Listener serialized(Listener listener) {
    return new Listener() {
      @Override
      public synchronized void indexed(Article article) {
        listener.indexed(article);
      }

      @Override
      public synchronized void skipped(Item.Skipped item) {
        listener.skipped(item);
      }

      @Override
      public synchronized void warned(String source, String message) {
        listener.warned(source, message);
      }
    };
  }
}
