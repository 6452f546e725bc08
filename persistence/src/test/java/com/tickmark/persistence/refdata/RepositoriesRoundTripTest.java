package com.tickmark.persistence.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.calendar.Holiday;
import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.marketdata.FxRate;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.AccountType;
import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.Bic;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.Isin;
import com.tickmark.model.refdata.Lei;
import com.tickmark.model.refdata.Mic;
import com.tickmark.model.refdata.SettlementConvention;
import com.tickmark.model.refdata.Strategy;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeSource;
import com.tickmark.model.trade.TradeStatus;
import com.tickmark.model.trade.TradeVersion;
import com.tickmark.persistence.marketdata.MarketDataRepository;
import com.tickmark.persistence.trade.BlotterRepository;
import com.tickmark.persistence.trade.TradeRepository;
import com.tickmark.persistence.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoriesRoundTripTest {
  @TempDir Path dir;
  Workspace ws;
  ReferenceDataRepository refdata;

  static final Currency USD = new Currency(CurrencyCode.USD, "US dollar", 2);
  static final Currency EUR = new Currency(CurrencyCode.EUR, "Euro", 2);
  static final Counterparty BROKER =
      new Counterparty(
          new CounterpartyId(1),
          "NBS",
          "Northbridge Securities LLC",
          CounterpartyRole.BROKER,
          Lei.withCheckDigits("5493000NBS00000000"),
          new Bic("NBSCUS33"),
          "US");
  static final Counterparty CUSTODIAN =
      new Counterparty(
          new CounterpartyId(2),
          "HTC",
          "Hudson Trust Company",
          CounterpartyRole.CUSTODIAN,
          Lei.withCheckDigits("5493000HTC00000000"),
          new Bic("HTCOUS33XXX"),
          "US");
  static final Instrument ACME =
      new Instrument(
          new InstrumentId(10),
          "ACME",
          "Acme Corp",
          AssetClass.EQUITY,
          Isin.withCheckDigit("US000ACME00"),
          Mic.XNYS,
          CurrencyCode.USD,
          null,
          "Industrials",
          "US",
          SettlementConvention.of(1, "XNYS"));
  static final Instrument EURUSD =
      new Instrument(
          new InstrumentId(11),
          "EUR/USD",
          "Euro / US dollar",
          AssetClass.FX_SPOT,
          null,
          null,
          CurrencyCode.USD,
          CurrencyCode.EUR,
          "",
          "",
          SettlementConvention.of(2, "TARGET", "XNYS"));
  static final Book BOOK =
      new Book(new BookId(1), "STATARB-US", "Stat arb US", "STATARB", CurrencyCode.USD);
  static final Account CUSTODY =
      new Account(
          new AccountId(1),
          "HTC-US-01",
          "Custody US",
          AccountType.CUSTODY,
          CUSTODIAN.id(),
          null,
          "SAFE-001",
          null);

  @BeforeEach
  void open() {
    ws = Workspace.open(dir);
    refdata = new ReferenceDataRepository(ws.dsl());
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private void insertReferenceData() {
    ws.run(
        () -> {
          ReferenceDataRepository r = refdata;
          r.insertCurrencies(List.of(USD, EUR));
          r.insertCalendars(
              List.of(
                  new HolidayCalendar(
                      "XNYS",
                      "New York Stock Exchange",
                      List.of(new Holiday(LocalDate.of(2025, 7, 4), "Independence Day"))),
                  new HolidayCalendar("TARGET", "TARGET2", List.of())));
          r.insertStrategies(List.of(new Strategy("STATARB", "Statistical arbitrage", "Pairs")));
          r.insertBooks(List.of(BOOK));
          r.insertCounterparties(List.of(BROKER, CUSTODIAN));
          r.insertInstruments(List.of(ACME, EURUSD));
          r.insertAccounts(List.of(CUSTODY));
        });
  }

  @Test
  void readsBackEveryKindOfReferenceDataAsWritten() {
    insertReferenceData();
    assertThat(refdata.currencies()).containsExactly(EUR, USD);
    assertThat(refdata.counterparties()).containsExactly(CUSTODIAN, BROKER);
    assertThat(refdata.instruments()).containsExactly(ACME, EURUSD);
    assertThat(refdata.books()).containsExactly(BOOK);
    assertThat(refdata.accounts()).containsExactly(CUSTODY);
    assertThat(refdata.calendars().get("XNYS").isBusinessDay(LocalDate.of(2025, 7, 4))).isFalse();
    assertThat(refdata.calendars()).containsOnlyKeys("TARGET", "XNYS");
  }

  @Test
  void aFailedLoadLeavesNothingBehind() {
    assertThatThrownBy(
            () ->
                ws.run(
                    () -> {
                      ReferenceDataRepository r = refdata;
                      r.insertCurrencies(List.of(USD));
                      r.insertInstruments(
                          List.of(ACME, ACME)); // duplicate key: the whole load fails
                    }))
        .isNotNull();
    assertThat(refdata.currencies()).isEmpty();
    assertThat(refdata.instruments()).isEmpty();
  }

  @Test
  void storesPricesAndFxRatesExactly() {
    insertReferenceData();
    MarketDataRepository md = new MarketDataRepository(ws.dsl());
    List<Price> prices =
        List.of(
            new Price(ACME.id(), LocalDate.of(2025, 7, 2), new BigDecimal("101.2500"), 1_000_000),
            new Price(ACME.id(), LocalDate.of(2025, 7, 3), new BigDecimal("99.1234"), 800_000));
    md.insertPrices(prices);
    md.insertFxRates(
        List.of(
            new FxRate(
                LocalDate.of(2025, 7, 3),
                CurrencyCode.EUR,
                CurrencyCode.USD,
                new BigDecimal("1.178912"))));

    assertThat(md.priceHistory(ACME.id(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
        .extracting(Price::close)
        .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
        .containsExactly(new BigDecimal("101.25"), new BigDecimal("99.1234"));
    assertThat(md.latestPrice(ACME.id(), LocalDate.of(2025, 7, 10)))
        .get()
        .extracting(Price::date)
        .isEqualTo(LocalDate.of(2025, 7, 3));
    assertThat(md.fxPairs()).containsExactly("EUR/USD");
    assertThat(
            md.fxHistory(
                    CurrencyCode.EUR,
                    CurrencyCode.USD,
                    LocalDate.of(2025, 7, 1),
                    LocalDate.of(2025, 7, 31))
                .get(0)
                .rate())
        .isEqualByComparingTo("1.178912");
  }

  @Test
  void storesThousandsOfTradesInBatchesAndReadsThemBackByDate() {
    insertReferenceData();
    TradeRepository trades = new TradeRepository(ws.dsl());
    List<Trade> batch = new ArrayList<>();
    for (int i = 1; i <= 2_500; i++) {
      LocalDate td = LocalDate.of(2025, 7, i % 2 == 0 ? 2 : 3);
      batch.add(
          new Trade(
              new TradeId(i),
              1,
              "E" + i,
              "O" + (i / 10),
              "",
              BOOK.id(),
              ACME.id(),
              i % 3 == 0 ? Side.SELL : Side.BUY,
              new BigDecimal("100"),
              new BigDecimal("12.34"),
              new BigDecimal("1234.00"),
              new BigDecimal("0.62"),
              BigDecimal.ZERO,
              CurrencyCode.USD,
              td,
              Instant.parse("2025-07-02T14:30:00.123456Z"),
              td.plusDays(td.getDayOfMonth() == 3 ? 4 : 1),
              BROKER.id(),
              CUSTODY.id(),
              TradeSource.FIX,
              TradeStatus.NEW));
    }
    ws.run(() -> trades.insertAll(batch));

    assertThat(trades.count()).isEqualTo(2_500);
    assertThat(trades.maxId()).isEqualTo(2_500);
    assertThat(trades.countByTradeDate())
        .containsEntry(LocalDate.of(2025, 7, 2), 1_250)
        .containsEntry(LocalDate.of(2025, 7, 3), 1_250);
    Trade first = trades.tradesOn(LocalDate.of(2025, 7, 3)).get(0);
    assertThat(first.id()).isEqualTo(new TradeId(1));
    assertThat(first.executionTime()).isEqualTo(Instant.parse("2025-07-02T14:30:00.123456Z"));
    assertThat(first.grossAmount()).isEqualByComparingTo("1234.00");
    assertThat(first.settlementDate()).isEqualTo(LocalDate.of(2025, 7, 7));
  }

  @Test
  void theBlotterReadsTradesNewestFirstInChunksWithWhenTheyWereFirstAffirmed() {
    insertReferenceData();
    TradeRepository trades = new TradeRepository(ws.dsl());
    List<Trade> batch = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      batch.add(
          new Trade(
              new TradeId(i),
              1,
              "E" + i,
              "O1",
              "",
              BOOK.id(),
              ACME.id(),
              Side.BUY,
              new BigDecimal("100"),
              new BigDecimal("12.34"),
              new BigDecimal("1234.00"),
              new BigDecimal("0.62"),
              BigDecimal.ZERO,
              CurrencyCode.USD,
              LocalDate.of(2025, 7, 2),
              Instant.parse("2025-07-02T14:30:00Z"),
              LocalDate.of(2025, 7, 3),
              BROKER.id(),
              null,
              TradeSource.FIX,
              TradeStatus.CONFIRMED));
    }
    Instant affirmed = Instant.parse("2025-07-02T18:00:00Z");
    Instant later = Instant.parse("2025-07-03T09:00:00Z");
    Trade three = batch.get(2);
    ws.run(
        () -> {
          trades.insertAll(batch.subList(0, 2));
          // loaded with its history, as the demo firm's trades are: first affirmed later
          trades.insertWithHistory(
              List.of(
                  new TradeVersion(three.asVersion(1, TradeStatus.NEW), "clerk", affirmed, "new"),
                  new TradeVersion(
                      three.asVersion(2, TradeStatus.AFFIRMED), "clerk", later, "affirmed"),
                  new TradeVersion(
                      three.asVersion(3, TradeStatus.SETTLED),
                      "clerk",
                      later.plusSeconds(3600),
                      "settled")));
          trades.insertAll(batch.subList(3, 5));
        });
    ws.run(
        () ->
            trades.supersede(
                batch.get(1).nextVersionWithStatus(TradeStatus.AFFIRMED),
                "clerk",
                affirmed,
                "affirmed"));
    ws.run(
        () ->
            trades.supersede(
                batch
                    .get(1)
                    .nextVersionWithStatus(TradeStatus.AFFIRMED)
                    .nextVersionWithStatus(TradeStatus.SETTLED),
                "clerk",
                later,
                "settled"));

    var blotter = new BlotterRepository(ws.dsl());
    assertThat(blotter.count()).isEqualTo(5);
    assertThat(blotter.newestBefore(Long.MAX_VALUE, 2))
        .extracting(t -> t.trade().id().value())
        .containsExactly(5L, 4L);
    assertThat(blotter.newestBefore(4, 10))
        .extracting(t -> t.trade().id().value())
        .containsExactly(3L, 2L, 1L);
    assertThat(blotter.after(3, 10))
        .extracting(t -> t.trade().id().value())
        .containsExactly(4L, 5L);
    var two = blotter.byIds(List.of(new TradeId(2), new TradeId(3), new TradeId(99)));
    assertThat(two).hasSize(2);
    assertThat(two.get(0).trade().status()).isEqualTo(TradeStatus.SETTLED);
    assertThat(two.get(0).affirmedAt())
        .as("the first affirmation, kept when the trade settles")
        .isEqualTo(affirmed);
    assertThat(two.get(1).affirmedAt()).isEqualTo(later);
    assertThat(blotter.byIds(List.of(new TradeId(1))).get(0).affirmedAt()).isNull();
  }

  @Test
  void afterCommitActionsRunOnceTheOutermostTransactionCommitsAndNeverOnRollback() {
    List<String> ran = new ArrayList<>();
    ws.run(
        () -> {
          ws.afterCommit(() -> ran.add("outer"));
          ws.run(() -> ws.afterCommit(() -> ran.add("nested")));
          assertThat(ran).isEmpty();
        });
    assertThat(ran).containsExactly("outer", "nested");
    ran.clear();
    assertThatThrownBy(
            () ->
                ws.run(
                    () -> {
                      ws.afterCommit(() -> ran.add("rolled back"));
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(ran).isEmpty();
    ws.afterCommit(() -> ran.add("no transaction"));
    assertThat(ran).containsExactly("no transaction");
  }
}
