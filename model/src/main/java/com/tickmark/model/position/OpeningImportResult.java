package com.tickmark.model.position;

import com.tickmark.model.intake.ImportProblem;
import java.util.List;

/**
 * What became of an opening balances file: its problems (then nothing was written), or its import.
 *
 * @param location where the file is, as problems name it
 * @param record the import; null when nothing was written
 */
public record OpeningImportResult(
    String fileName,
    String location,
    int lines,
    List<ImportProblem> problems,
    OpeningImport record) {
  public boolean written() {
    return record != null;
  }
}
