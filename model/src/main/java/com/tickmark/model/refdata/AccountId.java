package com.tickmark.model.refdata;

/** The workspace's surrogate key of an account. */
public record AccountId(long value) {
  public AccountId {
    if (value <= 0) {
      throw new IllegalArgumentException("Account id must be positive: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
