package org.newsfacet.model;

/** Who is speaking in a quotation, as far as the text says. */
public enum SpeakerType {
  /** A person the text names. */
  PERSON,
  /** An organisation speaking as one: a ministry, a company, a spokesman's office. */
  ORGANIZATION,
  /** A source the text describes without naming ("a senior official"). */
  UNNAMED,
  /** No speaker: the text does not say, or attribution found none. */
  UNKNOWN
}
