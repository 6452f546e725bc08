package com.tickmark.app.ui.refdata;

import com.tickmark.app.ui.shell.ScreenContext;
import com.tickmark.app.ui.task.TaskContext;
import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.marketdata.FxRate;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.refdata.Strategy;
import com.tickmark.model.security.Actor;
import com.tickmark.persistence.marketdata.MarketDataRepository;
import com.tickmark.persistence.workspace.SettingsRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the reference-data screen's data: reference data through the permission-checked service as
 * the signed-in user, market data and the business date from their repositories.
 */
public final class WorkspaceReferenceDataSource implements ReferenceDataSource {
  /** Bounds wide enough for any stored history: the repositories select by date range. */
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
  private static final int QUERIES = 9;

  private final ReferenceDataService referenceData;
  private final Actor actor;
  private final MarketDataRepository marketData;
  private final SettingsRepository settings;

  /** The source for a screen, reading as its signed-in user. */
  public static WorkspaceReferenceDataSource of(ScreenContext context) {
    return new WorkspaceReferenceDataSource(
        context.services().referenceData(),
        context.actor(),
        context.repositories().marketData(),
        context.repositories().settings());
  }

  public WorkspaceReferenceDataSource(
      ReferenceDataService referenceData,
      Actor actor,
      MarketDataRepository marketData,
      SettingsRepository settings) {
    this.referenceData = referenceData;
    this.actor = actor;
    this.marketData = marketData;
    this.settings = settings;
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
    List<FxPair> pairs =
        read(
            task,
            step,
            "currency pairs",
            () -> marketData.fxPairs().stream().map(FxPair::parse).toList());
    Optional<LocalDate> businessDate = read(task, step, "business date", settings::businessDate);
    return new ReferenceDataSnapshot(
        currencies,
        calendars,
        strategies,
        books,
        counterparties,
        instruments,
        accounts,
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
    return marketData.priceHistory(instrument, EARLIEST, LATEST);
  }

  @Override
  public List<FxRate> fxRates(FxPair pair) {
    return marketData.fxHistory(pair.base(), pair.quote(), EARLIEST, LATEST);
  }
}
