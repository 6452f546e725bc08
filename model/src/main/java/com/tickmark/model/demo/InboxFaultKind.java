package com.tickmark.model.demo;

/**
 * The kinds of disagreement the demo inbox writer ({@code demo.inbox.InboxWriter}) puts into the
 * inbox files; {@link InjectedFault#kind()} holds the constant's name.
 */
public enum InboxFaultKind {
  /**
   * Confirmations: a trade (or, for an aggregating broker, a whole order) the broker never
   * confirms. Line 0.
   */
  MISSING_CONFIRMATION,
  /** Confirmations: a line at a different price (one tick or a few basis points). */
  CONFIRMATION_PRICE_MISMATCH,
  /** Confirmations: a line for a different quantity. */
  CONFIRMATION_QUANTITY_MISMATCH,
  /** Confirmations: a line sent twice; the fault points at the second copy. */
  DUPLICATE_CONFIRMATION,
  /** Custody positions: a holding with a different settled quantity. */
  POSITION_MISMATCH,
  /** Custody positions: a holding the books have that the custodian does not report. Line 0. */
  MISSING_POSITION,
  /** Custody positions: a holding of an ISIN the firm does not know. */
  UNEXPECTED_POSITION,
  /** Bank statements: a settlement the bank never booked. Line 0. */
  MISSING_BANK_ENTRY,
  /** Bank statements: a settlement booked for a different amount. */
  BANK_AMOUNT_MISMATCH,
  /** Bank statements: charges or interest the books do not expect. */
  UNEXPECTED_BANK_ENTRY,
  /**
   * Settlement status: a trade that settled after its intended date; points at the SETTLED line.
   */
  LATE_SETTLEMENT,
  /**
   * Settlement status: a trade still failing on the business date; points at that day's FAILED
   * line.
   */
  FAILED_SETTLEMENT
}
