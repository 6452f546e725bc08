package com.tickmark.model.trade.fix;

/** What became of a received execution report. Stored by name. */
public enum ReportOutcome {
  /** A new execution (ExecType F) became a new trade. */
  CREATED,
  /** A correction (G) became a new version of the trade it names. */
  CORRECTED,
  /** A bust (H) cancelled the trade it names (as a new version). */
  BUSTED,
  /** An ExecID already received: ignored, counted, stored. */
  DUPLICATE,
  /** Could not become a trade: queued for repair with the reason. */
  REPAIR,
  /** Not a trade event (an order acknowledgement, a status...): stored only. */
  IGNORED,
  /**
   * A correction or bust of a trade already confirmed, retried from the repair queue: sent to a
   * second person for approval (what a retry returns; the report stays stored as REPAIR).
   */
  APPROVAL_REQUESTED
}
