package org.newsfacet.search;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The search API must not see Lucene, nor the embedded index: a search cluster's backend builds on
 * it with its own Lucene in the same JVM. (The build's enforcer rule says the same of the
 * dependency tree; this says it of the class path the tests run on.)
 */
class ModuleBoundaryTest {
  @Test
  void neitherLuceneNorTheEmbeddedIndexIsOnTheSearchModulesClassPath() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.lucene.util.Version"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.newsfacet.index.NewsIndex"));
  }
}
