package com.tickmark.model.trade.blotter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** A filter on one column of the blotter. */
public sealed interface ColumnFilter {
  BlotterColumn column();

  /** For the filter bar and the export's parameters: "Book is EQ-LDN or EQ-NY". */
  String describe();

  /** Only rows whose value is one of these (a category column). */
  record Values(BlotterColumn column, Set<String> values) implements ColumnFilter {
    public Values {
      Objects.requireNonNull(column, "column");
      if (column.kind() != BlotterColumn.Kind.CATEGORY) {
        throw new IllegalArgumentException(
            column.title() + " is filtered by range or text, not by picking values");
      }
      values = Set.copyOf(values);
    }

    @Override
    public String describe() {
      String list =
          String.join(
              ", ", new TreeSet<>(values).stream().map(v -> v.isEmpty() ? "(blank)" : v).toList());
      return column.title() + (values.size() == 1 ? " is " : " is one of ") + list;
    }
  }

  /**
   * Only rows whose number lies between {@code min} and {@code max}, both included; null for open.
   */
  record Range(BlotterColumn column, BigDecimal min, BigDecimal max) implements ColumnFilter {
    public Range {
      Objects.requireNonNull(column, "column");
      if (!column.kind().isNumeric()) {
        throw new IllegalArgumentException(column.title() + " does not hold numbers");
      }
      if (min != null && max != null && min.compareTo(max) > 0) {
        throw new IllegalArgumentException(
            column.title()
                + ": the lowest value ("
                + min.toPlainString()
                + ") is above the highest ("
                + max.toPlainString()
                + ")");
      }
    }

    @Override
    public String describe() {
      return column.title()
          + bounds(
              min == null ? null : min.toPlainString(), max == null ? null : max.toPlainString());
    }
  }

  /**
   * Only rows whose date (for a timestamp, its UTC date) lies from {@code from} to {@code to}, both
   * included.
   */
  record Dates(BlotterColumn column, LocalDate from, LocalDate to) implements ColumnFilter {
    public Dates {
      Objects.requireNonNull(column, "column");
      if (column.kind() != BlotterColumn.Kind.DATE
          && column.kind() != BlotterColumn.Kind.TIMESTAMP) {
        throw new IllegalArgumentException(column.title() + " does not hold dates");
      }
      if (from != null && to != null && from.isAfter(to)) {
        throw new IllegalArgumentException(column.title() + ": " + from + " is after " + to);
      }
    }

    @Override
    public String describe() {
      return column.title()
          + bounds(from == null ? null : from.toString(), to == null ? null : to.toString());
    }
  }

  /** Only rows whose text contains {@code text}, ignoring case. */
  record Contains(BlotterColumn column, String text) implements ColumnFilter {
    public Contains {
      Objects.requireNonNull(column, "column");
      if (column.kind() != BlotterColumn.Kind.TEXT) {
        throw new IllegalArgumentException(column.title() + " is not a text column");
      }
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException(column.title() + ": say what the text should contain");
      }
    }

    @Override
    public String describe() {
      return column.title() + " contains \"" + text + "\"";
    }
  }

  private static String bounds(String low, String high) {
    if (low != null && high != null) {
      return " from " + low + " to " + high;
    }
    return low != null ? " from " + low : high != null ? " up to " + high : " (any)";
  }
}
