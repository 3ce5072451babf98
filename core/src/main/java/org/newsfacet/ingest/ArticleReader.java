package org.newsfacet.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads articles from files, directories and streams, lazily, one {@link Item} per article.
 *
 * <p>Directories are walked recursively in name order and yield their {@code .txt},
 * {@code .jsonl} and {@code .html}/{@code .htm} files; a file named explicitly is read by its
 * extension, and as plain text when it has none of those. A problem with one item (a missing
 * file, binary data, broken UTF-8, a malformed JSON line) becomes an {@link Item.Skipped} and
 * reading goes on with the next.
 *
 * <pre>{@code
 * try (Stream<Item> items = ArticleReader.read(Path.of("articles"))) {
 *   items.forEach(item -> ...);
 * }
 * }</pre>
 */
public final class ArticleReader {
  /** The source name for standard input. */
  public static final String STDIN = "-";

  private ArticleReader() {}

  /** Reads a file or a directory tree; the stream must be closed to release open files. */
  public static Stream<Item> read(Path path) {
    return read(path, path.toString());
  }

  /**
   * Reads each argument as a path, and {@code -} as the given standard input.
   *
   * @param args paths as the user gave them
   * @param stdin what {@code -} reads
   */
  public static Stream<Item> read(List<String> args, InputStream stdin) {
    return args.stream().flatMap(arg -> arg.equals(STDIN) ? read(STDIN, stdin) : read(Path.of(arg), arg));
  }

  /** Reads one unnamed stream, guessing whether it holds plain text, JSON Lines or HTML. */
  public static Stream<Item> read(String source, InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      return Stream.of(new Item.Skipped(source, "cannot read: " + e.getMessage()));
    }
    return switch (Format.sniff(bytes)) {
      case JSON_LINES -> JsonLines.read(source, new java.io.ByteArrayInputStream(bytes));
      case HTML -> Stream.of(HtmlPage.read(source, bytes));
      case TEXT -> Stream.of(text(source, bytes));
    };
  }

  /** Reads one article of plain text from bytes, checking that they are text in UTF-8. */
  public static Item text(String source, byte[] bytes) {
    try {
      return new Item.Loaded(RawArticle.of(source, Decoding.decode(bytes)), List.of());
    } catch (Decoding.BadInput e) {
      return new Item.Skipped(source, e.getMessage());
    }
  }

  private static Stream<Item> read(Path path, String shown) {
    if (Files.isDirectory(path)) {
      Stream<Path> files = StreamSupport.stream(
          Spliterators.spliteratorUnknownSize(new Walk(path), Spliterator.ORDERED | Spliterator.NONNULL), false);
      return files.flatMap(file -> readFile(file, joined(shown, path, file),
          Format.ofExtension(file).orElseThrow()));
    }
    if (!Files.exists(path)) {
      return Stream.of(new Item.Skipped(shown, "no such file or directory"));
    }
    return readFile(path, shown, Format.ofExtension(path).orElse(Format.TEXT));
  }

  /** The source name of a file found under a directory: the directory as given, then the rest. */
  private static String joined(String shown, Path dir, Path file) {
    String rest = dir.relativize(file).toString();
    return shown.endsWith("/") || shown.endsWith(java.io.File.separator) ? shown + rest
        : shown + java.io.File.separator + rest;
  }

  private static Stream<Item> readFile(Path file, String shown, Format format) {
    try {
      if (!Files.isRegularFile(file)) {
        return Stream.of(new Item.Skipped(shown, "not a regular file"));
      }
      if (format == Format.JSON_LINES) {
        InputStream in = Files.newInputStream(file);
        return JsonLines.read(shown, in).onClose(() -> closeQuietly(in));
      }
      byte[] bytes = Files.readAllBytes(file);
      return Stream.of(format == Format.HTML ? HtmlPage.read(shown, bytes) : text(shown, bytes));
    } catch (NoSuchFileException e) {
      return Stream.of(new Item.Skipped(shown, "no such file or directory"));
    } catch (AccessDeniedException e) {
      return Stream.of(new Item.Skipped(shown, "permission denied"));
    } catch (IOException e) {
      return Stream.of(new Item.Skipped(shown, "cannot read: " + e.getMessage()));
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // Nothing left to read from it; a failed close loses nothing.
    }
  }

  /**
   * Depth-first walk in name order that lists one directory at a time, so that a tree of a
   * million files never sits in memory at once.
   */
  private static final class Walk implements Iterator<Path> {
    private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
    private Path next;

    Walk(Path root) {
      stack.push(list(root));
    }

    @Override
    public boolean hasNext() {
      while (next == null && !stack.isEmpty()) {
        Iterator<Path> top = stack.peek();
        if (!top.hasNext()) {
          stack.pop();
          continue;
        }
        Path p = top.next();
        if (Files.isDirectory(p)) {
          stack.push(list(p));
        } else if (Format.ofExtension(p).isPresent()) {
          next = p;
        }
      }
      return next != null;
    }

    @Override
    public Path next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Path p = next;
      next = null;
      return p;
    }

    private static Iterator<Path> list(Path dir) {
      try (Stream<Path> entries = Files.list(dir)) {
        return entries.sorted().toList().iterator();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + dir, e);
      }
    }
  }
}
