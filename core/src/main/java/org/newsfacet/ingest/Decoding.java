package org.newsfacet.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.regex.Pattern;

/** Strict UTF-8 decoding, binary detection and the text hash that gives articles their ids. */
public final class Decoding {
  private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

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
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      CharBuffer out = decoder.decode(in);
      String text = out.toString();
      if (isBlank(text)) {
        throw new BadInput("empty: no text");
      }
      return text;
    } catch (MalformedInputException e) {
      throw new BadInput("invalid UTF-8 at byte " + in.position());
    } catch (CharacterCodingException e) {
      throw new BadInput("invalid UTF-8: " + e.getMessage());
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
