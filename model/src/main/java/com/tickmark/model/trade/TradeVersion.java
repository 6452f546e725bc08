package com.tickmark.model.trade;

import java.time.Instant;
import java.util.Objects;

/** One version of a trade as it was recorded: by whom, when and why. */
public record TradeVersion(Trade trade, String recordedBy, Instant recordedAt, String reason) {
  public TradeVersion {
    Objects.requireNonNull(trade, "trade");
    recordedBy = recordedBy == null ? "" : recordedBy;
    reason = reason == null ? "" : reason;
  }
}
