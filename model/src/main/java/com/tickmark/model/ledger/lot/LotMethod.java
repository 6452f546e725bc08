package com.tickmark.model.ledger.lot;

/** Which open lots a sale (or a cover) relieves, and at what cost. */
public enum LotMethod {
  /** The oldest lots first, each at its own cost. */
  FIFO,
  /** One pooled lot per book and instrument, relieved at the pool's average cost. */
  AVERAGE_COST
}
