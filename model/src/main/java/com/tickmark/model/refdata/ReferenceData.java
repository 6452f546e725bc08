package com.tickmark.model.refdata;

import com.tickmark.model.calendar.HolidayCalendar;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** All the reference data at one moment: what an addition or edit is checked against. */
public record ReferenceData(
    List<Currency> currencies,
    Map<String, HolidayCalendar> calendars,
    List<Strategy> strategies,
    List<Book> books,
    List<Counterparty> counterparties,
    List<Instrument> instruments,
    List<Account> accounts,
    List<Ssi> ssis) {

  public ReferenceData {
    currencies = List.copyOf(currencies);
    calendars = Collections.unmodifiableMap(new TreeMap<>(calendars));
    strategies = List.copyOf(strategies);
    books = List.copyOf(books);
    counterparties = List.copyOf(counterparties);
    instruments = List.copyOf(instruments);
    accounts = List.copyOf(accounts);
    ssis = List.copyOf(ssis);
  }

  /** The reference data as {@code store} holds it now. */
  public static ReferenceData of(ReferenceDataStore store) {
    return new ReferenceData(
        store.currencies(),
        store.calendars(),
        store.strategies(),
        store.books(),
        store.counterparties(),
        store.instruments(),
        store.accounts(),
        store.ssis());
  }

  public Optional<Instrument> instrument(InstrumentId id) {
    return instruments.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** The instrument with {@code symbol}, in any case. */
  public Optional<Instrument> instrument(String symbol) {
    return instruments.stream().filter(i -> i.symbol().equalsIgnoreCase(key(symbol))).findFirst();
  }

  public Optional<Counterparty> counterparty(CounterpartyId id) {
    return counterparties.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The counterparty with {@code code}, in any case. */
  public Optional<Counterparty> counterparty(String code) {
    return counterparties.stream().filter(c -> c.code().equalsIgnoreCase(key(code))).findFirst();
  }

  public Optional<Account> account(AccountId id) {
    return accounts.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The account with {@code code}, in any case. */
  public Optional<Account> account(String code) {
    return accounts.stream().filter(a -> a.code().equalsIgnoreCase(key(code))).findFirst();
  }

  public Optional<Ssi> ssi(SsiId id) {
    return ssis.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The SSI with {@code code}, in any case. */
  public Optional<Ssi> ssi(String code) {
    return ssis.stream().filter(s -> s.code().equalsIgnoreCase(key(code))).findFirst();
  }

  public Optional<Book> book(BookId id) {
    return books.stream().filter(b -> b.id().equals(id)).findFirst();
  }

  /** The book with {@code code}, in any case. */
  public Optional<Book> book(String code) {
    return books.stream().filter(b -> b.code().equalsIgnoreCase(key(code))).findFirst();
  }

  /** The calendar with {@code code}, in any case. */
  public Optional<HolidayCalendar> calendar(String code) {
    return Optional.ofNullable(calendars.get(key(code).toUpperCase(Locale.ROOT)));
  }

  private static String key(String text) {
    return text == null ? "" : text.trim();
  }
}
