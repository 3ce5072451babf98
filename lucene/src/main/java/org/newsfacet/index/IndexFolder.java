package org.newsfacet.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The folder an index lives in: whether it holds a Newsfacet index, of which schema version, and
 * opening its directory for reading or writing, with the checks and messages a user needs when the
 * folder is something else.
 */
final class IndexFolder {
  /** The commit's user data key of the schema version. */
  static final String SCHEMA_KEY = "newsfacet.schema";
  /** Bumped whenever fields or facet dimensions change: an older index must be rebuilt. */
  static final String SCHEMA_VERSION = "7";

  private IndexFolder() {}

  /** True when {@code path} is a folder that holds a committed index (of any schema version). */
  static boolean exists(Path path) {
    if (!Files.isDirectory(path)) {
      return false;
    }
    try (Directory directory = FSDirectory.open(path)) {
      return DirectoryReader.indexExists(directory);
    } catch (IOException e) {
      return false;
    }
  }

  /** The directory of an existing index of this schema, for reading; the caller closes it. */
  static Directory openForReading(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      throw new NoSuchFileException(path.toString(), null, "no index folder");
    }
    Directory directory = FSDirectory.open(path);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IOException(path + " holds no index");
      }
      checkSchema(path, directory);
      return directory;
    } catch (IOException e) {
      directory.close();
      throw e.getMessage() != null && e.getMessage().endsWith("holds no index") ? e : IndexFault.of(path, e);
    } catch (RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * A writer on the index in this folder, creating the folder and the index when missing or empty;
   * the directory is wrapped by {@code storage} (tests use it to fail writes).
   */
  static IndexWriter openForWriting(Path path, double ramBufferMb, UnaryOperator<Directory> storage)
      throws IOException {
    if (Files.exists(path) && !Files.isDirectory(path)) {
      throw new IOException(path + " is a file, not an index folder");
    }
    try {
      Files.createDirectories(path);
    } catch (IOException e) {
      throw IndexFault.of(path, e);
    }
    Directory directory = storage.apply(FSDirectory.open(path));
    try {
      boolean isIndex = DirectoryReader.indexExists(directory);
      if (!isIndex && Arrays.stream(directory.listAll()).anyMatch(f -> !isLuceneFile(f))) {
        throw new IOException(path + " holds other files and no index; give an empty or new folder");
      }
      if (isIndex) {
        checkSchema(path, directory);
      }
      IndexWriter writer = new IndexWriter(directory, writerConfig(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(ramBufferMb));
      if (!isIndex) {
        // An empty first commit marks the folder as a Newsfacet index at once, so that a run
        // killed before its first periodic commit can simply be run again.
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA_VERSION).entrySet());
        writer.commit();
      }
      return writer;
    } catch (IOException e) {
      directory.close();
      throw e.getMessage() != null && e.getMessage().startsWith(path + " ") ? e : IndexFault.of(path, e);
    } catch (RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Deletes the files no commit refers to: opening a writer does that, and rolling it back keeps
   * the last commit as it was. Failing here loses nothing; the next run's writer does the same.
   */
  static void removeUncommitted(Path path) {
    try (Directory dir = FSDirectory.open(path)) {
      new IndexWriter(dir, writerConfig(IndexWriterConfig.OpenMode.APPEND)).rollback();
    } catch (IOException | RuntimeException e) {
      // The disk may still be full or the folder gone: the leftovers go with the next run's writer.
    }
  }

  private static IndexWriterConfig writerConfig(IndexWriterConfig.OpenMode mode) {
    return new IndexWriterConfig(Schema.analyzer())
        .setOpenMode(mode)
        // Stored records are JSON, which compresses well: the index stays smaller than the text.
        .setCodec(new Lucene104Codec(Lucene104Codec.Mode.BEST_COMPRESSION));
  }

  /**
   * Files Lucene leaves in a folder whose first commit never happened (a run killed earlier than
   * this version made its first commit): the folder is still ours to take over.
   */
  private static boolean isLuceneFile(String name) {
    return name.equals("write.lock") || name.startsWith("_") || name.startsWith("pending_segments");
  }

  private static void checkSchema(Path path, Directory directory) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      Checksums.verify(path, reader);
      String version = reader.getIndexCommit().getUserData().get(SCHEMA_KEY);
      if (version == null) {
        throw new IOException(path + " is a Lucene index, but not a Newsfacet index");
      }
      if (!version.equals(SCHEMA_VERSION)) {
        throw new IOException(path + " has Newsfacet index schema " + version + "; this version reads "
            + SCHEMA_VERSION + ": index the articles again into a new folder");
      }
    }
  }
}
