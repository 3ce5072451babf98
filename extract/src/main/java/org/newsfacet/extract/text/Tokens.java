package org.newsfacet.extract.text;

import java.util.Arrays;

/**
 * The tokens of a text as the {@link Tokenizer} cut them: words, single marks of punctuation and,
 * where the reader asked for it, whole quotations, each with its offsets and paragraph. Indexed
 * from 0; immutable once made.
 *
 * <p>A word's end is the end of its letters: a possessive 's or a plural's apostrophe after it is
 * not part of it, a full stop that belongs to it ("Gen.", "U.S.") is.
 */
public final class Tokens {
  private static final byte WORD = 0;
  private static final byte MARK = 1;
  private static final byte QUOTATION = 2;
  private static final byte POSSESSIVE = 1;
  private static final byte PLURAL_POSSESSIVE = 2;
  private static final byte ABBREVIATION = 4;
  /** About how many characters a token takes, for a first guess at the arrays' size. */
  private static final int CHARACTERS_PER_TOKEN = 5;

  private final String text;
  private int size;
  private int[] starts;
  private int[] ends;
  private int[] nexts;
  private int[] nameEnds;
  private int[] paragraphs;
  private int[] quotations;
  private byte[] kinds;
  private byte[] flags;

  Tokens(String text, int length) {
    this.text = text;
    int capacity = Math.max(16, length / CHARACTERS_PER_TOKEN);
    starts = new int[capacity];
    ends = new int[capacity];
    nexts = new int[capacity];
    nameEnds = new int[capacity];
    paragraphs = new int[capacity];
    quotations = new int[capacity];
    kinds = new byte[capacity];
    flags = new byte[capacity];
  }

  void addWord(int start, int end, int next, int nameEnd, boolean possessive, boolean plural, boolean abbreviation,
      int paragraph) {
    add(WORD, start, end, next, paragraph, -1);
    nameEnds[size - 1] = nameEnd;
    flags[size - 1] = (byte) ((possessive ? POSSESSIVE : 0) | (plural ? PLURAL_POSSESSIVE : 0)
        | (abbreviation ? ABBREVIATION : 0));
  }

  void addMark(int at, int paragraph) {
    add(MARK, at, at + 1, at + 1, paragraph, -1);
  }

  void addQuotation(int start, int end, int paragraph, int quotation) {
    add(QUOTATION, start, end, end, paragraph, quotation);
  }

  private void add(byte kind, int start, int end, int next, int paragraph, int quotation) {
    if (size == starts.length) {
      int capacity = size * 2;
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      nexts = Arrays.copyOf(nexts, capacity);
      nameEnds = Arrays.copyOf(nameEnds, capacity);
      paragraphs = Arrays.copyOf(paragraphs, capacity);
      quotations = Arrays.copyOf(quotations, capacity);
      kinds = Arrays.copyOf(kinds, capacity);
      flags = Arrays.copyOf(flags, capacity);
    }
    starts[size] = start;
    ends[size] = end;
    nexts[size] = next;
    nameEnds[size] = end;
    paragraphs[size] = paragraph;
    quotations[size] = quotation;
    kinds[size] = kind;
    flags[size] = 0;
    size++;
  }

  /** The text the offsets point into. */
  String text() {
    return text;
  }

  /**
   * How many tokens there are.
   *
   * @return the count; tokens are indexed from 0
   */
  public int size() {
    return size;
  }

  /**
   * Where a token starts.
   *
   * @param i the token's index
   * @return the offset of its first character
   */
  public int start(int i) {
    return starts[i];
  }

  /**
   * Where a token ends.
   *
   * @param i the token's index
   * @return the offset just past it: for a word, past its letters and a full stop of its own
   */
  public int end(int i) {
    return ends[i];
  }

  /**
   * Where what a token takes up ends.
   *
   * @param i the token's index
   * @return the offset just past it and a possessive 's or apostrophe written after it
   */
  public int next(int i) {
    return nexts[i];
  }

  /**
   * Where the name that begins a word ends: at the hyphen of "Lindholm-based" or "Port
   * Varnholm-listed", where a word joined to a name makes an adjective of it; at the dot of
   * "Example.com", before a site's domain.
   *
   * @param i the word's index
   * @return the offset of that hyphen or dot; the word's end when there is none
   */
  public int nameEnd(int i) {
    return nameEnds[i];
  }

  /**
   * A token as written.
   *
   * @param i the token's index
   * @return the text from its start to its end
   */
  public String string(int i) {
    return text.substring(starts[i], ends[i]);
  }

  /**
   * The first character of a token.
   *
   * @param i the token's index
   * @return a word's first letter or digit, a mark, a quotation's opening mark
   */
  public char first(int i) {
    return text.charAt(starts[i]);
  }

  /**
   * Whether a token is a word.
   *
   * @param i the token's index
   * @return true for letters and digits with what joins them
   */
  public boolean isWord(int i) {
    return kinds[i] == WORD;
  }

  /**
   * Whether a token is a mark.
   *
   * @param i the token's index
   * @return true for one mark of punctuation, or any other character that is no word and no space
   */
  public boolean isMark(int i) {
    return kinds[i] == MARK;
  }

  /**
   * Whether a token is a whole quotation.
   *
   * @param i the token's index
   * @return true for one of the quotations the tokenizer was given, marks and all
   */
  public boolean isQuotation(int i) {
    return kinds[i] == QUOTATION;
  }

  /**
   * Which quotation a token is.
   *
   * @param i the token's index
   * @return its index among the quotations the tokenizer was given; -1 for any other token
   */
  public int quotation(int i) {
    return quotations[i];
  }

  /** True for a word that begins with a capital letter. */
  boolean capitalised(int i) {
    return kinds[i] == WORD && Character.isUpperCase(text.charAt(starts[i]));
  }

  /** True for a word that begins with a lower-case letter. */
  boolean lowerCase(int i) {
    return kinds[i] == WORD && Character.isLowerCase(text.charAt(starts[i]));
  }

  /**
   * Whether a word is written with a possessive 's.
   *
   * @param i the word's index
   * @return true when 's follows it ("Varn's"); its end is before the apostrophe
   */
  public boolean possessive(int i) {
    return (flags[i] & POSSESSIVE) != 0;
  }

  /**
   * Whether a word is a plural written with a possessive apostrophe.
   *
   * @param i the word's index
   * @return true for a word in s that an apostrophe and a space follow: "the workers’ union"
   */
  public boolean pluralPossessive(int i) {
    return (flags[i] & PLURAL_POSSESSIVE) != 0;
  }

  /**
   * Whether a word keeps the full stop written after it.
   *
   * @param i the word's index
   * @return true for an initial, a dotted acronym or a word the lexicon writes with a full stop:
   *     "J.", "U.S.", "Gen.", "Inc."
   */
  public boolean abbreviation(int i) {
    return (flags[i] & ABBREVIATION) != 0;
  }

  /**
   * The paragraph a token starts in.
   *
   * @param i the token's index
   * @return its paragraph, counted from 0: a line break begins a new one
   */
  public int paragraph(int i) {
    return paragraphs[i];
  }
}
