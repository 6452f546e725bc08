package com.tickmark.model.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A label and value shown at the top of a report: the as-of date, the period, a filter that was
 * applied, who ran it and when. The value is a {@link String}, {@link Long}, {@link BigDecimal},
 * {@link LocalDate} or {@link Instant}, so a spreadsheet shows dates as dates.
 */
public record ReportParameter(String label, Object value) {
  public ReportParameter {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("A report parameter needs a label");
    }
    Objects.requireNonNull(value, "value of report parameter '" + label + "'");
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      value = ((Number) value).longValue();
    }
    if (!(value instanceof String
        || value instanceof Long
        || value instanceof BigDecimal
        || value instanceof LocalDate
        || value instanceof Instant)) {
      throw new IllegalArgumentException(
          "Report parameter '"
              + label
              + "' must be text, a whole number, a BigDecimal, "
              + "a LocalDate or an Instant, not "
              + value.getClass().getSimpleName());
    }
  }

  public static ReportParameter of(String label, Object value) {
    return new ReportParameter(label, value);
  }
}
