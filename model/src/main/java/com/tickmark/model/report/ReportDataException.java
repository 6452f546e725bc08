package com.tickmark.model.report;

/**
 * A row whose cells do not fit the section's columns, or rows that break a rule of the section
 * (such as arriving out of order for subtotals). The message names the section, the row (counted
 * from 1 among the data rows) and the column, so whoever built the report can find the bad value.
 */
public class ReportDataException extends IllegalArgumentException {
  private final String section;
  private final long row;
  private final String column;

  public ReportDataException(String section, long row, String column, String problem) {
    super(message(section, row, column, problem));
    this.section = section;
    this.row = row;
    this.column = column;
  }

  private static String message(String section, long row, String column, String problem) {
    return "Section '"
        + section
        + "', row "
        + row
        + (column == null ? "" : ", column '" + column + "'")
        + ": "
        + problem;
  }

  public String section() {
    return section;
  }

  /** The data row, counted from 1. */
  public long row() {
    return row;
  }

  /** The column, or null when the problem is with the row as a whole. */
  public String column() {
    return column;
  }
}
