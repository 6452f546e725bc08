package com.tickmark.model.trade;

import com.tickmark.model.calendar.Holiday;
import com.tickmark.model.calendar.HolidayCalendar;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small firm's reference data for the trade rules: one euro equity (SAP, T+2 on TARGET2), one yen
 * equity (Toyota, no decimals in its currency), a book with its trading account, a broker and a
 * custodian; business date Wednesday 30 April 2025, the day before the 1 May holiday.
 */
public final class TradeFixtures {
  public static final CurrencyCode EUR = CurrencyCode.EUR;
  public static final CurrencyCode JPY = new CurrencyCode("JPY");
  public static final LocalDate BUSINESS_DATE = LocalDate.of(2025, 4, 30);

  public static final Instrument SAP =
      new Instrument(
          new InstrumentId(1),
          "SAP",
          "SAP SE",
          AssetClass.EQUITY,
          Isin.parse("DE0007164600"),
          Mic.XETR,
          EUR,
          null,
          "Technology",
          "DE",
          SettlementConvention.of(2, "TARGET2"));
  public static final Instrument TOYOTA =
      new Instrument(
          new InstrumentId(2),
          "7203",
          "Toyota Motor",
          AssetClass.EQUITY,
          Isin.parse("JP3633400001"),
          new Mic("XTKS"),
          JPY,
          null,
          "Autos",
          "JP",
          SettlementConvention.of(2, "TARGET2"));
  public static final Book EQ = new Book(new BookId(10), "EQ-EU", "European equities", "", EUR);
  public static final Account TRADING =
      new Account(
          new AccountId(20), "TRD-EQ-EU", "Trading", AccountType.TRADING, null, null, "", EQ.id());
  public static final Counterparty BROKER =
      new Counterparty(
          new CounterpartyId(30),
          "GSCO",
          "Broker",
          CounterpartyRole.BROKER,
          Lei.withCheckDigits("529900T8BM49AURSDO"),
          new Bic("GSCOGB2L"),
          "GB");
  public static final Counterparty CUSTODIAN =
      new Counterparty(
          new CounterpartyId(31),
          "BNYM",
          "Custodian",
          CounterpartyRole.CUSTODIAN,
          Lei.withCheckDigits("HPFHU0OQ28E4N0NFVK"),
          new Bic("IRVTUS3N"),
          "US");
  public static final HolidayCalendar TARGET2 =
      new HolidayCalendar(
          "TARGET2", "TARGET2", List.of(new Holiday(LocalDate.of(2025, 5, 1), "Labour Day")));

  /** SAP closed at 180 on every day; Toyota has no reference price. */
  public static final ReferencePrices PRICES =
      (instrument, date) ->
          instrument.equals(SAP.id()) ? Optional.of(new BigDecimal("180")) : Optional.empty();

  private TradeFixtures() {}

  public static TradeReferenceIndex index() {
    return new TradeReferenceIndex(
        List.of(EQ),
        List.of(SAP, TOYOTA),
        List.of(BROKER, CUSTODIAN),
        List.of(TRADING),
        List.of(new Currency(EUR, "Euro", 2), new Currency(JPY, "Yen", 0)),
        Map.of("TARGET2", TARGET2));
  }

  /** 100 SAP bought from GSCO at 180.125, EUR 4.5 commission, on the business date. */
  public static TradeTerms sapBuy() {
    return new TradeTerms(
        "EQ-EU",
        "SAP",
        null,
        "GSCO",
        null,
        Side.BUY,
        new BigDecimal("100"),
        new BigDecimal("180.125"),
        new BigDecimal("4.5"),
        null,
        null,
        BUSINESS_DATE,
        null);
  }
}
