package com.tickmark.app.ui.refdata;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import com.tickmark.app.ui.UiState;
import com.tickmark.app.ui.chart.DateAxis;
import com.tickmark.app.ui.shell.SplitPanes;
import com.tickmark.app.ui.table.TableExports;
import com.tickmark.app.ui.table.TablePane;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The view of a {@link TimeSeriesViewModel}: a filterable list on the left; on the right the
 * selected key's last value and change, a line chart over dates (no per-point symbols, so a few
 * hundred points stay readable) and the table of observations.
 */
final class TimeSeriesView<K> {
  private final TimeSeriesViewModel<K> vm;
  private final String idPrefix;
  private final CustomTextField filter = new CustomTextField();
  private final ListView<K> list = new ListView<>();
  private final DateAxis xAxis = new DateAxis();
  private final NumberAxis yAxis = new NumberAxis();
  private final LineChart<Number, Number> chart = new LineChart<>(xAxis, yAxis);
  private final XYChart.Series<Number, Number> series = new XYChart.Series<>();
  private final TablePane<Rows.SeriesRow> tablePane;
  private final SplitPane root;
  private Subscription subscriptions = Subscription.EMPTY;

  /**
   * @param primary the bold line of a list entry ("AAPL")
   * @param secondary the muted line under it ("Apple Inc."), or null for one-line entries
   * @param pickPrompt what the empty detail says: "Pick an instrument"
   */
  TimeSeriesView(
      TimeSeriesViewModel<K> vm,
      UiState uiState,
      TableExports exports,
      String idPrefix,
      Function<K, String> primary,
      Function<K, String> secondary,
      String pickPrompt) {
    this.vm = vm;
    this.idPrefix = idPrefix;

    filter.setId(idPrefix + "-key-filter");
    filter.setPromptText("Find");
    filter.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
    FontIcon clear = new FontIcon(MaterialDesignC.CLOSE_CIRCLE);
    clear.setOnMouseClicked(e -> filter.clear());
    clear.visibleProperty().bind(filter.textProperty().isNotEmpty());
    filter.setRight(clear);
    filter.textProperty().bindBidirectional(vm.keyFilterProperty());
    filter.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ESCAPE && !filter.getText().isEmpty()) {
            filter.clear();
            e.consume();
          } else if (e.getCode() == KeyCode.DOWN) {
            list.requestFocus();
            if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
              list.getSelectionModel().select(0);
            }
            e.consume();
          }
        });
    Label keyCount = new Label();
    keyCount.textProperty().bind(vm.keyCountProperty());
    keyCount.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

    list.setId(idPrefix + "-keys");
    list.setItems(vm.shownKeys());
    list.getStyleClass().addAll(Styles.DENSE, "key-list");
    list.setCellFactory(v -> new KeyCell<>(primary, secondary));
    list.setPlaceholder(new Label("Nothing to pick"));
    VBox left = new VBox(6, filter, list, keyCount);
    VBox.setVgrow(list, Priority.ALWAYS);
    left.setPadding(new Insets(8));
    left.setMinWidth(170);
    left.getStyleClass().add("key-pane");

    // the header: what is shown, its last value and change, the range
    Label headline = new Label();
    headline.textProperty().bind(vm.headlineProperty());
    headline.getStyleClass().addAll(Styles.TITLE_4, "series-headline");
    headline.setId(idPrefix + "-headline");
    Label last = new Label();
    last.textProperty().bind(vm.lastValueProperty());
    last.getStyleClass().addAll(Styles.TEXT_BOLD, "series-last");
    Label change = new Label();
    change.textProperty().bind(vm.changeProperty());
    change.getStyleClass().add("series-change");
    vm.changeSignProperty().addListener((obs, old, sign) -> colour(change, sign.intValue()));
    Label summary = new Label();
    summary.textProperty().bind(vm.summaryProperty());
    summary.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    summary.setId(idPrefix + "-summary");
    // a long name gives way (ellipsis); the last value and the change are always shown whole
    last.setMinWidth(Region.USE_PREF_SIZE);
    change.setMinWidth(Region.USE_PREF_SIZE);
    HBox values = new HBox(10, headline, last, change);
    values.setAlignment(Pos.BASELINE_LEFT);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox ranges = rangeButtons();
    ranges.setMinWidth(Region.USE_PREF_SIZE); // the range labels never give way to the headline
    HBox top = new HBox(12, values, spacer, ranges);
    top.setAlignment(Pos.CENTER_LEFT);
    // the summary has the pane's whole width to itself, below the headline and the ranges
    VBox header = new VBox(2, top, summary);
    header.setPadding(new Insets(8, 12, 4, 12));

    // the chart: x in epoch days, ticks on calendar boundaries
    yAxis.setForceZeroInRange(false);
    yAxis.setMinorTickVisible(false);
    chart.setCreateSymbols(false);
    chart.setAnimated(false);
    chart.setLegendVisible(false);
    chart.setHorizontalGridLinesVisible(true);
    chart.setVerticalGridLinesVisible(false);
    chart.getData().add(series);
    chart.setId(idPrefix + "-chart");
    chart.getStyleClass().add("history-chart");
    chart.setMinHeight(160);
    Label prompt = new Label(pickPrompt);
    prompt.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TITLE_4);
    prompt.visibleProperty().bind(vm.selectedProperty().isNull());
    chart.visibleProperty().bind(vm.selectedProperty().isNotNull());
    StackPane chartArea = new StackPane(chart, prompt);

    tablePane = new TablePane<>(vm.table(), uiState, exports);
    // "Prices AAPL · Apple Inc.": the export says whose history it holds
    tablePane.setExportTitle(
        () -> {
          String noun = vm.kind().noun();
          String title = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
          return vm.headlineProperty().get().isEmpty()
              ? title
              : title + " " + vm.headlineProperty().get();
        });
    tablePane.setDefaultSort("date", TableColumn.SortType.DESCENDING);
    SplitPane detailSplit = new SplitPane(chartArea, tablePane.root());
    detailSplit.setOrientation(Orientation.VERTICAL);
    SplitPanes.remember(detailSplit, idPrefix + ".detail", uiState, 0.55);
    BorderPane detail = new BorderPane(detailSplit);
    detail.setTop(header);

    root = new SplitPane(left, detail);
    SplitPane.setResizableWithParent(left, false);
    SplitPanes.remember(root, idPrefix, uiState, 0.2);
  }

  private HBox rangeButtons() {
    ToggleGroup group = new ToggleGroup();
    HBox box = new HBox();
    HistoryRange[] all = HistoryRange.values();
    for (int i = 0; i < all.length; i++) {
      HistoryRange r = all[i];
      ToggleButton b = new ToggleButton(r.label());
      b.setToggleGroup(group);
      b.setUserData(r);
      b.setId(idPrefix + "-range-" + r.label());
      b.getStyleClass()
          .addAll(
              Styles.SMALL,
              i == 0
                  ? Styles.LEFT_PILL
                  : i == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
      b.setSelected(vm.rangeProperty().get() == r);
      box.getChildren().add(b);
    }
    // the view model may change the range too (a restored layout, a test): follow it
    vm.rangeProperty()
        .addListener(
            (obs, old, now) ->
                group.getToggles().stream()
                    .filter(t -> t.getUserData() == now)
                    .findFirst()
                    .ifPresent(t -> t.setSelected(true)));
    group
        .selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == null) {
                old.setSelected(true); // one range is always chosen
              } else {
                vm.rangeProperty().set((HistoryRange) now.getUserData());
              }
            });
    box.setAlignment(Pos.CENTER_RIGHT);
    return box;
  }

  private static void colour(Label label, int sign) {
    label.getStyleClass().removeAll("positive", "negative");
    if (sign > 0) {
      label.getStyleClass().add("positive");
    } else if (sign < 0) {
      label.getStyleClass().add("negative");
    }
  }

  /** Attaches the listeners that push the view model's state into the list and the chart. */
  void activate() {
    ListChangeListener<ChartPoint> pointsChanged = c -> updateChart();
    vm.points().addListener(pointsChanged);
    ListChangeListener<K> keysChanged = c -> reselect();
    vm.shownKeys().addListener(keysChanged);
    subscriptions =
        Subscription.combine(
            () -> vm.points().removeListener(pointsChanged),
            () -> vm.shownKeys().removeListener(keysChanged),
            list.getSelectionModel()
                .selectedItemProperty()
                .subscribe(
                    key -> {
                      // a list whose items were replaced loses its selection; that is not the
                      // user's choice
                      if (key != null) {
                        vm.selectedProperty().set(key);
                      }
                    }),
            vm.selectedProperty().subscribe(key -> reselect()));
    updateChart();
    reselect();
  }

  void deactivate() {
    subscriptions.unsubscribe();
    subscriptions = Subscription.EMPTY;
  }

  private void reselect() {
    K key = vm.selectedProperty().get();
    if (key == null) {
      list.getSelectionModel().clearSelection();
    } else if (!key.equals(list.getSelectionModel().getSelectedItem())
        && list.getItems().contains(key)) {
      list.getSelectionModel().select(key);
    }
  }

  private void updateChart() {
    List<XYChart.Data<Number, Number>> data = new ArrayList<>(vm.points().size());
    for (ChartPoint p : vm.points()) {
      data.add(new XYChart.Data<>(p.epochDay(), p.value()));
    }
    series.getData().setAll(data);
  }

  void focusSearch() {
    filter.requestFocus();
    filter.selectAll();
  }

  LineChart<Number, Number> chart() {
    return chart;
  }

  Node root() {
    return root;
  }

  /** A list entry: the key in bold and, under it, a muted second line. */
  private static final class KeyCell<K> extends ListCell<K> {
    private final Function<K, String> primary;
    private final Function<K, String> secondary;

    KeyCell(Function<K, String> primary, Function<K, String> secondary) {
      this.primary = primary;
      this.secondary = secondary;
    }

    @Override
    protected void updateItem(K item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      Label first = new Label(primary.apply(item));
      first.getStyleClass().add(Styles.TEXT_BOLD);
      if (secondary == null) {
        setGraphic(first);
      } else {
        Label second = new Label(secondary.apply(item));
        second.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        setGraphic(new VBox(0, first, second));
      }
      setText(null);
    }
  }
}
