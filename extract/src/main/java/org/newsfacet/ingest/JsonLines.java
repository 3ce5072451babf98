package org.newsfacet.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsfacet.internal.Dates;

/**
 * JSON Lines input: one article per line, {@code text} required, {@code id}, {@code url},
 * {@code title}, {@code published}, {@code outlet} and {@code agency} optional.
 *
 * <p>Lines are split on raw bytes and decoded one at a time, so that a line of broken UTF-8 or
 * bad JSON skips that line only and a file of any size streams through in constant memory.
 */
final class JsonLines {
  /** Trailing tokens fail: two objects on one line are a malformed line, not one article silently lost. */
  private static final ObjectMapper MAPPER = com.fasterxml.jackson.databind.json.JsonMapper.builder()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  /** Marks a line longer than an article may be; its bytes are not kept. */
  private static final byte[] TOO_LONG = new byte[0];
  private static final List<String> OPTIONAL_FIELDS = List.of("id", "url", "title", "published", "outlet", "agency"); // not words: JSON fields

  private JsonLines() {}

  static Stream<Item> read(String source, InputStream in) {
    Lookahead<Item> items = new Lookahead<>() {
      private final Lines lines = new Lines(in);
      private int lineNumber;
      private boolean sawLine;
      private boolean ended;

      @Override
      protected Item computeNext() {
        while (!ended) {
          byte[] line = readLine();
          if (line == null) {
            ended = true;
            return sawLine ? null : new Item.Skipped(source, "empty: no JSON lines");
          }
          lineNumber++;
          if (line == TOO_LONG) {
            sawLine = true;
            return new Item.Skipped(source + "#" + lineNumber, ArticleReader.tooLarge(tooLongBytes()));
          }
          Item item = parse(source + "#" + lineNumber, line, lineNumber == 1);
          if (item != null) {
            sawLine = true;
            return item;
          }
        }
        return null;
      }

      private long tooLongBytes() {
        return lines.tooLongBytes;
      }

      /** The next line's bytes, ended by LF, CR LF or a lone CR; null at the end. */
      private byte[] readLine() {
        try {
          return lines.next();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + source, e);
        }
      }
    };
    return items.stream();
  }

  /**
   * Splits a stream into lines of raw bytes, scanning a buffer rather than reading byte by byte; a
   * line longer than an article may be is read through but not kept ({@link #TOO_LONG}).
   */
  private static final class Lines {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean afterCr;
    long tooLongBytes;

    Lines(InputStream in) {
      this.in = in;
    }

    /** The next line, or null at the end of the stream. */
    byte[] next() throws IOException {
      byte[] line = new byte[256];
      int kept = 0;
      long length = 0;
      boolean any = false;
      while (true) {
        if (position == limit) {
          limit = in.read(buffer, 0, buffer.length);
          position = 0;
          if (limit <= 0) {
            limit = 0;
            if (!any) {
              return null;
            }
            break;
          }
        }
        if (afterCr) {
          afterCr = false;
          if (buffer[position] == '\n') {
            position++; // CR LF ends one line
            continue;
          }
        }
        any = true;
        int end = position;
        while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
          end++;
        }
        int n = end - position;
        long room = ArticleReader.MAX_ARTICLE_BYTES - length;
        int keep = (int) Math.max(0, Math.min(n, room));
        if (keep > 0) {
          if (kept + keep > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, kept + keep));
          }
          System.arraycopy(buffer, position, line, kept, keep);
          kept += keep;
        }
        length += n;
        position = end;
        if (end < limit) {
          afterCr = buffer[end] == '\r';
          position++;
          break;
        }
      }
      if (length > ArticleReader.MAX_ARTICLE_BYTES) {
        tooLongBytes = length;
        return TOO_LONG;
      }
      return Arrays.copyOf(line, kept);
    }
  }

  /** One line into an item; null for a blank line, which is no article and no error. */
  static Item parse(String source, byte[] bytes, boolean first) {
    String line;
    try {
      line = Decoding.decode(bytes);
    } catch (Decoding.BadInput e) {
      if (e.getMessage().startsWith("empty")) {
        return null;
      }
      return new Item.Skipped(source, e.getMessage());
    }
    if (first && line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JacksonException e) {
      return new Item.Skipped(source, "malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return new Item.Skipped(source, "not a JSON object");
    }
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      return new Item.Skipped(source, "no 'text' field");
    }
    if (!text.isTextual()) {
      return new Item.Skipped(source, "field 'text' is not a string");
    }
    if (Decoding.isBlank(text.asText())) {
      return new Item.Skipped(source, "field 'text' is empty");
    }
    List<String> warnings = new ArrayList<>();
    String[] values = new String[OPTIONAL_FIELDS.size()];
    for (int i = 0; i < values.length; i++) {
      String field = OPTIONAL_FIELDS.get(i);
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        continue;
      }
      if (value.isTextual() || (field.equals("id") && value.isNumber())) {
        values[i] = value.asText();
      } else {
        warnings.add("field '" + field + "' is not a string; ignored");
      }
    }
    LocalDate published = null;
    if (values[3] != null) {
      published = Dates.parseMetadataDate(values[3]);
      if (published == null) {
        warnings.add("field 'published' is not a date: '" + values[3] + "'; ignored");
      }
    }
    Given given = new Given(values[0], values[1], values[2], published, values[4], values[5], null, List.of());
    return new Item.Loaded(new RawArticle(source, text.asText(), given), warnings);
  }
}
