package com.tickmark.model.intake;

import com.tickmark.model.money.PlainDecimal;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The typed cells every kind of file with ISO dates and plain numbers reads the same way: a
 * workbook's cell as its value, a CSV cell parsed, each problem reported on the cell's field.
 */
public final class CellValues {
  private CellValues() {}

  /**
   * The field's date (YYYY-MM-DD in a CSV file); null, with a problem when {@code required}, when
   * the cell is empty, and with a problem when it is not a date.
   */
  public static <F extends Enum<F> & IntakeField> LocalDate date(
      IntakeCells<F> cells, F field, boolean required) {
    Object value = cells.value(field);
    if (value instanceof LocalDate d) {
      return d;
    }
    String text = cells.text(field);
    if (text.isEmpty()) {
      if (required) {
        cells.problem(field, "is required");
      }
      return null;
    }
    try {
      return isoDate(text);
    } catch (DateTimeException e) {
      cells.problem(field, "'" + text + "' is not a date (" + cells.datePattern() + ")");
      return null;
    }
  }

  /**
   * {@code text} as an ISO date: the usual YYYY-MM-DD read digit by digit (a file has a date or two
   * on every line; the formatter costs several times as much), anything else by {@link
   * LocalDate#parse}. Throws {@link DateTimeException} when it is no date.
   */
  static LocalDate isoDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  /**
   * The number the ASCII digits of {@code text} from {@code from} to {@code to} make; -1 if any is
   * not one.
   */
  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /**
   * The field's number, written out in full ({@link PlainDecimal}); null, with a problem, when the
   * cell is empty or not such a number.
   */
  public static <F extends Enum<F> & IntakeField> BigDecimal number(IntakeCells<F> cells, F field) {
    Object value = cells.value(field);
    if (value instanceof BigDecimal d) {
      return d;
    }
    String text = cells.text(field);
    if (text.isEmpty()) {
      cells.problem(field, "is required");
      return null;
    }
    try {
      return PlainDecimal.parse(text);
    } catch (NumberFormatException e) {
      cells.problem(
          field,
          PlainDecimal.isScientific(text) ? e.getMessage() : "'" + text + "' is not a number");
      return null;
    }
  }
}
