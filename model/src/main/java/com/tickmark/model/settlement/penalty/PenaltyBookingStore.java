package com.tickmark.model.settlement.penalty;

import java.time.LocalDate;
import java.util.List;

/** Where bookings of CSDR penalties are kept: appended, never changed or removed. */
public interface PenaltyBookingStore {
  /**
   * Appends {@code bookings}, in the caller's transaction.
   *
   * @throws RuntimeException when one of the penalties is booked already
   */
  void insert(List<PenaltyBooking> bookings);

  /** The bookings of the penalties of the days from {@code from} to {@code to} inclusive. */
  List<PenaltyBooking> between(LocalDate from, LocalDate to);
}
