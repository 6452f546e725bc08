package com.tickmark.model.trade.blotter;

import com.tickmark.model.trade.Trade;
import java.time.Instant;
import java.util.Objects;

/**
 * A trade's current version as the blotter reads it, with when it was first affirmed (null when
 * never).
 */
public record BlotterTrade(Trade trade, Instant affirmedAt) {
  public BlotterTrade {
    Objects.requireNonNull(trade, "trade");
  }
}
