package org.newsfacet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsfacet.testing.TestData;

/**
 * Word lists live in the English lexicon's resource files, never inline in Java: this fails on a
 * collection of three or more lower-case words ({@code Set.of("said", "told", "added")}) or a
 * regular-expression alternation of three or more words ({@code (?:said|told|added)}) in the main
 * sources of any module. Strings that are not English words (JSON field names, HTML tags) are let
 * through by a comment on their line that says so: {@code // not words: JSON fields}.
 */
class WordListsTest {
  private static final String WORD = "\"[a-z][a-z'\\- ]*\"";
  private static final Pattern COLLECTION = Pattern.compile(
      "\\b(?:Set|List|Map)\\.of(?:Entries)?\\(\\s*(?:" + WORD + "\\s*,\\s*){2,}" + WORD);
  /** Three or more alternatives of three or more letters: "st|nd|rd|th" is morphology, not a word list. */
  private static final Pattern ALTERNATION = Pattern.compile("\\((?:\\?:)?(?:[a-z]+\\|)+[a-z]+\\)");
  /**
   * A string literal, its loop unrolled: a run of plain characters is matched without recursion,
   * so a long string (or a quote that a comment leaves open) cannot overflow the matcher's stack.
   */
  private static final Pattern STRING = Pattern.compile("\"[^\"\\\\]*(?:\\\\.[^\"\\\\]*)*\"");

  @Test
  void noWordListIsWrittenInJava() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TestData.root())) {
      files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/"))
          .sorted()
          .forEach(p -> found.addAll(wordLists(p)));
    }
    assertEquals(List.of(), found, "word lists written in Java: move them to a list under "
        + "extract/src/main/resources/org/newsfacet/english/ read through org.newsfacet.internal.English");
  }

  private static List<String> wordLists(Path file) {
    String source;
    try {
      source = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> out = new ArrayList<>();
    Matcher c = COLLECTION.matcher(source);
    while (c.find()) {
      report(out, file, source, c.start(), c.group());
    }
    Matcher s = STRING.matcher(source);
    while (s.find()) {
      Matcher a = ALTERNATION.matcher(s.group());
      while (a.find()) {
        if (Stream.of(a.group().replaceAll("[()?:]", "").split("\\|")).filter(w -> w.length() >= 3).count() >= 3) {
          report(out, file, source, s.start(), a.group());
        }
      }
    }
    return out;
  }

  private static void report(List<String> out, Path file, String source, int at, String what) {
    int lineStart = source.lastIndexOf('\n', at) + 1;
    int lineEnd = source.indexOf('\n', at);
    if (source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd).contains("// not words:")) {
      return;
    }
    int line = (int) source.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
    out.add(TestData.root().relativize(file) + ":" + line + ": " + (what.length() > 60 ? what.substring(0, 60) + "…" : what));
  }
}
