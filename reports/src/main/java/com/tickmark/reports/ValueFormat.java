package com.tickmark.reports;

import com.tickmark.model.report.ColumnKind;
import com.tickmark.model.report.ReportColumn;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Cell values as text, the way the Excel formats show them: thousands separators, the column's
 * decimals, money negatives in brackets, percentages from fractions, ISO dates, UTC timestamps.
 * Rounding is half-up, as a spreadsheet displays. Not thread-safe: one per rendering.
 */
public final class ValueFormat {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private final Map<Integer, DecimalFormat> decimals = new HashMap<>();
  private final Map<Integer, DecimalFormat> percentages = new HashMap<>();

  /** The text of a cell of a column; empty for an empty cell. */
  public String format(ReportColumn column, Object value) {
    return format(column.kind(), column.scale(), value);
  }

  public String format(ColumnKind kind, int scale, Object value) {
    if (value == null) {
      return "";
    }
    return switch (kind) {
      case TEXT -> (String) value;
      case INTEGER -> number(0).format(value);
      case DECIMAL -> number(scale).format(rounded((BigDecimal) value, scale));
      case MONEY -> money(scale, (BigDecimal) value);
      case PERCENTAGE -> percentage(scale).format(rounded((BigDecimal) value, scale + 2));
      case DATE -> ((LocalDate) value).toString();
      case TIMESTAMP -> TIMESTAMP.format((Instant) value);
    };
  }

  /** A parameter value as text: numbers plain, dates ISO, instants as UTC timestamps. */
  public String formatValue(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Long whole) {
      return number(0).format(whole);
    }
    if (value instanceof Instant instant) {
      return TIMESTAMP.format(instant);
    }
    return String.valueOf(value);
  }

  private String money(int scale, BigDecimal amount) {
    BigDecimal shown = rounded(amount, scale);
    String digits = number(scale).format(shown.abs());
    return shown.signum() < 0 ? "(" + digits + ")" : digits;
  }

  /** Rounded to the decimals shown, so that -0.001 shows as 0.00 and never as -0.00. */
  private static BigDecimal rounded(BigDecimal value, int scale) {
    BigDecimal shown = value.setScale(scale, RoundingMode.HALF_UP);
    return shown.signum() == 0 ? shown.abs() : shown;
  }

  private DecimalFormat number(int scale) {
    return decimals.computeIfAbsent(scale, s -> create("#,##0" + fraction(s)));
  }

  private DecimalFormat percentage(int scale) {
    return percentages.computeIfAbsent(scale, s -> create("0" + fraction(s) + "%"));
  }

  private static String fraction(int scale) {
    return scale == 0 ? "" : "." + "0".repeat(scale);
  }

  private static DecimalFormat create(String pattern) {
    DecimalFormat format =
        new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.HALF_UP);
    format.setParseBigDecimal(true);
    return format;
  }
}
