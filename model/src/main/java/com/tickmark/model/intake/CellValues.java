package com.tickmark.model.intake;

import com.tickmark.model.money.PlainDecimal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      cells.problem(field, "'" + text + "' is not a date (YYYY-MM-DD)");
      return null;
    }
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
