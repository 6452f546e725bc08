package com.tickmark.model.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the values of a row are written as text in a profile's layout: a workbook's number and date
 * cells where a field wants text (and in problem messages), and a row written back as one line of
 * the file (a quarantined row, a repaired one).
 *
 * @param delimiter between the cells of a row
 * @param decimalSeparator in numbers ({@code .} or {@code ,})
 * @param dates for date cells without a time of day
 * @param dateTimes for date cells with a time of day
 */
public record IntakeLayout(
    char delimiter, char decimalSeparator, DateTimeFormatter dates, DateTimeFormatter dateTimes) {
  /**
   * {@code 2025-11-20T14:31:05Z}, with a fraction when there is one ({@code .123}): an Excel time
   * read as UTC.
   */
  public static final DateTimeFormatter ISO_UTC =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .appendLiteral('Z')
          .toFormatter(Locale.ROOT);

  public IntakeLayout {
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(dateTimes, "dateTimes");
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
      throw new IllegalArgumentException("'" + delimiter + "' cannot separate cells");
    }
  }

  /** Commas, decimal points, ISO dates ({@code 2025-11-20}) and ISO UTC times. */
  public static IntakeLayout csv() {
    return new IntakeLayout(',', '.', DateTimeFormatter.ISO_LOCAL_DATE, ISO_UTC);
  }

  /** The layout of {@code profile}'s files. */
  public static IntakeLayout of(IntakeProfile<?> profile) {
    DateTimeFormatter dates = DateTimeFormatter.ofPattern(profile.datePattern(), Locale.ROOT);
    DateTimeFormatter times =
        IntakeProfile.ISO.equalsIgnoreCase(profile.timePattern())
            ? ISO_UTC
            : DateTimeFormatter.ofPattern(profile.timePattern(), Locale.ROOT);
    return new IntakeLayout(profile.delimiter(), profile.decimalSeparator(), dates, times);
  }

  /** A cell's value as text: a number as a plain decimal, a date in the date pattern, etc. */
  public String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof BigDecimal d) {
      String s = d.signum() == 0 ? "0" : d.toPlainString();
      return decimalSeparator == '.' ? s : s.replace('.', decimalSeparator);
    }
    if (value instanceof LocalDate d) {
      return dates.format(d);
    }
    if (value instanceof LocalDateTime t) {
      return dateTimes.format(t);
    }
    return value.toString();
  }

  /**
   * {@code cells} as one line of a file in this layout: a value holding the delimiter or a double
   * quote is quoted (a quote inside doubled); line breaks become spaces (a line is a row).
   */
  public String line(List<String> cells) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(delimiter);
      }
      out.append(quote(cells.get(i)));
    }
    return out.toString();
  }

  /** One cell as it is written in a line of this layout. */
  public String quote(String value) {
    String v = value == null ? "" : value;
    if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      v = v.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
    return v.indexOf(delimiter) >= 0 || v.indexOf('"') >= 0
        ? '"' + v.replace("\"", "\"\"") + '"'
        : v;
  }
}
