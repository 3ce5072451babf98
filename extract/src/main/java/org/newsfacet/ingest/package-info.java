/**
 * Reading articles: plain text, JSON Lines, HTML and standard input, files and directories,
 * with every unreadable item reported by name and reason instead of stopping the run.
 */
package org.newsfacet.ingest;
