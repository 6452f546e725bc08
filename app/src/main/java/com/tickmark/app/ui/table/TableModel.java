package com.tickmark.app.ui.table;

import com.tickmark.model.report.Report;
import com.tickmark.model.report.RowMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The view model of one table: rows set in one update after an off-thread load, a quick filter over
 * the searchable columns, and the sorted list the table shows (the view binds its comparator to the
 * table's). Copy and export act on what the user sees: the sorted, filtered rows in the visible
 * column order.
 *
 * @param <R> the row view model, an immutable record of display-ready values
 */
public final class TableModel<R> {
  private final String id;
  private final String noun;
  private final List<ColumnSpec<R, ?>> columns;
  private final ObservableList<R> rows = FXCollections.observableArrayList();
  private final ObservableList<R> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
  private final FilteredList<R> filtered = new FilteredList<>(rows);
  private final SortedList<R> sorted = new SortedList<>(filtered);
  private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
  private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper(this, "shownCount");
  private final ReadOnlyIntegerWrapper totalCount = new ReadOnlyIntegerWrapper(this, "totalCount");
  private final ReadOnlyStringWrapper countText =
      new ReadOnlyStringWrapper(this, "countText", "0 of 0");
  private final ReadOnlyStringWrapper placeholder =
      new ReadOnlyStringWrapper(this, "placeholder", "");
  private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
  private final StringProperty prompt = new SimpleStringProperty(this, "prompt");
  private Map<R, String> searchIndex = new IdentityHashMap<>();

  /**
   * @param id names the table in the saved window layout, e.g. "refdata.instruments"
   * @param noun what a row is, in the plural, for messages: "instruments"
   */
  public TableModel(String id, String noun, List<ColumnSpec<R, ?>> columns) {
    this.id = Objects.requireNonNull(id, "id");
    this.noun = Objects.requireNonNull(noun, "noun");
    this.columns = List.copyOf(columns);
    if (this.columns.stream().map(ColumnSpec::id).distinct().count() != this.columns.size()) {
      throw new IllegalArgumentException(
          "Column ids of table " + id + " must be unique: " + this.columns);
    }
    filterText.addListener(
        (obs, old, text) -> {
          filtered.setPredicate(predicateFor(text));
          updateCounts();
        });
    filtered.addListener((ListChangeListener<R>) change -> updateCounts());
    loading.addListener((obs, old, now) -> updateCounts());
    prompt.addListener((obs, old, now) -> updateCounts());
    updateCounts();
  }

  /** Replaces every row in one update. */
  public void setAll(Collection<? extends R> newRows) {
    Map<R, String> index = new IdentityHashMap<>(newRows.size() * 2);
    for (R row : newRows) {
      index.put(row, searchTextOf(row));
    }
    searchIndex = index;
    rows.setAll(newRows);
    // the predicate reads the index: re-apply it so rows are matched against their new text
    filtered.setPredicate(predicateFor(filterText.get()));
    updateCounts();
  }

  public void clear() {
    setAll(List.of());
  }

  private String searchTextOf(R row) {
    StringBuilder text = new StringBuilder();
    for (ColumnSpec<R, ?> c : columns) {
      if (c.isSearchable()) {
        text.append(c.displayOfRow(row).toLowerCase(Locale.ROOT)).append('\u0000');
      }
    }
    return text.toString();
  }

  private Predicate<R> predicateFor(String query) {
    List<String> terms = terms(query);
    if (terms.isEmpty()) {
      return null;
    }
    Map<R, String> index = searchIndex;
    return row -> {
      String text = index.get(row);
      if (text == null) {
        text = searchTextOf(row);
      }
      for (String term : terms) {
        if (!text.contains(term)) {
          return false;
        }
      }
      return true;
    };
  }

  /**
   * The quick filter's words: a row is shown when every word occurs in one of its searchable
   * columns.
   */
  static List<String> terms(String query) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    List<String> terms = new ArrayList<>();
    for (String t : query.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!t.isEmpty()) {
        terms.add(t);
      }
    }
    return terms;
  }

  private void updateCounts() {
    shownCount.set(filtered.size());
    totalCount.set(rows.size());
    countText.set(Formats.grouped(filtered.size()) + " of " + Formats.grouped(rows.size()));
    String prompted = prompt.get();
    placeholder.set(
        rows.isEmpty() && !loading.get() && prompted != null && !prompted.isBlank()
            ? prompted
            : emptyText(noun, loading.get(), rows.size(), filtered.size(), filterText.get()));
  }

  /**
   * What an empty table says, the one rule for every table (the blotter's too): "Loading trades…"
   * while a load runs and nothing is shown yet, "No trades" once loaded and nothing is held, "No
   * trades match “abc”" (or "match the filter" when the filter is not words typed) when rows are
   * held but the filter hides them all, and nothing while rows are shown.
   *
   * @param held how many rows are loaded, shown or not
   * @param shown how many of them the filter lets through
   * @param filter the quick filter's words, or null or blank for a filter of another kind
   */
  public static String emptyText(
      String noun, boolean loading, long held, long shown, String filter) {
    if (shown > 0) {
      return "";
    }
    if (loading) {
      return "Loading " + noun + "…";
    }
    if (held == 0) {
      return "No " + noun;
    }
    return filter == null || filter.isBlank()
        ? "No " + noun + " match the filter"
        : "No " + noun + " match \u201c" + filter.trim() + "\u201d";
  }

  /**
   * Tab-separated text for a spreadsheet: a header line of column titles, then one line per row.
   *
   * @param viewIndices positions in {@link #sortedRows()} of the rows to copy (the selection); all
   *     rows shown when empty
   * @param columnIds the columns to copy, in the order the user sees them
   */
  public String copyAsTsv(Collection<Integer> viewIndices, List<String> columnIds) {
    List<R> chosen;
    if (viewIndices.isEmpty()) {
      chosen = List.copyOf(sorted);
    } else {
      chosen =
          viewIndices.stream()
              .filter(i -> i >= 0 && i < sorted.size())
              .sorted()
              .distinct()
              .map(sorted::get)
              .toList();
    }
    List<ColumnSpec<R, ?>> cols = columnIds.stream().map(this::column).toList();
    return toTsv(chosen, cols);
  }

  /** Every shown row in the given visible columns. */
  public String copyAllAsTsv(List<String> columnIds) {
    return copyAsTsv(List.of(), columnIds);
  }

  static <R> String toTsv(List<R> rowsToCopy, List<ColumnSpec<R, ?>> cols) {
    StringBuilder out = new StringBuilder();
    out.append(cols.stream().map(c -> cell(c.title())).collect(Collectors.joining("\t")))
        .append('\n');
    for (R row : rowsToCopy) {
      out.append(cols.stream().map(c -> cell(c.copyOfRow(row))).collect(Collectors.joining("\t")))
          .append('\n');
    }
    return out.toString();
  }

  /**
   * A report of exactly these rows in exactly these columns, for "export what I see": one section
   * of typed columns (numbers stay numbers in Excel), with the filter, the sort and the row count
   * among its parameters. Call it off the FX thread with a snapshot of the rows taken on it.
   *
   * @param title names the report, its one section and the audit record: "Instruments"
   * @param shown the rows as the table shows them (a copy of {@link #sortedRows()})
   * @param columnIds the visible columns, in the order the user sees them
   * @param filter the quick filter's text
   * @param sortedBy how the rows are sorted, e.g. "Symbol ascending", or empty
   * @param total how many rows are loaded, shown or not
   */
  public Report exportReport(
      String title,
      List<R> shown,
      List<String> columnIds,
      String filter,
      String sortedBy,
      long total,
      String runBy,
      Instant runAt) {
    RowMapper.Builder<R> mapper = RowMapper.builder();
    for (String columnId : columnIds) {
      ColumnSpec<R, ?> spec = column(columnId);
      mapper.column(spec.reportColumn(shown), spec::reportValueOfRow);
    }
    Report.Builder report =
        Report.builder(title).subtitle("The rows and columns as shown on screen");
    if (filter != null && !filter.isBlank()) {
      report.parameter("Filter", filter.strip());
    }
    if (sortedBy != null && !sortedBy.isBlank()) {
      report.parameter("Sorted by", sortedBy);
    }
    return report
        .parameter("Rows", Formats.grouped(shown.size()) + " of " + Formats.grouped(total))
        .runBy(runBy, runAt)
        .section(mapper.build().section(title, shown).build())
        .build();
  }

  /** What a row is, in the plural: "instruments". */
  public String noun() {
    return noun;
  }

  /** A cell may not break the grid: tabs and line breaks become spaces. */
  private static String cell(String text) {
    return text.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
  }

  public ColumnSpec<R, ?> column(String columnId) {
    return columns.stream()
        .filter(c -> c.id().equals(columnId))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("Table " + id + " has no column " + columnId));
  }

  public String id() {
    return id;
  }

  public List<ColumnSpec<R, ?>> columns() {
    return columns;
  }

  public List<String> columnIds() {
    return columns.stream().map(ColumnSpec::id).toList();
  }

  /** Every row, unfiltered and in load order. */
  public ObservableList<R> allRows() {
    return readOnlyRows; // one wrapper, so that listeners on it stay registered
  }

  /** The rows the table shows: filtered, then sorted by the table's comparator. */
  public SortedList<R> sortedRows() {
    return sorted;
  }

  public StringProperty filterTextProperty() {
    return filterText;
  }

  public ReadOnlyIntegerProperty shownCountProperty() {
    return shownCount.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty totalCountProperty() {
    return totalCount.getReadOnlyProperty();
  }

  /** "n of m": rows shown of rows loaded. */
  public ReadOnlyStringProperty countTextProperty() {
    return countText.getReadOnlyProperty();
  }

  /** What an empty table says: loading, nothing loaded, or nothing matching the filter. */
  public ReadOnlyStringProperty placeholderProperty() {
    return placeholder.getReadOnlyProperty();
  }

  /** Set while a load runs: an empty table then says it is loading, not that there is nothing. */
  public BooleanProperty loadingProperty() {
    return loading;
  }

  /**
   * What the table says while it holds nothing because nothing was asked for yet, instead of "No
   * …": what to do to fill it ("Preview a file to see its problems"). Null or blank for the usual
   * placeholder.
   */
  public StringProperty promptProperty() {
    return prompt;
  }
}
