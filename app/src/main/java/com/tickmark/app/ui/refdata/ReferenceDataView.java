package com.tickmark.app.ui.refdata;

import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.common.NoticeBar;
import com.tickmark.app.ui.refdata.Rows.InstrumentRow;
import com.tickmark.app.ui.shell.SplitPanes;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.app.ui.table.TablePane;
import com.tickmark.model.marketdata.FxPair;
import com.tickmark.model.refdata.ReferenceDataKind;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.BorderPane;

/**
 * The reference-data screen's layout: one tab per kind of data, with Add, Edit and Retire on the
 * instruments, counterparties, accounts, SSIs, books and calendars. Thin: it builds the controls
 * and binds them to the {@link ReferenceDataViewModel} and {@link ReferenceDataEditing}; all state,
 * loading and changes live there.
 */
final class ReferenceDataView {
  private static final String TAB_KEY = "refdata.tab";

  private final TabPane tabs = new TabPane();
  private final BorderPane root = new BorderPane();
  private final Map<Tab, Runnable> focusSearch = new LinkedHashMap<>();
  private final TablePane<InstrumentRow> instruments;
  private final TablePane<Rows.CounterpartyRow> counterparties;
  private final TimeSeriesView<InstrumentRow> prices;
  private final TimeSeriesView<FxPair> fxRates;

  ReferenceDataView(
      ReferenceDataViewModel vm,
      ReferenceDataEditing editing,
      UiState uiState,
      TableExports exports) {
    instruments = new TablePane<>(vm.instruments(), uiState, exports);
    instruments.setDefaultSort("symbol", TableColumn.SortType.ASCENDING);
    EditCommands.add(
        editing,
        instruments,
        ReferenceDataKind.INSTRUMENT,
        InstrumentRow::symbol,
        InstrumentRow::retired);
    counterparties = new TablePane<>(vm.counterparties(), uiState, exports);
    EditCommands.add(
        editing,
        counterparties,
        ReferenceDataKind.COUNTERPARTY,
        Rows.CounterpartyRow::code,
        Rows.CounterpartyRow::retired);
    TablePane<Rows.AccountRow> accounts = new TablePane<>(vm.accounts(), uiState, exports);
    EditCommands.add(
        editing,
        accounts,
        ReferenceDataKind.ACCOUNT,
        Rows.AccountRow::code,
        Rows.AccountRow::retired);
    TablePane<Rows.SsiRow> ssis = new TablePane<>(vm.ssis(), uiState, exports);
    ssis.setDefaultSort("code", TableColumn.SortType.ASCENDING);
    EditCommands.add(editing, ssis, ReferenceDataKind.SSI, Rows.SsiRow::code, Rows.SsiRow::retired);
    TablePane<Rows.StrategyRow> strategies = new TablePane<>(vm.strategies(), uiState, exports);
    strategies.setCaption("Strategies");
    TablePane<Rows.BookRow> books = new TablePane<>(vm.books(), uiState, exports);
    books.setCaption("Books");
    EditCommands.add(
        editing, books, ReferenceDataKind.BOOK, Rows.BookRow::code, Rows.BookRow::retired);
    SplitPane booksAndStrategies = new SplitPane(strategies.root(), books.root());
    booksAndStrategies.setOrientation(Orientation.VERTICAL);
    SplitPanes.remember(booksAndStrategies, "refdata.books", uiState, 0.4);
    TablePane<Rows.CurrencyRow> currencies = new TablePane<>(vm.currencies(), uiState, exports);
    CalendarsView calendars = new CalendarsView(vm.calendars(), editing, uiState, exports);
    prices =
        new TimeSeriesView<>(
            vm.prices(),
            uiState,
            exports,
            "refdata-prices",
            InstrumentRow::symbol,
            InstrumentRow::name,
            "Pick an instrument to see its closing prices");
    fxRates =
        new TimeSeriesView<>(
            vm.fxRates(),
            uiState,
            exports,
            "refdata-fxrates",
            FxPair::toString,
            null,
            "Pick a currency pair to see its rates");

    add("instruments", "Instruments", instruments.root(), instruments::focusFilter);
    add("counterparties", "Counterparties", counterparties.root(), counterparties::focusFilter);
    add("accounts", "Accounts", accounts.root(), accounts::focusFilter);
    add("ssis", "SSIs", ssis.root(), ssis::focusFilter);
    add("books", "Books & strategies", booksAndStrategies, strategies::focusFilter);
    add("currencies", "Currencies", currencies.root(), currencies::focusFilter);
    add("calendars", "Calendars", calendars.root(), calendars::focusSearch);
    add("prices", "Prices", prices.root(), prices::focusSearch);
    add("fxrates", "FX rates", fxRates.root(), fxRates::focusSearch);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.getStyleClass().addAll(Styles.DENSE, "refdata-tabs");
    tabs.setId("refdata-tabs");
    NoticeBar notice =
        new NoticeBar(editing.noticeProperty(), editing::dismissNotice, "refdata-notice");
    BorderPane.setMargin(notice.root(), new Insets(8, 8, 0, 8));
    root.setTop(notice.root());
    root.setCenter(tabs);

    String savedTab = uiState.get(TAB_KEY, "instruments");
    tabs.getTabs().stream()
        .filter(t -> savedTab.equals(t.getId()))
        .findFirst()
        .ifPresent(t -> tabs.getSelectionModel().select(t));
    uiState.addSaveHook(
        () -> uiState.put(TAB_KEY, tabs.getSelectionModel().getSelectedItem().getId()));
  }

  private void add(String id, String title, Node content, Runnable focus) {
    Tab tab = new Tab(title, content);
    tab.setId(id);
    tabs.getTabs().add(tab);
    focusSearch.put(tab, focus);
  }

  void activate() {
    prices.activate();
    fxRates.activate();
  }

  void deactivate() {
    prices.deactivate();
    fxRates.deactivate();
  }

  /** Ctrl+F: the quick filter of the tab shown. */
  void focusSearch() {
    Runnable focus = focusSearch.get(tabs.getSelectionModel().getSelectedItem());
    if (focus != null) {
      focus.run();
    }
  }

  TabPane tabs() {
    return tabs;
  }

  TablePane<InstrumentRow> instrumentsPane() {
    return instruments;
  }

  TablePane<Rows.CounterpartyRow> counterpartiesPane() {
    return counterparties;
  }

  TimeSeriesView<InstrumentRow> pricesView() {
    return prices;
  }

  Node root() {
    return root;
  }
}
