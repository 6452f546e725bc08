package com.tickmark.model.trade;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an amendment changes; a {@code null} field stays as it is. Gross amount follows quantity and
 * price.
 */
public record TradeAmendment(BigDecimal quantity, BigDecimal price, BigDecimal commission, BigDecimal fees, LocalDate settlementDate) {
  public boolean isEmpty() {
    return quantity == null && price == null && commission == null && fees == null && settlementDate == null;
  }

  /** The trade with this amendment applied, as its next version. */
  public Trade applyTo(Trade t, int minorUnits) {
    BigDecimal q = quantity == null ? t.quantity() : quantity;
    BigDecimal p = price == null ? t.price() : price;
    BigDecimal gross = quantity == null && price == null ? t.grossAmount() : q.multiply(p).setScale(minorUnits, java.math.RoundingMode.HALF_EVEN);
    return new Trade(t.id(), t.version() + 1, t.execId(), t.orderId(), t.brokerRef(), t.bookId(), t.instrumentId(), t.side(),
        q, p, gross, commission == null ? t.commission() : commission, fees == null ? t.fees() : fees, t.currency(), t.tradeDate(),
        t.executionTime(), settlementDate == null ? t.settlementDate() : settlementDate, t.counterpartyId(), t.accountId(),
        t.source(), t.status());
  }
}
