package com.tickmark.model.security;

/** The workspace's surrogate key of a user. */
public record UserId(long value) {
  public UserId {
    if (value <= 0) {
      throw new IllegalArgumentException("User id must be positive: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
