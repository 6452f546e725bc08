package com.tickmark.app.ui.refdata;

import com.tickmark.app.AppServices;
import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.task.TaskContext;
import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.firm.FirmService;
import com.tickmark.model.marketdata.FxPair;
import com.tickmark.model.marketdata.FxRate;
import com.tickmark.model.marketdata.MarketDataService;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.refdata.Ssi;
import com.tickmark.model.refdata.Strategy;
import com.tickmark.model.security.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the reference-data screen's data through the permission-checked services, as the signed-in
 * user.
 */
public final class WorkspaceReferenceDataSource implements ReferenceDataSource {
  private static final int QUERIES = 10;

  private final ReferenceDataService referenceData;
  private final MarketDataService marketData;
  private final FirmService firm;
  private final Actor actor;

  /** The source for a screen, reading as its signed-in user. */
  public static WorkspaceReferenceDataSource of(ScreenContext context) {
    AppServices services = context.services();
    return new WorkspaceReferenceDataSource(
        services.referenceData(), services.marketData(), services.firm(), context.actor());
  }

  public WorkspaceReferenceDataSource(
      ReferenceDataService referenceData,
      MarketDataService marketData,
      FirmService firm,
      Actor actor) {
    this.referenceData = referenceData;
    this.marketData = marketData;
    this.firm = firm;
    this.actor = actor;
  }

  @Override
  public ReferenceDataSnapshot load(TaskContext task) {
    int[] step = {0};
    List<Currency> currencies =
        read(task, step, "currencies", () -> referenceData.currencies(actor));
    Map<String, HolidayCalendar> calendars =
        read(task, step, "holiday calendars", () -> referenceData.calendars(actor));
    List<Strategy> strategies =
        read(task, step, "strategies", () -> referenceData.strategies(actor));
    List<Book> books = read(task, step, "books", () -> referenceData.books(actor));
    List<Counterparty> counterparties =
        read(task, step, "counterparties", () -> referenceData.counterparties(actor));
    List<Instrument> instruments =
        read(task, step, "instruments", () -> referenceData.instruments(actor));
    List<Account> accounts = read(task, step, "accounts", () -> referenceData.accounts(actor));
    List<Ssi> ssis = read(task, step, "settlement instructions", () -> referenceData.ssis(actor));
    List<FxPair> pairs = read(task, step, "currency pairs", () -> marketData.fxPairs(actor));
    Optional<LocalDate> businessDate =
        read(task, step, "business date", () -> firm.profile().businessDate());
    return new ReferenceDataSnapshot(
        currencies,
        calendars,
        strategies,
        books,
        counterparties,
        instruments,
        accounts,
        ssis,
        pairs,
        businessDate);
  }

  private static <T> T read(TaskContext task, int[] step, String what, Supplier<T> query) {
    task.checkCancelled();
    task.updateMessage("Reading " + what);
    T result = query.get();
    task.updateProgress(++step[0], QUERIES);
    return result;
  }

  @Override
  public List<Price> prices(InstrumentId instrument) {
    return marketData.prices(actor, instrument);
  }

  @Override
  public List<FxRate> fxRates(FxPair pair) {
    return marketData.fxRates(actor, pair);
  }
}
