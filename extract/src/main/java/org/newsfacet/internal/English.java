package org.newsfacet.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The English lexicon: every word list that extraction and the question reader consult, one
 * resource file a list under {@code org/newsfacet/english/}, so that knowledge which grows is edited
 * there and never in Java. A list {@code name} is {@code name.txt} (one entry a line) or, for a
 * table, {@code name.tsv} (two tab-separated columns); both take blank lines and {@code #} comments.
 * Entries are kept as written: a list of lower-case words is written in lower case.
 *
 * <p>Lists are read once and shared; a missing or malformed list is a broken build and fails loudly
 * with its name. Thread-safe.
 */
public final class English {
  private static final Map<String, Set<String>> WORDS = new ConcurrentHashMap<>();
  private static final Map<String, List<String>> ENTRIES = new ConcurrentHashMap<>();
  private static final Map<String, List<String>> ROWS = new ConcurrentHashMap<>();
  private static final Map<String, Map<String, String>> TABLES = new ConcurrentHashMap<>();

  private English() {}

  /**
   * The entries of list {@code name} ({@code name.txt}) as a set.
   *
   * @param name the list's file name without its extension
   * @return an unmodifiable set, read once
   */
  public static Set<String> words(String name) {
    return WORDS.computeIfAbsent(name, n -> Set.copyOf(entries(n)));
  }

  /**
   * The entries of list {@code name} ({@code name.txt}) in the order written, repeats kept.
   *
   * @param name the list's file name without its extension
   * @return an unmodifiable list, read once
   */
  public static List<String> entries(String name) {
    return ENTRIES.computeIfAbsent(name, n -> List.copyOf(Resources.lines(English.class, path(n + ".txt"))));
  }

  /**
   * The rows of list {@code name} ({@code name.tsv}) as written, columns still tab-separated: for
   * lists of more than two columns, which their reader parses.
   *
   * @param name the list's file name without its extension
   * @return an unmodifiable list, read once
   */
  public static List<String> rows(String name) {
    return ROWS.computeIfAbsent(name, n -> List.copyOf(Resources.lines(English.class, path(n + ".tsv"))));
  }

  /**
   * Table {@code name} ({@code name.tsv}): first column to second, in the order written.
   *
   * @param name the table's file name without its extension
   * @return an unmodifiable map in file order, read once
   */
  public static Map<String, String> table(String name) {
    return TABLES.computeIfAbsent(name, n -> Resources.table(English.class, path(n + ".tsv")));
  }

  /**
   * The regular-expression alternation {@code (?:a|b|c)} of list {@code name}: each entry literal, a
   * space in it matching any run of white space, longest first so that "per cent" wins over "per".
   *
   * @param name the list's file name without its extension
   * @return a non-capturing group, ready to embed in a pattern
   */
  public static String alternation(String name) {
    return entries(name).stream().distinct()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(e -> Arrays.stream(e.split(" ", -1)).map(Pattern::quote).collect(Collectors.joining("\\s+")))
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  private static String path(String file) {
    return "/org/newsfacet/english/" + file;
  }
}
