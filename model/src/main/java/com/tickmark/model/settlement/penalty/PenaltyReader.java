package com.tickmark.model.settlement.penalty;

import java.time.YearMonth;

/**
 * What the penalties report reads, as the user running it: the workstation backs it with the
 * permission-checked {@link PenaltyService}; tests with lists.
 */
@FunctionalInterface
public interface PenaltyReader {
  /** The penalties of the business days of {@code month}. */
  PenaltyRun month(YearMonth month);
}
