package com.tickmark.model.refdata;

/** The workspace's surrogate key of a standing settlement instruction. */
public record SsiId(long value) {
  public SsiId {
    if (value <= 0) {
      throw new IllegalArgumentException("SSI id must be positive: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
