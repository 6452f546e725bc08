package com.tickmark.model.trade.fix;

import com.tickmark.model.trade.TradeId;
import java.util.Objects;

/**
 * A received execution report and what became of it, as kept for good.
 *
 * @param tradeId the trade it created or changed; null when it changed none
 * @param tradeVersion the trade version it produced; 0 when none
 * @param detail a sentence for people: the repair reason, or what was done
 */
public record ReceivedReport(
    ExecutionReport report,
    ReportOutcome outcome,
    TradeId tradeId,
    int tradeVersion,
    String detail) {
  public ReceivedReport {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(outcome, "outcome");
    detail = detail == null ? "" : detail;
  }
}
