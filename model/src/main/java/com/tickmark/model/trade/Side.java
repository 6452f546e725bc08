package com.tickmark.model.trade;

/** Buy or sell, from the firm's point of view. */
public enum Side {
  BUY,
  SELL;

  /** +1 for a buy, -1 for a sell. */
  public int sign() {
    return this == BUY ? 1 : -1;
  }
}
