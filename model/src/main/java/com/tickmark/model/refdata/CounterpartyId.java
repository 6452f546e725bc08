package com.tickmark.model.refdata;

/** The workspace's surrogate key of a counterparty. */
public record CounterpartyId(long value) {
  public CounterpartyId {
    if (value <= 0) {
      throw new IllegalArgumentException("Counterparty id must be positive: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
