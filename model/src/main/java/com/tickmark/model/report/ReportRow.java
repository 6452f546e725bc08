package com.tickmark.model.report;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One row of cell values, in column order. A cell holds a {@link String}, {@link Long}, {@link
 * java.math.BigDecimal}, {@link java.time.LocalDate}, {@link java.time.Instant}, or null for an
 * empty cell; {@link Integer}, {@link Short} and {@link Byte} are widened to {@link Long}. Whether
 * the values fit the columns is checked by the section, which knows the columns and can name the
 * row and column in its message.
 */
public final class ReportRow {
  private final Object[] cells;

  private ReportRow(Object[] cells) {
    this.cells = cells;
  }

  public static ReportRow of(Object... cells) {
    Object[] copy = cells.clone();
    for (int i = 0; i < copy.length; i++) {
      copy[i] = widen(copy[i]);
    }
    return new ReportRow(copy);
  }

  public static ReportRow of(List<?> cells) {
    return of(cells.toArray());
  }

  private static Object widen(Object value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    return value;
  }

  public int size() {
    return cells.length;
  }

  /** The value of the cell at a zero-based column index; null when empty. */
  public Object get(int column) {
    return cells[column];
  }

  public List<Object> cells() {
    return Collections.unmodifiableList(Arrays.asList(cells));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReportRow row && Arrays.equals(cells, row.cells);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(cells);
  }

  @Override
  public String toString() {
    return Arrays.toString(cells);
  }
}
