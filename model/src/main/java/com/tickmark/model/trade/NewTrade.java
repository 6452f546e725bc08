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
 */
public record NewTrade(
    String book, String instrument, Side side, BigDecimal quantity, BigDecimal price, BigDecimal commission, BigDecimal fees,
    String counterparty, String account, LocalDate tradeDate, Instant executionTime, String brokerRef) {}
