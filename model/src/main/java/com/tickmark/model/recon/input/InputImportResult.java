package com.tickmark.model.recon.input;

import com.tickmark.model.intake.ImportProblem;
import com.tickmark.model.intake.IntakeFileResult;
import java.util.List;

/**
 * What became of one input file: its problems (then nothing was written), or its import record.
 *
 * @param record the import; null when nothing was written
 * @param earlier the import of the same file before, when this one was refused as a repeat
 */
public record InputImportResult(
    String fileName,
    String location,
    List<ImportProblem> problems,
    InputImport record,
    InputImport earlier)
    implements IntakeFileResult<InputImport> {}
