package org.newsfacet.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.bloom.BloomFilterFactory;
import org.apache.lucene.codecs.bloom.BloomFilteringPostingsFormat;
import org.apache.lucene.codecs.bloom.FuzzySet;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentWriteState;
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
  static final String SCHEMA_VERSION = "8";

  /**
   * Story terms per document that a segment's Bloom filter is first sized for: generous (an
   * article carries about a hundred, its quotations and figures none), since the filter is shrunk
   * to what the terms written fill, and one too small lets most look-ups through.
   */
  private static final int STORY_TERMS_PER_DOC = 100;
  /** Terms past which a segment's Bloom filter is not made larger (about 32 MB while it is written). */
  private static final long MAX_FILTERED_TERMS = 40_000_000L;
  /** The share of absent story terms that the Bloom filter lets through to the dictionary. */
  private static final float FALSE_POSITIVES = 0.05f;

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
        .setCodec(new Lucene104Codec(Lucene104Codec.Mode.BEST_COMPRESSION) {
          @Override
          public PostingsFormat getPostingsFormatForField(String field) {
            return Schema.STORY_TERMS.equals(field) ? storyTerms(super.getPostingsFormatForField(field))
                : super.getPostingsFormatForField(field);
          }
        });
  }

  /**
   * The story terms' postings behind a Bloom filter per segment: a round of story filing looks
   * each new article's terms up in every segment, and most of them (an anchor of a passage no
   * other article has) are in none, which the filter tells without reading the terms dictionary.
   * A reader needs no setting for it: the format is recorded with the field and found by name.
   */
  private static PostingsFormat storyTerms(PostingsFormat delegate) {
    return new BloomFilteringPostingsFormat(delegate, new BloomFilterFactory() {
      @Override
      public FuzzySet getSetForField(SegmentWriteState state, FieldInfo info) {
        long expected = Math.min((long) state.segmentInfo.maxDoc() * STORY_TERMS_PER_DOC, MAX_FILTERED_TERMS);
        return FuzzySet.createOptimalSet((int) Math.max(expected, 1024), FALSE_POSITIVES);
      }

      @Override
      public boolean isSaturated(FuzzySet set, FieldInfo info) {
        return set.getSaturation() > 0.9f;
      }
    });
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
