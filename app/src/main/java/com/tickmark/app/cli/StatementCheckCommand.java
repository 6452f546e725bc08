package com.tickmark.app.cli;

import com.tickmark.model.intake.ImportProblem;
import com.tickmark.model.recon.statement.BankFile;
import com.tickmark.model.recon.statement.BankStatement;
import com.tickmark.model.recon.statement.BankStatements;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code tickmark statement check FILE [--format csv]}. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a bank statement file (MT940, or camt.053 of any version from 001.02) without"
          + " storing it, and checks that each statement's opening balance plus its entries is"
          + " its closing balance, in one currency, and that statements of the same account in the"
          + " file follow each other.",
      "Prints, per statement, the account, currency, statement number, opening and closing"
          + " balance, the number of entries and their sum; or each problem as FILE:LINE: field:"
          + " message, and exits with 1."
    })
public final class StatementCheckCommand implements Callable<Integer> {
  static final List<String> COLUMNS =
      List.of(
          "account",
          "currency",
          "statement",
          "opening_date",
          "opening",
          "closing_date",
          "closing",
          "entries",
          "entries_sum");

  @ParentCommand StatementCommand parent;

  @Parameters(paramLabel = "FILE", description = "The MT940 (.sta) or camt.053 (.xml) file.")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table or csv (default: ${DEFAULT-VALUE}).")
  ListOutput.Format format;

  @Override
  public Integer call() {
    TickmarkCommand root = parent.root;
    if (!Files.isRegularFile(file)) {
      throw new UserException("There is no file " + file + ".");
    }
    BankFile read;
    try {
      read = BankStatements.read(file);
    } catch (UncheckedIOException e) {
      throw new UserException(e.getMessage());
    }
    if (read.refused()) {
      List<ImportProblem> problems = read.problems();
      FileImportReport.printProblems(
          root.err, problems.stream().map(p -> p.describe(file.toString())).toList());
      root.err.printf(
          Locale.ROOT,
          "tickmark: %s is refused: %,d %s.%n",
          file,
          problems.size(),
          problems.size() == 1 ? "problem" : "problems");
      return TickmarkCommand.USER_ERROR;
    }
    List<List<String>> rows = new ArrayList<>();
    for (BankStatement s : read.statements()) {
      rows.add(
          List.of(
              s.account(),
              s.currency(),
              s.numberAndSequence(),
              s.opening().date().toString(),
              s.opening().amount().toPlainString(),
              s.closing().date().toString(),
              s.closing().amount().toPlainString(),
              Integer.toString(s.entries().size()),
              s.movements().toPlainString()));
    }
    ListOutput.print(root.out, format, COLUMNS, rows);
    return TickmarkCommand.OK;
  }
}
