package com.tickmark.model.demo;

/**
 * How a demo bank entry that agrees with the books is messy ({@link ExpectedMatch#kind()} holds the
 * constant's name); see {@link MessRates}.
 */
public enum ExpectedMatchKind {
  /** One entry for several settlements with one counterparty and value date, quoting no ids. */
  NETTED,
  /** Only the bank's own reference and a text naming the counterparty. */
  BANK_REFERENCE_ONLY,
  /** The counterparty named as the bank spells it, unlike the reference data. */
  COUNTERPARTY_ALIAS,
  /** Valued a business day after the settlement. */
  VALUE_DATE_OFF,
  /** A few cents short: the bank's charges. */
  AMOUNT_CENTS_OFF
}
