package org.newsfacet.model;

/** The kinds of named entity that extraction recognises. */
public enum EntityType {
  /** A person, named or known by a title alone. */
  PERSON,
  /** A company, government body, party, armed group or other organisation. */
  ORGANIZATION,
  /** A place: a country, region, city, river or site. */
  LOCATION
}
