package org.newsfacet.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * What Lucene's CheckIndex finds in an index: every file's checksum and every segment's
 * structure read, with the segments that are broken and what they hold.
 *
 * <pre>{@code
 * IndexCheck check = IndexCheck.run(Path.of("newsfacet-index"), false);
 * if (!check.clean()) { ... check.broken() ... }
 * }</pre>
 *
 * @param clean true when nothing is broken
 * @param readable false when no commit could be read at all (its segments file is missing or damaged)
 * @param segments how many segments the last commit has
 * @param documents how many Lucene documents (articles, quotations and figures) it holds
 * @param broken the broken segments
 * @param repaired true when the broken segments were removed, with their documents
 * @param problem what kept the commit from being read, when it was not; else null
 */
public record IndexCheck(boolean clean, boolean readable, int segments, long documents, List<Broken> broken,
    boolean repaired, String problem) {

  /**
   * One broken segment.
   *
   * @param name the segment's name
   * @param documents how many documents it holds, all lost when it is removed
   * @param problem what is wrong, as Lucene says it
   */
  public record Broken(String name, long documents, String problem) {}

  /** Validates and copies. */
  public IndexCheck {
    broken = List.copyOf(broken);
  }

  /**
   * The documents the broken segments hold.
   *
   * @return how many Lucene documents a repair removes, or removed
   */
  public long lost() {
    return broken.stream().mapToLong(Broken::documents).sum();
  }

  /**
   * Checks the index in {@code folder}; with {@code repair}, removes its broken segments (and so
   * their documents) to leave an index whose every segment is sound. Needs the index's write
   * lock: no other process may be adding to it.
   *
   * @param folder the index's folder
   * @param repair true to remove the broken segments, with their documents
   * @return what the check found, and whether it repaired
   * @throws IOException when the folder is missing, or its files cannot be read or locked
   */
  public static IndexCheck run(Path folder, boolean repair) throws IOException {
    Objects.requireNonNull(folder, "folder");
    if (!Files.isDirectory(folder)) {
      throw new java.nio.file.NoSuchFileException(folder.toString(), null, "no index folder");
    }
    try (Directory directory = FSDirectory.open(folder); CheckIndex checker = new CheckIndex(directory)) {
      checker.setInfoStream(null);
      CheckIndex.Status status = checker.checkIndex();
      if (status.missingSegments) {
        String problem = "its segments file, which lists the last commit, is missing or damaged";
        return new IndexCheck(false, false, 0, 0, List.of(), false, problem);
      }
      List<Broken> broken = new ArrayList<>();
      long documents = 0;
      for (CheckIndex.Status.SegmentInfoStatus segment : status.segmentInfos) {
        documents += segment.maxDoc;
        if (segment.error != null) {
          String why = segment.error.getMessage() == null ? segment.error.toString() : segment.error.getMessage();
          broken.add(new Broken(segment.name, segment.maxDoc, why.lines().findFirst().orElse(why)));
        }
      }
      boolean repaired = false;
      if (repair && !status.clean && !broken.isEmpty()) {
        checker.exorciseIndex(status);
        repaired = true;
      }
      return new IndexCheck(status.clean, true, status.numSegments, documents, broken, repaired, null);
    } catch (IOException e) {
      throw IndexFault.of(folder, e);
    }
  }
}
