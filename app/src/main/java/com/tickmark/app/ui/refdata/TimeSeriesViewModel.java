package com.tickmark.app.ui.refdata;

import com.tickmark.app.ui.refdata.Rows.SeriesRow;
import com.tickmark.app.ui.table.ColumnSpec;
import com.tickmark.app.ui.table.Formats;
import com.tickmark.app.ui.table.TableModel;
import com.tickmark.app.ui.task.BackgroundTask;
import com.tickmark.app.ui.task.TaskContext;
import com.tickmark.app.ui.task.TaskExecutor;
import com.tickmark.app.ui.task.TaskHandle;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * A history browser: a searchable list of keys (instruments, currency pairs) on the left; picking
 * one loads its history off the FX thread into a chart and a table of date, value, volume and daily
 * change. The range (1M ... All) narrows both without another query.
 *
 * @param <K> what a history belongs to
 */
public final class TimeSeriesViewModel<K> {
  /** One stored observation as the loader returns it. */
  public record Observation(LocalDate date, BigDecimal value, Long volume) {
    public Observation {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(value, "value");
    }
  }

  /** Reads the history of a key, oldest first. Runs on a worker thread. */
  @FunctionalInterface
  public interface Loader<K> {
    List<Observation> load(K key, TaskContext task) throws Exception;
  }

  /**
   * How a particular kind of history reads.
   *
   * @param tableId names the table in the saved layout
   * @param noun the observations, plural: "prices"
   * @param valueTitle the value column: "Close"
   * @param withVolume whether observations carry a volume
   * @param minScale fewest decimals the values show
   * @param maxScale most decimals the values show
   * @param label names a key in titles: "AAPL · Apple Inc."
   * @param searchText what the key list's filter searches
   * @param unit the currency values are in, for the headline
   */
  public record Kind<K>(
      String tableId,
      String noun,
      String valueTitle,
      boolean withVolume,
      int minScale,
      int maxScale,
      Function<K, String> label,
      Function<K, String> searchText,
      Function<K, String> unit) {}

  private final Kind<K> kind;
  private final TaskExecutor executor;
  private final Loader<K> loader;
  private final ObservableList<K> keys = FXCollections.observableArrayList();
  private final FilteredList<K> shownKeys = new FilteredList<>(keys);
  private final StringProperty keyFilter = new SimpleStringProperty(this, "keyFilter", "");
  private final ObjectProperty<K> selected = new SimpleObjectProperty<>(this, "selected");
  private final ObjectProperty<HistoryRange> range =
      new SimpleObjectProperty<>(this, "range", HistoryRange.ALL);
  private final TableModel<SeriesRow> table;
  private final ObservableList<ChartPoint> points = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
  private final ReadOnlyStringWrapper lastValue = new ReadOnlyStringWrapper(this, "lastValue", "");
  private final ReadOnlyStringWrapper change = new ReadOnlyStringWrapper(this, "change", "");
  private final ReadOnlyIntegerWrapper changeSign = new ReadOnlyIntegerWrapper(this, "changeSign");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyStringWrapper keyCount = new ReadOnlyStringWrapper(this, "keyCount", "");
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
  private List<SeriesRow> history = List.of();
  private Object currentLoad;
  private TaskHandle pending;

  public TimeSeriesViewModel(Kind<K> kind, TaskExecutor executor, Loader<K> loader) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.loader = Objects.requireNonNull(loader, "loader");
    List<ColumnSpec<SeriesRow, ?>> columns = new ArrayList<>();
    columns.add(ColumnSpec.date("date", "Date", SeriesRow::date).withWidth(110));
    columns.add(
        ColumnSpec.decimal(
                "value", kind.valueTitle(), SeriesRow::value, kind.minScale(), kind.maxScale())
            .withWidth(110));
    if (kind.withVolume()) {
      columns.add(ColumnSpec.integer("volume", "Volume", SeriesRow::volume).withWidth(120));
    }
    columns.add(
        ColumnSpec.signedPercent("change", "Change", SeriesRow::changePercent).withWidth(90));
    this.table = new TableModel<>(kind.tableId(), kind.noun(), columns);
    keyFilter.addListener(
        (obs, old, text) -> {
          String q = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
          shownKeys.setPredicate(
              q.isEmpty()
                  ? null
                  : key -> kind.searchText().apply(key).toLowerCase(Locale.ROOT).contains(q));
          updateKeyCount();
        });
    keys.addListener((ListChangeListener<K>) c -> updateKeyCount());
    selected.addListener((obs, old, key) -> load(key));
    range.addListener((obs, old, now) -> applyRange());
    updateKeyCount();
  }

  private void updateKeyCount() {
    keyCount.set(Formats.grouped(shownKeys.size()) + " of " + Formats.grouped(keys.size()));
  }

  /** Replaces the keys to choose from; keeps the selection when it is still among them. */
  public void setKeys(Collection<? extends K> newKeys) {
    K keep = selected.get();
    keys.setAll(newKeys);
    if (keep != null && !keys.contains(keep)) {
      selected.set(null);
    }
  }

  /** Reads the selected key's history again. */
  public void refresh() {
    load(selected.get());
  }

  private void load(K key) {
    if (pending != null) {
      pending.cancel();
      pending = null;
    }
    Object token = new Object();
    currentLoad = token;
    if (key == null) {
      history = List.of();
      loading.set(false);
      table.loadingProperty().set(false);
      applyRange();
      return;
    }
    loading.set(true);
    table.loadingProperty().set(true);
    history = List.of();
    applyRange();
    headline.set(kind.label().apply(key));
    TaskHandle handle =
        executor.execute(
            BackgroundTask.of(
                    "Loading " + kind.noun() + " of " + kind.label().apply(key),
                    task -> rows(loader.load(key, task)))
                .onSuccess(
                    rows -> {
                      if (currentLoad == token) {
                        history = rows;
                        loading.set(false);
                        applyRange();
                      }
                    })
                .onFinished(
                    () -> {
                      if (currentLoad == token) {
                        pending = null;
                        table.loadingProperty().set(false);
                        if (loading.get()) {
                          // failed or cancelled: the error, if any, went to the executor's failure
                          // handler
                          loading.set(false);
                          applyRange();
                          summary.set(
                              "Could not read the " + kind.noun() + "; press F5 to try again");
                        }
                      }
                    }));
    if (currentLoad == token && !handle.isDone()) {
      pending = handle;
    }
  }

  /**
   * The rows of a history, oldest first: values set to one scale for the series, with the daily
   * change.
   */
  List<SeriesRow> rows(List<Observation> observations) {
    int scale = kind.minScale();
    for (Observation o : observations) {
      scale = Math.max(scale, Formats.scaleBetween(o.value(), kind.minScale(), kind.maxScale()));
    }
    List<SeriesRow> rows = new ArrayList<>(observations.size());
    BigDecimal previous = null;
    for (Observation o : observations) {
      BigDecimal changePercent =
          previous == null || previous.signum() == 0
              ? null
              : o.value()
                  .subtract(previous)
                  .multiply(BigDecimal.valueOf(100))
                  .divide(previous, MathContext.DECIMAL64)
                  .setScale(2, RoundingMode.HALF_EVEN);
      rows.add(
          new SeriesRow(
              o.date(),
              o.value().setScale(scale, RoundingMode.HALF_EVEN),
              o.volume(),
              changePercent));
      previous = o.value();
    }
    return rows;
  }

  private void applyRange() {
    K key = selected.get();
    if (history.isEmpty()) {
      table.clear();
      points.clear();
      lastValue.set("");
      change.set("");
      changeSign.set(0);
      if (key == null) {
        headline.set("");
        summary.set("");
      } else {
        summary.set(
            loading.get() ? "Loading " + kind.noun() + "…" : "No " + kind.noun() + " stored");
      }
      return;
    }
    LocalDate last = history.get(history.size() - 1).date();
    List<SeriesRow> shown =
        history.stream().filter(r -> range.get().includes(r.date(), last)).toList();
    table.setAll(shown);
    List<ChartPoint> chart = new ArrayList<>(shown.size());
    for (SeriesRow r : shown) {
      chart.add(new ChartPoint(r.date().toEpochDay(), r.value().doubleValue()));
    }
    points.setAll(chart);

    SeriesRow latest = history.get(history.size() - 1);
    String unit = key == null ? "" : kind.unit().apply(key);
    headline.set(key == null ? "" : kind.label().apply(key));
    lastValue.set(
        Formats.grouped(latest.value(), latest.value().scale())
            + (unit.isEmpty() ? "" : " " + unit));
    change.set(latest.changePercent() == null ? "" : Formats.signedPercent(latest.changePercent()));
    changeSign.set(latest.changePercent() == null ? 0 : latest.changePercent().signum());
    BigDecimal low = shown.stream().map(SeriesRow::value).min(BigDecimal::compareTo).orElseThrow();
    BigDecimal high = shown.stream().map(SeriesRow::value).max(BigDecimal::compareTo).orElseThrow();
    summary.set(
        String.format(
            Locale.ROOT,
            "%s %s from %s to %s · low %s · high %s · last on %s",
            Formats.grouped(shown.size()),
            kind.noun(),
            shown.get(0).date(),
            shown.get(shown.size() - 1).date(),
            Formats.grouped(low, low.scale()),
            Formats.grouped(high, high.scale()),
            latest.date()));
  }

  public Kind<K> kind() {
    return kind;
  }

  /** The keys to choose from, unfiltered. */
  public ObservableList<K> keys() {
    return keys;
  }

  /** The keys the list shows: those matching the key filter. */
  public FilteredList<K> shownKeys() {
    return shownKeys;
  }

  public StringProperty keyFilterProperty() {
    return keyFilter;
  }

  /** "n of m" keys shown. */
  public ReadOnlyStringProperty keyCountProperty() {
    return keyCount.getReadOnlyProperty();
  }

  public ObjectProperty<K> selectedProperty() {
    return selected;
  }

  public ObjectProperty<HistoryRange> rangeProperty() {
    return range;
  }

  /** Date, value, volume and change of the observations in range. */
  public TableModel<SeriesRow> table() {
    return table;
  }

  /** The chart's points in range, oldest first. */
  public ObservableList<ChartPoint> points() {
    return points;
  }

  /** The selected key: "AAPL · Apple Inc.". */
  public ReadOnlyStringProperty headlineProperty() {
    return headline.getReadOnlyProperty();
  }

  /** The latest value with its currency: "189.23 USD". */
  public ReadOnlyStringProperty lastValueProperty() {
    return lastValue.getReadOnlyProperty();
  }

  /** The latest change: "+0.53%". */
  public ReadOnlyStringProperty changeProperty() {
    return change.getReadOnlyProperty();
  }

  /** The sign of the latest change: 1, -1 or 0. */
  public ReadOnlyIntegerProperty changeSignProperty() {
    return changeSign.getReadOnlyProperty();
  }

  /** How many observations, over which dates, low and high. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }
}
