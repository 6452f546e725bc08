package com.tickmark.model.intake;

/**
 * The row a kind's {@link Intake.Mapper} converts, read through its profile's columns, and where it
 * reports each problem (as {@code FILE:LINE: field: message}).
 *
 * @param <F> the kind's fields
 */
public interface IntakeCells<F extends Enum<F> & IntakeField> {
  /** The row's line in the file (a sheet's row number). */
  int line();

  /** The field's cell without surrounding blanks; "" when the profile or the row has none. */
  String text(F field);

  /**
   * The field's cell as read: a {@code String}, or from a workbook a {@code BigDecimal}, {@code
   * LocalDate} or {@code LocalDateTime}; null when the profile or the row has none.
   */
  Object value(F field);

  /**
   * How a date cell of this row must be written, for the problem naming one that is not: the ISO
   * form unless the file's layout writes dates otherwise.
   */
  default String datePattern() {
    return "YYYY-MM-DD";
  }

  /** Records a problem with {@code field} of this row. */
  default void problem(F field, String message) {
    problem(field.key(), message);
  }

  /** Records a problem with this row; {@code field} names what it is about. */
  void problem(String field, String message);

  /** Whether a problem with this row was recorded. */
  boolean hasProblems();
}
