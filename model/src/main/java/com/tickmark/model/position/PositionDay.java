package com.tickmark.model.position;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What moved one {@link PositionKey} on one date: bought and sold on that trade date, with the cash
 * those trades will move (positive receives, negative pays), and received, delivered and paid or
 * received in cash on that settlement date. Quantities are positive; a change that takes trades
 * away (an amendment's old terms, a cancellation) has negative ones.
 */
public record PositionDay(
    PositionKey key,
    LocalDate date,
    BigDecimal bought,
    BigDecimal sold,
    BigDecimal tradedCash,
    BigDecimal received,
    BigDecimal delivered,
    BigDecimal settledCash) {
  public PositionDay {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(bought, "bought");
    Objects.requireNonNull(sold, "sold");
    Objects.requireNonNull(tradedCash, "traded cash");
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(delivered, "delivered");
    Objects.requireNonNull(settledCash, "settled cash");
  }

  /** True when nothing moved (an amendment that changed only the price of nothing, say). */
  public boolean isZero() {
    return bought.signum() == 0
        && sold.signum() == 0
        && tradedCash.signum() == 0
        && received.signum() == 0
        && delivered.signum() == 0
        && settledCash.signum() == 0;
  }
}
