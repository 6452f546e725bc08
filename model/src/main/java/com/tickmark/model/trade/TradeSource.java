package com.tickmark.model.trade;

/** How a trade reached the back office. */
public enum TradeSource {
  /** FIX drop copy from the trading systems. */
  FIX,
  /** A broker or trading-system file import. */
  FILE,
  /** Keyed in by hand (a phone trade). */
  MANUAL
}
