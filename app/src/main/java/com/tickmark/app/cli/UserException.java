package com.tickmark.app.cli;

/**
 * Something the user asked for cannot be done; the message says why and what to do. Exit code 1.
 */
public final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserException(String message) {
    super(message);
  }
}
