package com.tickmark.model.trade;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A trade keyed in by hand (a phone trade), in the words a clerk uses: codes and symbols, not ids.
 *
 * @param tradeDate {@code null} for the business date
 * @param executionTime {@code null} for now
 * @param account the custody account code, or {@code null}
 * @param brokerRef the broker's reference, or {@code null}
 * @param orderId the order it filled, or {@code null}
 */
public record NewTrade(
    String book,
    String instrument,
    Side side,
    BigDecimal quantity,
    BigDecimal price,
    BigDecimal commission,
    BigDecimal fees,
    String counterparty,
    String account,
    LocalDate tradeDate,
    Instant executionTime,
    String brokerRef,
    String orderId) {

  /** A trade without an order id. */
  public NewTrade(
      String book,
      String instrument,
      Side side,
      BigDecimal quantity,
      BigDecimal price,
      BigDecimal commission,
      BigDecimal fees,
      String counterparty,
      String account,
      LocalDate tradeDate,
      Instant executionTime,
      String brokerRef) {
    this(
        book,
        instrument,
        side,
        quantity,
        price,
        commission,
        fees,
        counterparty,
        account,
        tradeDate,
        executionTime,
        brokerRef,
        null);
  }
}
