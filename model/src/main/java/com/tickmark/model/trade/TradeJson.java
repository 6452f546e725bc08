package com.tickmark.model.trade;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tickmark.model.json.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A trade as JSON text, for the audit trail and the four-eyes before/after. */
public final class TradeJson {
  private TradeJson() {}

  public static String of(Trade t) {
    return Json.write(
        new View(
            t.id().toString(),
            t.version(),
            t.status(),
            t.execId(),
            t.orderId(),
            t.brokerRef(),
            t.bookId().value(),
            t.instrumentId().value(),
            t.side(),
            t.quantity(),
            t.price(),
            t.grossAmount(),
            t.commission(),
            t.fees(),
            t.currency().toString(),
            t.tradeDate(),
            t.executionTime(),
            t.settlementDate(),
            t.counterpartyId().value(),
            t.accountId() == null ? null : t.accountId().value(),
            t.source()));
  }

  /** The fields in the order people read them; amounts as strings, exactly as booked. */
  private record View(
      String id,
      int version,
      TradeStatus status,
      String execId,
      String orderId,
      String brokerRef,
      long book,
      long instrument,
      Side side,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal grossAmount,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal commission,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fees,
      String currency,
      LocalDate tradeDate,
      Instant executionTime,
      LocalDate settlementDate,
      long counterparty,
      Long account,
      TradeSource source) {}
}
