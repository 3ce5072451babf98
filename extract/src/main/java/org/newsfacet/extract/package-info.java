/**
 * Extraction: from an article as read to its extraction record. Metadata (date, outlet, agency,
 * title, dateline, authors) comes from the article's layout and from bundled registries.
 */
package org.newsfacet.extract;
