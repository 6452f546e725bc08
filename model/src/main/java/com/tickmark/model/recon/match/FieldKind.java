package com.tickmark.model.recon.match;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a compared field holds, and so how it is normalised, summed and tolerated. */
public enum FieldKind {
  /** A string: normalised (trim, case, punctuation, aliases) before it is compared. */
  TEXT(String.class),
  /** A money amount: summed when records are grouped; absolute and relative tolerances. */
  AMOUNT(BigDecimal.class),
  /** A quantity: summed when records are grouped; absolute and relative tolerances. */
  QUANTITY(BigDecimal.class),
  /** A price: the quantity-weighted average when records are grouped; tolerances as amounts. */
  PRICE(BigDecimal.class),
  /** A date: compared within a window of business days. */
  DATE(LocalDate.class);

  private final Class<?> type;

  FieldKind(Class<?> type) {
    this.type = type;
  }

  /** The Java type of this kind's values. */
  public Class<?> type() {
    return type;
  }

  public boolean isNumeric() {
    return type == BigDecimal.class;
  }
}
