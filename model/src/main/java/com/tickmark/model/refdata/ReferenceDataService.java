package com.tickmark.model.refdata;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import java.util.List;
import java.util.Map;

/** Reading reference data, for anyone allowed to see the firm's data. */
public final class ReferenceDataService {
  private final ReferenceDataStore store;

  public ReferenceDataService(ReferenceDataStore store) {
    this.store = store;
  }

  public List<Currency> currencies(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return store.currencies();
  }

  public Map<String, HolidayCalendar> calendars(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return store.calendars();
  }

  public List<Strategy> strategies(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return store.strategies();
  }

  public List<Book> books(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return store.books();
  }

  public List<Counterparty> counterparties(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return store.counterparties();
  }

  public List<Instrument> instruments(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return store.instruments();
  }

  public List<Account> accounts(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return store.accounts();
  }

  /** The standing settlement instructions, retired ones too. */
  public List<Ssi> ssis(Actor actor) {
    actor.require(Permission.VIEW_DATA);
    return store.ssis();
  }
}
