package org.newsfacet.extract.attribution;

/**
 * A word, a punctuation mark or a whole quotation of an article body, with its offsets.
 *
 * @param kind what the token is
 * @param start offset of its first character
 * @param end offset just past it; a word's possessive 's is not part of it
 * @param text the word or mark as written (for a quotation, the quoted words)
 * @param lower the word in lower case
 * @param possessive true for a word written with 's (or a plural written with a trailing apostrophe)
 * @param abbreviation true for a word that keeps its full stop ("Gen.", "U.S.", "J.")
 * @param paragraph the paragraph the token starts in, counted from 0
 * @param quote for a quotation, its index in the article's quotation list; else -1
 */
record Token(Kind kind, int start, int end, String text, String lower, boolean possessive, boolean abbreviation,
    int paragraph, int quote) {

  /** What a token is. */
  enum Kind { WORD, PUNCT, QUOTE }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isQuote() {
    return kind == Kind.QUOTE;
  }

  /** True for the punctuation mark {@code c}. */
  boolean is(char c) {
    return kind == Kind.PUNCT && text.charAt(0) == c;
  }

  /** True for the word {@code lowerWord}. */
  boolean is(String lowerWord) {
    return kind == Kind.WORD && lower.equals(lowerWord);
  }

  /** True for a punctuation mark that ends a clause: , ; : and dashes. */
  boolean breaksClause() {
    if (kind != Kind.PUNCT) {
      return false;
    }
    char c = text.charAt(0);
    return c == ',' || c == ';' || c == ':' || c == '—' || c == '–' || c == '(' || c == ')';
  }

  boolean capitalised() {
    return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
  }

  boolean numeric() {
    return kind == Kind.WORD && Character.isDigit(text.charAt(0));
  }
}
