package com.tickmark.model.recon.run;

/**
 * Where a break stands: OPEN → INVESTIGATING → RESOLVED | WRITTEN_OFF → CLOSED, and back to OPEN
 * when reopened. A run that no longer finds a break closes it.
 */
public enum BreakState {
  OPEN,
  INVESTIGATING,
  RESOLVED,
  WRITTEN_OFF,
  CLOSED;

  /** Whether a person still has to work it. */
  public boolean isOpen() {
    return this == OPEN || this == INVESTIGATING;
  }
}
