package org.newsfacet.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsfacet.extract.Extraction;
import org.newsfacet.extract.Extractor;
import org.newsfacet.ingest.Given;
import org.newsfacet.ingest.Item;
import org.newsfacet.ingest.RawArticle;
import org.newsfacet.model.Article;

class PipelineTest {
  private static final Extractor EXTRACTOR = Extractor.standard();

  private static Item loaded(String id, String text) {
    Given given = new Given(id, null, null, null, null, null, null, List.of());
    return new Item.Loaded(new RawArticle(id + ".txt", text, given), List.of());
  }

  /** Collects what is written, by id. */
  private static class Collecting implements Pipeline.Sink {
    final Map<String, Article> written = new ConcurrentHashMap<>();
    final AtomicInteger writes = new AtomicInteger();

    @Override
    public void write(Extraction extraction) {
      writes.incrementAndGet();
      written.put(extraction.article().id(), extraction.article());
    }
  }

  @Test
  void everyArticleIsWrittenOnceAndTheLaterVersionOfAnIdWins() throws IOException {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      items.add(loaded("a" + i, "Title " + i + "\n\nThe council met on Monday and approved " + i + " new homes.\n"));
    }
    items.add(loaded("a7", "Homes approved\n\nThe council met again and approved 1,234 more homes.\n"));
    Collecting sink = new Collecting();
    Pipeline.Result r = Pipeline.run(items.stream(), EXTRACTOR, 4, sink, Pipeline.Listener.NONE);
    assertEquals(200, sink.written.size());
    assertEquals(1234, sink.written.get("a7").figures().get(0).low(), "the later version, whichever thread ends first");
    assertTrue(sink.writes.get() <= 201, "each version written once at most: " + sink.writes.get());
    assertEquals(201, r.processed());
    assertTrue(r.skipped().isEmpty());
  }

  @Test
  void skippedItemsAndFailedArticlesAreReportedAndTheRestIsWritten() throws IOException {
    List<Item> items = List.of(loaded("ok1", "One\n\nA ferry sailed.\n"), new Item.Skipped("bad.bin", "not text"),
        loaded("boom", "Two\n\nA bridge opened.\n"), loaded("ok2", "Three\n\nA road closed.\n"));
    Collecting sink = new Collecting() {
      @Override
      public void write(Extraction extraction) {
        if (extraction.article().id().equals("boom")) {
          throw new IllegalStateException("cannot store this one");
        }
        super.write(extraction);
      }
    };
    List<String> heard = new ArrayList<>();
    Pipeline.Result r = Pipeline.run(items.stream(), EXTRACTOR, 2, sink, new Pipeline.Listener() {
      @Override
      public void skipped(Item.Skipped item) {
        heard.add(item.source());
      }
    });
    assertEquals(Map.of("ok1", true, "ok2", true),
        Map.of("ok1", sink.written.containsKey("ok1"), "ok2", sink.written.containsKey("ok2")));
    assertEquals(2, r.skipped().size(), r.skipped()::toString);
    assertTrue(heard.containsAll(List.of("bad.bin", "boom.txt")), heard::toString);
    assertTrue(r.skipped().stream().anyMatch(s -> s.reason().contains("cannot store this one")), r.skipped()::toString);
  }

  @Test
  void aFailureOfTheSinkStopsTheRunAndIsThrownAfterTheArticlesInFlight() {
    IOException full = new IOException("disk full");
    AtomicInteger attempts = new AtomicInteger();
    Pipeline.Sink failing = extraction -> {
      attempts.incrementAndGet();
      throw full;
    };
    Stream<Item> many = IntStream.range(0, 10_000).mapToObj(i -> loaded("x" + i, "T\n\nText " + i + ".\n"));
    IOException thrown = assertThrows(IOException.class,
        () -> Pipeline.run(many, EXTRACTOR, 2, failing, Pipeline.Listener.NONE));
    assertSame(full, thrown);
    assertTrue(attempts.get() < 10_000, "reading stopped early: " + attempts.get());
  }

  @Test
  void aFatalRuntimeFailureIsThrownNotSkipped() {
    Pipeline.Sink closed = new Pipeline.Sink() {
      @Override
      public void write(Extraction extraction) {
        throw new IllegalStateException("the writer is closed");
      }

      @Override
      public boolean fatal(Throwable failure) {
        return true;
      }
    };
    assertThrows(IllegalStateException.class,
        () -> Pipeline.run(Stream.of(loaded("a", "T\n\nText.\n")), EXTRACTOR, 1, closed, Pipeline.Listener.NONE));
  }
}
