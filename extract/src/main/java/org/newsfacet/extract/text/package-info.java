/**
 * Text as every extractor reads it: the one tokenizer ({@link org.newsfacet.extract.text.Tokenizer},
 * words and marks with their offsets) and the one sentence splitter ({@link
 * org.newsfacet.extract.text.Sentences}) that entity recognition, attribution, figures and the
 * index's figure sentences share, so that a word or a sentence ends in the same place for all of
 * them. Public only because those readers live in other packages; not part of the API, and it may
 * change in any release.
 */
package org.newsfacet.extract.text;
