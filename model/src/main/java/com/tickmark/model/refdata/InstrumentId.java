package com.tickmark.model.refdata;

/** The workspace's surrogate key of an instrument. */
public record InstrumentId(long value) {
  public InstrumentId {
    if (value <= 0) {
      throw new IllegalArgumentException("Instrument id must be positive: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
