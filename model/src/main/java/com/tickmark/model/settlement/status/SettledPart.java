package com.tickmark.model.settlement.status;

import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A settlement record: one part of a trade that settled, on the date it actually settled, apart
 * from the trade's status. A partial settlement and its rest are two parts.
 *
 * @param amount the cash that moved with it (positive)
 * @param source where it was learnt ({@code FILE:LINE} of a status file, or who marked the trade
 *     settled)
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

  /**
   * The part of {@code trade} that settled on {@code on} when {@code settledTotal} of it has
   * settled in all and {@code before} had settled earlier: its cash in proportion to its quantity,
   * the last part taking what remains so that the parts add up to the trade's amount. Empty when
   * nothing more settled (the part was reported before).
   */
  public static Optional<SettledPart> next(
      Trade trade,
      SettlementStatusStore.Settled before,
      BigDecimal settledTotal,
      LocalDate on,
      String source,
      Long statusId) {
    BigDecimal part = settledTotal.subtract(before.quantity());
    if (part.signum() <= 0) {
      return Optional.empty();
    }
    BigDecimal full = trade.netCashOut().abs();
    BigDecimal amount =
        settledTotal.compareTo(trade.quantity()) >= 0
            ? full.subtract(before.amount())
            : full.multiply(part)
                .divide(trade.quantity(), Math.max(2, full.scale()), RoundingMode.HALF_EVEN);
    return Optional.of(new SettledPart(trade.id(), on, part, amount, source, statusId));
  }
}
