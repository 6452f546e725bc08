package com.tickmark.model.recon.statement;

import com.tickmark.model.intake.ImportProblem;
import java.util.List;
import java.util.Objects;

/**
 * A bank statement file as read: its format, its statements, and every problem found with it. A
 * file with a problem is refused whole: its statements are then empty.
 *
 * @param fileName the file's name, as problems name it
 * @param format MT940 or camt.053, or null when the file is neither
 * @param version the camt.053 version ({@code 001.08}), null for MT940
 */
public record BankFile(
    String fileName,
    BankFile.Format format,
    String version,
    List<BankStatement> statements,
    List<ImportProblem> problems) {
  /** The formats banks send statements in. */
  public enum Format {
    MT940,
    CAMT053
  }

  public BankFile {
    Objects.requireNonNull(fileName, "fileName");
    statements = List.copyOf(statements);
    problems = List.copyOf(problems);
    if (!problems.isEmpty() && !statements.isEmpty()) {
      throw new IllegalArgumentException("a refused file has no statements");
    }
  }

  /** Whether the file was refused. */
  public boolean refused() {
    return !problems.isEmpty();
  }

  /** Every problem as {@code FILE:LINE: field: message}, in line order. */
  public List<String> describedProblems() {
    return problems.stream().map(p -> p.describe(fileName)).toList();
  }
}
