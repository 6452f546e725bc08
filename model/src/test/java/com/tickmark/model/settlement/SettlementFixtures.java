package com.tickmark.model.settlement;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.AccountType;
import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.Isin;
import com.tickmark.model.refdata.Mic;
import com.tickmark.model.refdata.ReferenceDataStore;
import com.tickmark.model.refdata.SettlementConvention;
import com.tickmark.model.refdata.Ssi;
import com.tickmark.model.refdata.Strategy;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeSource;
import com.tickmark.model.trade.TradeStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A small firm for position and settlement tests: one US share and EUR/USD, a custody account and
 * dollar and euro cash accounts, two books, and trades made to order.
 */
public final class SettlementFixtures {
  private SettlementFixtures() {}

  public static final CurrencyCode USD = CurrencyCode.USD;
  public static final CurrencyCode EUR = CurrencyCode.EUR;
  public static final LocalDate OPENING = LocalDate.of(2026, 11, 6);
  public static final LocalDate MON = LocalDate.of(2026, 11, 9);
  public static final LocalDate TUE = MON.plusDays(1);
  public static final LocalDate WED = MON.plusDays(2);

  public static final BookId BOOK = new BookId(1);
  public static final BookId OTHER_BOOK = new BookId(2);
  public static final Instrument ACME =
      new Instrument(
          new InstrumentId(1),
          "ACME",
          "Acme Corp",
          AssetClass.EQUITY,
          Isin.parse("US0378331005"),
          new Mic("XNYS"),
          USD,
          null,
          "Technology",
          "US",
          SettlementConvention.of(1, "XNYS"));
  public static final Instrument EURUSD =
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
          SettlementConvention.of(2, "TARGET", "USNY"));
  public static final CounterpartyId CUSTODIAN = new CounterpartyId(1);
  public static final Account CUSTODY =
      new Account(
          new AccountId(1),
          "CUST-US",
          "US custody",
          AccountType.CUSTODY,
          CUSTODIAN,
          null,
          "",
          null);
  public static final Account CASH_USD =
      new Account(
          new AccountId(2), "CASH-USD", "Dollars", AccountType.CASH, CUSTODIAN, USD, "", null);
  public static final Account CASH_EUR =
      new Account(
          new AccountId(3), "CASH-EUR", "Euros", AccountType.CASH, CUSTODIAN, EUR, "", null);

  public static ReferenceDataStore referenceData() {
    return new ReferenceDataStore() {
      @Override
      public List<Currency> currencies() {
        return List.of(new Currency(USD, "US dollar", 2), new Currency(EUR, "Euro", 2));
      }

      @Override
      public Map<String, HolidayCalendar> calendars() {
        return Map.of();
      }

      @Override
      public List<Strategy> strategies() {
        return List.of();
      }

      @Override
      public List<Book> books() {
        return List.of(
            new Book(BOOK, "EQ-US", "US equities", "", USD),
            new Book(OTHER_BOOK, "FX", "FX", "", USD));
      }

      @Override
      public List<Counterparty> counterparties() {
        return List.of();
      }

      @Override
      public List<Instrument> instruments() {
        return List.of(ACME, EURUSD);
      }

      @Override
      public List<Account> accounts() {
        return List.of(CUSTODY, CASH_USD, CASH_EUR);
      }

      @Override
      public List<Ssi> ssis() {
        return List.of();
      }
    };
  }

  public static Trade trade(
      long id,
      BookId book,
      Instrument instrument,
      Account account,
      Side side,
      String quantity,
      String price,
      LocalDate tradeDate,
      LocalDate settles) {
    BigDecimal q = new BigDecimal(quantity);
    BigDecimal p = new BigDecimal(price);
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
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        instrument.currency(),
        tradeDate,
        Instant.parse(tradeDate + "T15:00:00Z"),
        settles,
        new CounterpartyId(9),
        account.id(),
        TradeSource.FIX,
        TradeStatus.NEW);
  }
}
