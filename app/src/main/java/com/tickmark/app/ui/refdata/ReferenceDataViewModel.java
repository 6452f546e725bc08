package com.tickmark.app.ui.refdata;

import com.tickmark.app.ui.refdata.Rows.AccountRow;
import com.tickmark.app.ui.refdata.Rows.BookRow;
import com.tickmark.app.ui.refdata.Rows.CounterpartyRow;
import com.tickmark.app.ui.refdata.Rows.CurrencyRow;
import com.tickmark.app.ui.refdata.Rows.InstrumentRow;
import com.tickmark.app.ui.refdata.Rows.SsiRow;
import com.tickmark.app.ui.refdata.Rows.StrategyRow;
import com.tickmark.app.ui.table.ColumnSpec;
import com.tickmark.app.ui.table.TableModel;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.app.ui.task.TaskHandle;
import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.marketdata.FxPair;
import com.tickmark.model.marketdata.FxRate;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.Ssi;
import com.tickmark.model.refdata.Strategy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The reference-data browser: instruments, counterparties, accounts, standing settlement
 * instructions, books and strategies, currencies, holiday calendars, and the price and FX-rate
 * histories. Everything but the histories is read in one background task when the screen is first
 * shown (and on refresh) and set in one update; a history is read when its instrument or pair is
 * picked.
 */
public final class ReferenceDataViewModel {
  private final ReferenceDataSource source;
  private final TaskExecutor executor;
  private final Clock clock;
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
  private boolean loaded;
  private TaskHandle pending;
  private Object currentLoad;

  private final TableModel<InstrumentRow> instruments =
      new TableModel<>(
          "refdata.instruments",
          "instruments",
          List.of(
              ColumnSpec.text("symbol", "Symbol", InstrumentRow::symbol).withWidth(90),
              ColumnSpec.text("name", "Name", InstrumentRow::name).withWidth(230),
              ColumnSpec.text("assetClass", "Asset class", InstrumentRow::assetClass)
                  .withWidth(170),
              ColumnSpec.text("isin", "ISIN", InstrumentRow::isin).withWidth(140),
              ColumnSpec.text("mic", "MIC", InstrumentRow::mic).withWidth(65),
              ColumnSpec.text("currency", "Currency", InstrumentRow::currency).withWidth(80),
              ColumnSpec.text("sector", "Sector", InstrumentRow::sector).withWidth(195),
              ColumnSpec.text("country", "Country", InstrumentRow::country).withWidth(75),
              ColumnSpec.text("settlement", "Settlement", InstrumentRow::settlement).withWidth(150),
              ColumnSpec.text("status", "Status", (InstrumentRow r) -> Rows.status(r.retired()))
                  .withWidth(80)));

  private final TableModel<CounterpartyRow> counterparties =
      new TableModel<>(
          "refdata.counterparties",
          "counterparties",
          List.of(
              ColumnSpec.text("code", "Code", CounterpartyRow::code).withWidth(110),
              ColumnSpec.text("name", "Name", CounterpartyRow::name).withWidth(260),
              ColumnSpec.text("role", "Role", CounterpartyRow::role).withWidth(100),
              ColumnSpec.text("lei", "LEI", CounterpartyRow::lei).withWidth(190),
              ColumnSpec.text("bic", "BIC", CounterpartyRow::bic).withWidth(110),
              ColumnSpec.text("country", "Country", CounterpartyRow::country).withWidth(75),
              ColumnSpec.text("status", "Status", (CounterpartyRow r) -> Rows.status(r.retired()))
                  .withWidth(80)));

  private final TableModel<AccountRow> accounts =
      new TableModel<>(
          "refdata.accounts",
          "accounts",
          List.of(
              ColumnSpec.text("code", "Code", AccountRow::code).withWidth(140),
              ColumnSpec.text("name", "Name", AccountRow::name).withWidth(250),
              ColumnSpec.text("type", "Type", AccountRow::type).withWidth(90),
              ColumnSpec.text("provider", "Provider", AccountRow::provider).withWidth(220),
              ColumnSpec.text("currency", "Currency", AccountRow::currency).withWidth(80),
              ColumnSpec.text("number", "Number", AccountRow::number).withWidth(200),
              ColumnSpec.text("book", "Book", AccountRow::book).withWidth(110),
              ColumnSpec.text("status", "Status", (AccountRow r) -> Rows.status(r.retired()))
                  .withWidth(80)));

  private final TableModel<SsiRow> ssis =
      new TableModel<>(
          "refdata.ssis",
          "SSIs",
          List.of(
              ColumnSpec.text("code", "Code", SsiRow::code).withWidth(130),
              ColumnSpec.text("counterparty", "Counterparty", SsiRow::counterparty).withWidth(100),
              ColumnSpec.text("assetClass", "Asset class", SsiRow::assetClass).withWidth(100),
              ColumnSpec.text("currency", "Currency", SsiRow::currency).withWidth(80),
              ColumnSpec.text("market", "Market", SsiRow::market).withWidth(70),
              ColumnSpec.text("placeOfSettlement", "Place of settlement", SsiRow::placeOfSettlement)
                  .withWidth(140),
              ColumnSpec.text("custodyAccount", "Our custody account", SsiRow::custodyAccount)
                  .withWidth(150),
              ColumnSpec.text("cashAccount", "Our cash account", SsiRow::cashAccount)
                  .withWidth(130),
              ColumnSpec.text("agent", "Their agent", SsiRow::agent).withWidth(110),
              ColumnSpec.text("theirAccount", "Their account", SsiRow::theirAccount).withWidth(220),
              ColumnSpec.text("status", "Status", (SsiRow r) -> Rows.status(r.retired()))
                  .withWidth(80)));

  private final TableModel<StrategyRow> strategies =
      new TableModel<>(
          "refdata.strategies",
          "strategies",
          List.of(
              ColumnSpec.text("code", "Code", StrategyRow::code).withWidth(120),
              ColumnSpec.text("name", "Name", StrategyRow::name).withWidth(220),
              ColumnSpec.integer("books", "Books", StrategyRow::books).withWidth(70),
              ColumnSpec.text("description", "Description", StrategyRow::description)
                  .withWidth(420)));

  private final TableModel<BookRow> books =
      new TableModel<>(
          "refdata.books",
          "books",
          List.of(
              ColumnSpec.text("code", "Code", BookRow::code).withWidth(120),
              ColumnSpec.text("name", "Name", BookRow::name).withWidth(240),
              ColumnSpec.text("strategy", "Strategy", BookRow::strategy).withWidth(120),
              ColumnSpec.text("strategyName", "Strategy name", BookRow::strategyName)
                  .withWidth(220),
              ColumnSpec.text("baseCurrency", "Base currency", BookRow::baseCurrency)
                  .withWidth(110),
              ColumnSpec.text("status", "Status", (BookRow r) -> Rows.status(r.retired()))
                  .withWidth(80)));

  private final TableModel<CurrencyRow> currencies =
      new TableModel<>(
          "refdata.currencies",
          "currencies",
          List.of(
              ColumnSpec.text("code", "Code", CurrencyRow::code).withWidth(80),
              ColumnSpec.text("name", "Name", CurrencyRow::name).withWidth(240),
              ColumnSpec.integer("minorUnits", "Decimals", CurrencyRow::minorUnits).withWidth(90)));

  private final CalendarsViewModel calendars = new CalendarsViewModel();
  private final TimeSeriesViewModel<InstrumentRow> prices;
  private final TimeSeriesViewModel<FxPair> fxRates;

  public ReferenceDataViewModel(ReferenceDataSource source, TaskExecutor executor, Clock clock) {
    this.source = Objects.requireNonNull(source, "source");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.prices =
        new TimeSeriesViewModel<>(
            new TimeSeriesViewModel.Kind<>(
                "refdata.prices",
                "prices",
                "Close",
                true,
                2,
                6,
                i -> i.symbol() + " \u00b7 " + i.name(),
                i -> i.symbol() + " " + i.name() + " " + i.isin(),
                InstrumentRow::currency),
            executor,
            (instrument, task) ->
                source.prices(instrument.id()).stream()
                    .map(ReferenceDataViewModel::observation)
                    .toList());
    this.fxRates =
        new TimeSeriesViewModel<>(
            new TimeSeriesViewModel.Kind<>(
                "refdata.fxrates",
                "rates",
                "Rate",
                false,
                4,
                6,
                FxPair::toString,
                FxPair::toString,
                p -> p.quote().code()),
            executor,
            (pair, task) ->
                source.fxRates(pair).stream().map(ReferenceDataViewModel::observation).toList());
  }

  private static TimeSeriesViewModel.Observation observation(Price p) {
    return new TimeSeriesViewModel.Observation(p.date(), p.close(), p.volume());
  }

  private static TimeSeriesViewModel.Observation observation(FxRate r) {
    return new TimeSeriesViewModel.Observation(r.date(), r.rate(), null);
  }

  /** The screen became visible: load on the first time; later the data stays until refreshed. */
  public void activate() {
    if (!loaded && !loading.get()) {
      refresh();
    }
  }

  /** Reads all reference data again, and the selected histories. */
  public void refresh() {
    if (pending != null) {
      pending.cancel(); // a newer read replaces one still running
    }
    setLoading(true);
    Object token = new Object();
    currentLoad = token;
    TaskHandle handle =
        executor.execute(
            BackgroundTask.of("Loading reference data", task -> Loaded.of(source.load(task)))
                .onSuccess(
                    data -> {
                      if (currentLoad == token) {
                        apply(data);
                      }
                    })
                .onFinished(
                    () -> {
                      if (currentLoad == token) {
                        pending = null;
                        setLoading(false);
                      }
                    }));
    pending = handle.isDone() ? null : handle;
    prices.refresh();
    fxRates.refresh();
  }

  private void setLoading(boolean value) {
    loading.set(value);
    for (TableModel<?> t :
        List.of(instruments, counterparties, accounts, ssis, strategies, books, currencies)) {
      t.loadingProperty().set(value);
    }
  }

  private void apply(Loaded data) {
    instruments.setAll(data.instruments());
    counterparties.setAll(data.counterparties());
    accounts.setAll(data.accounts());
    ssis.setAll(data.ssis());
    strategies.setAll(data.strategies());
    books.setAll(data.books());
    currencies.setAll(data.currencies());
    calendars.setCalendars(
        data.snapshot().calendars().values(),
        data.snapshot().businessDate().orElseGet(() -> LocalDate.now(clock)));
    prices.setKeys(data.instruments());
    fxRates.setKeys(data.snapshot().fxPairs());
    loaded = true;
  }

  /** The snapshot turned into rows, on the worker thread. */
  record Loaded(
      ReferenceDataSnapshot snapshot,
      List<InstrumentRow> instruments,
      List<CounterpartyRow> counterparties,
      List<AccountRow> accounts,
      List<SsiRow> ssis,
      List<StrategyRow> strategies,
      List<BookRow> books,
      List<CurrencyRow> currencies) {

    static Loaded of(ReferenceDataSnapshot s) {
      Map<CounterpartyId, String> providerNames =
          s.counterparties().stream()
              .collect(Collectors.toMap(Counterparty::id, Counterparty::name, (a, b) -> a));
      Map<CounterpartyId, String> counterpartyCodes =
          s.counterparties().stream()
              .collect(Collectors.toMap(Counterparty::id, Counterparty::code, (a, b) -> a));
      Map<AccountId, String> accountCodes =
          s.accounts().stream().collect(Collectors.toMap(Account::id, Account::code, (a, b) -> a));
      Map<BookId, String> bookCodes =
          s.books().stream().collect(Collectors.toMap(Book::id, Book::code, (a, b) -> a));
      Map<String, String> strategyNames =
          s.strategies().stream()
              .collect(Collectors.toMap(Strategy::code, Strategy::name, (a, b) -> a));
      Map<String, Long> booksPerStrategy =
          s.books().stream()
              .collect(Collectors.groupingBy(Book::strategyCode, Collectors.counting()));
      return new Loaded(
          s,
          s.instruments().stream().map(Loaded::row).toList(),
          s.counterparties().stream()
              .map(
                  c ->
                      new CounterpartyRow(
                          c.code(),
                          c.name(),
                          label(c.role().name()),
                          c.lei().value(),
                          c.bic().value(),
                          c.country(),
                          c.retired()))
              .toList(),
          s.accounts().stream().map(a -> row(a, providerNames, bookCodes)).toList(),
          s.ssis().stream().map(x -> row(x, counterpartyCodes, accountCodes)).toList(),
          s.strategies().stream()
              .map(
                  st ->
                      new StrategyRow(
                          st.code(),
                          st.name(),
                          st.description(),
                          booksPerStrategy.getOrDefault(st.code(), 0L)))
              .toList(),
          s.books().stream()
              .map(
                  b ->
                      new BookRow(
                          b.code(),
                          b.name(),
                          b.strategyCode(),
                          strategyNames.getOrDefault(b.strategyCode(), ""),
                          b.baseCurrency().code(),
                          b.retired()))
              .toList(),
          s.currencies().stream()
              .map(c -> new CurrencyRow(c.code().code(), c.name(), c.minorUnits()))
              .toList());
    }

    private static InstrumentRow row(Instrument i) {
      return new InstrumentRow(
          i.id(),
          i.symbol(),
          i.name(),
          i.assetClass().label(),
          i.isin() == null ? "" : i.isin().value(),
          i.mic() == null ? "" : i.mic().value(),
          i.isFx() ? i.baseCurrency() + "/" + i.currency() : i.currency().code(),
          i.sector(),
          i.country(),
          i.settlement().toString(),
          i.retired());
    }

    private static AccountRow row(
        Account a, Map<CounterpartyId, String> providers, Map<BookId, String> books) {
      return new AccountRow(
          a.code(),
          a.name(),
          label(a.type().name()),
          a.provider() == null ? "" : providers.getOrDefault(a.provider(), "#" + a.provider()),
          a.currency() == null ? "" : a.currency().code(),
          a.number(),
          a.book() == null ? "" : books.getOrDefault(a.book(), "#" + a.book()),
          a.retired());
    }

    private static SsiRow row(
        Ssi s, Map<CounterpartyId, String> counterparties, Map<AccountId, String> accounts) {
      return new SsiRow(
          s.code(),
          counterparties.getOrDefault(s.counterparty(), "#" + s.counterparty()),
          s.assetClass().label(),
          s.currency().code(),
          s.anyMarket() ? (s.isFx() ? "" : "Any") : s.marketCountry(),
          s.placeOfSettlement() == null ? "" : s.placeOfSettlement().value(),
          s.custodyAccount() == null
              ? ""
              : accounts.getOrDefault(s.custodyAccount(), "#" + s.custodyAccount()),
          accounts.getOrDefault(s.cashAccount(), "#" + s.cashAccount()),
          s.agent().value(),
          s.theirAccount(),
          s.retired());
    }

    /** BROKER → Broker. */
    private static String label(String enumName) {
      return enumName.charAt(0) + enumName.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  public TableModel<InstrumentRow> instruments() {
    return instruments;
  }

  public TableModel<CounterpartyRow> counterparties() {
    return counterparties;
  }

  public TableModel<AccountRow> accounts() {
    return accounts;
  }

  public TableModel<SsiRow> ssis() {
    return ssis;
  }

  public TableModel<StrategyRow> strategies() {
    return strategies;
  }

  public TableModel<BookRow> books() {
    return books;
  }

  public TableModel<CurrencyRow> currencies() {
    return currencies;
  }

  public CalendarsViewModel calendars() {
    return calendars;
  }

  public TimeSeriesViewModel<InstrumentRow> prices() {
    return prices;
  }

  public TimeSeriesViewModel<FxPair> fxRates() {
    return fxRates;
  }

  /** The loaded calendar with {@code code}, or null. */
  HolidayCalendar calendar(String code) {
    return calendars.calendars().stream()
        .filter(c -> c.code().equals(code))
        .findFirst()
        .orElse(null);
  }
}
