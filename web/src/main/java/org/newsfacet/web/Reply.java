package org.newsfacet.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsfacet.json.Json;

/** One response: status, type, body, and whether a browser may keep it. */
record Reply(int status, String contentType, byte[] body, boolean cacheable, Map<String, String> headers) {
  static final String JSON = "application/json; charset=utf-8";

  Reply {
    headers = Map.copyOf(headers);
  }

  /**
   * A JSON value, written as the command line writes it, with {@code < > &} as escapes: JSON has these
   * only inside strings, so no reader sees a difference, and no browser that guesses a type finds markup.
   */
  static Reply json(Object value) {
    return new Reply(200, JSON, bytes(value), false, Map.of());
  }

  private static byte[] bytes(Object value) {
    String json = Json.write(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** Text of a type, not to be kept. */
  static Reply text(String contentType, String text) {
    return new Reply(200, contentType, text.getBytes(StandardCharsets.UTF_8), false, Map.of());
  }

  /** {@code {"error": message, "status": status}}. */
  static Reply error(int status, String message) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("error", message);
    o.put("status", status);
    return new Reply(status, JSON, bytes(o), false, Map.of());
  }

  /** The same reply with one more header. */
  Reply header(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Reply(status, contentType, body, cacheable, more);
  }
}
