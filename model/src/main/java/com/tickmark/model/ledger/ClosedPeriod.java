package com.tickmark.model.ledger;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/** A month closed and locked: nothing more posts into it. */
public record ClosedPeriod(YearMonth period, String closedBy, Instant closedAt) {
  public ClosedPeriod {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(closedBy, "closed by");
    Objects.requireNonNull(closedAt, "closed at");
  }
}
