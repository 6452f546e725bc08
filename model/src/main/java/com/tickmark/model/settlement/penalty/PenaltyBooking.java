package com.tickmark.model.settlement.penalty;

import com.tickmark.model.refdata.CurrencyCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * An accountant's mark that a CSDR penalty is booked (the ledger posts it): the amount and currency
 * as they were when booked, who booked it and when. Never changed: when the penalty's amount
 * changes later, the difference is shown beside the booking ({@link BookedPenalty#difference()}).
 */
public record PenaltyBooking(
    PenaltyKey key, BigDecimal amount, CurrencyCode currency, String bookedBy, Instant bookedAt) {
  public PenaltyBooking {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(bookedBy, "booked by");
    Objects.requireNonNull(bookedAt, "booked at");
  }
}
