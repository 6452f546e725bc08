package com.tickmark.persistence.trade;

import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeSource;
import com.tickmark.model.trade.TradeStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Trades for repository tests. The trade table has no foreign keys (ADR 0009), so no reference data
 * is needed; amounts carry the database's scales so a read-back trade equals the written one.
 */
public final class TestTrades {
  private TestTrades() {}

  /** A new captured trade {@code id} with exec id "E{id}": 1,500.25 ACME at 12.34567891. */
  public static Trade trade(long id) {
    return new Trade(
        new TradeId(id),
        1,
        "E" + id,
        "O" + id,
        "",
        new BookId(1),
        new InstrumentId(10),
        id % 2 == 0 ? Side.SELL : Side.BUY,
        new BigDecimal("1500.250000"),
        new BigDecimal("12.34567891"),
        new BigDecimal("18521.604785"),
        new BigDecimal("7.410000"),
        new BigDecimal("0.120000"),
        CurrencyCode.USD,
        LocalDate.of(2025, 7, 2),
        Instant.parse("2025-07-02T14:30:00.123456Z"),
        LocalDate.of(2025, 7, 3),
        new CounterpartyId(1),
        id % 3 == 0 ? null : new AccountId(1),
        TradeSource.FILE,
        TradeStatus.NEW);
  }

  /** Trades {@code first} to {@code last}, in id order. */
  public static List<Trade> trades(long first, long last) {
    List<Trade> all = new ArrayList<>();
    for (long id = first; id <= last; id++) {
      all.add(trade(id));
    }
    return all;
  }
}
