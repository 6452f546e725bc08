package com.tickmark.model.settlement.status;

import com.tickmark.model.trade.TradeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A settlement record: one part of a trade that settled, on the date it actually settled, apart
 * from the trade's status. A partial settlement and its rest are two parts.
 *
 * @param amount the cash that moved with it (positive)
 * @param source where it was learnt ({@code FILE:LINE} of a status file)
 * @param statusId the status line that reported it; null when recorded otherwise
 */
public record SettledPart(
    TradeId trade,
    LocalDate settledOn,
    BigDecimal quantity,
    BigDecimal amount,
    String source,
    Long statusId) {
  public SettledPart {
    Objects.requireNonNull(trade, "trade");
    Objects.requireNonNull(settledOn, "settled on");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(source, "source");
    if (quantity.signum() <= 0) {
      throw new IllegalArgumentException("A settled part must have a positive quantity");
    }
  }
}
