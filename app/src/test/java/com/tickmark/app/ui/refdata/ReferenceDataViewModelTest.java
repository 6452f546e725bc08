package com.tickmark.app.ui.refdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.refdata.Rows.InstrumentRow;
import com.tickmark.app.ui.refdata.Rows.SeriesRow;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.app.ui.task.TaskMonitor;
import com.tickmark.model.marketdata.FxPair;
import com.tickmark.persistence.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceDataViewModelTest {
  @TempDir static Path dir;
  static Workspace workspace;

  DirectTaskExecutor executor;
  ReferenceDataViewModel vm;

  @BeforeAll
  static void openFixture() {
    workspace = RefDataFixture.create(dir, 30);
  }

  @AfterAll
  static void close() {
    workspace.close();
  }

  @BeforeEach
  void createViewModel() {
    executor = new DirectTaskExecutor();
    vm =
        new ReferenceDataViewModel(
            WorkspaceReferenceDataSource.of(
                RefDataFixture.screenContext(
                    workspace, executor, new TaskMonitor(), UiState.inMemory())),
            executor,
            Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC));
  }

  @Test
  void loadsEveryTableOnFirstActivationOnly() {
    assertThat(vm.instruments().allRows()).isEmpty();
    vm.activate();
    assertThat(vm.instruments().allRows())
        .extracting(InstrumentRow::symbol)
        .containsExactly("AAPL", "EURUSD", "JPM", "MSFT", "SAP", "SPY", "VOD");
    assertThat(vm.counterparties().allRows()).hasSize(5);
    assertThat(vm.accounts().allRows()).hasSize(4);
    assertThat(vm.ssis().allRows())
        .as("codes, not ids; no market for FX")
        .extracting(
            r ->
                String.join(
                    " ",
                    r.code(),
                    r.counterparty(),
                    r.assetClass(),
                    r.market(),
                    r.placeOfSettlement(),
                    r.custodyAccount(),
                    r.cashAccount()))
        .containsExactly(
            "GSCO-EQ-US GSCO Equity US DTCYUS33 CUST-BNYM-01 CASH-JPMC-USD",
            "GSCO-FX-GBP GSCO FX spot    CASH-BARC-GBP");
    assertThat(vm.strategies().allRows()).hasSize(3);
    assertThat(vm.books().allRows()).hasSize(4);
    assertThat(vm.currencies().allRows()).hasSize(5);
    assertThat(vm.loadingProperty().get()).isFalse();
    int tasks = executor.executedCount();

    vm.activate();
    assertThat(executor.executedCount())
        .as("a second activation reads nothing again")
        .isEqualTo(tasks);
  }

  @Test
  void quickFilterNarrowsRowsAndTheCountAcrossTextColumnsIgnoringCase() {
    vm.activate();
    var instruments = vm.instruments();
    assertThat(instruments.countTextProperty().get()).isEqualTo("7 of 7");

    instruments.filterTextProperty().set("information TECH");
    assertThat(instruments.sortedRows())
        .extracting(InstrumentRow::symbol)
        .containsExactlyInAnyOrder("AAPL", "MSFT", "SAP");
    assertThat(instruments.countTextProperty().get()).isEqualTo("3 of 7");

    instruments.filterTextProperty().set("xnas apple");
    assertThat(instruments.sortedRows()).extracting(InstrumentRow::symbol).containsExactly("AAPL");

    instruments.filterTextProperty().set("nothing like this");
    assertThat(instruments.sortedRows()).isEmpty();
    assertThat(instruments.placeholderProperty().get())
        .isEqualTo("No instruments match \u201cnothing like this\u201d");

    instruments.filterTextProperty().set("");
    assertThat(instruments.countTextProperty().get()).isEqualTo("7 of 7");
  }

  @Test
  void showsNamesInsteadOfIdsForAccountProvidersBooksAndStrategies() {
    vm.activate();
    assertThat(vm.accounts().allRows())
        .extracting(
            Rows.AccountRow::code,
            Rows.AccountRow::type,
            Rows.AccountRow::provider,
            Rows.AccountRow::book)
        .contains(
            Tuple.tuple("TRD-MOMO-US", "Trading", "", "MOMO-US"),
            Tuple.tuple("CUST-BNYM-01", "Custody", "The Bank of New York Mellon", ""),
            Tuple.tuple("CASH-BARC-GBP", "Cash", "Barclays Bank PLC", ""));
    assertThat(vm.strategies().allRows())
        .extracting(Rows.StrategyRow::code, Rows.StrategyRow::books)
        .containsExactly(
            Tuple.tuple("MOMO", 2L), Tuple.tuple("MR", 1L), Tuple.tuple("STATARB", 1L));
    assertThat(vm.books().allRows())
        .extracting(Rows.BookRow::code, Rows.BookRow::strategyName)
        .contains(Tuple.tuple("MOMO-EU", "Momentum"));
    assertThat(vm.counterparties().allRows())
        .extracting(Rows.CounterpartyRow::code, Rows.CounterpartyRow::role)
        .contains(Tuple.tuple("BNYM", "Custodian"));
  }

  @Test
  void calendarsShowTheBusinessDateYearWithHolidaysWeekdaysAndBusinessDayCount() {
    vm.activate();
    CalendarsViewModel calendars = vm.calendars();
    assertThat(calendars.calendars())
        .extracting(c -> c.code())
        .containsExactly("TARGET", "XLON", "XNYS");
    assertThat(calendars.selectedProperty().get().code())
        .as("the first calendar is shown first")
        .isEqualTo("TARGET");
    calendars.selectedProperty().set(vm.calendar("XNYS"));
    assertThat(calendars.yearProperty().get()).as("the business date's year").isEqualTo(2025);
    assertThat(calendars.years()).containsExactly(2024, 2025);
    // 2025 has 261 weekdays; the ten NYSE holidays all fall on weekdays
    assertThat(calendars.businessDaysProperty().get()).isEqualTo(251);
    assertThat(calendars.holidays().allRows()).hasSize(10);
    assertThat(calendars.holidays().allRows().get(3))
        .isEqualTo(new Rows.HolidayRow(LocalDate.of(2025, 4, 18), "Friday", "Good Friday"));
    assertThat(calendars.summaryProperty().get())
        .isEqualTo("251 business days in 2025 · 10 holidays, 10 on weekdays");

    calendars.yearProperty().set(2024);
    // 2024 is a leap year starting on a Monday: 262 weekdays, less ten holidays
    assertThat(calendars.businessDaysProperty().get()).isEqualTo(252);

    calendars.selectedProperty().set(vm.calendar("XLON"));
    assertThat(calendars.years()).containsExactly(2025);
    assertThat(calendars.yearProperty().get()).isEqualTo(2025);
    assertThat(calendars.businessDaysProperty().get()).isEqualTo(261 - 8);
  }

  @Test
  void selectingAnInstrumentLoadsItsPriceHistoryWithDailyChange() {
    vm.activate();
    TimeSeriesViewModel<InstrumentRow> prices = vm.prices();
    assertThat(prices.points()).isEmpty();

    prices.selectedProperty().set(instrument("SAP"));

    assertThat(prices.table().allRows())
        .containsExactly(
            new SeriesRow(LocalDate.of(2025, 11, 14), new BigDecimal("200.00"), 1_000_000L, null),
            new SeriesRow(
                LocalDate.of(2025, 11, 17),
                new BigDecimal("202.00"),
                1_250_000L,
                new BigDecimal("1.00")),
            new SeriesRow(
                LocalDate.of(2025, 11, 18),
                new BigDecimal("199.98"),
                980_500L,
                new BigDecimal("-1.00")),
            new SeriesRow(
                LocalDate.of(2025, 11, 19),
                new BigDecimal("199.98"),
                1_100_000L,
                new BigDecimal("0.00")),
            new SeriesRow(
                LocalDate.of(2025, 11, 20),
                new BigDecimal("210.50"),
                2_345_678L,
                new BigDecimal("5.26")));
    assertThat(prices.points()).hasSize(5);
    assertThat(prices.points().get(4))
        .isEqualTo(new ChartPoint(LocalDate.of(2025, 11, 20).toEpochDay(), 210.5));
    assertThat(prices.headlineProperty().get()).isEqualTo("SAP · SAP SE");
    assertThat(prices.lastValueProperty().get()).isEqualTo("210.50 EUR");
    assertThat(prices.changeProperty().get()).isEqualTo("+5.26%");
    assertThat(prices.changeSignProperty().get()).isEqualTo(1);
    assertThat(prices.summaryProperty().get())
        .isEqualTo(
            "5 prices from 2025-11-14 to 2025-11-20 · low 199.98 · high 210.50 · last on"
                + " 2025-11-20");
    assertThat(prices.loadingProperty().get()).isFalse();
  }

  @Test
  void theRangeNarrowsChartAndTableWithoutAnotherQuery() {
    vm.activate();
    TimeSeriesViewModel<InstrumentRow> prices = vm.prices();
    prices.selectedProperty().set(instrument("AAPL"));
    assertThat(prices.points()).hasSize(30);
    int tasks = executor.executedCount();

    prices.rangeProperty().set(HistoryRange.ONE_MONTH);

    // one month back from 2025-11-20, exclusive: 2025-10-21 .. 2025-11-20 is 23 NYSE business days
    assertThat(prices.points()).hasSize(23);
    assertThat(prices.table().allRows()).hasSize(23);
    assertThat(prices.table().allRows().get(0).date()).isEqualTo(LocalDate.of(2025, 10, 21));
    assertThat(executor.executedCount()).isEqualTo(tasks);
  }

  @Test
  void theInstrumentListFiltersBySymbolNameOrIsin() {
    vm.activate();
    TimeSeriesViewModel<InstrumentRow> prices = vm.prices();
    prices.keyFilterProperty().set("vodafone");
    assertThat(prices.shownKeys()).extracting(InstrumentRow::symbol).containsExactly("VOD");
    prices.keyFilterProperty().set("US5949");
    assertThat(prices.shownKeys()).extracting(InstrumentRow::symbol).containsExactly("MSFT");
    assertThat(prices.keyCountProperty().get()).isEqualTo("1 of 7");
  }

  @Test
  void anInstrumentWithoutPricesSaysSo() {
    vm.activate();
    vm.prices().selectedProperty().set(instrument("EURUSD"));
    assertThat(vm.prices().points()).isEmpty();
    assertThat(vm.prices().summaryProperty().get()).isEqualTo("No prices stored");
  }

  @Test
  void selectingACurrencyPairLoadsItsRates() {
    vm.activate();
    TimeSeriesViewModel<FxPair> fx = vm.fxRates();
    assertThat(fx.keys()).containsExactly(FxPair.parse("EUR/USD"), FxPair.parse("GBP/USD"));
    fx.selectedProperty().set(FxPair.parse("GBP/USD"));
    assertThat(fx.points()).hasSize(30);
    assertThat(fx.table().columnIds()).containsExactly("date", "value", "change");
    assertThat(fx.table().allRows().get(0).value().scale())
        .as("rates show six decimals")
        .isEqualTo(6);
    assertThat(fx.lastValueProperty().get()).endsWith(" USD");
  }

  @Test
  void copyProducesTabSeparatedTextOfTheShownRowsInViewOrder() {
    vm.activate();
    TimeSeriesViewModel<InstrumentRow> prices = vm.prices();
    prices.selectedProperty().set(instrument("SAP"));
    var table = prices.table();
    // what the table does when the user sorts by date, newest first
    table.sortedRows().setComparator(Comparator.comparing(SeriesRow::date).reversed());
    table.filterTextProperty().set("2025-11-1");

    String tsv = table.copyAsTsv(List.of(), List.of("date", "change", "value", "volume"));

    assertThat(tsv)
        .isEqualTo(
            String.join(
                "\n",
                "Date\tChange\tClose\tVolume",
                "2025-11-19\t0.00%\t199.98\t1100000",
                "2025-11-18\t-1.00%\t199.98\t980500",
                "2025-11-17\t+1.00%\t202.00\t1250000",
                "2025-11-14\t\t200.00\t1000000",
                ""));

    String selected = table.copyAsTsv(List.of(2, 0), List.of("date", "value"));
    assertThat(selected).isEqualTo("Date\tClose\n2025-11-19\t199.98\n2025-11-17\t202.00\n");
  }

  @Test
  void copyOfTextTablesKeepsTheColumnsTheUserSees() {
    vm.activate();
    var counterparties = vm.counterparties();
    counterparties.filterTextProperty().set("bank");
    String tsv = counterparties.copyAllAsTsv(List.of("code", "name", "bic"));
    assertThat(tsv)
        .isEqualTo(
            String.join(
                "\n",
                "Code\tName\tBIC",
                "BARC\tBarclays Bank PLC\tBARCGB22",
                "BNYM\tThe Bank of New York Mellon\tIRVTUS3N",
                "JPMC\tJPMorgan Chase Bank, N.A.\tCHASUS33",
                ""));
  }

  @Test
  void refreshKeepsTheSelectedInstrumentAndReloadsItsHistory() {
    vm.activate();
    vm.prices().selectedProperty().set(instrument("SAP"));
    vm.instruments().filterTextProperty().set("sap");

    vm.refresh();

    assertThat(vm.prices().selectedProperty().get().symbol()).isEqualTo("SAP");
    assertThat(vm.prices().points()).hasSize(5);
    assertThat(vm.instruments().sortedRows())
        .extracting(InstrumentRow::symbol)
        .containsExactly("SAP");
  }

  private InstrumentRow instrument(String symbol) {
    return vm.prices().keys().stream()
        .filter(i -> i.symbol().equals(symbol))
        .findFirst()
        .orElseThrow();
  }
}
