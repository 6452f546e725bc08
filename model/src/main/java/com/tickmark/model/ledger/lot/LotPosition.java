package com.tickmark.model.ledger.lot;

import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;

/**
 * One book's holding of one instrument as its lots stand: the open lots, their quantity and cost,
 * and the P&amp;L realized so far, in the instrument's currency.
 *
 * @param quantity positive long, negative short, zero when flat (the realized P&amp;L remains)
 * @param cost the cost of the open lots, with the quantity's sign
 * @param realized the realized P&amp;L to date: gains positive
 * @param lots the open lots, oldest first
 */
public record LotPosition(
    LotKey key,
    CurrencyCode currency,
    LotMethod method,
    BigDecimal quantity,
    BigDecimal cost,
    BigDecimal realized,
    List<Lot> lots) {
  public LotPosition {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(realized, "realized");
    lots = List.copyOf(lots);
  }

  /** The position of {@code book}'s lots now. */
  public static LotPosition of(LotKey key, CurrencyCode currency, LotBook book) {
    return new LotPosition(
        key, currency, book.method(), book.quantity(), book.cost(), book.realized(), book.lots());
  }

  /** Cost per unit (16 significant digits); zero when flat. */
  public BigDecimal averageCost() {
    return quantity.signum() == 0 ? BigDecimal.ZERO : cost.divide(quantity, MathContext.DECIMAL64);
  }

  /** The open quantity valued at {@code close}: negative for a short. */
  public BigDecimal marketValue(BigDecimal close) {
    return quantity.multiply(close);
  }

  /** Market value at {@code close} less cost: the gain (positive) or loss not yet realized. */
  public BigDecimal unrealized(BigDecimal close) {
    return marketValue(close).subtract(cost);
  }
}
