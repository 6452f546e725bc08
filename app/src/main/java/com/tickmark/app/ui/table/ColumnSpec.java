package com.tickmark.app.ui.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a table, as the view model defines it: what value a row shows, how that value is
 * written on screen and on the clipboard, how it sorts, whether the quick filter searches it, and
 * whether it is a number (right-aligned). The view turns each spec into a {@code TableColumn}.
 *
 * @param <R> the row type
 * @param <V> the value type
 */
public final class ColumnSpec<R, V> {
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

  private ColumnSpec(String id, String title, Function<R, V> value, Function<V, String> display, Function<V, String> copy,
      Comparator<V> comparator, boolean numeric, boolean searchable, Function<V, String> styleClass, double prefWidth) {
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
  }

  /** A text column; the quick filter searches it. */
  public static <R> ColumnSpec<R, String> text(String id, String title, Function<R, String> value) {
    return new ColumnSpec<>(id, title, value, ColumnSpec::orEmpty, ColumnSpec::orEmpty,
        Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER), false, true, v -> null, 120);
  }

  /** An ISO date column; the quick filter searches it, so "2025-03" finds March 2025. */
  public static <R> ColumnSpec<R, LocalDate> date(String id, String title, Function<R, LocalDate> value) {
    return new ColumnSpec<>(id, title, value, Formats::date, Formats::date,
        Comparator.nullsLast(Comparator.naturalOrder()), false, true, v -> null, 100);
  }

  /** A whole-number column with thousands separators, right-aligned. */
  public static <R> ColumnSpec<R, Long> integer(String id, String title, Function<R, Long> value) {
    return new ColumnSpec<>(id, title, value, v -> v == null ? "" : Formats.grouped(v), v -> v == null ? "" : Long.toString(v),
        Comparator.nullsLast(Comparator.naturalOrder()), true, false, v -> null, 90);
  }

  /**
   * A decimal column shown with thousands separators and the decimals the value carries (its
   * scale), kept between {@code minScale} and {@code maxScale}; right-aligned. Give the rows values
   * set to the scale they should show, so that every row of a column lines up.
   */
  public static <R> ColumnSpec<R, BigDecimal> decimal(String id, String title, Function<R, BigDecimal> value, int minScale, int maxScale) {
    return new ColumnSpec<>(id, title, value,
        v -> v == null ? "" : Formats.grouped(v, clamp(v.scale(), minScale, maxScale)),
        v -> v == null ? "" : Formats.plain(v, clamp(v.scale(), minScale, maxScale)),
        Comparator.nullsLast(Comparator.naturalOrder()), true, false, v -> null, 110);
  }

  private static int clamp(int scale, int min, int max) {
    return Math.max(min, Math.min(max, scale));
  }

  /** A signed percentage column ({@code +1.25%}), right-aligned, coloured by sign. */
  public static <R> ColumnSpec<R, BigDecimal> signedPercent(String id, String title, Function<R, BigDecimal> value) {
    return new ColumnSpec<>(id, title, value, Formats::signedPercent, Formats::signedPercent,
        Comparator.nullsLast(Comparator.naturalOrder()), true, false,
        v -> v == null || v.signum() == 0 ? null : v.signum() > 0 ? "positive" : "negative", 90);
  }

  /** The same column with another preferred width in pixels. */
  public ColumnSpec<R, V> withWidth(double width) {
    return new ColumnSpec<>(id, title, value, display, copy, comparator, numeric, searchable, styleClass, width);
  }

  /** The same column, searched (or not) by the quick filter. */
  public ColumnSpec<R, V> searchable(boolean isSearchable) {
    return new ColumnSpec<>(id, title, value, display, copy, comparator, numeric, isSearchable, styleClass, prefWidth);
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

  @Override
  public String toString() {
    return "ColumnSpec[" + id + "]";
  }
}
