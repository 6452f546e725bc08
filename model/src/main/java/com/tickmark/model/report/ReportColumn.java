package com.tickmark.model.report;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A typed column of a report section.
 *
 * <p>Money columns carry their currency in one of two ways: one currency for the whole column
 * ({@link #money(String, String)}), or the currency of each row read from a text column of the same
 * row ({@link #moneyInCurrencyOf(String, String)}), for reports that mix currencies.
 *
 * @param name the header, unique within its section; totals and grouping refer to columns by it
 * @param scale decimal places shown for DECIMAL and MONEY, and of the percentage for PERCENTAGE (2
 *     shows 5.25%); zero for the other kinds
 * @param currency the ISO 4217 code (USD) of a single-currency MONEY column, else null. A code, not
 *     a {@code CurrencyCode}, so that reports depend on no business area (ADR 0013)
 * @param currencyColumn the name of the TEXT column holding each row's currency code for a
 *     mixed-currency MONEY column, else null
 */
public record ReportColumn(
    String name, ColumnKind kind, int scale, String currency, String currencyColumn) {
  /** The largest scale a column may show. */
  public static final int MAX_SCALE = 10;

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  public ReportColumn {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A report column needs a name");
    }
    Objects.requireNonNull(kind, "kind of column " + name);
    if (kind.hasScale()) {
      if (scale < 0 || scale > MAX_SCALE) {
        throw new IllegalArgumentException(
            "Column '" + name + "' must show between 0 and " + MAX_SCALE + " decimals: " + scale);
      }
    } else if (scale != 0) {
      throw new IllegalArgumentException(
          "Column '" + name + "' (" + kind + ") has no decimals, so its scale must be 0: " + scale);
    }
    if (kind == ColumnKind.MONEY) {
      if ((currency == null) == (currencyColumn == null)) {
        throw new IllegalArgumentException(
            "Money column '"
                + name
                + "' needs either one currency or the name of the column holding each row's"
                + " currency");
      }
      if (currency != null && !CURRENCY.matcher(currency).matches()) {
        throw new IllegalArgumentException(
            "Money column '" + name + "': '" + currency + "' is not an ISO 4217 currency code");
      }
      if (currencyColumn != null && currencyColumn.equals(name)) {
        throw new IllegalArgumentException(
            "Money column '" + name + "' cannot take its currency from itself");
      }
    } else if (currency != null || currencyColumn != null) {
      throw new IllegalArgumentException(
          "Only money columns carry a currency, not '" + name + "' (" + kind + ")");
    }
  }

  public static ReportColumn text(String name) {
    return new ReportColumn(name, ColumnKind.TEXT, 0, null, null);
  }

  public static ReportColumn integer(String name) {
    return new ReportColumn(name, ColumnKind.INTEGER, 0, null, null);
  }

  public static ReportColumn decimal(String name, int scale) {
    return new ReportColumn(name, ColumnKind.DECIMAL, scale, null, null);
  }

  /** A money column in one currency, shown with two decimals. */
  public static ReportColumn money(String name, String currency) {
    return money(name, currency, 2);
  }

  public static ReportColumn money(String name, String currency, int scale) {
    return new ReportColumn(
        name,
        ColumnKind.MONEY,
        scale,
        Objects.requireNonNull(currency, "currency of " + name),
        null);
  }

  /**
   * A money column whose currency is the ISO code held in the same row's {@code currencyColumn}.
   */
  public static ReportColumn moneyInCurrencyOf(String name, String currencyColumn) {
    return moneyInCurrencyOf(name, currencyColumn, 2);
  }

  public static ReportColumn moneyInCurrencyOf(String name, String currencyColumn, int scale) {
    return new ReportColumn(
        name,
        ColumnKind.MONEY,
        scale,
        null,
        Objects.requireNonNull(currencyColumn, "currency column of " + name));
  }

  /** A percentage column shown with two decimals (0.0525 shows as 5.25%). */
  public static ReportColumn percentage(String name) {
    return percentage(name, 2);
  }

  public static ReportColumn percentage(String name, int scale) {
    return new ReportColumn(name, ColumnKind.PERCENTAGE, scale, null, null);
  }

  public static ReportColumn date(String name) {
    return new ReportColumn(name, ColumnKind.DATE, 0, null, null);
  }

  /** A UTC timestamp column; cells are {@link java.time.Instant}s. */
  public static ReportColumn timestamp(String name) {
    return new ReportColumn(name, ColumnKind.TIMESTAMP, 0, null, null);
  }

  public ReportColumn withScale(int newScale) {
    return new ReportColumn(name, kind, newScale, currency, currencyColumn);
  }

  /** Whether each row names its own currency (mixed-currency money column). */
  public boolean hasRowCurrency() {
    return currencyColumn != null;
  }

  /** The kind with its currency, for messages: {@code MONEY (USD)}. */
  public String describe() {
    if (currency != null) {
      return kind + " (" + currency + ")";
    }
    if (currencyColumn != null) {
      return kind + " (currency from '" + currencyColumn + "')";
    }
    return kind.toString();
  }
}
