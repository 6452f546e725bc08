package com.tickmark.model.trade.imports;

import com.tickmark.model.intake.IntakeField;
import java.util.Locale;

/** A trade field an import profile maps a file's column to. */
public enum ImportField implements IntakeField {
  EXEC_ID(true),
  ORDER_ID(false),
  BROKER_REF(false),
  BOOK(true),
  SYMBOL(false),
  ISIN(false),
  SIDE(true),
  QUANTITY(true),
  PRICE(true),
  COMMISSION(false),
  FEES(false),
  CURRENCY(false),
  TRADE_DATE(true),
  EXECUTION_TIME(true),
  COUNTERPARTY(true),
  ACCOUNT(false);

  private final boolean required;

  ImportField(boolean required) {
    this.required = required;
  }

  /** Whether a profile must map it (the instrument needs SYMBOL or ISIN, checked separately). */
  public boolean required() {
    return required;
  }

  @Override
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
