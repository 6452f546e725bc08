package com.tickmark.model.settlement.status;

import com.tickmark.model.intake.ImportProblem;
import com.tickmark.model.intake.IntakeFileResult;
import java.util.List;

/**
 * What became of one status file: its problems (then nothing was written), or its import record.
 *
 * @param record the import; null when nothing was written
 * @param earlier the import of the same file before, when this one was refused as a repeat
 */
public record StatusImportResult(
    String fileName,
    String location,
    int lines,
    List<ImportProblem> problems,
    StatusImport record,
    StatusImport earlier)
    implements IntakeFileResult<StatusImport> {}
