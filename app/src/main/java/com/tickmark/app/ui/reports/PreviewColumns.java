package com.tickmark.app.ui.reports;

import com.tickmark.app.ui.table.ColumnSpec;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The table columns that show a report section's typed columns on screen. */
final class PreviewColumns {
  private PreviewColumns() {}

  /** Pixels per character of a cell, roughly, at the table's font size. */
  private static final double CHAR_WIDTH = 7.4;

  /**
   * Columns for the section's columns, each as wide as its header and the longest of {@code rows}
   * need.
   */
  static List<ColumnSpec<ReportRow, ?>> of(List<ReportColumn> columns, List<ReportRow> rows) {
    List<ColumnSpec<ReportRow, ?>> specs = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      specs.add(spec(columns, i, rows));
    }
    return specs;
  }

  private static ColumnSpec<ReportRow, ?> spec(
      List<ReportColumn> columns, int i, List<ReportRow> rows) {
    ReportColumn c = columns.get(i);
    String id = "c" + i;
    int longest = c.name().length() + 3;
    for (ReportRow row : rows) {
      Object v = row.get(i);
      longest =
          Math.max(
              longest,
              v == null
                  ? 0
                  : v instanceof BigDecimal d
                      ? d.toPlainString().length() + 3
                      : v.toString().length());
    }
    double width = Math.max(70, Math.min(320, longest * CHAR_WIDTH + 24));
    return switch (c.kind()) {
      case TEXT ->
          ColumnSpec.<ReportRow>text(id, c.name(), r -> (String) r.get(i)).withWidth(width);
      case INTEGER ->
          ColumnSpec.<ReportRow>integer(id, c.name(), r -> (Long) r.get(i))
              .withWidth(Math.max(width, 100));
      case DECIMAL ->
          ColumnSpec.<ReportRow>decimal(
                  id, c.name(), r -> (BigDecimal) r.get(i), c.scale(), c.scale())
              .withWidth(Math.max(width, 110));
      case PERCENTAGE ->
          ColumnSpec.<ReportRow>percentage(id, c.name(), r -> (BigDecimal) r.get(i), c.scale())
              .withWidth(Math.max(width, 90));
      case DATE ->
          ColumnSpec.<ReportRow>date(id, c.name(), r -> (LocalDate) r.get(i)).withWidth(110);
      case TIMESTAMP -> ColumnSpec.<ReportRow>timestamp(id, c.name(), r -> (Instant) r.get(i));
      case MONEY -> {
        int source = c.hasRowCurrency() ? indexOf(columns, c.currencyColumn()) : -1;
        String title = c.currency() == null ? c.name() : c.name() + " (" + c.currency() + ")";
        yield ColumnSpec.<ReportRow>money(
                id,
                title,
                r -> (BigDecimal) r.get(i),
                r -> {
                  String code = source < 0 ? c.currency() : (String) r.get(source);
                  return code == null ? null : CurrencyCode.of(code);
                },
                c.scale())
            .withWidth(Math.max(width, 120));
      }
    };
  }

  private static int indexOf(List<ReportColumn> columns, String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
