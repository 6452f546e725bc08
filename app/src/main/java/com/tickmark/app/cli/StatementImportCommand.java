package com.tickmark.app.cli;

import com.tickmark.app.recon.ReconServices;
import com.tickmark.model.recon.statement.StatementImport;
import com.tickmark.model.recon.statement.StatementImportResult;
import com.tickmark.model.security.Actor;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tickmark import statement FILE|DIR}: bank statement files, stored through the intake
 * pipeline. The reconciliation area adds it to {@code import} ({@code Area.importCommands()}).
 */
@Command(
    name = "statement",
    mixinStandardHelpOptions = true,
    description = {
      "Imports bank statement files (MT940, or camt.053 of any version from 001.02): one file, or"
          + " every .sta, .940, .mt940 and .xml file in a folder (the inbox's bank/ folder), in"
          + " name order (WORK_RECONCILIATIONS; in the audit trail).",
      "Every file is checked first: its structure, one currency per statement, opening plus"
          + " entries is closing, an account that is one of the firm's cash accounts (by IBAN or"
          + " number), and no statement stored before from another file. Any problem"
          + " (FILE:LINE: field: message) refuses them all and nothing is written (exit 1). A file"
          + " imported before is refused; in a folder it is passed over.",
      "A statement that does not open with the closing balance of the account's statement"
          + " stored before it, or whose number does not follow, is stored and flagged (a"
          + " balance discontinuity for the recon); the import names it."
    })
public final class StatementImportCommand implements Callable<Integer> {
  /** The endings of bank statement files' names. */
  public static final List<String> EXTENSIONS = List.of(".sta", ".940", ".mt940", ".xml");

  @ParentCommand ImportCommand parent;

  @Parameters(paramLabel = "FILE|DIR", description = "A statement file, or a folder of them.")
  Path path;

  @Override
  public Integer call() {
    TickmarkCommand root = parent.root;
    List<Path> files =
        FileImportReport.files(
            path,
            StatementImportCommand::statementFiles,
            "There are no .sta, .940, .mt940 or .xml files in " + path + ".");
    boolean folder = Files.isDirectory(path);
    try (Session session = Session.open(root)) {
      Actor actor = session.signIn();
      List<StatementImportResult> results =
          session
              .services()
              .area(ReconServices.class)
              .statements()
              .importFiles(actor, files, folder);
      return FileImportReport.report(root, path, folder, files, results, new StatementFiles());
    }
  }

  /** The wording of bank statement files. */
  private static final class StatementFiles
      implements FileImportReport.Kind<StatementImport, StatementImportResult> {
    @Override
    public String content(StatementImport earlier) {
      return earlier.entries() + " statement entries";
    }

    @Override
    public void printImported(PrintStream out, StatementImportResult r) {
      StatementImport i = r.record();
      out.printf(
          Locale.ROOT,
          "Imported %s: %,d %s, %,d entries (import %d).%n",
          r.fileName(),
          i.statements(),
          i.statements() == 1 ? "statement" : "statements",
          i.entries(),
          i.id());
    }

    @Override
    public String totals(List<StatementImportResult> written) {
      return String.format(
          Locale.ROOT,
          "%,d statements, %,d entries",
          written.stream().mapToInt(r -> r.record().statements()).sum(),
          written.stream().mapToInt(r -> r.record().entries()).sum());
    }

    @Override
    public String problems(int count) {
      return count == 1 ? "problem" : "problems";
    }
  }

  /** The folder's statement files, by name. */
  private static List<Path> statementFiles(Path dir) {
    return FileImportReport.filesIn(dir, EXTENSIONS);
  }
}
