package org.newsfacet.query;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.newsfacet.internal.English;

/**
 * The question reader's tables of the English lexicon ({@link English}) whose second column names a
 * constant of one of the reader's enums: a grouping, a kind of quotation, a field.
 */
final class QuestionLexicon {
  private QuestionLexicon() {}

  /**
   * Table {@code name}: each word to the constant of {@code type} its second column names, in any
   * case. A name that is no such constant is a broken build and fails loudly with the list's name.
   */
  static <E extends Enum<E>> Map<String, E> table(String name, Class<E> type) {
    Map<String, E> out = new LinkedHashMap<>();
    English.table(name).forEach((word, value) -> {
      try {
        out.put(word, Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(name + ".tsv: '" + value + "' (for '" + word + "') is no "
            + type.getSimpleName(), e);
      }
    });
    return Map.copyOf(out);
  }
}
