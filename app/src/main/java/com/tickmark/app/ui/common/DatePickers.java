package com.tickmark.app.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Date pickers that show and read dates in ISO form ({@code 2026-12-04}), as every other screen
 * writes them, whatever the computer's locale: picked from the calendar or typed. Every date picker
 * of the application is made here (an architecture test keeps it so).
 *
 * <p>Typed text that is not a date is refused with a sentence saying how to write one; the picker
 * then keeps the date it had and shows it again.
 */
public final class DatePickers {
  /** What an empty picker asks for. */
  private static final String PROMPT = "YYYY-MM-DD";

  /** ISO dates both ways; blank text is no date. */
  private static final StringConverter<LocalDate> ISO =
      new StringConverter<>() {
        @Override
        public String toString(LocalDate date) {
          return date == null ? "" : date.toString();
        }

        @Override
        public LocalDate fromString(String text) {
          return parse(text);
        }
      };

  private DatePickers() {}

  /** A new editable date picker with ISO dates. */
  public static DatePicker iso() {
    DatePicker picker = new DatePicker();
    picker.setConverter(ISO);
    picker.setPromptText(PROMPT);
    picker.setEditable(true);
    return picker;
  }

  /**
   * The date {@code text} names: null when blank.
   *
   * @throws DateTimeParseException with a sentence for the user when it is not an ISO date
   */
  public static LocalDate parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String typed = text.strip();
    try {
      return LocalDate.parse(typed);
    } catch (DateTimeParseException e) {
      throw new DateTimeParseException(
          "'" + typed + "' is not a date: write it as year-month-day, for example 2026-12-04",
          typed,
          e.getErrorIndex(),
          e);
    }
  }
}
