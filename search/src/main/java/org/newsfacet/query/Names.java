package org.newsfacet.query;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsfacet.model.EntityType;
import org.newsfacet.search.QuerySyntaxException;
import org.newsfacet.search.Suggestions;

/**
 * The names a question uses, looked up in the index's own spellings: {@code find...} may come back
 * empty, the others throw a message for the user that names the nearest name the index knows.
 */
final class Names {
  /** The most words a name in a question (an outlet, an entity) is read from. */
  static final int MAX_WORDS = 5;

  private final Vocabulary vocabulary;

  Names(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The speaker's name as indexed, if some quotation has it. */
  Optional<String> findSpeaker(String name) {
    return vocabulary.speaker(name);
  }

  /** The speaker's name as indexed, else an error with the nearest speaker. */
  String speaker(String name) {
    return known(vocabulary.speaker(name), "speaker", name, vocabulary.speakers());
  }

  /** The claimant's name as indexed, if some figure was claimed by this name in any spelling. */
  Optional<String> findClaimant(String name) {
    return vocabulary.claimant(name);
  }

  /** The claimant the index knows nearest to a name it does not know as one, or null. */
  String nearestClaimant(String name) {
    return Suggestions.nearest(name, vocabulary.claimants());
  }

  /** The outlet's or agency's name as indexed, for a name or alias, if the index has it. */
  Optional<String> findSource(String name) {
    return vocabulary.source(name);
  }

  /** The outlet's or agency's name as indexed, else an error with the nearest outlet or agency. */
  String source(String name) {
    return known(vocabulary.source(name), "outlet or agency", name, vocabulary.sources());
  }

  /**
   * Fails when a capitalised word is a near miss of a known outlet or agency ("in Harbr Times"): a
   * typo, not words to search for. Any other word passes.
   */
  void checkNoSlipOfSource(String word) {
    if (Character.isUpperCase(word.charAt(0))) {
      String near = Suggestions.nearest(word, vocabulary.sources());
      if (near != null && !near.equalsIgnoreCase(word)) {
        source(word); // says which outlet or agency was meant
      }
    }
  }

  /** The entity's name as indexed, if some article names it. */
  Optional<String> findEntity(EntityType type, String name) {
    return vocabulary.entity(type, name);
  }

  /** The entity's name as indexed, else an error. */
  String entity(EntityType type, String name) {
    return vocabulary.entity(type, name).orElseThrow(() -> new QuerySyntaxException("no "
        + type.name().toLowerCase(Locale.ROOT) + " named '" + name + "' in the index", null));
  }

  /** The name the index knows, else an error that says so with the nearest name it does know. */
  private static String known(Optional<String> found, String what, String name, List<String> names) {
    if (found.isPresent()) {
      return found.get();
    }
    String near = Suggestions.nearest(name, names);
    throw new QuerySyntaxException("no " + what + " named '" + name + "' in the index"
        + (near == null ? "" : "; did you mean " + near + "?"), null);
  }
}
