package com.tickmark.model.time;

import com.tickmark.model.security.Actor;

/**
 * One step of the firm's end of day. The platform registers one (moving the business date on,
 * last); a business area adds its own (posting the day to the ledger, a risk snapshot) through the
 * composition root, and {@code tickmark eod} runs them in order without knowing any of them.
 */
public interface EndOfDayStep {
  /**
   * Runs the step as {@code actor}; returns one sentence saying what it did.
   *
   * @param reason what the audit trail records
   */
  String run(Actor actor, String reason);
}
