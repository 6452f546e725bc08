package com.tickmark.app.ui.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How screens write numbers and dates: dates in ISO form (2025-11-20), numbers with a comma between
 * thousands and a point before decimals (1,234,567.89), whatever the computer's locale, so that
 * every clerk reads the same figures. Copying to the clipboard leaves the thousands separators out,
 * so a spreadsheet reads the cells as numbers. A negative number reads the same in every table: a
 * leading minus, in red ({@link #negativeStyle}): -1,234.56.
 */
public final class Formats {
  private static final int MAX_SCALE = 10;
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final ThreadLocal<DecimalFormat[]> GROUPED =
      ThreadLocal.withInitial(() -> new DecimalFormat[MAX_SCALE + 1]);

  private Formats() {}

  public static String date(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  /** A point in time in UTC, to the second: {@code 2025-11-20 18:05:12}. */
  public static String timestamp(Instant instant) {
    return instant == null ? "" : TIMESTAMP.format(instant);
  }

  /** {@code value} with thousands separators and exactly {@code scale} decimals (half-even). */
  public static String grouped(BigDecimal value, int scale) {
    if (value == null) {
      return "";
    }
    int s = Math.max(0, Math.min(MAX_SCALE, scale));
    return format(s).format(value.setScale(s, RoundingMode.HALF_EVEN));
  }

  /**
   * {@code value} with thousands separators and the decimals it carries, at least {@code minScale}
   * and at most {@code maxScale}.
   */
  public static String grouped(BigDecimal value, int minScale, int maxScale) {
    if (value == null) {
      return "";
    }
    return grouped(value, scaleBetween(value, minScale, maxScale));
  }

  /** The decimals {@code value} needs (no trailing zeros), kept between the bounds. */
  public static int scaleBetween(BigDecimal value, int minScale, int maxScale) {
    int needed = Math.max(0, value.stripTrailingZeros().scale());
    return Math.max(minScale, Math.min(maxScale, needed));
  }

  public static String grouped(long value) {
    return format(0).format(value);
  }

  /** A percentage with a sign and two decimals: {@code +1.25%}, {@code -0.40%}, {@code 0.00%}. */
  public static String signedPercent(BigDecimal percent) {
    if (percent == null) {
      return "";
    }
    BigDecimal p = percent.setScale(2, RoundingMode.HALF_EVEN);
    String text = p.abs().toPlainString() + "%";
    return p.signum() > 0 ? "+" + text : p.signum() < 0 ? "-" + text : text;
  }

  /**
   * The style class of a table cell showing {@code value} with {@code scale} decimals: {@code
   * "negative"} (red) when what it shows is below zero, so that -0.001 shown as 0.00 is not; else
   * null.
   */
  public static String negativeStyle(BigDecimal value, int scale) {
    return value != null && value.setScale(scale, RoundingMode.HALF_EVEN).signum() < 0
        ? "negative"
        : null;
  }

  /** A number as a spreadsheet reads it: no thousands separators, a point before decimals. */
  public static String plain(BigDecimal value, int scale) {
    return value == null ? "" : value.setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static DecimalFormat format(int scale) {
    DecimalFormat[] cache = GROUPED.get();
    DecimalFormat f = cache[scale];
    if (f == null) {
      f =
          new DecimalFormat(
              scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale),
              DecimalFormatSymbols.getInstance(Locale.ROOT));
      f.setRoundingMode(RoundingMode.HALF_EVEN);
      cache[scale] = f;
    }
    return f;
  }
}
