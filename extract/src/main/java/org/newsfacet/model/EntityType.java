package org.newsfacet.model;

/** The kinds of named entity that extraction recognises. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION
}
