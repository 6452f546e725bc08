package com.tickmark.model.settlement;

import java.math.BigDecimal;

/** An obligation as of a date: how much of it has settled and where it stands. */
public record ObligationLine(Obligation obligation, BigDecimal settled, ObligationStatus status) {
  /** The quantity still to settle. */
  public BigDecimal remaining() {
    return obligation.quantity().subtract(settled);
  }
}
