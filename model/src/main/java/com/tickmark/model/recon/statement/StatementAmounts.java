package com.tickmark.model.recon.statement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/** Currencies and amounts as the statement readers check and show them. */
final class StatementAmounts {
  private StatementAmounts() {}

  /** The currency's number of decimals, or -1 when {@code code} is not an ISO 4217 currency. */
  static int scale(String code) {
    try {
      return Currency.getInstance(code).getDefaultFractionDigits();
    } catch (IllegalArgumentException | NullPointerException e) {
      return -1;
    }
  }

  /**
   * {@code amount} at {@code scale}, or null when it has more decimals than the currency (the
   * bank's amount is exact: it is never rounded here).
   */
  static BigDecimal atScale(BigDecimal amount, int scale) {
    try {
      return amount.setScale(Math.max(scale, 0), RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /** An amount as people read it in a message: {@code 1,234.56}, {@code -20.00}. */
  static String display(BigDecimal amount) {
    return String.format(Locale.ROOT, "%,." + Math.max(amount.scale(), 0) + "f", amount);
  }
}
