package com.tickmark.model.refdata;

import com.tickmark.model.calendar.HolidayCalendar;

/**
 * Where reference data is added and changed (implemented by the persistence module). Nothing is
 * ever deleted: trades keep naming what they named, so an item leaves use by being retired.
 */
public interface ReferenceDataEditStore extends ReferenceDataStore {
  /** The id a new instrument, counterparty, account, book or SSI of {@code kind} is to get. */
  long nextId(ReferenceDataKind kind);

  void add(Instrument instrument);

  void add(Counterparty counterparty);

  void add(Account account);

  void add(Book book);

  void add(HolidayCalendar calendar);

  void add(Ssi ssi);

  /**
   * Stores {@code after} in place of {@code before} (same id), if what is stored is still {@code
   * before}.
   *
   * @return false, storing nothing, when someone changed it meanwhile
   */
  boolean replace(Instrument before, Instrument after);

  /** See {@link #replace(Instrument, Instrument)}. */
  boolean replace(Counterparty before, Counterparty after);

  /** See {@link #replace(Instrument, Instrument)}. */
  boolean replace(Account before, Account after);

  /** See {@link #replace(Instrument, Instrument)}. */
  boolean replace(Book before, Book after);

  /** See {@link #replace(Instrument, Instrument)}; holidays are added and removed to match. */
  boolean replace(HolidayCalendar before, HolidayCalendar after);

  /** See {@link #replace(Instrument, Instrument)}. */
  boolean replace(Ssi before, Ssi after);

  /** Whether any trade names the instrument. */
  boolean traded(InstrumentId instrument);
}
