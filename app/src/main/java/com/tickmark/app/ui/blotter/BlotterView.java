package com.tickmark.app.ui.blotter;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.tickmark.app.ui.ErrorDialogs;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.common.Permitted;
import com.tickmark.app.ui.shell.SplitPanes;
import com.tickmark.app.ui.table.Clipping;
import com.tickmark.app.ui.table.ExportFormat;
import com.tickmark.app.ui.table.FileChoice;
import com.tickmark.app.ui.table.Formats;
import com.tickmark.app.ui.table.QuickFilters;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.app.ui.table.TableLayouts;
import com.tickmark.app.ui.trade.TradeActionViewModel.Action;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeStatus;
import com.tickmark.model.trade.blotter.BlotterColumn;
import com.tickmark.model.trade.blotter.BlotterQuery;
import com.tickmark.model.trade.blotter.BlotterQuery.SortKey;
import com.tickmark.model.trade.blotter.BlotterReport;
import com.tickmark.model.trade.blotter.BlotterResult;
import com.tickmark.model.trade.blotter.ColumnFilter;
import com.tickmark.model.trade.blotter.TradeTable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The blotter's layout: the quick filter, grouping, saved views and actions above the table of
 * trades (or of groups with their subtotals), the active column filters under them, the detail of
 * the picked trade beside the table, and the totals of the selection and of everything shown along
 * the bottom. Column order, widths and which columns show are remembered per user.
 */
final class BlotterView {
  static final KeyCombination COPY =
      new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination EXPORT_EXCEL =
      new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
  static final KeyCombination EXPORT_PDF =
      new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
  static final KeyCombination NEW_TRADE =
      new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
  static final KeyCombination CONFIRM =
      new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination AFFIRM =
      new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
  static final KeyCombination AMEND = new KeyCodeCombination(KeyCode.F2);
  static final KeyCombination CANCEL =
      new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN);
  static final String TABLE_ID = "blotter";

  private final BlotterViewModel vm;
  private TableExports exports;
  private final TradeActions actions;
  private final TradeCommands commands;
  private final SavedViews views;
  private final UiState uiState;
  private final String layoutId;
  private final BorderPane root = new BorderPane();
  private final TableView<BlotterLines.Line> table = new TableView<>();
  private final CustomTextField filter = new CustomTextField();
  private final FlowPane filterBar = new FlowPane(6, 4);
  private final Label message = new Label();
  private final MenuButton viewsButton = new MenuButton("Views");
  private final PauseTransition selectionPause = new PauseTransition(Duration.millis(80));
  private Consumer<String> clipboard = BlotterView::toSystemClipboard;
  private BlotterLines lines = BlotterLines.EMPTY;
  private boolean sortingFromModel;

  /** Columns to widen so that the values their cells show are whole: see {@link #widen}. */
  private final Map<TableColumn<?, ?>, Double> widths = new IdentityHashMap<>();

  BlotterView(BlotterViewModel vm, UiState uiState, TableExports exports, TradeActions actions) {
    this.vm = vm;
    this.exports = exports;
    this.actions = actions;
    this.commands = new TradeCommands(vm.actor());
    this.uiState = uiState;
    this.views = new SavedViews(uiState, vm.actor().username());
    this.layoutId = TABLE_ID + "." + vm.actor().username();
    root.getStyleClass().add("blotter");
    root.setTop(new VBox(toolbar(), filterBar));
    buildTable();
    TradeDetailPane detail = new TradeDetailPane(vm, () -> vm.data().table().reference());
    SplitPane split = new SplitPane(table, detail.root());
    SplitPanes.remember(split, layoutId, uiState, 0.7);
    root.setCenter(split);
    root.setBottom(totalsBar());
    filterBar.setPadding(new Insets(0, 8, 4, 8));
    filterBar.setId("blotter-filters");
    vm.filters().addListener((ListChangeListener<ColumnFilter>) c -> showFilters());
    vm.resultProperty().addListener((o, was, now) -> showLines(now));
    vm.expansionsProperty().addListener((o, was, now) -> showLines(vm.resultProperty().get()));
    vm.sortProperty().addListener((o, was, now) -> showSort(now));
    selectionPause.setOnFinished(e -> selectionChanged());
    refreshViewsMenu();
  }

  Node root() {
    return root;
  }

  TableView<BlotterLines.Line> table() {
    return table;
  }

  CustomTextField filterField() {
    return filter;
  }

  Label message() {
    return message;
  }

  /** Where exports ask for their file; the save dialog unless a test says otherwise. */
  void setFileChoice(FileChoice choice) {
    this.exports = exports.withFiles(choice);
  }

  void setClipboard(Consumer<String> target) {
    this.clipboard = target;
  }

  // ---------------------------------------------------------------------------------------------
  // Toolbar

  private Node toolbar() {
    filter.setId("blotter-filter");
    QuickFilters.install(
        filter,
        table,
        vm.quickFilterProperty(),
        "Filter trades",
        "Show only trades with all these words in a text "
            + "column: ids, references, book, instrument, ISIN, broker, status, dates (Ctrl+F)");
    filter.setPrefColumnCount(16);

    Label count = new Label();
    count.setId("blotter-count");
    count.textProperty().bind(vm.countTextProperty());
    count.getStyleClass().addAll(Styles.TEXT_MUTED, "row-count");
    count.setMinWidth(Region.USE_PREF_SIZE);
    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(16, 16);
    busy.visibleProperty().bind(vm.loadingProperty());
    busy.managedProperty().bind(vm.loadingProperty());

    ComboBox<BlotterColumn> group = new ComboBox<>();
    group.setId("blotter-group-by");
    group.getItems().add(null);
    group.getItems().addAll(BlotterColumn.GROUPABLE);
    StringConverter<BlotterColumn> names =
        new StringConverter<>() {
          @Override
          public String toString(BlotterColumn c) {
            return BlotterFormat.groupBy(c);
          }

          @Override
          public BlotterColumn fromString(String s) {
            return null;
          }
        };
    group.setConverter(names);
    group.setButtonCell(
        new ListCell<>() {
          @Override
          protected void updateItem(BlotterColumn c, boolean empty) {
            super.updateItem(c, empty);
            setText(names.toString(c));
          }
        });
    group.valueProperty().bindBidirectional(vm.groupByProperty());
    group.setPrefWidth(190);
    Button expand =
        small(
            "Expand all",
            MaterialDesignP.PLUS_BOX_MULTIPLE_OUTLINE,
            "blotter-expand-all",
            "Open every group");
    expand.setOnAction(e -> vm.expandAll(true));
    Button collapse =
        small(
            "Collapse all",
            MaterialDesignM.MINUS_BOX_MULTIPLE_OUTLINE,
            "blotter-collapse-all",
            "Close every group");
    collapse.setOnAction(e -> vm.expandAll(false));
    for (Button b : List.of(expand, collapse)) {
      b.visibleProperty().bind(vm.groupByProperty().isNotNull());
      b.managedProperty().bind(b.visibleProperty());
    }

    viewsButton.setId("blotter-views");
    viewsButton.setGraphic(new FontIcon(MaterialDesignE.EYE_SETTINGS_OUTLINE));
    viewsButton.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
    viewsButton.setMinWidth(Region.USE_PREF_SIZE);
    viewsButton.setTooltip(new Tooltip("Save or show a view: filters, sort, grouping and columns"));

    HBox box = new HBox(8, filter, busy, count, group, expand, collapse, viewsButton);
    if (actions != null) {
      Button newTrade =
          small(
              "New trade",
              MaterialDesignP.PLUS,
              "blotter-new-trade",
              "Enter a trade by hand (" + NEW_TRADE.getDisplayText() + ")");
      newTrade.setOnAction(e -> actions.captureNew(window(), () -> {}));
      box.getChildren().add(commands.newTrade().offer(newTrade));
    }
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    message.setId("blotter-message");
    message.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    message.setMinWidth(0);
    Button copy =
        small(
            "Copy",
            MaterialDesignC.CONTENT_COPY,
            "blotter-copy",
            "Copy the selected lines, or all shown, for a spreadsheet ("
                + COPY.getDisplayText()
                + ")");
    copy.setOnAction(e -> copy());
    Button excel =
        small(
            "Excel",
            MaterialDesignM.MICROSOFT_EXCEL,
            "blotter-export-excel",
            "Export what is shown to an Excel workbook (" + EXPORT_EXCEL.getDisplayText() + ")");
    excel.setOnAction(e -> export(ExportFormat.XLSX));
    Button pdf =
        small(
            "PDF",
            MaterialDesignF.FILE_PDF_BOX,
            "blotter-export-pdf",
            "Export what is shown to a PDF (" + EXPORT_PDF.getDisplayText() + ")");
    pdf.setOnAction(e -> export(ExportFormat.PDF));
    HBox exportBox = new HBox(2, copy, excel, pdf);
    if (!exports.exporter().mayExport()) {
      exportBox.getChildren().forEach(n -> n.setDisable(true));
      Tooltip.install(exportBox, new Tooltip(exports.exporter().refusal()));
    }
    box.getChildren().addAll(spacer, message, exportBox);
    box.setAlignment(Pos.CENTER_LEFT);
    box.setPadding(new Insets(6, 8, 6, 8));
    box.getStyleClass().add("table-toolbar");
    group.setMinWidth(Region.USE_PREF_SIZE);
    box.widthProperty().addListener(o -> iconsWhenNarrow(box));
    vm.groupByProperty().addListener(o -> iconsWhenNarrow(box)); // Expand and Collapse come and go
    return box;
  }

  /**
   * In a toolbar too narrow for everything, the buttons keep their icons and drop their words (the
   * tooltips say what they do), so that the grouping choice is never squeezed out of sight.
   */
  private static void iconsWhenNarrow(HBox box) {
    List<Labeled> buttons = new ArrayList<>();
    for (Node n : box.getChildren()) {
      if (n instanceof Button || n instanceof MenuButton) {
        buttons.add((Labeled) n);
      } else if (n instanceof HBox inner) {
        inner.getChildren().forEach(b -> buttons.add((Labeled) b));
      }
    }
    buttons.forEach(b -> b.setContentDisplay(ContentDisplay.LEFT));
    boolean words = box.prefWidth(-1) <= box.getWidth();
    buttons.forEach(
        b -> b.setContentDisplay(words ? ContentDisplay.LEFT : ContentDisplay.GRAPHIC_ONLY));
  }

  private static Button small(String text, Ikon icon, String id, String tip) {
    Button b = new Button(text, new FontIcon(icon));
    b.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
    b.setId(id);
    b.setTooltip(new Tooltip(tip));
    b.setMinWidth(Region.USE_PREF_SIZE);
    return b;
  }

  /**
   * The totals of the selection and of everything shown, and the same-day affirmation rate: each
   * part ("Notional USD 1,234.56") stays whole, and a line wraps between parts when the window is
   * too narrow for it.
   */
  private Node totalsBar() {
    Label affirmation = new Label();
    affirmation.setId("blotter-affirmation");
    affirmation.textProperty().bind(vm.affirmationTextProperty());
    affirmation.setMinWidth(Region.USE_PREF_SIZE);
    Tooltip.install(
        affirmation,
        new Tooltip(
            "SEC Rule 15c6-2: trades first affirmed by 9:00 pm New York time on their trade date, "
                + "of all shown except cancelled ones. Group by trade date to see it day by day."));
    affirmation.getStyleClass().add(Styles.TEXT_BOLD);
    VBox bar =
        new VBox(
            2,
            parts("blotter-selection-totals", vm.selectionTextProperty()),
            parts("blotter-totals", vm.totalsTextProperty(), affirmation));
    bar.setPadding(new Insets(4, 8, 4, 8));
    bar.getStyleClass().addAll("blotter-totals", Styles.TEXT_SMALL);
    return bar;
  }

  /**
   * A line of totals with a label for each of its parts, then {@code after}; hidden while empty.
   */
  private static FlowPane parts(String id, StringProperty text, Node... after) {
    FlowPane line = new FlowPane(16, 2);
    line.setId(id);
    line.setAlignment(Pos.CENTER_LEFT);
    Runnable show =
        () -> {
          List<Node> nodes = new ArrayList<>();
          if (!text.get().isEmpty()) {
            for (String part : text.get().split(Pattern.quote(BlotterViewModel.PARTS))) {
              Label l = new Label(part);
              l.setMinWidth(Region.USE_PREF_SIZE);
              nodes.add(l);
            }
          }
          nodes.addAll(List.of(after));
          line.getChildren().setAll(nodes);
        };
    text.addListener(o -> show.run());
    show.run();
    line.visibleProperty().bind(text.isNotEmpty());
    line.managedProperty().bind(line.visibleProperty());
    return line;
  }

  // ---------------------------------------------------------------------------------------------
  // Table

  private void buildTable() {
    table.setId(TABLE_ID);
    for (BlotterColumn c : BlotterColumn.values()) {
      TableColumn<BlotterLines.Line, BlotterLines.Line> column = new TableColumn<>(c.title());
      column.setId(c.id());
      column.setUserData(c);
      column.setPrefWidth(c.width());
      column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
      column.setCellFactory(col -> new LineCell(c));
      if (c.kind().isNumeric()) {
        column.getStyleClass().add("numeric");
      }
      column.setContextMenu(headerMenu(c, column));
      column.setVisible(
          c != BlotterColumn.ISIN
              && c != BlotterColumn.FEES
              && c != BlotterColumn.AFFIRMED_AT
              && c != BlotterColumn.ORDER_ID
              && c != BlotterColumn.COMMISSION);
      table.getColumns().add(column);
    }
    table.setTableMenuButtonVisible(true);
    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    // no column narrower than its title: once the headers are there, measure them
    table
        .skinProperty()
        .addListener(
            (o, was, skin) ->
                Platform.runLater(
                    () ->
                        table.getColumns().forEach(c -> widen(c, Clipping.headerWidth(table, c)))));
    table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, "data-table");
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    Label placeholder = new Label();
    placeholder.textProperty().bind(vm.placeholderProperty());
    placeholder.getStyleClass().add(Styles.TEXT_MUTED);
    table.setPlaceholder(placeholder);
    table.setSortPolicy(
        t -> {
          if (!sortingFromModel) {
            List<SortKey> keys = new ArrayList<>();
            for (TableColumn<BlotterLines.Line, ?> c : t.getSortOrder()) {
              keys.add(
                  new SortKey(
                      (BlotterColumn) c.getUserData(),
                      c.getSortType() == TableColumn.SortType.DESCENDING));
            }
            vm.sortProperty().set(keys.isEmpty() ? BlotterQuery.DEFAULT_SORT : keys);
          }
          return true;
        });
    TableLayouts.remember(table, layoutId, uiState);
    table.setRowFactory(
        t ->
            new TableRow<>() {
              @Override
              protected void updateItem(BlotterLines.Line line, boolean empty) {
                super.updateItem(line, empty);
                pseudoClassStateChanged(GROUP, !empty && line != null && line.isGroup());
              }
            });
    table.setOnMouseClicked(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY) {
            BlotterLines.Line line = table.getSelectionModel().getSelectedItem();
            if (line != null
                && line.isGroup()
                && (e.getClickCount() == 2 || e.getTarget() instanceof FontIcon)) {
              vm.toggle(lines.group(line.group()).label());
            }
          }
        });
    table
        .getSelectionModel()
        .getSelectedIndices()
        .addListener((ListChangeListener<Integer>) c -> selectionPause.playFromStart());
    table.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    table.setContextMenu(contextMenu());
  }

  private static final PseudoClass GROUP = PseudoClass.getPseudoClass("group");

  /** The first cell of a group line: the arrow, the group's value and its number of trades. */
  private static final String GROUP_HEAD = "group-head";

  private void key(KeyEvent e) {
    BlotterLines.Line line = table.getSelectionModel().getSelectedItem();
    if (COPY.match(e)) {
      copy();
    } else if (EXPORT_EXCEL.match(e)) {
      export(ExportFormat.XLSX);
    } else if (EXPORT_PDF.match(e)) {
      export(ExportFormat.PDF);
    } else if (line != null
        && line.isGroup()
        && (e.getCode() == KeyCode.ENTER
            || e.getCode() == KeyCode.SPACE
            || e.getCode() == KeyCode.RIGHT
            || e.getCode() == KeyCode.LEFT)) {
      String label = lines.group(line.group()).label();
      if ((e.getCode() == KeyCode.RIGHT) != vm.isExpanded(label)
          || e.getCode() == KeyCode.ENTER
          || e.getCode() == KeyCode.SPACE) {
        vm.toggle(label);
      }
    } else if (actions != null && act(e)) {
      // handled
    } else {
      return;
    }
    e.consume();
  }

  /** A trade action's shortcut: does it when offered for the trades picked, else says why not. */
  private boolean act(KeyEvent e) {
    if (NEW_TRADE.match(e)) {
      offered(commands.newTrade(), () -> actions.captureNew(window(), () -> {}));
    } else if (CONFIRM.match(e)) {
      withSelected(Action.CONFIRM);
    } else if (AFFIRM.match(e)) {
      withSelected(Action.AFFIRM);
    } else if (AMEND.match(e)) {
      offered(
          commands.amend(selectedStatuses()),
          () -> actions.amend(window(), selectedTrades().get(0), () -> {}));
    } else if (CANCEL.match(e)) {
      offered(
          commands.cancel(selectedStatuses()),
          () -> actions.cancel(window(), selectedTrades().get(0), () -> {}));
    } else {
      return false;
    }
    return true;
  }

  private void offered(Permitted permitted, Runnable action) {
    if (permitted.allowed()) {
      action.run();
    } else {
      message.setText(permitted.whyNot());
    }
  }

  /** The table's menu, made each time it opens: only the trade actions offered for the pick. */
  private ContextMenu contextMenu() {
    ContextMenu menu = new ContextMenu();
    menu.getItems().setAll(contextItems());
    menu.setOnShowing(e -> menu.getItems().setAll(contextItems()));
    return menu;
  }

  private List<MenuItem> contextItems() {
    List<MenuItem> items = new ArrayList<>();
    if (actions != null) {
      List<TradeStatus> picked = selectedStatuses();
      Map<Action, MenuItem> steps = new LinkedHashMap<>();
      steps.put(Action.CONFIRM, item("Confirm", CONFIRM, e -> withSelected(Action.CONFIRM)));
      steps.put(Action.AFFIRM, item("Affirm", AFFIRM, e -> withSelected(Action.AFFIRM)));
      steps.put(Action.SETTLE, item("Settle…", null, e -> withSelected(Action.SETTLE)));
      steps.put(Action.FAIL, item("Fail…", null, e -> withSelected(Action.FAIL)));
      steps.forEach(
          (step, item) -> {
            if (commands.move(step, picked).allowed()) {
              items.add(item);
            }
          });
      if (commands.amend(picked).allowed()) {
        items.add(
            item(
                "Amend…",
                AMEND,
                e -> single().ifPresent(t -> actions.amend(window(), t, () -> {}))));
      }
      if (commands.cancel(picked).allowed()) {
        items.add(
            item(
                "Cancel trade…",
                CANCEL,
                e -> single().ifPresent(t -> actions.cancel(window(), t, () -> {}))));
      }
      if (!items.isEmpty()) {
        items.add(new SeparatorMenuItem());
      }
      if (commands.newTrade().allowed()) {
        items.add(item("New trade…", NEW_TRADE, e -> actions.captureNew(window(), () -> {})));
        items.add(new SeparatorMenuItem());
      }
    }
    items.add(item("Copy", COPY, e -> copy()));
    items.add(item("Export to Excel…", EXPORT_EXCEL, e -> export(ExportFormat.XLSX)));
    items.add(item("Export to PDF…", EXPORT_PDF, e -> export(ExportFormat.PDF)));
    return items;
  }

  private static MenuItem item(
      String text, KeyCombination accelerator, EventHandler<ActionEvent> action) {
    MenuItem i = new MenuItem(text);
    i.setAccelerator(accelerator);
    i.setOnAction(action);
    return i;
  }

  private ContextMenu headerMenu(BlotterColumn c, TableColumn<BlotterLines.Line, ?> column) {
    MenuItem filterItem =
        new MenuItem("Filter " + c.title() + "…", new FontIcon(MaterialDesignF.FILTER_OUTLINE));
    filterItem.setOnAction(
        e ->
            ColumnFilterDialog.ask(window(), c, vm.data().table(), current(c))
                .ifPresent(f -> vm.setFilter(c, f.orElse(null))));
    MenuItem clearItem = new MenuItem("Clear filter");
    clearItem.setOnAction(e -> vm.setFilter(c, null));
    MenuItem hide = new MenuItem("Hide column");
    hide.setOnAction(e -> column.setVisible(false));
    ContextMenu menu = new ContextMenu(filterItem, clearItem);
    if (BlotterColumn.GROUPABLE.contains(c)) {
      MenuItem groupItem = new MenuItem(BlotterFormat.groupBy(c));
      groupItem.setOnAction(e -> vm.groupByProperty().set(c));
      menu.getItems().add(groupItem);
    }
    menu.getItems().addAll(new SeparatorMenuItem(), hide);
    menu.setOnShowing(e -> clearItem.setDisable(current(c) == null));
    return menu;
  }

  private ColumnFilter current(BlotterColumn c) {
    return vm.filters().stream().filter(f -> f.column() == c).findFirst().orElse(null);
  }

  /**
   * Makes {@code column} at least {@code width} wide: after this layout, together with every other
   * column a cell asked to widen in it, since widening a column lays out every row again.
   */
  private void widen(TableColumn<?, ?> column, double width) {
    if (column == null || column.getWidth() >= width) {
      return;
    }
    if (widths.isEmpty()) {
      Platform.runLater(
          () -> {
            widths.forEach(
                (c, w) -> {
                  c.setMinWidth(Math.max(c.getMinWidth(), w));
                  c.setPrefWidth(Math.max(c.getPrefWidth(), w));
                });
            widths.clear();
          });
    }
    widths.merge(column, width, Math::max);
  }

  /**
   * A cell: a trade's value, or on a group line the group's name, count and subtotals. A value
   * never shows cut: a cell too narrow for its value widens its column.
   */
  private final class LineCell extends TableCell<BlotterLines.Line, BlotterLines.Line> {
    private final BlotterColumn column;

    LineCell(BlotterColumn column) {
      this.column = column;
    }

    @Override
    protected void layoutChildren() {
      super.layoutChildren();
      if (Clipping.isCut(this) && Clipping.hidesValue(getText(), Clipping.shownText(this))) {
        widen(getTableColumn(), Clipping.wholeWidth(this));
      }
    }

    @Override
    protected void updateItem(BlotterLines.Line line, boolean empty) {
      super.updateItem(line, empty);
      setGraphic(null);
      setTooltip(null);
      getStyleClass().remove(GROUP_HEAD);
      if (empty || line == null || lines.result() == null) {
        setText(null);
        return;
      }
      TradeTable t = vm.data().table();
      if (!line.isGroup()) {
        setText(BlotterFormat.text(t, column, line.row()));
        return;
      }
      BlotterResult.Group g = lines.group(line.group());
      List<TableColumn<BlotterLines.Line, ?>> visible = getTableView().getVisibleLeafColumns();
      boolean first = !visible.isEmpty() && visible.get(0) == getTableColumn();
      BlotterColumn grouping = lines.result().query().groupBy();
      String label = g.label().isEmpty() ? "(blank)" : g.label();
      if (first) {
        setGraphic(
            new FontIcon(
                vm.isExpanded(g.label())
                    ? MaterialDesignC.CHEVRON_DOWN
                    : MaterialDesignC.CHEVRON_RIGHT));
        getStyleClass().add(GROUP_HEAD); // left-aligned, so the arrows line up
        setText(BlotterFormat.groupHead(g.label(), g.count()));
        setTooltip(
            new Tooltip(
                label
                    + ": "
                    + BlotterFormat.trades(g.count())
                    + " (double-click, Enter or the arrow keys open and close it)"));
      } else if (column == grouping) {
        setText(label);
      } else {
        setText(BlotterFormat.subtotal(g.totals(), column));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Showing an answer, keeping the selection and the scroll position

  private void showLines(BlotterResult result) {
    int[] selectedRows = selectedTradeRows();
    List<String> selectedGroups = selectedGroupLabels();
    Anchor anchor = anchor();
    lines = new BlotterLines(result, vm::isExpanded);
    table.setItems(lines);
    table.refresh(); // lines equal to the ones before (a group's) still need their arrow and totals
    // redrawn
    if (result == null) {
      return;
    }
    int[] linesOfRows = lines.linesOf(selectedRows);
    List<Integer> reselect = new ArrayList<>();
    for (int l : linesOfRows) {
      if (l >= 0) {
        reselect.add(l);
      }
    }
    if (result.isGrouped()) {
      for (int g = 0; g < result.groups().size(); g++) {
        if (selectedGroups.contains(result.groups().get(g).label())) {
          reselect.add(lines.lineOfGroup(g));
        }
      }
    }
    if (!reselect.isEmpty()) {
      int[] rest = reselect.stream().skip(1).mapToInt(Integer::intValue).toArray();
      table.getSelectionModel().selectIndices(reselect.get(0), rest);
    }
    if (anchor != null) {
      int line =
          anchor.row >= 0
              ? lines.linesOf(new int[] {anchor.row})[0]
              : groupLine(result, anchor.group);
      if (line >= 0) {
        flow().ifPresent(f -> f.scrollToTop(line));
      }
    }
  }

  private int groupLine(BlotterResult result, String label) {
    for (int g = 0; g < result.groups().size(); g++) {
      if (result.groups().get(g).label().equals(label)) {
        return lines.lineOfGroup(g);
      }
    }
    return -1;
  }

  /** The first line on screen: a trade (its row) or a group (its label). */
  private record Anchor(int row, String group) {}

  private Anchor anchor() {
    Optional<VirtualFlow<?>> f = flow();
    if (f.isEmpty() || f.get().getFirstVisibleCell() == null || lines.isEmpty()) {
      return null;
    }
    int index = f.get().getFirstVisibleCell().getIndex();
    if (index <= 0 || index >= lines.size()) {
      return null; // at the top: stay at the top, so new trades show
    }
    BlotterLines.Line l = lines.get(index);
    return l.isGroup() ? new Anchor(-1, lines.group(l.group()).label()) : new Anchor(l.row(), null);
  }

  private Optional<VirtualFlow<?>> flow() {
    for (Node n : table.lookupAll(".virtual-flow")) {
      if (n instanceof VirtualFlow<?> f) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  private int[] selectedTradeRows() {
    return table.getSelectionModel().getSelectedItems().stream()
        .filter(l -> l != null && !l.isGroup())
        .mapToInt(BlotterLines.Line::row)
        .toArray();
  }

  private List<String> selectedGroupLabels() {
    return table.getSelectionModel().getSelectedItems().stream()
        .filter(l -> l != null && l.isGroup())
        .map(l -> lines.group(l.group()).label())
        .toList();
  }

  private void selectionChanged() {
    List<BlotterLines.Line> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
    IntStream.Builder rows = IntStream.builder();
    List<Long> ids = new ArrayList<>();
    TradeTable t = vm.data().table();
    for (BlotterLines.Line l : selected) {
      if (l == null) {
        continue;
      }
      if (l.isGroup()) { // a whole group: its trades, without boxing a million of them
        BlotterResult.Group g = lines.group(l.group());
        for (int i = g.start(); i < g.start() + g.count(); i++) {
          rows.add(lines.result().row(i));
        }
      } else {
        rows.add(l.row());
        ids.add(t.tradeId(l.row()));
      }
    }
    vm.selected(rows.build().distinct().toArray(), ids);
  }

  private void showSort(List<SortKey> keys) {
    sortingFromModel = true;
    try {
      List<TableColumn<BlotterLines.Line, ?>> order = new ArrayList<>();
      for (SortKey k : keys) {
        table.getColumns().stream()
            .filter(c -> c.getUserData() == k.column())
            .findFirst()
            .ifPresent(
                c -> {
                  c.setSortType(
                      k.descending()
                          ? TableColumn.SortType.DESCENDING
                          : TableColumn.SortType.ASCENDING);
                  order.add(c);
                });
      }
      if (!order.equals(table.getSortOrder())) {
        table.getSortOrder().setAll(order);
      }
    } finally {
      sortingFromModel = false;
    }
  }

  private void showFilters() {
    filterBar.getChildren().clear();
    for (ColumnFilter f : vm.filters()) {
      Button chip = new Button(f.describe(), new FontIcon(MaterialDesignC.CLOSE));
      chip.setContentDisplay(ContentDisplay.RIGHT);
      chip.getStyleClass().addAll(Styles.SMALL, Styles.ROUNDED, Styles.ACCENT, "filter-chip");
      chip.setTooltip(new Tooltip("Remove this filter"));
      chip.setOnAction(e -> vm.setFilter(f.column(), null));
      filterBar.getChildren().add(chip);
    }
    if (!vm.filters().isEmpty()) {
      Button clearAll = new Button("Clear filters");
      clearAll.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
      clearAll.setOnAction(e -> vm.filters().clear());
      filterBar.getChildren().add(clearAll);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Actions

  private List<TradeId> selectedTrades() {
    TradeTable t = vm.data().table();
    return table.getSelectionModel().getSelectedItems().stream()
        .filter(l -> l != null && !l.isGroup())
        .map(l -> new TradeId(t.tradeId(l.row())))
        .toList();
  }

  private Optional<TradeId> single() {
    List<TradeId> trades = selectedTrades();
    if (trades.size() != 1) {
      message.setText("Pick one trade");
      return Optional.empty();
    }
    return Optional.of(trades.get(0));
  }

  /** The statuses of the trades picked, as the blotter shows them (the dialogs read them again). */
  private List<TradeStatus> selectedStatuses() {
    TradeTable t = vm.data().table();
    if (t == null) {
      return List.of();
    }
    return table.getSelectionModel().getSelectedItems().stream()
        .filter(l -> l != null && !l.isGroup())
        .map(l -> TradeStatus.valueOf((String) t.value(BlotterColumn.STATUS, l.row())))
        .toList();
  }

  private void withSelected(Action step) {
    offered(
        commands.move(step, selectedStatuses()),
        () -> actions.move(window(), step, selectedTrades(), () -> {}));
  }

  private List<BlotterColumn> visibleColumns() {
    return table.getVisibleLeafColumns().stream()
        .map(c -> (BlotterColumn) c.getUserData())
        .toList();
  }

  /**
   * Copies the selected lines (all shown lines when none is), as tab-separated text with a header.
   */
  void copy() {
    if (!exports.exporter().mayExport() || lines.result() == null) {
      return;
    }
    List<BlotterColumn> columns = visibleColumns();
    List<Integer> picked = List.copyOf(table.getSelectionModel().getSelectedIndices());
    int count = picked.isEmpty() ? lines.size() : picked.size();
    StringBuilder text =
        new StringBuilder(
                columns.stream().map(BlotterColumn::title).collect(Collectors.joining("\t")))
            .append('\n');
    TradeTable t = vm.data().table();
    for (int i = 0; i < count; i++) {
      BlotterLines.Line l = lines.get(picked.isEmpty() ? i : picked.get(i));
      List<String> cells = new ArrayList<>();
      for (int k = 0; k < columns.size(); k++) {
        BlotterColumn c = columns.get(k);
        if (l.isGroup()) {
          BlotterResult.Group g = lines.group(l.group());
          cells.add(
              k == 0
                  ? BlotterFormat.groupHead(g.label(), g.count())
                  : BlotterFormat.subtotal(g.totals(), c).replace("\n", "; "));
        } else {
          cells.add(BlotterFormat.text(t, c, l.row()));
        }
      }
      text.append(String.join("\t", cells)).append('\n');
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("Query", SavedViews.encode(vm.query()));
    parameters.put("Lines", picked.isEmpty() ? "all shown" : "selected");
    String copied = text.toString();
    exports
        .exporter()
        .copy(
            "Trade blotter",
            parameters,
            count,
            copied,
            done -> {
              clipboard.accept(done);
              message.setText(
                  "Copied " + Formats.grouped(count) + (count == 1 ? " line" : " lines"));
            },
            error -> ErrorDialogs.show(window(), "Could not copy the trades", error));
  }

  /**
   * Exports exactly the trades shown, in the order and columns shown, with group subtotals when
   * grouped.
   */
  void export(ExportFormat format) {
    BlotterResult result = lines.result();
    if (!exports.exporter().mayExport() || result == null) {
      return;
    }
    Optional<Path> chosen =
        exports.files().choose(window(), format, format.fileName("trade-blotter"));
    if (chosen.isEmpty()) {
      return;
    }
    List<BlotterColumn> columns = visibleColumns();
    TradeTable t = vm.data().table();
    String user = exports.exporter().userName();
    Instant at = exports.clock().instant();
    message.setText("Exporting " + Formats.grouped(result.size()) + " trades…");
    exports
        .exporter()
        .export(
            task -> BlotterReport.of(t, result, columns, "Trade blotter", user, at),
            format,
            chosen.get(),
            done ->
                message.setText(
                    "Exported "
                        + Formats.grouped(done.rows())
                        + " trades to "
                        + done.file().getFileName()),
            error -> {
              message.setText("");
              ErrorDialogs.show(window(), "Could not export the trades", error);
            },
            () -> message.setText("Export cancelled; nothing was written"));
  }

  // ---------------------------------------------------------------------------------------------
  // Saved views

  private void refreshViewsMenu() {
    viewsButton.getItems().clear();
    for (String name : views.names()) {
      MenuItem show = new MenuItem(name);
      show.setOnAction(e -> views.load(name).ifPresent(this::apply));
      viewsButton.getItems().add(show);
    }
    if (!viewsButton.getItems().isEmpty()) {
      viewsButton.getItems().add(new SeparatorMenuItem());
    }
    MenuItem save = new MenuItem("Save view as…");
    save.setId("blotter-save-view");
    save.setOnAction(
        e -> {
          TextInputDialog ask = new TextInputDialog();
          ask.initOwner(window());
          ask.setTitle("Save view");
          ask.setHeaderText("Save the filters, sort, grouping and columns as a view");
          ask.setContentText("Name:");
          ask.showAndWait().filter(n -> !n.isBlank()).ifPresent(this::saveView);
        });
    viewsButton.getItems().add(save);
    for (String name : views.names()) {
      MenuItem delete = new MenuItem("Delete view " + name);
      delete.setOnAction(
          e -> {
            views.delete(name);
            refreshViewsMenu();
          });
      viewsButton.getItems().add(delete);
    }
  }

  private void saveView(String name) {
    String columns =
        table.getColumns().stream()
            .map(
                c ->
                    c.getId()
                        + ":"
                        + Math.round(c.getWidth() > 0 ? c.getWidth() : c.getPrefWidth())
                        + ":"
                        + (c.isVisible() ? "shown" : "hidden"))
            .collect(Collectors.joining(","));
    views.save(new SavedViews.View(name, vm.query(), columns));
    message.setText("Saved view " + name);
    refreshViewsMenu();
  }

  private void apply(SavedViews.View view) {
    Map<String, TableColumn<BlotterLines.Line, ?>> byId = new LinkedHashMap<>();
    table.getColumns().forEach(c -> byId.put(c.getId(), c));
    List<TableColumn<BlotterLines.Line, ?>> ordered = new ArrayList<>();
    for (String entry : view.columns().split(",")) {
      String[] p = entry.split(":");
      TableColumn<BlotterLines.Line, ?> c = byId.remove(p[0]);
      if (c == null) {
        continue;
      }
      if (p.length > 1) {
        try {
          c.setPrefWidth(Double.parseDouble(p[1]));
        } catch (NumberFormatException ignored) {
          // keep the width
        }
      }
      c.setVisible(p.length < 3 || !"hidden".equals(p[2]));
      ordered.add(c);
    }
    ordered.addAll(byId.values());
    table.getColumns().setAll(ordered);
    vm.apply(view.query());
    message.setText("Showing view " + view.name());
  }

  private Window window() {
    return root.getScene() == null ? null : root.getScene().getWindow();
  }

  void focusSearch() {
    filter.requestFocus();
    filter.selectAll();
  }

  private static void toSystemClipboard(String text) {
    Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text));
  }
}
