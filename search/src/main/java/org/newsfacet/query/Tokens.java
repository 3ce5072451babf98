package org.newsfacet.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsfacet.search.QuerySyntaxException;

/** The words of a question, as the question reader sees them. */
final class Tokens {
  private Tokens() {}

  /** Words, with "quoted phrases" and field:"quoted values" kept whole, trailing ? and , dropped. */
  static List<String> of(String question) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    String q = question.strip().replace('“', '"').replace('”', '"');
    for (int i = 0; i < q.length(); i++) {
      char c = q.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        current.append(c);
      } else if (Character.isWhitespace(c) && !quoted) {
        add(out, current);
      } else {
        current.append(c);
      }
    }
    if (quoted) {
      throw new QuerySyntaxException("a quotation mark is not closed in: " + question, null);
    }
    add(out, current);
    return out;
  }

  private static void add(List<String> out, StringBuilder current) {
    String t = current.toString();
    current.setLength(0);
    if (!t.startsWith("\"")) {
      t = t.replaceAll("[?,;!]+$", "");
    }
    if (!t.isEmpty() && !unquote(t).isBlank() && !t.endsWith(":\"\"")) {
      out.add(t); // an empty quotation ("") asks for nothing
    }
  }

  /** The word in lower case, as the word lists write it. */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** The words of a "quoted phrase" without the quotation marks; any other word as it is. */
  static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
  }
}
