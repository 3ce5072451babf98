package org.newsfacet;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The extraction module must not see Lucene: a search cluster in the same JVM carries its own
 * Lucene, and the records it indexes come from here. This fails the build as soon as a Lucene
 * artifact reaches this module's class path, directly or through another dependency.
 */
class ModuleBoundaryTest {
  @Test
  void luceneIsNotOnTheExtractionModulesClassPath() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.lucene.util.Version"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.newsfacet.index.NewsIndex"));
  }
}
