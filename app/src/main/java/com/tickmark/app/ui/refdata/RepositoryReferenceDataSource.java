package com.tickmark.app.ui.refdata;

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
import com.tickmark.model.refdata.Strategy;
import com.tickmark.persistence.marketdata.MarketDataRepository;
import com.tickmark.persistence.refdata.ReferenceDataRepository;
import com.tickmark.persistence.workspace.SettingsRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Reads the reference-data screen's data from the workspace repositories. */
public final class RepositoryReferenceDataSource implements ReferenceDataSource {
  /** Bounds wide enough for any stored history: the repositories select by date range. */
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
  private static final int QUERIES = 9;

  private final ReferenceDataRepository referenceData;
  private final MarketDataRepository marketData;
  private final SettingsRepository settings;

  public RepositoryReferenceDataSource(ReferenceDataRepository referenceData, MarketDataRepository marketData, SettingsRepository settings) {
    this.referenceData = referenceData;
    this.marketData = marketData;
    this.settings = settings;
  }

  @Override
  public ReferenceDataSnapshot load(TaskContext task) {
    int[] step = {0};
    List<Currency> currencies = read(task, step, "currencies", referenceData::currencies);
    Map<String, HolidayCalendar> calendars = read(task, step, "holiday calendars", referenceData::calendars);
    List<Strategy> strategies = read(task, step, "strategies", referenceData::strategies);
    List<Book> books = read(task, step, "books", referenceData::books);
    List<Counterparty> counterparties = read(task, step, "counterparties", referenceData::counterparties);
    List<Instrument> instruments = read(task, step, "instruments", referenceData::instruments);
    List<Account> accounts = read(task, step, "accounts", referenceData::accounts);
    List<FxPair> pairs = read(task, step, "currency pairs", () -> marketData.fxPairs().stream().map(FxPair::parse).toList());
    Optional<LocalDate> businessDate = read(task, step, "business date", settings::businessDate);
    return new ReferenceDataSnapshot(currencies, calendars, strategies, books, counterparties, instruments, accounts, pairs, businessDate);
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
