package com.tickmark.model.ledger;

/**
 * Where an entry is. Lifecycle entries post directly; a manual journal waits as a four-eyes request
 * (pending approval, on the Approvals screen and in {@code ledger journal list --pending}) and
 * enters the journal only when a second accountant approves it, posted (ADR 0018), so every entry
 * of the journal is POSTED. A posted entry never changes again.
 */
public enum EntryState {
  POSTED
}
