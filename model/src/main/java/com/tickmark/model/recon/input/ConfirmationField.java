package com.tickmark.model.recon.input;

import com.tickmark.model.intake.IntakeField;
import java.util.Locale;

/**
 * A field of a broker's confirmation file: one line per execution, or per parent order for a broker
 * that confirms several fills on one line. The key is also the column's header name.
 */
public enum ConfirmationField implements IntakeField {
  BROKER_REF,
  CLIENT_EXEC_ID,
  ORDER_ID,
  TRADE_DATE,
  SETTLEMENT_DATE,
  ISIN_OR_SYMBOL,
  SIDE,
  QUANTITY,
  PRICE,
  GROSS_AMOUNT,
  COMMISSION,
  FEES,
  NET_AMOUNT,
  CURRENCY,
  ACCOUNT,
  FILLS;

  @Override
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
