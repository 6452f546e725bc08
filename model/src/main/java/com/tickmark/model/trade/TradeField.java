package com.tickmark.model.trade;

/**
 * The fields of a trade that the {@link TradeRules} check. Each capture path reports a problem
 * under its own name for the field (a hand-keyed trade's "trade date", a file's {@code trade_date},
 * FIX's "TradeDate (75)"); the rules name only the field.
 */
public enum TradeField {
  BOOK,
  /** The instrument by its symbol (or, for a hand-keyed trade, the instrument). */
  SYMBOL,
  /** The instrument by its ISIN. */
  ISIN,
  COUNTERPARTY,
  ACCOUNT,
  SIDE,
  QUANTITY,
  PRICE,
  COMMISSION,
  FEES,
  CURRENCY,
  TRADE_DATE,
  SETTLEMENT_DATE
}
