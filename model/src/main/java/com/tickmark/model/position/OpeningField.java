package com.tickmark.model.position;

import com.tickmark.model.intake.IntakeField;
import java.util.Locale;

/**
 * A column of an opening balances file: one line per holding ({@code POSITION}) or cash balance
 * ({@code CASH}) of the firm's opening book. The key is also the column's header name.
 */
public enum OpeningField implements IntakeField {
  /** POSITION or CASH. */
  TYPE,
  /** The close the book is as of; the same on every line. */
  AS_OF,
  /** A POSITION's book code. */
  BOOK,
  /** A POSITION's custody account number (as the custodian's own files quote it). */
  CUSTODY_ACCOUNT,
  /** A POSITION's instrument: ISIN or symbol. */
  INSTRUMENT,
  /** A POSITION's quantity (negative: short). */
  QUANTITY,
  /** A POSITION's cost in the instrument's currency (negative for a short). */
  COST,
  /** A CASH line's cash account number. */
  CASH_ACCOUNT,
  /** A CASH line's booked balance (negative: overdrawn). */
  BALANCE,
  /** The currency of the cost or balance: the instrument's, or the cash account's. */
  CURRENCY;

  @Override
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
