package com.tickmark.model.trade;

/** The firm's internal trade number; shown as {@code T00000123}. */
public record TradeId(long value) {
  public TradeId {
    if (value <= 0) {
      throw new IllegalArgumentException("Trade id must be positive: " + value);
    }
  }

  public String display() {
    return String.format("T%08d", value);
  }

  @Override
  public String toString() {
    return display();
  }
}
