package org.newsfacet.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Stream;

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
  /** Enough of a stream's start to see past a byte order mark and white space to its first sign. */
  private static final int SNIFF_BYTES = 4096;
  /** The largest article (a file, or a line of JSON Lines) read; a larger one is skipped, not loaded. */
  static final int MAX_ARTICLE_BYTES = 32 << 20;

  private ArticleReader() {}

  /**
   * Reads a file or a directory tree; the stream must be closed to release open files.
   *
   * @param path a file or a folder
   * @return the items, lazily, in name order
   */
  public static Stream<Item> read(Path path) {
    return read(path, path.toString());
  }

  /**
   * Reads each argument as a path, and {@code -} as the given standard input.
   *
   * @param args paths as the user gave them
   * @param stdin what {@code -} reads
   * @return the items of every argument, in argument order
   */
  public static Stream<Item> read(List<String> args, InputStream stdin) {
    return concat(args.iterator(), arg -> {
      if (arg.equals(STDIN)) {
        return read(STDIN, stdin);
      }
      try {
        return read(Path.of(arg), arg);
      } catch (InvalidPathException e) {
        return Stream.of(new Item.Skipped(arg, "not a valid path here: " + e.getReason()));
      }
    });
  }

  /**
   * How many items {@link #read(List, InputStream)} gives for these arguments, counted without
   * reading an article: one a file of one article (or a directory that cannot be read), one a
   * line that is not blank in a JSON Lines file. A progress report's total: JSON Lines are
   * scanned for line ends only, far faster than their articles are extracted.
   *
   * @param args paths as the user gave them
   * @return the count, or empty when an argument is standard input, which cannot be counted ahead
   */
  public static OptionalLong count(List<String> args) {
    long n = 0;
    for (String arg : args) {
      if (arg.equals(STDIN)) {
        return OptionalLong.empty();
      }
      Path path;
      try {
        path = Path.of(arg);
      } catch (InvalidPathException e) {
        n++;
        continue;
      }
      if (Files.isDirectory(path)) {
        for (Walk walk = new Walk(path); walk.hasNext(); ) {
          Entry e = walk.next();
          long items = e.problem() != null ? 1 : count(e.path(), Format.ofExtension(e.path()).orElseThrow());
          if (items < 0) {
            return OptionalLong.empty();
          }
          n += items;
        }
      } else {
        long items = count(path, Format.ofExtension(path).orElse(Format.TEXT));
        if (items < 0) {
          return OptionalLong.empty();
        }
        n += items;
      }
    }
    return OptionalLong.of(n);
  }

  /**
   * The items of one file: its lines that are not blank for JSON Lines (one at least), else one;
   * -1 for a JSON Lines pipe or device, which only the reader may read: counting it would take its lines.
   */
  private static long count(Path file, Format format) {
    if (format != Format.JSON_LINES) {
      return 1;
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      return -1;
    }
    long lines = 0;
    boolean content = false;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        for (int i = 0; i < read; i++) {
          byte b = buffer[i];
          if (b == '\n' || b == '\r') { // the reader ends a line at either
            lines += content ? 1 : 0;
            content = false;
          } else if (b != ' ' && b != '\t') {
            content = true;
          }
        }
      }
    } catch (IOException e) {
      return 1; // read as one item, skipped with its reason
    }
    return Math.max(1, lines + (content ? 1 : 0)); // an empty file is one item, skipped
  }

  /**
   * Reads one unnamed stream, guessing from its first bytes whether it holds plain text, JSON
   * Lines or HTML. JSON Lines stream through one line at a time, so a feed piped in is indexed as
   * it arrives; a text or HTML article is read whole.
   *
   * @param source what the items are named after ({@code -} for standard input)
   * @param in the bytes to read; closed with the returned stream
   * @return the items, lazily
   */
  public static Stream<Item> read(String source, InputStream in) {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    Format format;
    try {
      format = sniff(buffered);
    } catch (IOException e) {
      return Stream.of(new Item.Skipped(source, "cannot read: " + e.getMessage()));
    }
    if (format == Format.JSON_LINES) {
      return JsonLines.read(source, buffered);
    }
    try {
      byte[] bytes = buffered.readNBytes(MAX_ARTICLE_BYTES + 1);
      if (bytes.length > MAX_ARTICLE_BYTES) {
        return Stream.of(new Item.Skipped(source, tooLarge(bytes.length)));
      }
      return Stream.of(format == Format.HTML ? HtmlPage.read(source, bytes) : text(source, bytes));
    } catch (IOException e) {
      return Stream.of(new Item.Skipped(source, "cannot read: " + e.getMessage()));
    }
  }

  /**
   * The format of a stream from its first sign: reads only up to the first byte that is not white
   * space or a byte order mark, so that a feed piped in is not held back waiting for more.
   */
  private static Format sniff(BufferedInputStream in) throws IOException {
    in.mark(SNIFF_BYTES);
    try {
      for (int n = 0; n < SNIFF_BYTES; n++) {
        int b = in.read();
        if (b < 0) {
          return Format.TEXT;
        }
        if (b == '{') {
          return Format.JSON_LINES;
        }
        if (b == '<') {
          return Format.HTML;
        }
        boolean bom = b == 0xEF || b == 0xBB || b == 0xBF;
        if (!bom && !Character.isWhitespace(b)) {
          return Format.TEXT;
        }
      }
      return Format.TEXT;
    } finally {
      in.reset();
    }
  }

  static String tooLarge(long bytes) {
    return String.format(java.util.Locale.ROOT, "too large: %,d bytes; an article may have %,d at most", bytes, MAX_ARTICLE_BYTES);
  }

  /**
   * Reads one article of plain text from bytes: UTF-8, or the encoding a byte order mark names or
   * a detector recognises (see {@link Item.Loaded#encoding()}).
   *
   * @param source what the item is named after
   * @param bytes the whole article
   * @return the loaded article, or a skipped item when the bytes are not text
   */
  public static Item text(String source, byte[] bytes) {
    try {
      Decoding.Decoded decoded = Decoding.decodeAny(bytes);
      return new Item.Loaded(RawArticle.of(source, decoded.text()), List.of(), decoded.encoding());
    } catch (Decoding.BadInput e) {
      return new Item.Skipped(source, e.getMessage());
    }
  }

  /**
   * Reads a file or a directory tree, naming its items after {@code shown} rather than the path
   * (as {@code extract} names them after the argument the user typed).
   *
   * @param path a file or a folder
   * @param shown the name that sources start with in place of the path
   * @return the items, lazily, in name order
   */
  public static Stream<Item> read(Path path, String shown) {
    if (Files.isDirectory(path)) {
      return concat(new Walk(path), entry -> entry.problem() != null
          ? Stream.of(new Item.Skipped(joined(shown, path, entry.path()), entry.problem()))
          : readFile(entry.path(), joined(shown, path, entry.path()), Format.ofExtension(entry.path()).orElseThrow()));
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
      if (format == Format.JSON_LINES) {
        InputStream in = Files.newInputStream(file);
        return JsonLines.read(shown, in).onClose(() -> closeQuietly(in));
      }
      // Not Files.readAllBytes: a pipe or /dev/stdin has no size, and a huge file must not be loaded.
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes(MAX_ARTICLE_BYTES + 1);
      }
      if (bytes.length > MAX_ARTICLE_BYTES) {
        return Stream.of(new Item.Skipped(shown, tooLarge(Math.max(bytes.length, sizeOf(file)))));
      }
      return Stream.of(format == Format.HTML ? HtmlPage.read(shown, bytes) : text(shown, bytes));
    } catch (NoSuchFileException e) {
      return Stream.of(new Item.Skipped(shown, "no such file or directory"));
    } catch (AccessDeniedException e) {
      return Stream.of(new Item.Skipped(shown, "permission denied"));
    } catch (IOException e) {
      return Stream.of(new Item.Skipped(shown, "cannot read: " + e.getMessage()));
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
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
   * The items of each source in turn, opened one at a time. {@code Stream.flatMap} would do the
   * same for {@code forEach}, but its {@code iterator()} buffers each inner stream whole: a JSON
   * Lines feed would be read to its end before its first article reached the index.
   */
  private static <T> Stream<Item> concat(Iterator<T> sources, Function<T, Stream<Item>> open) {
    final class Chain extends Lookahead<Item> {
      private Stream<Item> current;
      private Iterator<Item> inner = Collections.emptyIterator();

      @Override
      protected Item computeNext() {
        while (!inner.hasNext()) {
          close();
          if (!sources.hasNext()) {
            return null;
          }
          current = open.apply(sources.next());
          inner = current.iterator();
        }
        return inner.next();
      }

      void close() {
        if (current != null) {
          current.close();
          current = null;
        }
      }
    }
    Chain chain = new Chain();
    return chain.stream().onClose(chain::close);
  }

  /**
   * Depth-first walk in name order that lists one directory at a time, so that a tree of a
   * million files never sits in memory at once.
   */
  /** A file found by the walk, or a directory it could not read and why. */
  private record Entry(Path path, String problem) {}

  private static final class Walk extends Lookahead<Entry> {
    private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
    /** Real paths of the directories entered, so that a link back up the tree is not followed again. */
    private final java.util.Set<Path> entered = new java.util.HashSet<>();
    private final Deque<Entry> problems = new ArrayDeque<>();

    Walk(Path root) {
      enter(root);
    }

    private void enter(Path dir) {
      try {
        Path real = dir.toRealPath();
        if (entered.add(real)) {
          try (Stream<Path> entries = Files.list(dir)) {
            stack.push(entries.sorted().toList().iterator());
          }
        } else {
          Path parent = dir.getParent() == null ? null : dir.getParent().toRealPath();
          boolean loop = parent != null && parent.startsWith(real);
          problems.add(new Entry(dir, (loop ? "symbolic link loop: leads back to " : "the same directory as ") + real
              + ", already read; not followed"));
        }
      } catch (AccessDeniedException e) {
        problems.add(new Entry(dir, "permission denied"));
      } catch (IOException | UncheckedIOException e) {
        problems.add(new Entry(dir, "cannot list the directory: " + e.getMessage()));
      }
    }

    @Override
    protected Entry computeNext() {
      while (problems.isEmpty() && !stack.isEmpty()) {
        Iterator<Path> top = stack.peek();
        if (!top.hasNext()) {
          stack.pop();
          continue;
        }
        Path p = top.next();
        if (Files.isDirectory(p)) {
          enter(p);
        } else if (Format.ofExtension(p).isPresent()) {
          return new Entry(p, null);
        }
      }
      return problems.poll();
    }
  }
}
