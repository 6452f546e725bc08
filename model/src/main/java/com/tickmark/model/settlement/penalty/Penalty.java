package com.tickmark.model.settlement.penalty;

import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.Isin;
import com.tickmark.model.trade.TradeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One day's CSDR cash penalty on one failing instruction: failing quantity × reference price ×
 * rate, rounded to the currency's minor units.
 *
 * @param reference the trade's execution id (the "our reference" of the status files)
 * @param date the business day the instruction failed
 * @param failingQuantity what was still to settle at the end of that day
 * @param referencePrice the instrument's close that day (the latest close before it when the day
 *     has none), in the instrument's currency
 * @param rate the daily rate as a fraction of the failing value (0.0001 for 1 bp)
 * @param basis what the rate is: the instrument's {@link PenaltyClass}, or lack of cash
 * @param reason the fail's reason code (LACK, MONY, CMIS…); empty when none was reported
 */
public record Penalty(
    TradeId trade,
    String reference,
    CounterpartyId counterparty,
    LocalDate date,
    InstrumentId instrument,
    Isin isin,
    BigDecimal failingQuantity,
    BigDecimal referencePrice,
    BigDecimal rate,
    String basis,
    BigDecimal amount,
    CurrencyCode currency,
    PenaltyDirection direction,
    String reason) {
  public Penalty {
    Objects.requireNonNull(trade, "trade");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(direction, "direction");
  }

  /** What identifies this penalty among all others (and its booking). */
  public PenaltyKey key() {
    return new PenaltyKey(trade, date, direction);
  }

  /** The amount signed from the firm's side: negative when we pay, positive when we receive. */
  public BigDecimal signedAmount() {
    return direction == PenaltyDirection.PAY ? amount.negate() : amount;
  }
}
