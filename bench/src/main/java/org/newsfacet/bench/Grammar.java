package org.newsfacet.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases composed from named lists of alternatives, read from a resource ({@code phrases.txt}):
 * "{people} {deed} {where}" picks one alternative of each rule in turn, so that a sentence is one
 * of millions and unrelated articles do not share long passages by accident.
 *
 * <p>Rules are compiled once; expanding one is a walk over arrays with one random draw per rule.
 */
final class Grammar {
  private static final String RESOURCE = "phrases.txt";
  private static final Pattern REF = Pattern.compile("\\{([a-z-]+)(\\??)}");

  /**
   * A reference to a rule inside an alternative, with the space before it (so that a rule of single
   * words costs one append) or, for an optional one that opens its alternative, the space after it.
   */
  private record Ref(int rule, boolean optional, boolean spaceBefore, boolean spaceAfter) {}

  /** Rules by id; each rule's alternatives; each alternative a sequence of literal strings and refs. */
  private final Object[][][] rules;
  /** For a rule whose alternatives are all plain words, the words; else null. */
  private final String[][] words;
  /** The same words after a space. */
  private final String[][] spacedWords;
  private final Map<String, Integer> ids;

  private Grammar(Object[][][] rules, Map<String, Integer> ids) {
    this.rules = rules;
    this.ids = ids;
    this.words = new String[rules.length][];
    this.spacedWords = new String[rules.length][];
    for (int k = 0; k < rules.length; k++) {
      if (Arrays.stream(rules[k]).allMatch(a -> a.length == 1 && a[0] instanceof String)) {
        words[k] = Arrays.stream(rules[k]).map(a -> (String) a[0]).toArray(String[]::new);
        spacedWords[k] = Arrays.stream(words[k]).map(w -> " " + w).toArray(String[]::new);
      }
    }
  }

  private static final class Bundled {
    static final Grammar GRAMMAR = load();
  }

  /** The bundled grammar of the corpus generator. */
  static Grammar bundled() {
    return Bundled.GRAMMAR;
  }

  private static Grammar load() {
    try (InputStream in = Grammar.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Compiles the rules of a grammar file; fails on a reference to no rule or a rule with no alternative. */
  static Grammar parse(List<String> lines, String name) {
    Map<String, List<String>> raw = new java.util.LinkedHashMap<>();
    List<String> current = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        current = new ArrayList<>();
        if (raw.put(line.substring(1, line.length() - 1), current) != null) {
          throw new IllegalArgumentException(name + ":" + (i + 1) + ": rule " + line + " is defined twice");
        }
      } else if (current == null) {
        throw new IllegalArgumentException(name + ":" + (i + 1) + ": an alternative before any [rule]");
      } else {
        for (String alternative : line.split(" \\| ")) {
          current.add(alternative.strip());
        }
      }
    }
    Map<String, Integer> ids = new HashMap<>();
    raw.keySet().forEach(k -> ids.put(k, ids.size()));
    Object[][][] rules = new Object[raw.size()][][];
    for (var e : raw.entrySet()) {
      if (e.getValue().isEmpty()) {
        throw new IllegalArgumentException(name + ": rule [" + e.getKey() + "] has no alternative");
      }
      Object[][] alternatives = new Object[e.getValue().size()][];
      for (int a = 0; a < alternatives.length; a++) {
        alternatives[a] = compile(e.getValue().get(a), ids, name, e.getKey());
      }
      rules[ids.get(e.getKey())] = alternatives;
    }
    return new Grammar(rules, ids);
  }

  private static Object[] compile(String alternative, Map<String, Integer> ids, String name, String rule) {
    List<Object> parts = new ArrayList<>();
    Matcher m = REF.matcher(alternative);
    int at = 0;
    while (m.find()) {
      Integer id = ids.get(m.group(1));
      if (id == null) {
        throw new IllegalArgumentException(name + ": rule [" + rule + "] refers to no rule {" + m.group(1) + "}");
      }
      String literal = alternative.substring(at, m.start());
      boolean optional = !m.group(2).isEmpty();
      at = m.end();
      boolean spaceBefore = literal.endsWith(" ");
      if (spaceBefore) {
        literal = literal.substring(0, literal.length() - 1);
      }
      boolean spaceAfter = optional && !spaceBefore && alternative.startsWith(" ", at);
      if (spaceAfter) {
        at++;
      }
      if (!literal.isEmpty()) {
        parts.add(literal);
      }
      parts.add(new Ref(id, optional, spaceBefore, spaceAfter));
    }
    if (at < alternative.length()) {
      parts.add(alternative.substring(at));
    }
    return parts.toArray();
  }

  /**
   * A rule of this grammar, looked up once, so that expanding it often costs no look-up.
   *
   * @param name the rule's name
   * @return the rule
   * @throws IllegalArgumentException when the grammar has no rule of that name
   */
  Rule rule(String name) {
    Integer id = ids.get(name);
    if (id == null) {
      throw new IllegalArgumentException("no rule [" + name + "] in the phrase grammar");
    }
    return new Rule(this, id);
  }

  /**
   * A rule of a grammar.
   *
   * @param grammar the grammar it belongs to
   * @param id its number there
   */
  record Rule(Grammar grammar, int id) {
    /** One expansion of the rule, as the grammar writes it. */
    String phrase(SplittableRandom r) {
      StringBuilder out = new StringBuilder(64);
      grammar.expand(id, r, out);
      return out.toString();
    }

    /** One expansion with its first letter in upper case: a sentence, or a line's opening. */
    String sentence(SplittableRandom r) {
      StringBuilder out = new StringBuilder(128);
      appendSentence(r, out);
      return out.toString();
    }

    /** Appends one expansion. */
    void append(SplittableRandom r, StringBuilder out) {
      grammar.expand(id, r, out);
    }

    /** Appends one expansion with its first letter in upper case. */
    void appendSentence(SplittableRandom r, StringBuilder out) {
      int start = out.length();
      grammar.expand(id, r, out);
      out.setCharAt(start, Character.toUpperCase(out.charAt(start)));
    }
  }

  private void expand(int rule, SplittableRandom r, StringBuilder out) {
    Object[][] alternatives = rules[rule];
    for (Object part : alternatives[r.nextInt(alternatives.length)]) {
      if (part instanceof String literal) {
        out.append(literal);
      } else {
        Ref ref = (Ref) part;
        if (ref.optional() && !r.nextBoolean()) {
          continue;
        }
        String[] choices = words[ref.rule()];
        if (choices != null) {
          int pick = r.nextInt(choices.length);
          out.append(ref.spaceBefore() ? spacedWords[ref.rule()][pick] : choices[pick]);
        } else {
          if (ref.spaceBefore()) {
            out.append(' ');
          }
          expand(ref.rule(), r, out);
        }
        if (ref.spaceAfter()) {
          out.append(' ');
        }
      }
    }
  }
}
