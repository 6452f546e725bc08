package com.tickmark.model.trade;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The payload of a request to amend a confirmed trade: which trade, the version the maker saw, and
 * the fields to change (a missing one stays as it is).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TradeAmendPayload(
    long trade,
    int version,
    BigDecimal quantity,
    BigDecimal price,
    BigDecimal commission,
    BigDecimal fees,
    LocalDate settlementDate) {

  static TradeAmendPayload of(Trade before, TradeAmendment a) {
    return new TradeAmendPayload(
        before.id().value(),
        before.version(),
        a.quantity(),
        a.price(),
        a.commission(),
        a.fees(),
        a.settlementDate());
  }

  TradeAmendment amendment() {
    return new TradeAmendment(quantity, price, commission, fees, settlementDate);
  }
}
