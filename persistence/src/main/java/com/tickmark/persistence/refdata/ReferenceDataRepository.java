package com.tickmark.persistence.refdata;

import static com.tickmark.persistence.jooq.Tables.ACCOUNT;
import static com.tickmark.persistence.jooq.Tables.BOOK;
import static com.tickmark.persistence.jooq.Tables.CALENDAR_HOLIDAY;
import static com.tickmark.persistence.jooq.Tables.COUNTERPARTY;
import static com.tickmark.persistence.jooq.Tables.CURRENCY;
import static com.tickmark.persistence.jooq.Tables.HOLIDAY_CALENDAR;
import static com.tickmark.persistence.jooq.Tables.INSTRUMENT;
import static com.tickmark.persistence.jooq.Tables.STANDING_SETTLEMENT_INSTRUCTION;
import static com.tickmark.persistence.jooq.Tables.STRATEGY;
import static com.tickmark.persistence.jooq.Tables.TRADE;

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
import com.tickmark.model.refdata.ReferenceDataEditStore;
import com.tickmark.model.refdata.ReferenceDataKind;
import com.tickmark.model.refdata.SettlementConvention;
import com.tickmark.model.refdata.Ssi;
import com.tickmark.model.refdata.SsiId;
import com.tickmark.model.refdata.Strategy;
import com.tickmark.persistence.workspace.Batches;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Reference data: currencies, holiday calendars, strategies and books, counterparties, instruments,
 * accounts and standing settlement instructions. Small tables, read whole into memory by the
 * screens and services; added to and changed one item at a time, never deleted.
 */
public final class ReferenceDataRepository implements ReferenceDataEditStore {
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

  private static final Field<?>[] CALENDAR_FIELDS = {
    HOLIDAY_CALENDAR.CODE, HOLIDAY_CALENDAR.NAME, HOLIDAY_CALENDAR.RETIRED
  };

  private static Object[] row(HolidayCalendar c) {
    return new Object[] {c.code(), c.name(), c.retired()};
  }

  public void insertCalendars(Collection<HolidayCalendar> calendars) {
    Batches.insert(dsl, HOLIDAY_CALENDAR, calendars, c -> row(c), CALENDAR_FIELDS);
    for (HolidayCalendar c : calendars) {
      insertHolidays(c.code(), c.holidays());
    }
  }

  private void insertHolidays(String calendar, Collection<Holiday> holidays) {
    Batches.insert(
        dsl,
        CALENDAR_HOLIDAY,
        holidays,
        h -> new Object[] {calendar, h.date(), h.name()},
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
                        r.getCode(),
                        r.getName(),
                        holidays.getOrDefault(r.getCode(), List.of()),
                        r.getRetired())));
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

  private static final Field<?>[] BOOK_FIELDS = {
    BOOK.ID, BOOK.CODE, BOOK.NAME, BOOK.STRATEGY_CODE, BOOK.BASE_CURRENCY, BOOK.RETIRED
  };

  private static Object[] row(Book b) {
    return new Object[] {
      b.id().value(), b.code(), b.name(), b.strategyCode(), b.baseCurrency().code(), b.retired()
    };
  }

  public void insertBooks(Collection<Book> books) {
    Batches.insert(dsl, BOOK, books, b -> row(b), BOOK_FIELDS);
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
                    new CurrencyCode(r.getBaseCurrency()),
                    r.getRetired()));
  }

  // --- counterparties

  private static final Field<?>[] COUNTERPARTY_FIELDS = {
    COUNTERPARTY.ID,
    COUNTERPARTY.CODE,
    COUNTERPARTY.NAME,
    COUNTERPARTY.ROLE,
    COUNTERPARTY.LEI,
    COUNTERPARTY.BIC,
    COUNTERPARTY.COUNTRY,
    COUNTERPARTY.RETIRED
  };

  private static Object[] row(Counterparty c) {
    return new Object[] {
      c.id().value(),
      c.code(),
      c.name(),
      c.role().name(),
      c.lei().value(),
      c.bic().value(),
      c.country(),
      c.retired()
    };
  }

  public void insertCounterparties(Collection<Counterparty> counterparties) {
    Batches.insert(dsl, COUNTERPARTY, counterparties, c -> row(c), COUNTERPARTY_FIELDS);
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
                    r.getCountry(),
                    r.getRetired()));
  }

  // --- instruments

  private static final Field<?>[] INSTRUMENT_FIELDS = {
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
    INSTRUMENT.SETTLEMENT_CONVENTION,
    INSTRUMENT.RETIRED
  };

  private static Object[] row(Instrument i) {
    return new Object[] {
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
      i.settlement().toString(),
      i.retired()
    };
  }

  public void insertInstruments(Collection<Instrument> instruments) {
    Batches.insert(dsl, INSTRUMENT, instruments, i -> row(i), INSTRUMENT_FIELDS);
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
                    SettlementConvention.parse(r.getSettlementConvention()),
                    r.getRetired()));
  }

  public Optional<Instrument> instrument(InstrumentId id) {
    return instruments().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  // --- accounts

  private static final Field<?>[] ACCOUNT_FIELDS = {
    ACCOUNT.ID,
    ACCOUNT.CODE,
    ACCOUNT.NAME,
    ACCOUNT.ACCOUNT_TYPE,
    ACCOUNT.PROVIDER_ID,
    ACCOUNT.CURRENCY,
    ACCOUNT.ACCOUNT_NUMBER,
    ACCOUNT.BOOK_ID,
    ACCOUNT.RETIRED
  };

  private static Object[] row(Account a) {
    return new Object[] {
      a.id().value(),
      a.code(),
      a.name(),
      a.type().name(),
      a.provider() == null ? null : a.provider().value(),
      a.currency() == null ? null : a.currency().code(),
      a.number(),
      a.book() == null ? null : a.book().value(),
      a.retired()
    };
  }

  public void insertAccounts(Collection<Account> accounts) {
    Batches.insert(dsl, ACCOUNT, accounts, a -> row(a), ACCOUNT_FIELDS);
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
                    r.getBookId() == null ? null : new BookId(r.getBookId()),
                    r.getRetired()));
  }

  // --- standing settlement instructions

  private static final Field<?>[] SSI_FIELDS = {
    STANDING_SETTLEMENT_INSTRUCTION.ID,
    STANDING_SETTLEMENT_INSTRUCTION.CODE,
    STANDING_SETTLEMENT_INSTRUCTION.COUNTERPARTY_ID,
    STANDING_SETTLEMENT_INSTRUCTION.ASSET_CLASS,
    STANDING_SETTLEMENT_INSTRUCTION.CURRENCY,
    STANDING_SETTLEMENT_INSTRUCTION.MARKET_COUNTRY,
    STANDING_SETTLEMENT_INSTRUCTION.PLACE_OF_SETTLEMENT,
    STANDING_SETTLEMENT_INSTRUCTION.CUSTODY_ACCOUNT_ID,
    STANDING_SETTLEMENT_INSTRUCTION.CASH_ACCOUNT_ID,
    STANDING_SETTLEMENT_INSTRUCTION.AGENT_BIC,
    STANDING_SETTLEMENT_INSTRUCTION.THEIR_ACCOUNT,
    STANDING_SETTLEMENT_INSTRUCTION.RETIRED
  };

  private static Object[] row(Ssi s) {
    return new Object[] {
      s.id().value(),
      s.code(),
      s.counterparty().value(),
      s.assetClass().name(),
      s.currency().code(),
      s.marketCountry(),
      s.placeOfSettlement() == null ? null : s.placeOfSettlement().value(),
      s.custodyAccount() == null ? null : s.custodyAccount().value(),
      s.cashAccount().value(),
      s.agent().value(),
      s.theirAccount(),
      s.retired()
    };
  }

  public void insertSsis(Collection<Ssi> ssis) {
    Batches.insert(dsl, STANDING_SETTLEMENT_INSTRUCTION, ssis, s -> row(s), SSI_FIELDS);
  }

  @Override
  public List<Ssi> ssis() {
    return dsl.selectFrom(STANDING_SETTLEMENT_INSTRUCTION)
        .orderBy(STANDING_SETTLEMENT_INSTRUCTION.CODE)
        .fetch(
            r ->
                new Ssi(
                    new SsiId(r.getId()),
                    r.getCode(),
                    new CounterpartyId(r.getCounterpartyId()),
                    AssetClass.valueOf(r.getAssetClass()),
                    new CurrencyCode(r.getCurrency()),
                    r.getMarketCountry(),
                    r.getPlaceOfSettlement() == null ? null : new Bic(r.getPlaceOfSettlement()),
                    r.getCustodyAccountId() == null ? null : new AccountId(r.getCustodyAccountId()),
                    new AccountId(r.getCashAccountId()),
                    new Bic(r.getAgentBic()),
                    r.getTheirAccount(),
                    r.getRetired()));
  }

  // --- additions and changes

  @Override
  public long nextId(ReferenceDataKind kind) {
    TableField<?, Long> id =
        switch (kind) {
          case INSTRUMENT -> INSTRUMENT.ID;
          case COUNTERPARTY -> COUNTERPARTY.ID;
          case ACCOUNT -> ACCOUNT.ID;
          case BOOK -> BOOK.ID;
          case SSI -> STANDING_SETTLEMENT_INSTRUCTION.ID;
          case CALENDAR ->
              throw new IllegalArgumentException("Calendars are known by their code, not an id");
        };
    Long max = dsl.select(DSL.max(id)).from(id.getTable()).fetchOne(0, Long.class);
    return max == null ? 1 : max + 1;
  }

  @Override
  public void add(Instrument instrument) {
    insertInstruments(List.of(instrument));
  }

  @Override
  public void add(Counterparty counterparty) {
    insertCounterparties(List.of(counterparty));
  }

  @Override
  public void add(Account account) {
    insertAccounts(List.of(account));
  }

  @Override
  public void add(Book book) {
    insertBooks(List.of(book));
  }

  @Override
  public void add(HolidayCalendar calendar) {
    insertCalendars(List.of(calendar));
  }

  @Override
  public void add(Ssi ssi) {
    insertSsis(List.of(ssi));
  }

  @Override
  public boolean replace(Instrument before, Instrument after) {
    return replace(INSTRUMENT, INSTRUMENT_FIELDS, row(before), row(after));
  }

  @Override
  public boolean replace(Counterparty before, Counterparty after) {
    return replace(COUNTERPARTY, COUNTERPARTY_FIELDS, row(before), row(after));
  }

  @Override
  public boolean replace(Account before, Account after) {
    return replace(ACCOUNT, ACCOUNT_FIELDS, row(before), row(after));
  }

  @Override
  public boolean replace(Book before, Book after) {
    return replace(BOOK, BOOK_FIELDS, row(before), row(after));
  }

  @Override
  public boolean replace(Ssi before, Ssi after) {
    return replace(STANDING_SETTLEMENT_INSTRUCTION, SSI_FIELDS, row(before), row(after));
  }

  /** The calendar's row, then its holidays: those removed deleted, those added or renamed set. */
  @Override
  public boolean replace(HolidayCalendar before, HolidayCalendar after) {
    if (!replace(HOLIDAY_CALENDAR, CALENDAR_FIELDS, row(before), row(after))) {
      return false;
    }
    Map<LocalDate, Holiday> was = new HashMap<>();
    before.holidays().forEach(h -> was.put(h.date(), h));
    Map<LocalDate, Holiday> now = new HashMap<>();
    after.holidays().forEach(h -> now.put(h.date(), h));
    for (Holiday h : before.holidays()) {
      if (!h.equals(now.get(h.date()))) {
        int deleted =
            dsl.deleteFrom(CALENDAR_HOLIDAY)
                .where(CALENDAR_HOLIDAY.CALENDAR_CODE.eq(before.code()))
                .and(CALENDAR_HOLIDAY.HOLIDAY_DATE.eq(h.date()))
                .and(CALENDAR_HOLIDAY.NAME.eq(h.name()))
                .execute();
        if (deleted != 1) {
          throw new IllegalStateException(
              "Holiday " + h.date() + " of " + before.code() + " changed meanwhile");
        }
      }
    }
    insertHolidays(
        after.code(), after.holidays().stream().filter(h -> !h.equals(was.get(h.date()))).toList());
    return true;
  }

  /**
   * Sets a row to {@code after} where it still holds {@code before} in every column: a stale edit
   * finds no row.
   */
  @SuppressWarnings("unchecked")
  private boolean replace(Table<?> table, Field<?>[] fields, Object[] before, Object[] after) {
    Condition unchanged = DSL.noCondition();
    Map<Field<?>, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < fields.length; i++) {
      unchanged = unchanged.and(((Field<Object>) fields[i]).isNotDistinctFrom(before[i]));
      values.put(fields[i], after[i]);
    }
    return dsl.update(table).set(values).where(unchanged).execute() == 1;
  }

  @Override
  public boolean traded(InstrumentId instrument) {
    return dsl.fetchExists(
        dsl.selectOne().from(TRADE).where(TRADE.INSTRUMENT_ID.eq(instrument.value())));
  }
}
