package com.tickmark.model.refdata;

import com.tickmark.model.calendar.HolidayCalendar;
import java.util.List;
import java.util.Map;

/** Where reference data is kept (implemented by the persistence module). */
public interface ReferenceDataStore {
  List<Currency> currencies();

  Map<String, HolidayCalendar> calendars();

  List<Strategy> strategies();

  List<Book> books();

  List<Counterparty> counterparties();

  List<Instrument> instruments();

  List<Account> accounts();

  /** The standing settlement instructions, retired ones too. */
  List<Ssi> ssis();
}
