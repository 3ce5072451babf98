package org.newsfacet.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacet.extract.Extractor;
import org.newsfacet.ingest.RawArticle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexFaultTest {
  @TempDir
  Path tmp;

  /** A disk that fills up on demand: every write then fails as a full disk does. */
  private static final class FillingDirectory extends FilterDirectory {
    final AtomicBoolean full = new AtomicBoolean();

    FillingDirectory(Directory in) {
      super(in);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      check();
      IndexOutput out = super.createOutput(name, context);
      return new IndexOutput(out.toString(), name) {
        @Override
        public void writeByte(byte b) throws IOException {
          check();
          out.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
          check();
          out.writeBytes(b, offset, length);
        }

        @Override
        public long getFilePointer() {
          return out.getFilePointer();
        }

        @Override
        public long getChecksum() throws IOException {
          return out.getChecksum();
        }

        @Override
        public void close() throws IOException {
          out.close();
        }
      };
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
      check();
      return super.createTempOutput(prefix, suffix, context);
    }

    private void check() throws IOException {
      if (full.get()) {
        throw new FileSystemException(getDelegate().toString(), null, "No space left on device");
      }
    }
  }

  private static RawArticle article(int n) {
    return RawArticle.of("a" + n + ".txt", "OSLO (Reuters) - Ferry number " + n + " left the harbour on time, "
        + "the operator said, and " + (100 + n) + " passengers were on board.\n");
  }

  @Test
  void aFullDiskNamesItsCauseAndLeavesTheLastCommitReadableWithoutLeftovers() throws IOException {
    Path folder = tmp.resolve("idx");
    FillingDirectory[] disk = new FillingDirectory[1];
    NewsIndex index = NewsIndex.open(folder, IndexSettings.defaults(), Extractor.standard(),
        d -> disk[0] = new FillingDirectory(d));
    for (int n = 0; n < 10; n++) {
      index.add(article(n));
    }
    index.commit();
    disk[0].full.set(true);
    IndexFault fault = assertThrows(IndexFault.class, () -> {
      for (int n = 10; n < 30; n++) {
        index.add(article(n));
      }
      index.commit();
    });
    assertEquals(IndexFault.Kind.DISK_FULL, fault.kind());
    assertTrue(fault.getMessage().contains("is full (No space left on device): free some space"), fault.getMessage());
    try {
      index.close(); // may say the same again: the writer is closed
    } catch (IndexFault again) {
      assertEquals(IndexFault.Kind.DISK_FULL, again.kind());
    }
    disk[0].full.set(false);

    try (NewsIndex again = NewsIndex.openReadOnly(folder)) {
      assertEquals(10, again.stats().articles());
    }
    Set<String> referenced = new HashSet<>();
    try (Directory d = FSDirectory.open(folder)) {
      referenced.addAll(SegmentInfos.readLatestCommit(d).files(true));
    }
    try (Stream<Path> files = Files.list(folder)) {
      Set<String> left = new HashSet<>(files.map(f -> f.getFileName().toString()).toList());
      left.removeAll(referenced);
      left.remove("write.lock");
      left.remove(Checksums.RECORD);
      assertEquals(Set.of(), left, "files the last commit does not need");
    }
  }

  @Test
  void eachKindOfStorageFailureIsNamedWithWhatToDo() {
    Path idx = Path.of("news-index");
    assertEquals(IndexFault.Kind.READ_ONLY, IndexFault.of(idx, new FileSystemException("news-index/_0.fdt", null,
        "Read-only file system")).kind());
    IndexFault denied = IndexFault.of(idx, new UncheckedIOException(new AccessDeniedException("news-index/segments_2")));
    assertEquals(IndexFault.Kind.PERMISSION, denied.kind());
    assertTrue(denied.getMessage().startsWith("permission denied on news-index/segments_2"), denied.getMessage());
    IndexFault locked = IndexFault.of(idx, new LockObtainFailedException("Lock held by this virtual machine"));
    assertEquals(IndexFault.Kind.LOCKED, locked.kind());
    assertTrue(locked.getMessage().contains("in use by another process"), locked.getMessage());
    IndexFault quota = IndexFault.of(idx, new IOException("write failed", new IOException("Disk quota exceeded")));
    assertEquals(IndexFault.Kind.DISK_FULL, quota.kind());
  }

  @Test
  void overwrittenBytesInAStoredFieldsFileAreFoundOnOpenAndByCheck() throws IOException {
    Path folder = tmp.resolve("idx");
    try (NewsIndex index = NewsIndex.open(folder)) {
      for (int n = 0; n < 50; n++) {
        index.add(article(n));
      }
    }
    assertTrue(IndexCheck.run(folder, false).clean());
    Path stored;
    try (Stream<Path> files = Files.list(folder)) {
      stored = files.filter(f -> f.toString().endsWith(".fdt") || f.toString().endsWith(".cfs"))
          .max(java.util.Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(stored);
    for (int k = 0; k < 8; k++) {
      bytes[bytes.length / 2 + k] ^= (byte) 0x5A;
    }
    Files.write(stored, bytes);

    IndexFault fault = assertThrows(IndexFault.class, () -> NewsIndex.openReadOnly(folder).close());
    assertEquals(IndexFault.Kind.CORRUPT, fault.kind());
    assertTrue(fault.getMessage().contains("newsfacet check --index"), fault.getMessage());
    assertFalse(fault.getMessage().contains("BufferedChecksumIndexInput"), fault.getMessage());
    IndexCheck check = IndexCheck.run(folder, false);
    assertFalse(check.clean());
    assertEquals(1, check.broken().size(), check::toString);
  }

  @Test
  void aDamagedSegmentsFileIsNamedAsDamage() throws IOException {
    Path folder = tmp.resolve("idx");
    try (NewsIndex index = NewsIndex.open(folder)) {
      index.add(article(1));
    }
    Path segments;
    try (Stream<Path> files = Files.list(folder)) {
      segments = files.filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(segments);
    bytes[bytes.length / 2] ^= (byte) 0x5A;
    Files.write(segments, bytes);
    IndexFault fault = assertThrows(IndexFault.class, () -> NewsIndex.openReadOnly(folder).close());
    assertEquals(IndexFault.Kind.CORRUPT, fault.kind());
    assertFalse(IndexCheck.run(folder, false).readable());
  }
}
