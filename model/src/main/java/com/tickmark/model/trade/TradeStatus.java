package com.tickmark.model.trade;

/**
 * Where a trade is in its life: NEW → CONFIRMED → AFFIRMED → SETTLED, or FAILED then SETTLED late;
 * or CANCELLED.
 */
public enum TradeStatus {
  NEW,
  CONFIRMED,
  AFFIRMED,
  SETTLED,
  FAILED,
  CANCELLED
}
