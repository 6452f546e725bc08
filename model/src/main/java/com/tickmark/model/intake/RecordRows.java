package com.tickmark.model.intake;

import java.util.List;

/**
 * The rows of a file a format library has already parsed into records (a bank statement's entries,
 * read by Prowide or StAX): one row without cells per record, at the record's line. The kind's
 * {@link Intake.Mapper} takes the record by {@link IntakeCells#line()}; its profile maps no
 * columns.
 */
public final class RecordRows implements RowSource {
  private final List<Integer> lines;

  /** The records' lines, in file order. */
  public RecordRows(List<Integer> lines) {
    this.lines = List.copyOf(lines);
  }

  @Override
  public void read(IntakeRow.Handler handler) {
    IntakeRow row = new IntakeRow(IntakeLayout.csv());
    for (int line : lines) {
      row.reset(line);
      handler.row(row);
    }
  }
}
