package com.tickmark.model.recon.input;

import static com.tickmark.model.intake.CellValues.number;

import com.tickmark.model.intake.IntakeCells;
import com.tickmark.model.intake.IntakeField;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** The cell checks confirmation and holdings lines share, each problem named by its field. */
final class InputCells {
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private InputCells() {}

  /** The field's text, at most {@code max} characters; a problem when required and empty. */
  static <F extends Enum<F> & IntakeField> String text(
      IntakeCells<F> cells, F field, int max, boolean required) {
    String text = cells.text(field);
    if (text.isEmpty() && required) {
      cells.problem(field, "is required");
    } else if (text.length() > max) {
      cells.problem(field, "is longer than " + max + " characters");
    }
    return text;
  }

  /** The field's number; a problem when it is negative. */
  static <F extends Enum<F> & IntakeField> BigDecimal notNegative(IntakeCells<F> cells, F field) {
    BigDecimal n = number(cells, field);
    if (n != null && n.signum() < 0) {
      cells.problem(field, "must not be negative, not " + n.toPlainString());
    }
    return n;
  }

  /** The field's number; a problem unless it is more than zero. */
  static <F extends Enum<F> & IntakeField> BigDecimal positive(IntakeCells<F> cells, F field) {
    BigDecimal n = number(cells, field);
    if (n != null && n.signum() <= 0) {
      cells.problem(field, "must be positive, not " + n.toPlainString());
    }
    return n;
  }

  /** The field's ISO 4217 code (three capitals). */
  static <F extends Enum<F> & IntakeField> String currency(IntakeCells<F> cells, F field) {
    String currency = cells.text(field);
    if (!CURRENCY.matcher(currency).matches()) {
      cells.problem(
          field, currency.isEmpty() ? "is required" : "'" + currency + "' is not a currency code");
    }
    return currency;
  }
}
