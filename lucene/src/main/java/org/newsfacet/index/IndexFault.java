package org.newsfacet.index;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * A failure of the index's storage, named by its cause (the disk is full, the file system is
 * read-only, permission is denied, another process holds the index, the index is damaged) with
 * what to do about it, instead of the words of whichever layer noticed it first.
 */
public final class IndexFault extends IOException {
  private static final long serialVersionUID = 1L;

  /** What went wrong with the index's storage. */
  public enum Kind {
    /** The disk (or the user's quota) has no room left. */
    DISK_FULL,
    /** The file system holding the index cannot be written. */
    READ_ONLY,
    /** The operating system denies access to the index's folder or files. */
    PERMISSION,
    /** Another process is writing the index. */
    LOCKED,
    /** The index's files are damaged: a checksum, a header or a file does not match what was committed. */
    CORRUPT,
    /** Any other input or output error. */
    OTHER
  }

  /** What went wrong; kept with the message when the fault is serialized. */
  private final Kind kind;

  private IndexFault(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /**
   * What went wrong.
   *
   * @return the cause, by kind: what a program may act on (a full disk, a lock, damage)
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The fault behind {@code failure} on the index at {@code index}: its cause found, named and explained.
   *
   * @param index the index's folder, named in the message
   * @param failure what a layer below threw
   * @return {@code failure} itself when it is already a fault, else a new fault with it as cause
   */
  public static IndexFault of(Path index, Throwable failure) {
    if (failure instanceof IndexFault fault) {
      return fault;
    }
    for (Throwable t : chain(failure)) {
      String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (text.contains("no space left on device") || text.contains("disk quota exceeded")
          || text.contains("not enough space")) {
        return new IndexFault(Kind.DISK_FULL, "the disk holding the index " + index + " is full (" + reason(t)
            + "): free some space and run the same command again; the index still holds what its last commit "
            + "held, and the articles after it are indexed again without duplicates", failure);
      }
      if (t instanceof FileSystemException fs && String.valueOf(fs.getReason()).toLowerCase(Locale.ROOT)
          .contains("read-only file system")) {
        return new IndexFault(Kind.READ_ONLY, "the index " + index + " is on a read-only file system: index into a "
            + "folder on a writable disk (query and stats read it without writing)", failure);
      }
      if (t instanceof LockObtainFailedException) {
        return new IndexFault(Kind.LOCKED, "the index " + index + " is in use by another process that is adding to "
            + "it (it holds write.lock): wait for that run to end, or give another --index folder; query and stats "
            + "work meanwhile", failure);
      }
      if (t instanceof AccessDeniedException denied) {
        return new IndexFault(Kind.PERMISSION, "permission denied on " + denied.getFile() + ": give this user the "
            + "right to read (and, for index, to write) the index folder " + index + " and its files", failure);
      }
      if (t instanceof CorruptIndexException || t instanceof IndexFormatTooOldException
          || t instanceof IndexFormatTooNewException || t instanceof EOFException) {
        return new IndexFault(Kind.CORRUPT, "the index " + index + " is damaged (" + reason(t) + "): run "
            + "'newsfacet check --index " + index + "' to see what is broken and what can be done", failure);
      }
    }
    for (Throwable t : chain(failure)) {
      if (t instanceof NoSuchFileException missing && missing.getFile() != null
          && missing.getFile().startsWith(index.toString())) {
        return new IndexFault(Kind.CORRUPT, "the index " + index + " is damaged: a file of its last commit is missing ("
            + Path.of(missing.getFile()).getFileName() + "): run 'newsfacet check --index " + index + "'", failure);
      }
    }
    return new IndexFault(Kind.OTHER, "cannot use the index " + index + ": " + reason(failure), failure);
  }

  /** The failure and its causes and suppressed exceptions, outermost first, each once. */
  private static Iterable<Throwable> chain(Throwable failure) {
    Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Deque<Throwable> todo = new ArrayDeque<>();
    java.util.List<Throwable> out = new java.util.ArrayList<>();
    todo.add(failure);
    while (!todo.isEmpty()) {
      Throwable t = todo.poll();
      if (t == null || !seen.add(t)) {
        continue;
      }
      out.add(t);
      if (t.getCause() != null) {
        todo.add(t.getCause());
      }
      todo.addAll(java.util.List.of(t.getSuppressed()));
    }
    return out;
  }

  /** A cause in a few words: the operating system's reason, else the first line of the message. */
  private static String reason(Throwable t) {
    if (t instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    if (t instanceof CorruptIndexException c) {
      // Lucene's resource description is a chain of stream wrappers; the file's name is what helps.
      java.util.regex.Matcher file = java.util.regex.Pattern.compile("path=\"([^\"]+)\"").matcher(
          String.valueOf(c.getResourceDescription()));
      String in = file.find() ? " in " + Path.of(file.group(1)).getFileName() : "";
      return c.getOriginalMessage().lines().findFirst().orElse("") + in;
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
