package com.tickmark.model.ledger;

/** An entry whose debits and credits differ in some currency: refused, never stored. */
public final class UnbalancedEntryException extends IllegalArgumentException {
  public UnbalancedEntryException(String message) {
    super(message);
  }
}
