package com.tickmark.model.ledger.lot;

import com.tickmark.model.trade.TradeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An open lot: what is left of one purchase (or, for a short, one sale) that later trades have not
 * yet relieved.
 *
 * @param trade the trade that opened it; null for a holding of the opening book
 * @param opened the trade date (or the opening book's date) it was opened on
 * @param quantity positive for a long lot, negative for a short one
 * @param cost what the lot cost, in the instrument's currency, with the quantity's sign: for a
 *     short lot, minus what selling it brought in
 */
public record Lot(TradeId trade, LocalDate opened, BigDecimal quantity, BigDecimal cost) {
  public Lot {
    Objects.requireNonNull(opened, "opened");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(cost, "cost");
    if (quantity.signum() == 0) {
      throw new IllegalArgumentException("A lot opened on " + opened + " needs a quantity");
    }
  }
}
