/**
 * The Lucene index: one document per article with full text, stored record, facets and date
 * filters, searched safely from many threads while articles are added.
 */
package org.newsfacet.index;
