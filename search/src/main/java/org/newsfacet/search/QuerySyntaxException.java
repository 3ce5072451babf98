package org.newsfacet.search;

/** A search query that cannot be read: the caller's input is wrong, not the index. */
public final class QuerySyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with the message for the user and the parser's own exception.
   *
   * @param message what cannot be read, in words the user understands
   * @param cause the parser's exception
   */
  public QuerySyntaxException(String message, Throwable cause) {
    super(message, cause);
  }
}
