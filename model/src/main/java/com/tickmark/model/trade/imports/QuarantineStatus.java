package com.tickmark.model.trade.imports;

/** What became of a row a quarantine import set aside. */
public enum QuarantineStatus {
  /** Waiting for a clerk to repair or discard it. */
  OPEN,
  /** Corrected and booked as a trade. */
  REPAIRED,
  /** Set aside for good, with a reason. */
  DISCARDED
}
