package com.tickmark.app.ui.refdata;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.marketdata.FxPair;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.Ssi;
import com.tickmark.model.refdata.Strategy;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Everything the reference-data screen shows at once, read in one background task. */
public record ReferenceDataSnapshot(
    List<Currency> currencies,
    Map<String, HolidayCalendar> calendars,
    List<Strategy> strategies,
    List<Book> books,
    List<Counterparty> counterparties,
    List<Instrument> instruments,
    List<Account> accounts,
    List<Ssi> ssis,
    List<FxPair> fxPairs,
    Optional<LocalDate> businessDate) {

  public ReferenceDataSnapshot {
    currencies = List.copyOf(currencies);
    calendars = Collections.unmodifiableMap(new TreeMap<>(calendars)); // in code order
    strategies = List.copyOf(strategies);
    books = List.copyOf(books);
    counterparties = List.copyOf(counterparties);
    instruments = List.copyOf(instruments);
    accounts = List.copyOf(accounts);
    ssis = List.copyOf(ssis);
    fxPairs = List.copyOf(fxPairs);
  }
}
