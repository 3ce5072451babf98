package org.newsfacet.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decoding of article bytes (UTF-8 strictly; a byte order mark's UTF-16 or UTF-32; else the charset
 * a detector recognises), binary detection, and the text hash that gives articles their ids.
 */
public final class Decoding {
  private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");
  /** What a text in a legacy encoding most often is when the detector cannot tell: Western European. */
  private static final Charset FALLBACK = Charset.forName("windows-1252");
  /** How much of a text the UTF-16 test and the detector look at. */
  private static final int SAMPLE_BYTES = 64 << 10;
  /** A text in UTF-16 has a zero byte in this share of its halves, at least, when it is mostly Latin script. */
  private static final double UTF16_ZERO_SHARE = 0.3;
  /** ... and almost none in the other halves. */
  private static final double UTF16_OTHER_SHARE = 0.02;

  private Decoding() {}

  /** Runs of white space (Unicode's, as Python's str.split sees it) to one space, ends trimmed. */
  private static String foldWhitespace(String t) {
    StringBuilder b = new StringBuilder(t.length());
    boolean pending = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c <= ' ' ? (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)) : (c >= 0x80 && isUnicodeSpace(c))) {
        pending = !b.isEmpty();
      } else {
        if (pending) {
          b.append(' ');
          pending = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isUnicodeSpace(char c) {
    return WHITESPACE.matcher(String.valueOf(c)).matches();
  }

  /** Why bytes could not be read as article text. */
  static final class BadInput extends Exception {
    BadInput(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * Decodes UTF-8 strictly. The text keeps everything a plain UTF-8 decoder keeps (a byte order
   * mark, CR LF line ends), so offsets into it match what any other reader of the file computes.
   */
  static String decode(byte[] bytes) throws BadInput {
    if (looksBinary(bytes)) {
      throw new BadInput("binary file, not text");
    }
    return strict(bytes, StandardCharsets.UTF_8);
  }

  /**
   * Text in any encoding and the charset it was read in: the one a byte order mark names (UTF-8,
   * UTF-16 or UTF-32, the mark kept as the text's first character, as UTF-8's is); UTF-16 without
   * a mark, by its zero bytes; UTF-8 when the bytes are valid UTF-8; else the charset a detector
   * recognises (windows-1251, ISO-8859-7, Shift_JIS...), and windows-1252 when it cannot tell.
   *
   * @param text the text
   * @param charset the charset it was read in
   */
  record Decoded(String text, Charset charset) {
    /** The charset's name when it is not UTF-8, for the run's summary; null for UTF-8. */
    String encoding() {
      return charset.equals(StandardCharsets.UTF_8) ? null : charset.name();
    }
  }

  /** Decodes text that declares no charset (see {@link Decoded}). */
  static Decoded decodeAny(byte[] bytes) throws BadInput {
    Charset marked = unicode(bytes);
    if (marked != null) {
      return new Decoded(strict(bytes, marked), marked);
    }
    if (looksBinary(bytes)) {
      throw new BadInput("binary file, not text");
    }
    Charset charset = detect(bytes);
    if (charset.equals(StandardCharsets.UTF_8)) {
      return new Decoded(strict(bytes, charset), charset);
    }
    String text = new String(bytes, charset); // a legacy charset maps (nearly) every byte: nothing to report
    if (isBlank(text)) {
      throw new BadInput("empty: no text");
    }
    return new Decoded(text, charset);
  }

  /**
   * The Unicode encoding that a byte order mark names, or that UTF-16's zero bytes show; null
   * for anything else. UTF-32's marks are tested before UTF-16's, which they begin with.
   */
  static Charset unicode(byte[] b) {
    if (b.length >= 4 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0) {
      return Charset.forName("UTF-32LE");
    }
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF) {
      return Charset.forName("UTF-32BE");
    }
    if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    int n = Math.min(b.length, SAMPLE_BYTES) & ~1;
    if (n < 4) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenZeros += b[i] == 0 ? 1 : 0;
      oddZeros += b[i + 1] == 0 ? 1 : 0;
    }
    double pairs = n / 2.0;
    if (oddZeros >= UTF16_ZERO_SHARE * pairs && evenZeros <= UTF16_OTHER_SHARE * pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros >= UTF16_ZERO_SHARE * pairs && oddZeros <= UTF16_OTHER_SHARE * pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * UTF-8 when the bytes are valid UTF-8, or hold UTF-8's multi-byte sequences among invalid
   * bytes (broken UTF-8, which strict decoding then reports); else what the detector recognises;
   * else windows-1252.
   */
  static Charset detect(byte[] bytes) {
    if (validUtf8(bytes) || hasUtf8Sequences(bytes)) {
      return StandardCharsets.UTF_8;
    }
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, Math.min(bytes.length, SAMPLE_BYTES));
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    if (name == null) {
      return FALLBACK;
    }
    try {
      Charset found = Charset.forName(name);
      // ISO-8859-1 is read as its superset windows-1252, whose quotation marks and dashes news text uses.
      return found.equals(StandardCharsets.ISO_8859_1) || found.equals(StandardCharsets.US_ASCII) ? FALLBACK : found;
    } catch (IllegalArgumentException e) {
      return FALLBACK; // a charset this Java does not have
    }
  }

  /**
   * True when the bytes hold a two- or three-byte UTF-8 sequence: a legacy single-byte text
   * almost never does ("Ã©" is the rare exception), a UTF-8 text with a stray byte nearly always.
   */
  private static boolean hasUtf8Sequences(byte[] b) {
    int n = Math.min(b.length, SAMPLE_BYTES);
    for (int i = 0; i + 1 < n; i++) {
      int lead = b[i] & 0xFF;
      boolean two = lead >= 0xC2 && lead <= 0xDF && continuation(b[i + 1]);
      boolean three = lead >= 0xE0 && lead <= 0xEF && i + 2 < n && continuation(b[i + 1]) && continuation(b[i + 2]);
      if (two || three) {
        return true;
      }
    }
    return false;
  }

  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  private static boolean validUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Decodes strictly in {@code charset}: a byte sequence it does not allow is an error that says where. */
  private static String strict(byte[] bytes, Charset charset) throws BadInput {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    String name = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
    try {
      CharBuffer out = decoder.decode(in);
      String text = out.toString();
      if (isBlank(text)) {
        throw new BadInput("empty: no text");
      }
      return text;
    } catch (MalformedInputException e) {
      throw new BadInput("invalid " + name + " at byte " + in.position());
    } catch (CharacterCodingException e) {
      throw new BadInput("invalid " + name + ": " + e.getMessage());
    }
  }

  /** True for text with nothing but white space and byte order marks. */
  static boolean isBlank(String text) {
    return text.replace("\uFEFF", "").isBlank();
  }

  /** A NUL byte, or many control characters, in the first few kilobytes means binary data. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return n > 0 && control * 10 > n;
  }

  /**
   * The stable id of an article without one: the first 16 hex digits of the SHA-256 of its text
   * normalised (byte order mark dropped, line ends and runs of white space folded to one space,
   * Unicode NFC), so that the same article saved with other line ends keeps its id.
   *
   * @param text the article text as read
   * @return 16 lower-case hex digits
   */
  public static String textId(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (!Normalizer.isNormalized(t, Normalizer.Form.NFC)) {
      t = Normalizer.normalize(t, Normalizer.Form.NFC);
    }
    t = foldWhitespace(t);
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(t.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
