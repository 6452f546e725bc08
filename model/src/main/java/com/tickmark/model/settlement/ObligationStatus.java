package com.tickmark.model.settlement;

/** Where an obligation stands at the close of a date. */
public enum ObligationStatus {
  /** Not due yet, nothing settled. */
  PENDING,
  /** Part of the quantity settled, the rest not yet due or failing. */
  PARTIALLY_SETTLED,
  /** All of it settled. */
  SETTLED,
  /** Due on or before the date and not (fully) settled. */
  FAILED
}
