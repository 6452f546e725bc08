package com.tickmark.model.ledger.posting;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.ledger.PostingAccounts;
import com.tickmark.model.ledger.lot.LotMethod;
import com.tickmark.model.marketdata.FxRate;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.marketdata.ReportingRates;
import com.tickmark.model.position.OpeningCash;
import com.tickmark.model.position.OpeningPosition;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.AccountType;
import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.Isin;
import com.tickmark.model.refdata.Mic;
import com.tickmark.model.refdata.ReferenceData;
import com.tickmark.model.refdata.SettlementConvention;
import com.tickmark.model.settlement.penalty.BookedPenalty;
import com.tickmark.model.settlement.status.SettledPart;
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
import java.util.Map;

/**
 * A small firm for the ledger's tests, reporting in dollars: a US share (ACME), a German one (BMW,
 * in euros), EUR/USD spot, two books, dollar and euro cash accounts; and the inputs of a posting
 * run, made to order.
 */
final class LedgerFixtures {
  private LedgerFixtures() {}

  static final CurrencyCode USD = CurrencyCode.USD;
  static final CurrencyCode EUR = CurrencyCode.EUR;
  static final LocalDate OPENING = LocalDate.of(2026, 11, 6);
  static final LocalDate MON = LocalDate.of(2026, 11, 9);
  static final LocalDate TUE = MON.plusDays(1);
  static final LocalDate WED = MON.plusDays(2);
  static final LocalDate THU = MON.plusDays(3);

  static final BookId EQUITIES = new BookId(1);
  static final BookId MACRO = new BookId(2);
  static final Book EQUITIES_BOOK = new Book(EQUITIES, "EQ", "Equities", "LONGSHORT", USD);
  static final Book MACRO_BOOK = new Book(MACRO, "MAC", "Macro", "MACRO", USD);

  static final Instrument ACME = share(1, "ACME", "US0378331005", "XNYS", USD);
  static final Instrument BMW = share(3, "BMW", "DE0005190003", "XETR", EUR);
  static final Instrument EURUSD =
      new Instrument(
          new InstrumentId(2),
          "EUR/USD",
          "Euro / US dollar",
          AssetClass.FX_SPOT,
          null,
          null,
          USD,
          EUR,
          "",
          "",
          SettlementConvention.of(2, "TARGET"));

  static final CounterpartyId BANK = new CounterpartyId(1);
  static final Account CASH_USD =
      new Account(new AccountId(2), "CASH-USD", "Dollars", AccountType.CASH, BANK, USD, "", null);
  static final Account CASH_EUR =
      new Account(new AccountId(3), "CASH-EUR", "Euros", AccountType.CASH, BANK, EUR, "", null);
  static final Account CUSTODY =
      new Account(new AccountId(1), "CUST", "Custody", AccountType.CUSTODY, BANK, null, "", null);

  static final ReferenceData REFERENCE_DATA =
      new ReferenceData(
          List.of(new Currency(USD, "US dollar", 2), new Currency(EUR, "Euro", 2)),
          Map.of(),
          List.of(),
          List.of(EQUITIES_BOOK, MACRO_BOOK),
          List.of(),
          List.of(ACME, BMW, EURUSD),
          List.of(CUSTODY, CASH_USD, CASH_EUR),
          List.of());

  /** Weekdays, no holidays. */
  static final HolidayCalendar WEEKDAYS = new HolidayCalendar("TEST", "Weekdays", List.of());

  static Instrument share(long id, String symbol, String isin, String mic, CurrencyCode currency) {
    return new Instrument(
        new InstrumentId(id),
        symbol,
        symbol + " AG",
        AssetClass.EQUITY,
        Isin.parse(isin),
        new Mic(mic),
        currency,
        null,
        "",
        "",
        SettlementConvention.of(2, "TARGET"));
  }

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /** Version 1 of a trade done at {@code minute} past 10:00 UTC on {@code date}, costs free. */
  static Trade trade(
      long id,
      BookId book,
      Instrument instrument,
      Side side,
      String quantity,
      String price,
      LocalDate date) {
    return trade(id, book, instrument, side, quantity, price, "0", "0", date, 0);
  }

  static Trade trade(
      long id,
      BookId book,
      Instrument instrument,
      Side side,
      String quantity,
      String price,
      String commission,
      String fees,
      LocalDate date,
      int minute) {
    BigDecimal q = d(quantity);
    BigDecimal p = d(price);
    return new Trade(
        new TradeId(id),
        1,
        "E" + id,
        "O" + id,
        "",
        book,
        instrument.id(),
        side,
        q,
        p,
        q.multiply(p),
        d(commission),
        d(fees),
        instrument.currency(),
        date,
        Instant.parse(date + "T10:00:00Z").plusSeconds(60L * minute),
        date.plusDays(2),
        new CounterpartyId(9),
        CUSTODY.id(),
        TradeSource.FIX,
        TradeStatus.NEW);
  }

  /** {@code trade} at {@code price} as its next version (an amendment). */
  static Trade withPrice(Trade trade, String price) {
    BigDecimal p = d(price);
    return new Trade(
        trade.id(),
        trade.version() + 1,
        trade.execId(),
        trade.orderId(),
        trade.brokerRef(),
        trade.bookId(),
        trade.instrumentId(),
        trade.side(),
        trade.quantity(),
        p,
        trade.quantity().multiply(p),
        trade.commission(),
        trade.fees(),
        trade.currency(),
        trade.tradeDate(),
        trade.executionTime(),
        trade.settlementDate(),
        trade.counterpartyId(),
        trade.accountId(),
        trade.source(),
        trade.status());
  }

  static Price close(Instrument instrument, LocalDate date, String close) {
    return new Price(instrument.id(), date, d(close), 0);
  }

  static FxRate eurUsd(LocalDate date, String rate) {
    return new FxRate(date, EUR, USD, d(rate));
  }

  static SettledPart settled(Trade trade, LocalDate on, String quantity, String amount) {
    return new SettledPart(trade.id(), on, d(quantity), d(amount), "test", null);
  }

  static OpeningCash openingCash(Account account, String balance) {
    return new OpeningCash(OPENING, account.id(), d(balance));
  }

  static OpeningPosition openingPosition(
      BookId book, Instrument instrument, String quantity, String cost) {
    return new OpeningPosition(OPENING, book, CUSTODY.id(), instrument.id(), d(quantity), d(cost));
  }

  /** A posting run's inputs, built up a piece at a time. */
  static final class Inputs {
    final List<Trade> trades = new ArrayList<>();
    final List<SettledPart> settled = new ArrayList<>();
    final List<Price> closes = new ArrayList<>();
    final List<FxRate> rates = new ArrayList<>(List.of(eurUsd(OPENING, "1.10")));
    final List<OpeningPosition> positions = new ArrayList<>();
    final List<OpeningCash> cash = new ArrayList<>();
    final List<BookedPenalty> penalties = new ArrayList<>();
    final List<WriteOff> writeOffs = new ArrayList<>();
    LotMethod method = LotMethod.FIFO;

    Inputs trades(Trade... more) {
      trades.addAll(List.of(more));
      return this;
    }

    Inputs closes(Price... more) {
      closes.addAll(List.of(more));
      return this;
    }

    PostingInputs build() {
      return new PostingInputs(
          REFERENCE_DATA,
          PostingAccounts.standard(),
          new ReportingRates(USD, rates),
          WEEKDAYS,
          trades,
          settled,
          closes,
          positions,
          cash,
          penalties,
          writeOffs,
          Map.of(EQUITIES, method, MACRO, method));
    }
  }
}
