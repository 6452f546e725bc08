package com.tickmark.model.demo;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.Ssi;
import com.tickmark.model.refdata.Strategy;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The demo firm's static data: who it is, what it trades, with whom, on which calendars and how it
 * settles ({@link DemoSsis}). {@code calendars} iterates in code order, so anything written from it
 * comes out the same every run.
 */
public record DemoReferenceData(
    String firmName,
    Currency baseCurrency,
    List<Currency> currencies,
    Map<String, HolidayCalendar> calendars,
    List<Strategy> strategies,
    List<Book> books,
    List<Counterparty> counterparties,
    List<Account> accounts,
    List<Instrument> instruments,
    List<Ssi> ssis) {

  public DemoReferenceData {
    currencies = List.copyOf(currencies);
    calendars = Collections.unmodifiableMap(new TreeMap<>(calendars));
    strategies = List.copyOf(strategies);
    books = List.copyOf(books);
    counterparties = List.copyOf(counterparties);
    accounts = List.copyOf(accounts);
    instruments = List.copyOf(instruments);
    ssis = List.copyOf(ssis);
  }
}
