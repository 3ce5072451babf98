/**
 * Scoring extraction against expected records: precision, recall and F1 per field kind, so that
 * users can measure Newsfacet on their own annotated sample.
 */
package org.newsfacet.eval;
