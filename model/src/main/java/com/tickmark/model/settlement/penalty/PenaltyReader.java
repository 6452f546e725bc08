package com.tickmark.model.settlement.penalty;

import java.time.YearMonth;

/**
 * What the penalties report reads, as the user running it: the workstation backs it with the
 * permission-checked {@link PenaltyBookingService}; tests with lists.
 */
@FunctionalInterface
public interface PenaltyReader {
  /** The penalties of the business days of {@code month}, each with its booking. */
  PenaltyBookingService.Book month(YearMonth month);
}
