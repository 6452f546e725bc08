package com.tickmark.model.trade.blotter;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.SettlementConvention;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeFixtures;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeSource;
import com.tickmark.model.trade.TradeStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quantities add up per unit: buys less sells, shares apart from each FX base currency. */
class TotalsTest {
  static final LocalDate DAY = LocalDate.of(2025, 4, 30);
  static final Instrument EURUSD =
      new Instrument(
          new InstrumentId(3),
          "EURUSD",
          "Euro / US dollar",
          AssetClass.FX_SPOT,
          null,
          null,
          CurrencyCode.USD,
          CurrencyCode.EUR,
          "",
          "",
          SettlementConvention.of(2, "TARGET2"));

  private final TradeTable table =
      new TradeTable(
          new BlotterReference(
              CurrencyCode.EUR,
              List.of(TradeFixtures.SAP, EURUSD),
              List.of(TradeFixtures.EQ),
              List.of(TradeFixtures.BROKER),
              List.of(),
              List.of()));

  private int put(long id, Instrument instrument, Side side, String quantity) {
    BigDecimal q = new BigDecimal(quantity);
    table.put(
        new BlotterTrade(
            new Trade(
                new TradeId(id),
                1,
                "E" + id,
                "",
                "",
                TradeFixtures.EQ.id(),
                instrument.id(),
                side,
                q,
                BigDecimal.ONE,
                q,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                instrument.currency(),
                DAY,
                Instant.parse("2025-04-30T09:00:00Z"),
                DAY.plusDays(2),
                TradeFixtures.BROKER.id(),
                null,
                TradeSource.MANUAL,
                TradeStatus.NEW),
            null));
    return table.row(id);
  }

  @Test
  void netsSellsAgainstBuysAndKeepsSharesApartFromCurrencies() {
    int[] rows = {
      put(1, TradeFixtures.SAP, Side.BUY, "100"),
      put(2, TradeFixtures.SAP, Side.SELL, "40"),
      put(3, EURUSD, Side.SELL, "1000000"),
      put(4, EURUSD, Side.BUY, "250000.50")
    };

    Totals t = Totals.of(table, rows);

    assertThat(t.count()).isEqualTo(4);
    assertThat(t.quantities())
        .containsExactly(
            new Totals.Quantity("shares", new BigDecimal("60"), new BigDecimal("140")),
            new Totals.Quantity("EUR", new BigDecimal("-749999.5"), new BigDecimal("1250000.5")));
  }

  @Test
  void tradesOfOneUnitHaveOneQuantityAndNoneHaveNone() {
    int[] rows = {put(1, EURUSD, Side.BUY, "5"), put(2, EURUSD, Side.BUY, "7")};

    assertThat(Totals.of(table, rows).quantities())
        .containsExactly(new Totals.Quantity("EUR", new BigDecimal("12"), new BigDecimal("12")));
    assertThat(Totals.of(table, new int[0]).quantities()).isEmpty();
  }
}
