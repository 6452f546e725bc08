package com.tickmark.model.refdata;

/** The workspace's surrogate key of a book. */
public record BookId(long value) {
  public BookId {
    if (value <= 0) {
      throw new IllegalArgumentException("Book id must be positive: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
