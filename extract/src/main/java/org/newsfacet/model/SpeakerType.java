package org.newsfacet.model;

/** Who is speaking in a quotation, as far as the text says. */
public enum SpeakerType {
  PERSON,
  ORGANIZATION,
  UNNAMED,
  UNKNOWN
}
