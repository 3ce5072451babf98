package org.newsfacet.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentReader;

/**
 * The checksum check of an index's segments on open: every file of every segment read whole and
 * its checksum compared with the one Lucene wrote, so that a damaged index is said to be damaged
 * instead of answering from broken data. A segment's files never change once written, so a
 * segment is checked once while its files keep their size and time; the folder keeps the list
 * of checked segments in a small file of its own (where it can be written).
 */
final class Checksums {
  /** The list of checked segments in the index folder; Lucene leaves files not named like its own alone. */
  static final String RECORD = "newsfacet-checked.txt";

  private Checksums() {}

  /** Verifies the segments of the reader's commit not checked before; throws Lucene's CorruptIndexException on a mismatch. */
  static void verify(Path folder, DirectoryReader reader) throws IOException {
    Path record = folder.resolve(RECORD);
    Set<String> checked = new HashSet<>();
    if (Files.isRegularFile(record)) {
      try {
        checked.addAll(Files.readAllLines(record, StandardCharsets.UTF_8));
      } catch (IOException e) {
        checked.clear(); // an unreadable list checks everything again
      }
    }
    List<String> now = new ArrayList<>();
    boolean checkedAny = false;
    for (LeafReaderContext leaf : reader.leaves()) {
      if (!(FilterLeafReader.unwrap(leaf.reader()) instanceof SegmentReader segment)) {
        leaf.reader().checkIntegrity();
        continue;
      }
      String key = key(folder, segment.getSegmentInfo());
      if (!checked.contains(key)) {
        segment.checkIntegrity();
        checkedAny = true;
      }
      now.add(key);
    }
    if (checkedAny || now.size() != checked.size()) {
      remember(record, now);
    }
  }

  /** The segment's name and each of its files with size and time: any change to a file checks it again. */
  private static String key(Path folder, SegmentCommitInfo info) throws IOException {
    StringBuilder b = new StringBuilder(info.info.name);
    for (String file : new java.util.TreeSet<>(info.files())) {
      Path p = folder.resolve(file);
      b.append('\t').append(file).append(' ').append(Files.size(p)).append(' ')
          .append(Files.getLastModifiedTime(p).toMillis());
    }
    return b.toString();
  }

  private static void remember(Path record, List<String> keys) {
    Path temp = record.resolveSibling(RECORD + ".tmp");
    try {
      Files.write(temp, keys, StandardCharsets.UTF_8);
      Files.move(temp, record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | UnsupportedOperationException e) {
      // A read-only folder, or a full disk: the next open checks again, which costs time, not correctness.
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // Nothing more to do: the temporary file is ours and harmless.
      }
    }
  }
}
