package com.tickmark.model.report;

/**
 * A line of a rendered section, in the order it is printed: the data rows, a subtotal after each
 * group when the section is grouped, and a grand total at the end when it has total columns. Totals
 * rows hold the sums in the totalled columns and null elsewhere; their label goes in the section's
 * {@link ReportSection#labelColumn() label column}.
 */
public sealed interface ReportLine {

  /** A data row, numbered from 1. */
  record Detail(long number, ReportRow row) implements ReportLine {}

  /**
   * The totals of one group of consecutive rows with the same value in the group column.
   *
   * @param firstRow the group's first data row number (from 1)
   * @param lastRow the group's last data row number
   */
  record Subtotal(Object groupValue, String label, ReportRow totals, long firstRow, long lastRow)
      implements ReportLine {
    public long rowCount() {
      return lastRow - firstRow + 1;
    }
  }

  /**
   * The totals over every data row. A mixed-currency money column has no grand total (null): its
   * rows are summed per currency in the subtotals only.
   */
  record GrandTotal(String label, ReportRow totals, long rowCount) implements ReportLine {}
}
