package com.tickmark.model.settlement;

import java.math.BigDecimal;

/**
 * An obligation as of a date: how much of it has settled and where it stands.
 *
 * @param ageBusinessDays business days past the intended settlement date as of the date, on the
 *     settlement calendars of the instrument's convention, while it is FAILED; 0 otherwise
 */
public record ObligationLine(
    Obligation obligation, BigDecimal settled, ObligationStatus status, int ageBusinessDays) {
  /** The quantity still to settle. */
  public BigDecimal remaining() {
    return obligation.quantity().subtract(settled);
  }

  /** The aging bucket of {@link #ageBusinessDays} ({@link Aging}). */
  public String agingBucket() {
    return Aging.bucket(ageBusinessDays);
  }
}
