package com.tickmark.model.trade;

/** The firm's internal trade number; shown as {@code T00000123}. */
public record TradeId(long value) {
  public TradeId {
    if (value <= 0) {
      throw new IllegalArgumentException("Trade id must be positive: " + value);
    }
  }

  public String display() {
    // Not String.format: the ledger's posting of a day's trades names each trade in its entries.
    String digits = Long.toString(value);
    return digits.length() >= 8 ? "T" + digits : "T" + "0".repeat(8 - digits.length()) + digits;
  }

  @Override
  public String toString() {
    return display();
  }
}
