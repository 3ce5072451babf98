package org.newsfacet.search;

/**
 * A question the index refuses to answer because of what it would cost: nested too deep, too many
 * clauses, too complex a pattern, too deep a page, or a search that ran past its time. The
 * message says which limit and how to ask instead; like a syntax error, it is the caller's to fix.
 */
public final class QueryLimitException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with the message for the user.
   *
   * @param message which limit was passed, and how to ask instead
   */
  public QueryLimitException(String message) {
    super(message);
  }

  /**
   * An exception with the message for the user and what Lucene reported.
   *
   * @param message which limit was passed, and how to ask instead
   * @param cause the engine's own exception
   */
  public QueryLimitException(String message, Throwable cause) {
    super(message, cause);
  }
}
