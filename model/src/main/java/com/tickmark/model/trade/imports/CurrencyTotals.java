package com.tickmark.model.trade.imports;

import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the valid rows of a file add up to in one currency.
 *
 * @param trades how many valid rows trade in this currency
 * @param quantity the sum of their quantities (buys and sells alike)
 * @param notional the sum of their gross amounts (quantity × price, rounded to the currency)
 */
public record CurrencyTotals(
    CurrencyCode currency, int trades, BigDecimal quantity, BigDecimal notional) {
  public CurrencyTotals {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(notional, "notional");
  }

  public static CurrencyTotals zero(CurrencyCode currency) {
    return new CurrencyTotals(currency, 0, BigDecimal.ZERO, BigDecimal.ZERO);
  }

  public CurrencyTotals plus(BigDecimal addQuantity, BigDecimal addNotional) {
    return new CurrencyTotals(
        currency, trades + 1, quantity.add(addQuantity), notional.add(addNotional));
  }
}
