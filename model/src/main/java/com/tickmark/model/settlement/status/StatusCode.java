package com.tickmark.model.settlement.status;

/** What a custodian says of a settlement instruction on a statement date. */
public enum StatusCode {
  /** Received, not matched with the counterparty's instruction yet. */
  PENDING,
  /** Matched with the counterparty's instruction, waiting for the settlement date. */
  MATCHED,
  /** All of it settled. */
  SETTLED,
  /** Part of it settled (the settled and remaining quantities say how much). */
  PARTIALLY_SETTLED,
  /** Due and not settled, with the reason code (LACK, MONY, CMIS, …). */
  FAILED;

  /** Whether the line reports quantity settled, so that it may write a settlement record. */
  public boolean settles() {
    return this == SETTLED || this == PARTIALLY_SETTLED;
  }
}
