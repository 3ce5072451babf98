package org.newsfacet.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The parameters of a request's query string, decoded, each named once. */
final class Parameters {
  /** A request the server cannot read: answered 400 with the message. */
  static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message);
    }
  }

  private final Map<String, String> values;

  private Parameters(Map<String, String> values) {
    this.values = values;
  }

  /** Reads {@code a=1&b=x%20y}; a parameter given twice or badly encoded is a bad request. */
  static Parameters of(String rawQuery) {
    Map<String, String> values = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        if (values.putIfAbsent(name, value) != null) {
          throw new BadRequest("the parameter " + name + " is given twice");
        }
      }
    }
    return new Parameters(values);
  }

  private static String decode(String s) {
    try {
      return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new BadRequest("the query string is not well encoded: " + e.getMessage());
    }
  }

  /** The value, or the default when it is absent. */
  String get(String name, String otherwise) {
    return values.getOrDefault(name, otherwise);
  }

  /** A whole number of at least zero, or the default. */
  int count(String name, int otherwise) {
    String v = values.get(name);
    if (v == null || v.isBlank()) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < 0) {
        throw new BadRequest(name + " must not be negative");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequest(name + "=" + v + " is no whole number");
    }
  }

  /** {@code true}, {@code false}, or present without a value (true); absent gives false. */
  boolean flag(String name) {
    String v = values.get(name);
    if (v == null) {
      return false;
    }
    return switch (v.strip().toLowerCase(Locale.ROOT)) {
      case "", "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw new BadRequest(name + "=" + v + " is neither true nor false");
    };
  }
}
