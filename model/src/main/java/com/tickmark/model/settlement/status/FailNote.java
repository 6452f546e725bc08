package com.tickmark.model.settlement.status;

import com.tickmark.model.trade.TradeId;
import java.time.Instant;
import java.util.Objects;

/** Who works a settlement fail and what they wrote; the newest note of a trade counts. */
public record FailNote(
    TradeId trade, String owner, String comment, String notedBy, Instant notedAt) {
  public FailNote {
    Objects.requireNonNull(trade, "trade");
    Objects.requireNonNull(owner, "owner");
    comment = comment == null ? "" : comment;
    Objects.requireNonNull(notedBy, "noted by");
    Objects.requireNonNull(notedAt, "noted at");
  }
}
