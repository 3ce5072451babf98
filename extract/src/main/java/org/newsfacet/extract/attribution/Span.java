package org.newsfacet.extract.attribution;

/**
 * A quotation in the text.
 *
 * @param openStart offset of the opening mark
 * @param start offset of the first quoted character
 * @param end offset just past the last quoted character
 * @param closeEnd offset just past the closing mark ({@code end} when the quote has none)
 */
record Span(int openStart, int start, int end, int closeEnd) {}
