package com.tickmark.model.report;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Where a section's rows come from. A source opens a fresh stream each time it is asked, so a
 * report can be rendered more than once (to Excel and then to PDF); a stream may be backed by a
 * query cursor and is closed by whoever opened it. Rows are pulled one at a time, so a million-row
 * section never needs to sit in memory.
 */
@FunctionalInterface
public interface RowSource {
  /** Opens the rows from the first one. The caller closes the stream. */
  Stream<ReportRow> open();

  /** Rows held in memory; a section checks them all when it is built. */
  static RowSource of(List<ReportRow> rows) {
    return new InMemory(List.copyOf(rows));
  }

  /** Rows pulled lazily from an iterable whose {@code iterator()} starts over on each call. */
  static RowSource ofIterable(Iterable<ReportRow> rows) {
    Objects.requireNonNull(rows, "rows");
    if (rows instanceof List<ReportRow> list) {
      return of(list);
    }
    return () -> StreamSupport.stream(rows.spliterator(), false);
  }

  /** Rows that are already in memory. */
  record InMemory(List<ReportRow> rows) implements RowSource {
    public InMemory {
      rows = List.copyOf(rows);
    }

    @Override
    public Stream<ReportRow> open() {
      return rows.stream();
    }
  }
}
