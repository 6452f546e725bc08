package com.tickmark.app.cli;

import com.tickmark.app.area.InboxFolder;
import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.model.security.Actor;
import com.tickmark.model.settlement.status.StatusImport;
import com.tickmark.model.settlement.status.StatusImportResult;
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
 * {@code tickmark import settlements FILE|DIR}: the custodians' settlement status files, through
 * the intake pipeline. The settlement area adds it to {@code import} ({@code
 * Area.importCommands()}).
 */
@Command(
    name = "settlements",
    mixinStandardHelpOptions = true,
    description = {
      "Imports custodians' settlement status files: one CSV file, or every .csv file in a folder"
          + " (the inbox's settlement/ folder), in name order.",
      "Every line is checked first; any problem (FILE:LINE: field: message) refuses them all and"
          + " nothing is written (exit 1). A file imported before is refused; in a folder it is"
          + " passed over.",
      "SETTLED and PARTIALLY_SETTLED lines record the settled part, so positions and"
          + " obligations follow; a reference the firm does not know is kept (settlement"
          + " unknown)."
    })
public final class SettlementImportCommand implements Callable<Integer> {
  @ParentCommand ImportCommand parent;

  @Parameters(paramLabel = "FILE|DIR", description = "A status file, or a folder of them.")
  Path path;

  @Override
  public Integer call() {
    TickmarkCommand root = parent.root;
    List<Path> files =
        FileImportReport.files(
            path, SettlementImportCommand::csvFiles, "There are no .csv files in " + path + ".");
    boolean folder = Files.isDirectory(path);
    try (Session session = Session.open(root)) {
      Actor actor = session.signIn();
      List<StatusImportResult> results =
          session
              .services()
              .area(SettlementServices.class)
              .statusImports()
              .importFiles(actor, files, folder);
      return FileImportReport.report(root, path, folder, files, results, new StatusFiles());
    }
  }

  /** The wording of status files. */
  private static final class StatusFiles
      implements FileImportReport.Kind<StatusImport, StatusImportResult> {
    @Override
    public String content(StatusImport earlier) {
      return earlier.lines() + " status lines";
    }

    @Override
    public void printImported(PrintStream out, StatusImportResult r) {
      StatusImport i = r.record();
      out.printf(
          Locale.ROOT,
          "Imported %s: %,d status lines, %,d with an unknown reference, %,d settled parts"
              + " recorded (import %d).%n",
          r.fileName(),
          i.lines(),
          i.unknownLines(),
          i.settledParts(),
          i.id());
    }

    @Override
    public String totals(List<StatusImportResult> written) {
      return String.format(
          Locale.ROOT,
          "%,d status lines",
          written.stream().mapToInt(r -> r.record().lines()).sum());
    }
  }

  /** The folder's .csv files (not the problem reports of trade imports), by name. */
  static List<Path> csvFiles(Path dir) {
    return FileImportReport.filesIn(dir, InboxFolder.CSV);
  }
}
