package com.tickmark.model.trade;

import java.time.LocalDate;

/**
 * What another area records when a trade moves through its lifecycle, in the same transaction as
 * the move, so both are kept or neither is: the settlement area writes the settlement record of a
 * trade marked settled. Registered with {@link TradeService#addStatusHook}.
 */
@FunctionalInterface
public interface TradeStatusHook {
  /**
   * {@code before} became {@code after} (a new status), by {@code user} on {@code businessDate}.
   */
  void statusChanged(String user, Trade before, Trade after, LocalDate businessDate);
}
