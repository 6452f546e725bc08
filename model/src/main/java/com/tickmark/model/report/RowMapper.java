package com.tickmark.model.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Turns business records (or a screen's row view models) into report rows: each column is a {@link
 * ReportColumn} with the function that reads its value from a record. A report catalog uses it to
 * map repository results; "export what I see" builds one from the visible table columns, in their
 * displayed order, and maps a snapshot of the sorted, filtered rows.
 *
 * <pre>{@code
 * RowMapper<Position> mapper = RowMapper.<Position>builder()
 *     .column(ReportColumn.text("Book"), p -> p.book().code())
 *     .column(ReportColumn.integer("Quantity"), Position::quantity)
 *     .column(ReportColumn.money("Market value", "USD"), Position::marketValue)
 *     .build();
 * ReportSection section = mapper.section("Positions", positions).groupBy("Book").totals("Market value").build();
 * }</pre>
 *
 * @param <T> the type of record a row is made from
 */
public final class RowMapper<T> {
  private final List<ReportColumn> columns;
  private final List<Function<? super T, ?>> readers;

  private RowMapper(List<ReportColumn> columns, List<Function<? super T, ?>> readers) {
    this.columns = List.copyOf(columns);
    this.readers = List.copyOf(readers);
  }

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  public List<ReportColumn> columns() {
    return columns;
  }

  /** The row of one record. */
  public ReportRow toRow(T record) {
    Object[] cells = new Object[readers.size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = readers.get(i).apply(record);
    }
    return ReportRow.of(cells);
  }

  /**
   * A section of records held in memory, mapped (and checked) now: pass a snapshot such as {@code
   * List.copyOf(sortedRows)} taken on the UI thread, then render on a background thread.
   */
  public ReportSection.Builder section(String name, List<? extends T> records) {
    List<ReportRow> rows = new ArrayList<>(records.size());
    for (T record : records) {
      rows.add(toRow(record));
    }
    return ReportSection.builder(name).columns(columns).rows(RowSource.of(rows));
  }

  /**
   * A section whose records are read lazily, one at a time, each time the report is rendered:
   * {@code records} opens a fresh stream on each call (a query, for instance) and is closed after.
   */
  public ReportSection.Builder lazySection(
      String name, Supplier<? extends Stream<? extends T>> records) {
    Objects.requireNonNull(records, "records");
    RowSource source =
        () -> {
          Stream<? extends T> stream = records.get();
          return stream.map(this::toRow).onClose(stream::close);
        };
    return ReportSection.builder(name).columns(columns).rows(source);
  }

  /** Collects the columns and how to read each one. */
  public static final class Builder<T> {
    private final List<ReportColumn> columns = new ArrayList<>();
    private final List<Function<? super T, ?>> readers = new ArrayList<>();

    private Builder() {}

    /** Adds a column whose cells are read by a function returning a value of the column's kind. */
    public Builder<T> column(ReportColumn column, Function<? super T, ?> reader) {
      columns.add(Objects.requireNonNull(column, "column"));
      readers.add(Objects.requireNonNull(reader, "reader of column " + column.name()));
      return this;
    }

    public RowMapper<T> build() {
      if (columns.isEmpty()) {
        throw new IllegalArgumentException("A row mapper needs at least one column");
      }
      return new RowMapper<>(columns, readers);
    }
  }
}
