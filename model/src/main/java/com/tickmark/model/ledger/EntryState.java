package com.tickmark.model.ledger;

/**
 * Where an entry is: a manual journal is a DRAFT while its author works on it, PENDING_APPROVAL
 * until a second accountant approves it, then POSTED. Entries from the lifecycle post directly.
 * Only POSTED entries count in balances; a posted entry never changes again.
 */
public enum EntryState {
  DRAFT,
  PENDING_APPROVAL,
  POSTED
}
