package com.tickmark.model.trade.imports;

import com.tickmark.model.intake.ImportMode;
import com.tickmark.model.intake.ImportProblem;
import com.tickmark.model.trade.Trade;
import java.util.List;

/**
 * What an import did.
 *
 * @param rows the data rows read
 * @param problems every problem found, in file order
 * @param sample the first trades as they are (or, in a preview, would be) stored
 * @param record the stored import; {@code null} when nothing was written (refused or preview)
 * @param earlier an earlier import of the same file (a preview reports it; an import is refused)
 */
public record ImportResult(
    String fileName,
    String sha256,
    ImportMode mode,
    int rows,
    int loaded,
    int quarantined,
    List<ImportProblem> problems,
    List<Trade> sample,
    ImportRecord record,
    ImportRecord earlier) {
  public boolean written() {
    return record != null;
  }
}
