package com.tickmark.model.intake;

import java.io.IOException;

/**
 * A file's rows: {@link CsvRows} for delimited text, {@link WorkbookRows} for an Excel sheet. Blank
 * rows are skipped without renumbering, so a row's line is where it is in the file.
 */
public interface RowSource {
  /**
   * Hands every row, in order, to {@code handler}.
   *
   * @throws IOException the file cannot be read (the message says why)
   * @throws java.util.concurrent.CancellationException the import's monitor asked to stop
   */
  void read(IntakeRow.Handler handler) throws IOException;
}
