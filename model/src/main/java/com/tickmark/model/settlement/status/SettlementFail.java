package com.tickmark.model.settlement.status;

import com.tickmark.model.settlement.Aging;
import com.tickmark.model.trade.Trade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A settlement fail as of a date: a trade a custodian reported FAILED, or settled after its
 * intended date.
 *
 * @param reason the reason code of the newest FAILED line; empty when none was reported
 * @param ageBusinessDays business days past the intended settlement date on the calendars of the
 *     place of settlement: up to the date asked about while open, up to the day it settled once
 *     resolved (its final age)
 * @param resolvedOn the day its last part settled; null while open
 * @param statusLine {@code FILE:LINE} of the status line that gave the reason (the newest FAILED
 *     one), or of the first one that showed the fail
 * @param note who works it and what they wrote; null when nobody was assigned
 */
public record SettlementFail(
    Trade trade,
    LocalDate intendedDate,
    String reason,
    int ageBusinessDays,
    FailState state,
    LocalDate resolvedOn,
    BigDecimal settledQuantity,
    String statusLine,
    FailNote note) {
  /** Whether the fail is still open or was resolved by settling. */
  public enum FailState {
    OPEN,
    RESOLVED
  }

  /** The aging buckets, youngest first ({@link Aging#BUCKETS}). */
  public static final List<String> BUCKETS = Aging.BUCKETS;

  /** The aging bucket: {@code 0}, {@code 1-2}, {@code 3-5}, {@code 6-10} or {@code >10}. */
  public String agingBucket() {
    return Aging.bucket(ageBusinessDays);
  }

  /** What is at stake: the trade's cash, unsigned, in the trade's currency. */
  public BigDecimal value() {
    return trade.netCashOut().abs();
  }
}
