package com.tickmark.model.settlement.status;

import com.tickmark.model.intake.IntakeField;
import java.util.Locale;

/**
 * A field of a custodian's settlement status file: one line per securities settlement instruction
 * the custodian reports on a statement date. The key is also the column's header name.
 */
public enum StatusField implements IntakeField {
  STATEMENT_DATE,
  ACCOUNT_NUMBER,
  OUR_REFERENCE,
  ISIN,
  QUANTITY,
  SETTLEMENT_AMOUNT,
  CURRENCY,
  INTENDED_SETTLEMENT_DATE,
  STATUS,
  SETTLED_QUANTITY,
  ACTUAL_SETTLEMENT_DATE,
  REASON_CODE,
  /** Optional: without the column, the remaining quantity is the quantity less the settled one. */
  REMAINING_QUANTITY;

  @Override
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
