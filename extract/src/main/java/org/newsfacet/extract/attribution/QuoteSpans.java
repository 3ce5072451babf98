package org.newsfacet.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfacet.internal.English;

/**
 * Finds quotation marks and pairs them: “…”, „…“, «…», ‘…’, "…" and ''…''. A quotation left open
 * at the end of its paragraph continues when the next paragraph opens again, runs to the end of
 * the text when nothing follows, and ends with its paragraph otherwise. Quotations inside a
 * quotation are part of it.
 */
final class QuoteSpans {
  private enum Kind { CURLY, LOW, GUILLEMET, SINGLE, STRAIGHT }

  /** Words written with a leading apostrophe that opens nothing: ‘Tis, rock ‘n’ roll, let ‘em know. */
  private static final Set<String> ELISIONS = English.words("elisions");

  private QuoteSpans() {}

  /** The characters that open or close a quotation. */
  private static boolean isMark(char c) {
    return c == '"' || c == '\'' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '‘' || c == '’';
  }

  static List<Span> find(String body) {
    List<Span> out = new ArrayList<>();
    Kind open = null;
    int openStart = -1;
    int start = -1;
    int depth = 0; // quotations inside a curly quotation: “he said “never again” and left”
    int n = body.length();
    for (int i = 0; i < n; i++) {
      char c = body.charAt(i);
      if (c != '\n' && !isMark(c)) {
        continue; // most characters: nothing to decide
      }
      if (c == '\n' && open != null) {
        int next = nextContent(body, i);
        if (next < 0) {
          out.add(new Span(openStart, start, trimEnd(body, start, n), trimEnd(body, start, n)));
          open = null;
          break;
        }
        if (body.charAt(next) == '\n') {
          continue;
        }
        int mark = markLength(body, next, open);
        if (mark > 0) {
          i = next + mark - 1; // the quotation goes on in the next paragraph
          continue;
        }
        int end = trimEnd(body, start, i);
        out.add(new Span(openStart, start, end, end));
        open = null;
        continue;
      }
      boolean wordBefore = i > 0 && !Character.isWhitespace(body.charAt(i - 1));
      boolean letterAfter = i + 1 < n && Character.isLetterOrDigit(body.charAt(i + 1));
      boolean spaceAfter = i + 1 >= n || Character.isWhitespace(body.charAt(i + 1));
      if ((c == '"' || c == '\'') && i > 0 && Character.isDigit(body.charAt(i - 1))) {
        continue; // 12"-wide, 5'10": inches and feet, not quotation marks
      }
      if (open != null && opens(body, i, open) && afterSentenceEnd(body, i, start)) {
        // A quotation left open: it ends with its first sentence, the writer having lost the closing mark.
        int end = trimEnd(body, start, firstSentenceEnd(body, start, i));
        out.add(new Span(openStart, start, end, end));
        open = null;
        depth = 0;
      }
      if (open == null) {
        Kind k = switch (c) {
          case '“' -> Kind.CURLY;
          case '„' -> Kind.LOW;
          case '«' -> Kind.GUILLEMET;
          case '‘' -> spaceAfter || elision(body, i + 1) ? null : Kind.SINGLE;
          case '"' -> spaceAfter ? null : Kind.STRAIGHT;
          case '\'' -> !wordBefore && i + 1 < n && body.charAt(i + 1) == '\'' && i + 2 < n
              && !Character.isWhitespace(body.charAt(i + 2)) ? Kind.STRAIGHT : null;
          default -> null;
        };
        if (k != null) {
          open = k;
          depth = 0; // nothing the last quotation left open counts inside this one
          openStart = i;
          start = i + (c == '\'' ? 2 : 1);
          i = start - 1;
        }
        continue;
      }
      if (open == Kind.CURLY && c == '“' && depth == 0 && i > start && ",.?!".indexOf(body.charAt(i - 1)) >= 0
          && (i + 1 == n || Character.isWhitespace(body.charAt(i + 1)))) {
        out.add(new Span(openStart, start, i, i + 1)); // “It's unusual,“ said …: a closing mark typed as an opening one
        open = null;
        continue;
      }
      if (open == Kind.CURLY && c == '“') {
        depth++;
        continue;
      }
      if (open == Kind.CURLY && c == '”' && depth > 0) {
        depth--;
        continue;
      }
      int closeLength = switch (open) {
        // “…" : web text often closes a curly quotation with a straight mark
        case CURLY -> c == '”' || c == '"' && wordBefore && !letterAfter ? 1 : 0;
        case LOW -> c == '“' || c == '”' ? 1 : 0;
        case GUILLEMET -> c == '»' ? 1 : 0;
        case SINGLE -> c == '’' && wordBefore && !letterAfter && !pluralPossessive(body, i) ? 1 : 0;
        case STRAIGHT -> c == '"' ? 1 : c == '\'' && i + 1 < n && body.charAt(i + 1) == '\'' ? 2 : 0;
      };
      if (closeLength > 0 && i > start) {
        out.add(new Span(openStart, start, i, i + closeLength));
        open = null;
        i += closeLength - 1;
      }
    }
    if (open != null) {
      int end = trimEnd(body, start, n);
      out.add(new Span(openStart, start, end, end));
    }
    return out;
  }

  /** ‘90s, ‘Tis, ‘em: an apostrophe for missing letters, not an opening mark. */
  private static boolean elision(String body, int i) {
    if (i < body.length() && Character.isDigit(body.charAt(i))) {
      return true;
    }
    int e = i;
    while (e < body.length() && Character.isLetter(body.charAt(e))) {
      e++;
    }
    return e > i && ELISIONS.contains(body.substring(i, e).toLowerCase(Locale.ROOT))
        && (e >= body.length() || !Character.isLetter(body.charAt(e)));
  }

  /** "the workers’ patience": s and an apostrophe before a lower-case word is a plural possessive. */
  private static boolean pluralPossessive(String body, int i) {
    return i > 0 && (body.charAt(i - 1) == 's' || body.charAt(i - 1) == 'S') && i + 2 < body.length()
        && body.charAt(i + 1) == ' ' && Character.isLowerCase(body.charAt(i + 2));
  }

  /** A mark that opens a quotation of the open one's style, written as an opening mark is. */
  private static boolean opens(String body, int i, Kind open) {
    char c = body.charAt(i);
    boolean spaceBefore = i == 0 || Character.isWhitespace(body.charAt(i - 1));
    boolean wordAfter = i + 1 < body.length() && !Character.isWhitespace(body.charAt(i + 1));
    return switch (open) {
      case CURLY -> c == '“' || c == '„';
      case LOW -> c == '„'; // “ closes a „ quotation
      case GUILLEMET -> c == '«';
      case SINGLE -> false;
      case STRAIGHT -> c == '"' && spaceBefore && wordAfter;
    };
  }

  private static int firstSentenceEnd(String body, int from, int to) {
    for (int k = from; k < to - 1; k++) {
      char c = body.charAt(k);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(body.charAt(k + 1))) {
        return k + 1;
      }
    }
    return to;
  }

  /** True when the text before {@code i} (within the open quotation) ends a sentence: ". “Next". */
  private static boolean afterSentenceEnd(String body, int i, int quoteStart) {
    int k = i - 1;
    while (k > quoteStart && Character.isWhitespace(body.charAt(k))) {
      k--;
    }
    return k > quoteStart && (body.charAt(k) == '.' || body.charAt(k) == '!' || body.charAt(k) == '?');
  }

  /** The length of an opening mark of the same style at {@code i} that continues a quotation; 0 for none. */
  private static int markLength(String body, int i, Kind open) {
    char c = body.charAt(i);
    return switch (open) {
      case CURLY, LOW -> c == '“' || c == '„' ? 1 : 0;
      case GUILLEMET -> c == '«' ? 1 : 0;
      case SINGLE -> c == '‘' ? 1 : 0;
      case STRAIGHT -> c == '"' ? 1 : c == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'' ? 2 : 0;
    };
  }

  /** The first character of the next line with content after {@code i}, -1 at the end of the text. */
  private static int nextContent(String body, int i) {
    int j = i + 1;
    while (j < body.length() && Character.isWhitespace(body.charAt(j)) && body.charAt(j) != '\n') {
      j++;
    }
    if (j < body.length() && body.charAt(j) == '\n') {
      // blank lines between paragraphs
      while (j < body.length() && Character.isWhitespace(body.charAt(j))) {
        j++;
      }
    }
    return j >= body.length() ? -1 : j;
  }

  private static int trimEnd(String body, int from, int to) {
    int end = to;
    while (end > from && Character.isWhitespace(body.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
