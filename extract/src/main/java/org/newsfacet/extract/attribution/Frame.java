package org.newsfacet.extract.attribution;

/**
 * One attribution in a sentence: a cue (a reporting or estimating verb, "according to"), the
 * source it names and the content it attributes to that source.
 *
 * @param rule the name of the rule that found it (see {@link Frames})
 * @param sentence the sentence it stands in
 * @param cue the token of its verb or of "according"
 * @param source who it names; null when its subject is a pronoun with no antecedent
 * @param contentStart offset where the attributed content starts
 * @param contentEnd offset just past it
 * @param quote the quotation that is the whole content, or -1
 * @param indirect true when the content is reported speech (a clause, not a thing)
 * @param speech true for a verb of saying; false for one that only gives figures ("estimates")
 */
record Frame(String rule, int sentence, int cue, Source source, int contentStart, int contentEnd, int quote,
    boolean indirect, boolean speech) {

  boolean contains(int start, int end) {
    return start >= contentStart && end <= contentEnd;
  }
}
