package com.tickmark.model.settlement.penalty;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A penalty as charged today, with its booking if an accountant has marked it booked.
 *
 * @param booking empty while the penalty is not booked
 */
public record BookedPenalty(Penalty penalty, Optional<PenaltyBooking> booking) {
  public BookedPenalty {
    Objects.requireNonNull(penalty, "penalty");
    Objects.requireNonNull(booking, "booking");
  }

  public boolean booked() {
    return booking.isPresent();
  }

  /**
   * What the penalty is now less what was booked: zero when not booked or unchanged, else what the
   * ledger still has to post (negative when the penalty went down).
   */
  public BigDecimal difference() {
    return booking.map(b -> penalty.amount().subtract(b.amount())).orElse(BigDecimal.ZERO);
  }

  /** Booked, and the amount has changed since (a later price or status file). */
  public boolean changedSinceBooked() {
    return difference().signum() != 0;
  }
}
