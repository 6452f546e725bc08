package com.tickmark.model.refdata.report;

import com.tickmark.model.calendar.Holiday;
import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.marketdata.report.PriceReader;
import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.Bic;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.Isin;
import com.tickmark.model.refdata.Lei;
import com.tickmark.model.refdata.Mic;
import com.tickmark.model.refdata.SettlementConvention;
import com.tickmark.model.report.ReportSection;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A small firm held in lists, and a report context over it as a clerk. */
public final class CatalogFixture {
  public static final LocalDate BUSINESS_DATE = LocalDate.of(2025, 11, 20);
  public static final Instant RUN_AT = Instant.parse("2025-11-20T18:30:00Z");
  public static final Actor CLERK = new Actor(new UserId(2), "clerk", Set.of(Role.CLERK));

  public static final Instrument AAPL =
      equity(
          1, "AAPL", "Apple Inc.", AssetClass.EQUITY, "US037833100", Mic.XNAS, "USD", "T+1 XNYS");
  public static final Instrument MSFT =
      equity(
          2,
          "MSFT",
          "Microsoft Corporation",
          AssetClass.EQUITY,
          "US594918104",
          Mic.XNAS,
          "USD",
          "T+1 XNYS");
  public static final Instrument SPY =
      equity(
          3,
          "SPY",
          "SPDR S&P 500 ETF Trust",
          AssetClass.ETF,
          "US78462F103",
          new Mic("ARCX"),
          "USD",
          "T+1 XNYS");
  public static final Instrument SAP =
      equity(4, "SAP", "SAP SE", AssetClass.EQUITY, "DE000716460", Mic.XETR, "EUR", "T+2 TARGET");
  public static final Instrument EURUSD =
      new Instrument(
          new InstrumentId(5),
          "EURUSD",
          "Euro / US dollar",
          AssetClass.FX_SPOT,
          null,
          null,
          CurrencyCode.USD,
          CurrencyCode.EUR,
          "",
          "",
          SettlementConvention.parse("T+2 TARGET,XNYS"));

  /** Listed first out of order, so reports must sort. */
  public static final List<Instrument> INSTRUMENTS = List.of(SPY, SAP, EURUSD, MSFT, AAPL);

  public static final List<Counterparty> COUNTERPARTIES =
      List.of(
          cp(
              1,
              "MSCO",
              "Morgan Stanley & Co. LLC",
              CounterpartyRole.BROKER,
              "9R7GPTSO7KV3UQJZQ0",
              "MSNYUS33",
              "US"),
          cp(
              2,
              "JPMC",
              "JPMorgan Chase Bank, N.A.",
              CounterpartyRole.BANK,
              "7H6GLXDRUGQFU57RNE",
              "CHASUS33",
              "US"),
          cp(
              3,
              "GSCO",
              "Goldman Sachs & Co. LLC",
              CounterpartyRole.BROKER,
              "FOR8UP27PHTHYVLBNG",
              "GOLDUS33",
              "US"),
          cp(
              4,
              "BNYM",
              "The Bank of New York Mellon",
              CounterpartyRole.CUSTODIAN,
              "HPFHU0OQ28E4N0NFVK",
              "IRVTUS3N",
              "US"));

  /**
   * New York with Thanksgiving 2025 (27 November) and the other autumn holidays that matter here.
   */
  public static final HolidayCalendar XNYS =
      new HolidayCalendar(
          "XNYS",
          "New York Stock Exchange",
          List.of(
              new Holiday(LocalDate.of(2025, 9, 1), "Labor Day"),
                  new Holiday(LocalDate.of(2025, 7, 4), "Independence Day"),
              new Holiday(LocalDate.of(2025, 6, 19), "Juneteenth"),
                  new Holiday(LocalDate.of(2025, 5, 26), "Memorial Day"),
              new Holiday(LocalDate.of(2025, 4, 18), "Good Friday"),
                  new Holiday(LocalDate.of(2025, 2, 17), "Washington's Birthday"),
              new Holiday(LocalDate.of(2025, 1, 20), "Martin Luther King Jr. Day"),
                  new Holiday(LocalDate.of(2025, 1, 1), "New Year's Day"),
              new Holiday(LocalDate.of(2024, 12, 25), "Christmas Day"),
                  new Holiday(LocalDate.of(2024, 11, 28), "Thanksgiving Day")));

  /** AAPL's closes on the last five New York business days to the business date, and one before. */
  public static final List<Price> AAPL_PRICES =
      List.of(
          new Price(AAPL.id(), LocalDate.of(2025, 11, 13), new BigDecimal("198.000000"), 900_000),
          new Price(AAPL.id(), LocalDate.of(2025, 11, 14), new BigDecimal("200.000000"), 1_000_000),
          new Price(AAPL.id(), LocalDate.of(2025, 11, 17), new BigDecimal("202.000000"), 1_250_000),
          new Price(AAPL.id(), LocalDate.of(2025, 11, 18), new BigDecimal("199.980000"), 980_500),
          new Price(AAPL.id(), LocalDate.of(2025, 11, 19), new BigDecimal("199.980000"), 1_100_000),
          new Price(
              AAPL.id(), LocalDate.of(2025, 11, 20), new BigDecimal("210.505000"), 2_345_678));

  /** What the price reader was last asked for, so tests can check the default period. */
  public static final class Prices implements PriceReader {
    LocalDate askedFrom;
    LocalDate askedTo;

    @Override
    public List<Price> prices(InstrumentId instrument, LocalDate from, LocalDate to) {
      askedFrom = from;
      askedTo = to;
      return AAPL_PRICES.stream()
          .filter(
              p ->
                  p.instrumentId().equals(instrument)
                      && !p.date().isBefore(from)
                      && !p.date().isAfter(to))
          .toList();
    }

    @Override
    public Optional<Price> latestOnOrBefore(InstrumentId instrument, LocalDate date) {
      Price latest = null;
      for (Price p : AAPL_PRICES) {
        if (p.instrumentId().equals(instrument) && !p.date().isAfter(date)) {
          latest = p;
        }
      }
      return Optional.ofNullable(latest);
    }
  }

  private CatalogFixture() {}

  public static ReportContext context() {
    return context(new Prices());
  }

  public static ReportContext context(PriceReader prices) {
    Map<String, HolidayCalendar> calendars = Map.of("XNYS", XNYS);
    return ReportContext.builder(CLERK, RUN_AT)
        .businessDate(BUSINESS_DATE)
        .reader(
            ReferenceDataReader.class,
            new ReferenceDataReader() {
              @Override
              public List<Instrument> instruments() {
                return INSTRUMENTS;
              }

              @Override
              public List<Counterparty> counterparties() {
                return COUNTERPARTIES;
              }

              @Override
              public Optional<HolidayCalendar> calendar(String code) {
                return Optional.ofNullable(calendars.get(code));
              }
            })
        .reader(PriceReader.class, prices)
        .build();
  }

  public static List<List<Object>> cells(ReportSection section) {
    List<List<Object>> rows = new ArrayList<>();
    try (var stream = section.rows()) {
      stream.forEach(r -> rows.add(r.cells()));
    }
    return rows;
  }

  private static Counterparty cp(
      long id,
      String code,
      String name,
      CounterpartyRole role,
      String lei18,
      String bic,
      String country) {
    return new Counterparty(
        new CounterpartyId(id),
        code,
        name,
        role,
        Lei.withCheckDigits(lei18),
        new Bic(bic),
        country);
  }

  private static Instrument equity(
      long id,
      String symbol,
      String name,
      AssetClass type,
      String isin11,
      Mic mic,
      String ccy,
      String settlement) {
    return new Instrument(
        new InstrumentId(id),
        symbol,
        name,
        type,
        Isin.withCheckDigit(isin11),
        mic,
        CurrencyCode.of(ccy),
        null,
        type == AssetClass.ETF ? "Broad market" : "Information Technology",
        isin11.substring(0, 2),
        SettlementConvention.parse(settlement));
  }
}
