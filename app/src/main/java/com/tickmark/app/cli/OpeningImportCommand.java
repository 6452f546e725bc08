package com.tickmark.app.cli;

import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.model.intake.ImportMonitor;
import com.tickmark.model.position.OpeningImportResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tickmark import opening FILE}: a real firm's opening balances, loaded once as the
 * workspace's opening book through the intake pipeline. The settlement area adds it to {@code
 * import} ({@code Area.importCommands()}).
 */
@Command(
    name = "opening",
    mixinStandardHelpOptions = true,
    description = {
      "Loads a firm's opening book from an opening balances file (CSV with the header"
          + " type,as_of,book,custody_account,instrument,quantity,cost,cash_account,balance,currency;"
          + " POSITION lines hold an instrument, CASH lines a cash account's balance).",
      "Every line is checked first; any problem (FILE:LINE: field: message) refuses the file and"
          + " nothing is written (exit 1). A file loaded before is refused, and so is any file"
          + " once the workspace has an opening book, or when it has trades on or before the"
          + " file's date.",
      "Needs ADMINISTER_WORKSPACE (administrators); the load is in the audit trail."
    })
public final class OpeningImportCommand implements Callable<Integer> {
  @ParentCommand ImportCommand parent;

  @Parameters(paramLabel = "FILE", description = "The opening balances file.")
  Path file;

  @Override
  public Integer call() {
    TickmarkCommand root = parent.root;
    if (!Files.isRegularFile(file)) {
      throw new UserException("There is no file " + file + ".");
    }
    try (Session session = Session.open(root)) {
      OpeningImportResult r =
          session
              .services()
              .area(SettlementServices.class)
              .openingBook()
              .importFile(session.signIn(), file, ImportMonitor.NONE);
      if (!r.written()) {
        FileImportReport.printProblems(
            root.err, r.problems().stream().map(p -> p.describe(r.location())).toList());
        root.err.printf(
            Locale.ROOT,
            "tickmark: %,d problems in %s; nothing was written.%n",
            r.problems().size(),
            r.fileName());
        return TickmarkCommand.USER_ERROR;
      }
      root.out.println(r.record().describe());
      return TickmarkCommand.OK;
    }
  }
}
