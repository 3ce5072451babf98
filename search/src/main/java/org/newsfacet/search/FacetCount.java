package org.newsfacet.search;

/**
 * One value of a facet dimension and how many hits have it.
 *
 * @param value the facet value (an outlet name, a year)
 * @param count the number of matching articles with it
 */
public record FacetCount(String value, long count) {}
