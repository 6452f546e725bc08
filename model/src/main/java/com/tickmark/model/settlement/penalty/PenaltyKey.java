package com.tickmark.model.settlement.penalty;

import com.tickmark.model.trade.TradeId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What identifies one CSDR penalty: the failing trade, the business day it failed and who pays. A
 * penalty's amount may change (a later price or status file), its key does not; a booking is kept
 * against the key.
 */
public record PenaltyKey(TradeId trade, LocalDate date, PenaltyDirection direction) {
  public PenaltyKey {
    Objects.requireNonNull(trade, "trade");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(direction, "direction");
  }

  /** {@code T00000123 2025-11-14 PAY}, for messages and the audit trail. */
  public String display() {
    return trade.display() + " " + date + " " + direction;
  }
}
