package com.tickmark.model.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One row of an incoming file as its source read it: its line (a CSV record's first line, a sheet's
 * row number) and its cells, each a {@code String} or, from a workbook, the cell's value: a {@code
 * BigDecimal}, a {@code LocalDate} or a {@code LocalDateTime}. A source reuses one row object for
 * every row, so a handler copies what it keeps.
 */
public final class IntakeRow {
  /** Takes the rows of a file, one by one, in order. */
  @FunctionalInterface
  public interface Handler {
    void row(IntakeRow row);
  }

  private final IntakeLayout layout;
  private Object[] cells = new Object[32];
  private int size;
  private int line;

  public IntakeRow(IntakeLayout layout) {
    this.layout = layout;
  }

  /** Starts row {@code line} without cells. */
  void reset(int line) {
    this.line = line;
    Arrays.fill(cells, 0, size, null);
    size = 0;
  }

  /** Sets the cell of zero-based {@code column}, widening the row as needed. */
  void set(int column, Object value) {
    if (column >= cells.length) {
      cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
    }
    cells[column] = value;
    size = Math.max(size, column + 1);
  }

  /**
   * Widens the row to {@code width} cells (empty ones), as a sheet row narrower than its header.
   */
  void widen(int width) {
    if (width > size) {
      set(width - 1, null);
    }
  }

  public int line() {
    return line;
  }

  /** How many cells the row has (its last cell's column, plus one). */
  public int size() {
    return size;
  }

  /** The cell of zero-based {@code column} as read; null when the row has none there. */
  public Object value(int column) {
    return column < 0 || column >= size ? null : cells[column];
  }

  /** The cell's text without surrounding blanks: "" when empty or missing. */
  public String text(int column) {
    Object v = value(column);
    return v instanceof String s ? s.trim() : layout.text(v).trim();
  }

  /** Whether no cell holds more than blanks. */
  public boolean isBlank() {
    for (int i = 0; i < size; i++) {
      if (!layout.text(cells[i]).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** Every cell as text, as read (not trimmed). */
  public List<String> texts() {
    List<String> texts = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      texts.add(layout.text(cells[i]));
    }
    return texts;
  }

  /** The row as one line of its file, in the layout (a quarantined row keeps this). */
  public String raw() {
    return layout.line(texts());
  }
}
