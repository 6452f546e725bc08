package com.tickmark.model.settlement.status;

import java.time.LocalDate;
import java.util.List;

/**
 * What the fails aging report reads, as the user running it: the workstation backs it with the
 * permission-checked {@link SettlementFails}; tests with lists.
 */
@FunctionalInterface
public interface FailsReader {
  /** The fails known by the close of {@code date}: the open ones, and with {@code all} all. */
  List<SettlementFail> asOf(LocalDate date, boolean all);
}
