package com.tickmark.persistence.refdata;

import static com.tickmark.persistence.jooq.Tables.ACCOUNT;
import static com.tickmark.persistence.jooq.Tables.BOOK;
import static com.tickmark.persistence.jooq.Tables.CALENDAR_HOLIDAY;
import static com.tickmark.persistence.jooq.Tables.COUNTERPARTY;
import static com.tickmark.persistence.jooq.Tables.CURRENCY;
import static com.tickmark.persistence.jooq.Tables.HOLIDAY_CALENDAR;
import static com.tickmark.persistence.jooq.Tables.INSTRUMENT;
import static com.tickmark.persistence.jooq.Tables.STRATEGY;

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
import com.tickmark.model.refdata.ReferenceDataStore;
import com.tickmark.model.refdata.SettlementConvention;
import com.tickmark.model.refdata.Strategy;
import com.tickmark.persistence.workspace.Batches;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;

/**
 * Reference data: currencies, holiday calendars, strategies and books, counterparties, instruments
 * and accounts. Small tables, read whole into memory by the screens and services.
 */
public final class ReferenceDataRepository implements ReferenceDataStore {
  private final DSLContext dsl;

  public ReferenceDataRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  // --- currencies

  public void insertCurrencies(Collection<Currency> currencies) {
    Batches.insert(
        dsl,
        CURRENCY,
        currencies,
        c -> new Object[] {c.code().code(), c.name(), c.minorUnits()},
        CURRENCY.CODE,
        CURRENCY.NAME,
        CURRENCY.MINOR_UNITS);
  }

  @Override
  public List<Currency> currencies() {
    return dsl.selectFrom(CURRENCY)
        .orderBy(CURRENCY.CODE)
        .fetch(r -> new Currency(new CurrencyCode(r.getCode()), r.getName(), r.getMinorUnits()));
  }

  // --- calendars

  public void insertCalendars(Collection<HolidayCalendar> calendars) {
    Batches.insert(
        dsl,
        HOLIDAY_CALENDAR,
        calendars,
        c -> new Object[] {c.code(), c.name()},
        HOLIDAY_CALENDAR.CODE,
        HOLIDAY_CALENDAR.NAME);
    List<Object[]> holidays = new ArrayList<>();
    for (HolidayCalendar c : calendars) {
      for (Holiday h : c.holidays()) {
        holidays.add(new Object[] {c.code(), h.date(), h.name()});
      }
    }
    Batches.insert(
        dsl,
        CALENDAR_HOLIDAY,
        holidays,
        row -> row,
        CALENDAR_HOLIDAY.CALENDAR_CODE,
        CALENDAR_HOLIDAY.HOLIDAY_DATE,
        CALENDAR_HOLIDAY.NAME);
  }

  /** Every calendar by code, in code order. */
  @Override
  public Map<String, HolidayCalendar> calendars() {
    Map<String, List<Holiday>> holidays = new LinkedHashMap<>();
    dsl.selectFrom(CALENDAR_HOLIDAY)
        .orderBy(CALENDAR_HOLIDAY.CALENDAR_CODE, CALENDAR_HOLIDAY.HOLIDAY_DATE)
        .forEach(
            r ->
                holidays
                    .computeIfAbsent(r.getCalendarCode(), k -> new ArrayList<>())
                    .add(new Holiday(r.getHolidayDate(), r.getName())));
    Map<String, HolidayCalendar> calendars = new TreeMap<>();
    dsl.selectFrom(HOLIDAY_CALENDAR)
        .orderBy(HOLIDAY_CALENDAR.CODE)
        .forEach(
            r ->
                calendars.put(
                    r.getCode(),
                    new HolidayCalendar(
                        r.getCode(), r.getName(), holidays.getOrDefault(r.getCode(), List.of()))));
    return calendars;
  }

  // --- strategies and books

  public void insertStrategies(Collection<Strategy> strategies) {
    Batches.insert(
        dsl,
        STRATEGY,
        strategies,
        s -> new Object[] {s.code(), s.name(), s.description()},
        STRATEGY.CODE,
        STRATEGY.NAME,
        STRATEGY.DESCRIPTION);
  }

  @Override
  public List<Strategy> strategies() {
    return dsl.selectFrom(STRATEGY)
        .orderBy(STRATEGY.CODE)
        .fetch(r -> new Strategy(r.getCode(), r.getName(), r.getDescription()));
  }

  public void insertBooks(Collection<Book> books) {
    Batches.insert(
        dsl,
        BOOK,
        books,
        b ->
            new Object[] {
              b.id().value(), b.code(), b.name(), b.strategyCode(), b.baseCurrency().code()
            },
        BOOK.ID,
        BOOK.CODE,
        BOOK.NAME,
        BOOK.STRATEGY_CODE,
        BOOK.BASE_CURRENCY);
  }

  @Override
  public List<Book> books() {
    return dsl.selectFrom(BOOK)
        .orderBy(BOOK.CODE)
        .fetch(
            r ->
                new Book(
                    new BookId(r.getId()),
                    r.getCode(),
                    r.getName(),
                    r.getStrategyCode(),
                    new CurrencyCode(r.getBaseCurrency())));
  }

  // --- counterparties

  public void insertCounterparties(Collection<Counterparty> counterparties) {
    Batches.insert(
        dsl,
        COUNTERPARTY,
        counterparties,
        c ->
            new Object[] {
              c.id().value(),
              c.code(),
              c.name(),
              c.role().name(),
              c.lei().value(),
              c.bic().value(),
              c.country()
            },
        COUNTERPARTY.ID,
        COUNTERPARTY.CODE,
        COUNTERPARTY.NAME,
        COUNTERPARTY.ROLE,
        COUNTERPARTY.LEI,
        COUNTERPARTY.BIC,
        COUNTERPARTY.COUNTRY);
  }

  @Override
  public List<Counterparty> counterparties() {
    return dsl.selectFrom(COUNTERPARTY)
        .orderBy(COUNTERPARTY.CODE)
        .fetch(
            r ->
                new Counterparty(
                    new CounterpartyId(r.getId()),
                    r.getCode(),
                    r.getName(),
                    CounterpartyRole.valueOf(r.getRole()),
                    new Lei(r.getLei()),
                    new Bic(r.getBic()),
                    r.getCountry()));
  }

  // --- instruments

  public void insertInstruments(Collection<Instrument> instruments) {
    Batches.insert(
        dsl,
        INSTRUMENT,
        instruments,
        i ->
            new Object[] {
              i.id().value(),
              i.symbol(),
              i.name(),
              i.assetClass().name(),
              i.isin() == null ? null : i.isin().value(),
              i.mic() == null ? null : i.mic().value(),
              i.currency().code(),
              i.baseCurrency() == null ? null : i.baseCurrency().code(),
              i.sector(),
              i.country(),
              i.settlement().toString()
            },
        INSTRUMENT.ID,
        INSTRUMENT.SYMBOL,
        INSTRUMENT.NAME,
        INSTRUMENT.ASSET_CLASS,
        INSTRUMENT.ISIN,
        INSTRUMENT.MIC,
        INSTRUMENT.CURRENCY,
        INSTRUMENT.BASE_CURRENCY,
        INSTRUMENT.SECTOR,
        INSTRUMENT.COUNTRY,
        INSTRUMENT.SETTLEMENT_CONVENTION);
  }

  @Override
  public List<Instrument> instruments() {
    return dsl.selectFrom(INSTRUMENT)
        .orderBy(INSTRUMENT.SYMBOL)
        .fetch(
            r ->
                new Instrument(
                    new InstrumentId(r.getId()),
                    r.getSymbol(),
                    r.getName(),
                    AssetClass.valueOf(r.getAssetClass()),
                    r.getIsin() == null ? null : new Isin(r.getIsin()),
                    r.getMic() == null ? null : new Mic(r.getMic()),
                    new CurrencyCode(r.getCurrency()),
                    r.getBaseCurrency() == null ? null : new CurrencyCode(r.getBaseCurrency()),
                    r.getSector(),
                    r.getCountry(),
                    SettlementConvention.parse(r.getSettlementConvention())));
  }

  public Optional<Instrument> instrument(InstrumentId id) {
    return instruments().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  // --- accounts

  public void insertAccounts(Collection<Account> accounts) {
    Batches.insert(
        dsl,
        ACCOUNT,
        accounts,
        a ->
            new Object[] {
              a.id().value(),
              a.code(),
              a.name(),
              a.type().name(),
              a.provider() == null ? null : a.provider().value(),
              a.currency() == null ? null : a.currency().code(),
              a.number(),
              a.book() == null ? null : a.book().value()
            },
        ACCOUNT.ID,
        ACCOUNT.CODE,
        ACCOUNT.NAME,
        ACCOUNT.ACCOUNT_TYPE,
        ACCOUNT.PROVIDER_ID,
        ACCOUNT.CURRENCY,
        ACCOUNT.ACCOUNT_NUMBER,
        ACCOUNT.BOOK_ID);
  }

  @Override
  public List<Account> accounts() {
    return dsl.selectFrom(ACCOUNT)
        .orderBy(ACCOUNT.CODE)
        .fetch(
            r ->
                new Account(
                    new AccountId(r.getId()),
                    r.getCode(),
                    r.getName(),
                    AccountType.valueOf(r.getAccountType()),
                    r.getProviderId() == null ? null : new CounterpartyId(r.getProviderId()),
                    r.getCurrency() == null ? null : new CurrencyCode(r.getCurrency()),
                    r.getAccountNumber(),
                    r.getBookId() == null ? null : new BookId(r.getBookId())));
  }
}
