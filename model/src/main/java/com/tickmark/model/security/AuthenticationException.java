package com.tickmark.model.security;

/** Sign-in was refused; the message says why without telling an attacker which part was wrong. */
public final class AuthenticationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AuthenticationException(String message) {
    super(message);
  }
}
