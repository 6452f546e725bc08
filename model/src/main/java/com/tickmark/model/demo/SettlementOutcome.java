package com.tickmark.model.demo;

import com.tickmark.model.settlement.status.FailReasons;
import com.tickmark.model.trade.TradeId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How a demo trade due to settle on or before the business date actually settled.
 *
 * @param intendedDate the trade's settlement date
 * @param actualDate when it settled; {@code null} while it is still failing on the business date
 * @param failReason why it failed, as an MT548 reason code (LACK lack of securities, MONY lack of
 *     cash, CMIS counterparty instruction missing); empty when it settled on time
 */
public record SettlementOutcome(
    TradeId tradeId, LocalDate intendedDate, LocalDate actualDate, String failReason) {
  public SettlementOutcome {
    Objects.requireNonNull(tradeId, "trade");
    Objects.requireNonNull(intendedDate, "intended date");
    failReason = failReason == null ? "" : failReason;
    if (actualDate != null && actualDate.isBefore(intendedDate)) {
      throw new IllegalArgumentException(
          "Trade " + tradeId + " cannot settle before its intended date");
    }
  }

  public boolean settledOnTime() {
    return intendedDate.equals(actualDate);
  }

  public boolean stillFailing() {
    return actualDate == null;
  }

  /** The fail reason as a person reads it: "LACK (lack of securities)"; empty when none. */
  public String describeFailReason() {
    return FailReasons.describe(failReason);
  }
}
