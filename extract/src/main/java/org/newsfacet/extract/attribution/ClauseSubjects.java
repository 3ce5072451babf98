package org.newsfacet.extract.attribution;

/**
 * The phrase that opens a clause, up to its first verb-like word: who the clause before a colon, or
 * the sentence before a quotation standing on its own, is about.
 */
final class ClauseSubjects {

  private ClauseSubjects() {}

  /**
   * The phrase that opens {@code [from, to)}, up to its first break or verb-like word; a name in
   * apposition after a description ("Whitfield's lawyer, Daniel Cho, is blunt"); null when the
   * span opens with a verb.
   */
  static int[] subjectOf(Discourse d, Resolver resolver, int from, int to) {
    int k = phraseEnd(d, from, to);
    if (k < to && k > from && d.token(k).is(',')) {
      int appositive = phraseEnd(d, k + 1, to);
      Source first = resolver.resolve(from, k);
      if (!resolver.isName(first) && appositive > k + 1 && resolver.isName(resolver.resolve(k + 1, appositive))) {
        return new int[] {k + 1, appositive};
      }
    }
    return k > from ? new int[] {from, k} : null;
  }

  /** Where the phrase that opens {@code [from, to)} ends: at its first verb-like word outside a name. */
  static int phraseEnd(Discourse d, int from, int to) {
    int k = from;
    while (k < to && d.token(k).isWord() && (d.mention(k) >= 0 || !Lexicon.AUXILIARIES.contains(d.token(k).lower())
        && Lexicon.verb(d.token(k).lower()) == null
        && !(k > from && !d.token(k).capitalised() && d.token(k).lower().endsWith("ed")))) {
      k++; // "Okonjo gestured …": up to the past tense
    }
    return k;
  }
}
