package com.tickmark.app.ui.table;

import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.report.ReportColumn;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a table, as the view model defines it: what value a row shows, how that value is
 * written on screen and on the clipboard, how it sorts, whether the quick filter searches it, and
 * whether it is a number (right-aligned), and what it becomes in an export: a typed report column,
 * so that numbers stay numbers and dates stay dates in Excel. The view turns each spec into a
 * {@code TableColumn}.
 *
 * @param <R> the row type
 * @param <V> the value type
 */
public final class ColumnSpec<R, V> {
  /** What a column's values are, and so which report column an export makes of it. */
  public enum ValueKind {
    TEXT,
    DATE,
    TIMESTAMP,
    INTEGER,
    DECIMAL,
    MONEY,
    /** A fraction shown as a percentage (0.0125 shows as 1.25%). */
    PERCENTAGE,
    /** A percentage held in percent (1.25 for 1.25%), exported as the fraction 0.0125. */
    PERCENT_POINTS
  }

  private final String id;
  private final String title;
  private final Function<R, V> value;
  private final Function<V, String> display;
  private final Function<V, String> copy;
  private final Comparator<V> comparator;
  private final boolean numeric;
  private final boolean searchable;
  private final Function<V, String> styleClass;
  private final double prefWidth;
  private final ValueKind kind;
  private final int minScale;
  private final int maxScale;
  private final Function<R, CurrencyCode> currency;

  private ColumnSpec(
      String id,
      String title,
      Function<R, V> value,
      Function<V, String> display,
      Function<V, String> copy,
      Comparator<V> comparator,
      boolean numeric,
      boolean searchable,
      Function<V, String> styleClass,
      double prefWidth,
      ValueKind kind,
      int minScale,
      int maxScale,
      Function<R, CurrencyCode> currency) {
    this.id = Objects.requireNonNull(id, "id");
    this.title = Objects.requireNonNull(title, "title");
    this.value = Objects.requireNonNull(value, "value");
    this.display = display;
    this.copy = copy;
    this.comparator = comparator;
    this.numeric = numeric;
    this.searchable = searchable;
    this.styleClass = styleClass;
    this.prefWidth = prefWidth;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.minScale = minScale;
    this.maxScale = maxScale;
    this.currency = currency;
  }

  private ColumnSpec<R, V> copy(double width, boolean isSearchable) {
    return new ColumnSpec<>(
        id,
        title,
        value,
        display,
        copy,
        comparator,
        numeric,
        isSearchable,
        styleClass,
        width,
        kind,
        minScale,
        maxScale,
        currency);
  }

  /** A text column; the quick filter searches it. */
  public static <R> ColumnSpec<R, String> text(String id, String title, Function<R, String> value) {
    return new ColumnSpec<>(
        id,
        title,
        value,
        ColumnSpec::orEmpty,
        ColumnSpec::orEmpty,
        Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER),
        false,
        true,
        v -> null,
        120,
        ValueKind.TEXT,
        0,
        0,
        null);
  }

  /** An ISO date column; the quick filter searches it, so "2025-03" finds March 2025. */
  public static <R> ColumnSpec<R, LocalDate> date(
      String id, String title, Function<R, LocalDate> value) {
    return new ColumnSpec<>(
        id,
        title,
        value,
        Formats::date,
        Formats::date,
        Comparator.nullsLast(Comparator.naturalOrder()),
        false,
        true,
        v -> null,
        100,
        ValueKind.DATE,
        0,
        0,
        null);
  }

  /** A point in time shown in UTC ({@code 2025-11-20 18:05:12}); the quick filter searches it. */
  public static <R> ColumnSpec<R, Instant> timestamp(
      String id, String title, Function<R, Instant> value) {
    return new ColumnSpec<>(
        id,
        title,
        value,
        Formats::timestamp,
        Formats::timestamp,
        Comparator.nullsLast(Comparator.naturalOrder()),
        false,
        true,
        v -> null,
        150,
        ValueKind.TIMESTAMP,
        0,
        0,
        null);
  }

  /** A whole-number column with thousands separators, right-aligned. */
  public static <R> ColumnSpec<R, Long> integer(String id, String title, Function<R, Long> value) {
    return new ColumnSpec<>(
        id,
        title,
        value,
        v -> v == null ? "" : Formats.grouped(v),
        v -> v == null ? "" : Long.toString(v),
        Comparator.nullsLast(Comparator.naturalOrder()),
        true,
        false,
        v -> null,
        90,
        ValueKind.INTEGER,
        0,
        0,
        null);
  }

  /**
   * A decimal column shown with thousands separators and the decimals the value carries (its
   * scale), kept between {@code minScale} and {@code maxScale}; right-aligned, negatives red. Give
   * the rows values set to the scale they should show, so that every row of a column lines up.
   */
  public static <R> ColumnSpec<R, BigDecimal> decimal(
      String id, String title, Function<R, BigDecimal> value, int minScale, int maxScale) {
    return new ColumnSpec<>(
        id,
        title,
        value,
        v -> v == null ? "" : Formats.grouped(v, Formats.scaleBetween(v, minScale, maxScale)),
        v -> v == null ? "" : Formats.plain(v, Formats.scaleBetween(v, minScale, maxScale)),
        Comparator.nullsLast(Comparator.naturalOrder()),
        true,
        false,
        v ->
            v == null
                ? null
                : Formats.negativeStyle(v, Formats.scaleBetween(v, minScale, maxScale)),
        110,
        ValueKind.DECIMAL,
        minScale,
        maxScale,
        null);
  }

  /**
   * An amount of money shown with thousands separators and {@code scale} decimals, right-aligned,
   * negatives red. Each row names its currency; an export shows the currency in the column's number
   * format when every exported row has the same one.
   */
  public static <R> ColumnSpec<R, BigDecimal> money(
      String id,
      String title,
      Function<R, BigDecimal> value,
      Function<R, CurrencyCode> currency,
      int scale) {
    Objects.requireNonNull(currency, "currency");
    return new ColumnSpec<>(
        id,
        title,
        value,
        v -> v == null ? "" : Formats.grouped(v, scale),
        v -> v == null ? "" : Formats.plain(v, scale),
        Comparator.nullsLast(Comparator.naturalOrder()),
        true,
        false,
        v -> Formats.negativeStyle(v, scale),
        120,
        ValueKind.MONEY,
        scale,
        scale,
        currency);
  }

  /**
   * An amount of money shown with thousands separators and the decimals its value carries:
   * right-aligned, negatives red. Give each row its amount set to its currency's scale (0 for JPY,
   * 2 for USD) so that a column of several currencies shows each in its own; an export carries the
   * widest scale, and the currency when every exported row has the same one.
   */
  public static <R> ColumnSpec<R, BigDecimal> money(
      String id, String title, Function<R, BigDecimal> value, Function<R, CurrencyCode> currency) {
    Objects.requireNonNull(currency, "currency");
    return new ColumnSpec<>(
        id,
        title,
        value,
        v -> v == null ? "" : Formats.grouped(v, v.scale()),
        v -> v == null ? "" : Formats.plain(v, v.scale()),
        Comparator.nullsLast(Comparator.naturalOrder()),
        true,
        false,
        v -> v == null ? null : Formats.negativeStyle(v, v.scale()),
        120,
        ValueKind.MONEY,
        0,
        ReportColumn.MAX_SCALE,
        currency);
  }

  /** A signed percentage column ({@code +1.25%}), right-aligned, coloured by sign. */
  public static <R> ColumnSpec<R, BigDecimal> signedPercent(
      String id, String title, Function<R, BigDecimal> value) {
    return new ColumnSpec<>(
        id,
        title,
        value,
        Formats::signedPercent,
        Formats::signedPercent,
        Comparator.nullsLast(Comparator.naturalOrder()),
        true,
        false,
        v -> v == null || v.signum() == 0 ? null : v.signum() > 0 ? "positive" : "negative",
        90,
        ValueKind.PERCENT_POINTS,
        2,
        2,
        null);
  }

  /**
   * A fraction shown as a percentage with {@code scale} decimals (0.0525 shows as 5.25%),
   * right-aligned.
   */
  public static <R> ColumnSpec<R, BigDecimal> percentage(
      String id, String title, Function<R, BigDecimal> fraction, int scale) {
    Function<BigDecimal, String> shown =
        v -> v == null ? "" : Formats.grouped(v.movePointRight(2), scale) + "%";
    return new ColumnSpec<>(
        id,
        title,
        fraction,
        shown,
        shown,
        Comparator.nullsLast(Comparator.naturalOrder()),
        true,
        false,
        v -> v == null ? null : Formats.negativeStyle(v.movePointRight(2), scale),
        90,
        ValueKind.PERCENTAGE,
        scale,
        scale,
        null);
  }

  /** The same column with another preferred width in pixels. */
  public ColumnSpec<R, V> withWidth(double width) {
    return copy(width, searchable);
  }

  /** The same column, searched (or not) by the quick filter. */
  public ColumnSpec<R, V> searchable(boolean isSearchable) {
    return copy(prefWidth, isSearchable);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public V valueOf(R row) {
    return value.apply(row);
  }

  /** The cell text the user sees. */
  public String displayOf(V v) {
    return display.apply(v);
  }

  public String displayOfRow(R row) {
    return display.apply(value.apply(row));
  }

  /** The cell text written to the clipboard. */
  public String copyOfRow(R row) {
    return copy.apply(value.apply(row));
  }

  public Comparator<V> comparator() {
    return comparator;
  }

  public boolean numeric() {
    return numeric;
  }

  public boolean isSearchable() {
    return searchable;
  }

  /** An extra style class for a cell holding {@code v} ("positive", "negative"), or null. */
  public String styleClassOf(V v) {
    return styleClass.apply(v);
  }

  public double prefWidth() {
    return prefWidth;
  }

  public ValueKind kind() {
    return kind;
  }

  /**
   * The typed report column an export of {@code rows} makes of this column: a decimal column shows
   * as many decimals as the widest of its values does on screen; a money column carries the
   * currency when every row has the same one, and is a plain decimal column otherwise.
   */
  public ReportColumn reportColumn(Collection<? extends R> rows) {
    return switch (kind) {
      case TEXT -> ReportColumn.text(title);
      case DATE -> ReportColumn.date(title);
      case TIMESTAMP -> ReportColumn.timestamp(title);
      case INTEGER -> ReportColumn.integer(title);
      case PERCENT_POINTS -> ReportColumn.percentage(title, 2);
      case PERCENTAGE -> ReportColumn.percentage(title, minScale);
      case DECIMAL -> ReportColumn.decimal(title, scaleShown(rows));
      case MONEY -> {
        CurrencyCode only = singleCurrency(rows);
        int scale = minScale == maxScale ? minScale : widestScale(rows);
        yield only == null
            ? ReportColumn.decimal(title, scale)
            : ReportColumn.money(title, only.code(), scale);
      }
    };
  }

  private int scaleShown(Collection<? extends R> rows) {
    int scale = minScale;
    for (R row : rows) {
      Object v = value.apply(row);
      if (v instanceof BigDecimal decimal) {
        scale = Math.max(scale, Formats.scaleBetween(decimal, minScale, maxScale));
      }
    }
    return Math.min(scale, ReportColumn.MAX_SCALE);
  }

  /** The most decimals a value of {@code rows} carries, within the column's bounds. */
  private int widestScale(Collection<? extends R> rows) {
    int scale = minScale;
    for (R row : rows) {
      if (value.apply(row) instanceof BigDecimal decimal) {
        scale = Math.max(scale, Math.min(maxScale, decimal.scale()));
      }
    }
    return scale;
  }

  private CurrencyCode singleCurrency(Collection<? extends R> rows) {
    CurrencyCode only = null;
    for (R row : rows) {
      CurrencyCode c = currency.apply(row);
      if (c == null || (only != null && !only.equals(c))) {
        return null;
      }
      only = c;
    }
    return only;
  }

  /**
   * The value of a row as a report cell of {@link #reportColumn}: numbers stay numbers, percentages
   * become fractions.
   */
  public Object reportValueOfRow(R row) {
    Object v = value.apply(row);
    if (v instanceof BigDecimal decimal && kind == ValueKind.PERCENT_POINTS) {
      return decimal.movePointLeft(2);
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    return v;
  }

  @Override
  public String toString() {
    return "ColumnSpec[" + id + "]";
  }
}
