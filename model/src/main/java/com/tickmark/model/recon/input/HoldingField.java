package com.tickmark.model.recon.input;

import com.tickmark.model.intake.IntakeField;
import java.util.Locale;

/**
 * A field of a custodian's holdings file: one line per custody account and security on a statement
 * date. The key is also the column's header name.
 */
public enum HoldingField implements IntakeField {
  STATEMENT_DATE,
  ACCOUNT_NUMBER,
  ISIN,
  SYMBOL,
  SETTLED_QUANTITY,
  CURRENCY,
  CLOSE_PRICE,
  MARKET_VALUE;

  @Override
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
