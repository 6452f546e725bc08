package com.tickmark.model.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a report column holds, and so which Java type its cells carry. Renderers turn each kind into
 * a typed spreadsheet cell with its number or date format, and into right-aligned text on paper.
 */
public enum ColumnKind {
  /** Free text: {@link String}. */
  TEXT(String.class, "text (String)"),
  /** A whole number such as a quantity or a count: {@link Long}. */
  INTEGER(Long.class, "a whole number (Long)"),
  /** A decimal shown to the column's scale: {@link BigDecimal}. */
  DECIMAL(BigDecimal.class, "a decimal (BigDecimal)"),
  /** An amount of money in the column's currency or in the currency named by another column. */
  MONEY(BigDecimal.class, "an amount (BigDecimal)"),
  /** A fraction shown as a percentage: 0.0525 is shown as 5.25%. {@link BigDecimal}. */
  PERCENTAGE(BigDecimal.class, "a fraction (BigDecimal, 0.05 = 5%)"),
  /** A calendar date: {@link LocalDate}. */
  DATE(LocalDate.class, "a date (LocalDate)"),
  /** A point in time, shown in UTC: {@link Instant}. */
  TIMESTAMP(Instant.class, "a UTC timestamp (Instant)");

  private final Class<?> valueType;
  private final String expected;

  ColumnKind(Class<?> valueType, String expected) {
    this.valueType = valueType;
    this.expected = expected;
  }

  /** The Java type of this kind's non-empty cells. */
  public Class<?> valueType() {
    return valueType;
  }

  /** Whether a cell value (null for an empty cell) fits this kind. */
  public boolean accepts(Object value) {
    return value == null || valueType.isInstance(value);
  }

  /** Whether the column holds numbers that can be totalled. */
  public boolean isNumeric() {
    return this == INTEGER || this == DECIMAL || this == MONEY || this == PERCENTAGE;
  }

  /** Whether the kind carries a number of decimal places. */
  public boolean hasScale() {
    return this == DECIMAL || this == MONEY || this == PERCENTAGE;
  }

  /** What a cell of this kind must hold, for error messages. */
  String expected() {
    return expected;
  }
}
