package com.tickmark.model.recon.statement;

import com.tickmark.model.intake.ImportProblem;
import com.tickmark.model.intake.IntakeFileResult;
import java.util.List;

/**
 * What became of one bank statement file: its problems (then nothing was written), or its import
 * record and the statements stored.
 *
 * @param record the import; null when nothing was written
 * @param statements the statements stored (or, when checked only, that would be)
 * @param earlier the import of the same file before, when this one was refused as a repeat
 */
public record StatementImportResult(
    String fileName,
    String location,
    List<ImportProblem> problems,
    List<StoredStatement> statements,
    StatementImport record,
    StatementImport earlier)
    implements IntakeFileResult<StatementImport> {
  public StatementImportResult {
    problems = List.copyOf(problems);
    statements = List.copyOf(statements);
  }

  /** The statements stored and flagged as not following the account's statement before them. */
  @Override
  public List<String> notes() {
    return statements.stream()
        .filter(s -> s.discontinuity() != null)
        .map(
            s ->
                location
                    + ":"
                    + s.line()
                    + ": balance discontinuity, stored and flagged: "
                    + s.discontinuity())
        .toList();
  }
}
