package org.newsfacet.cli;

/** The user asked for something the command cannot do as asked: exit code 2, one line, no stack trace. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message, null, false, false);
  }
}
