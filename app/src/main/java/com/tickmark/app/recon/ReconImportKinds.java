package com.tickmark.app.recon;

import com.tickmark.app.area.ImportKind;
import com.tickmark.app.area.InboxFolder;
import com.tickmark.app.cli.StatementImportCommand;
import com.tickmark.model.recon.input.InputFiles;
import com.tickmark.model.recon.input.InputImportResult;
import com.tickmark.model.recon.input.InputKind;
import com.tickmark.model.recon.input.ReconInputs;
import com.tickmark.model.recon.statement.StatementImport;
import com.tickmark.model.security.Permission;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The reconciliations' inputs on the Import screen — bank statements (as {@code import statement}
 * reads one), brokers' confirmations ({@code import confirms}) and custodians' holdings ({@code
 * import holdings}) — and their folders of the inbox ({@code import inbox}).
 */
final class ReconImportKinds {
  private ReconImportKinds() {}

  static final ImportKind BANK_STATEMENT =
      new ImportKind(
          "bank-statement",
          "Bank statement",
          "A bank's statement file: SWIFT MT940 (.sta, .940) or camt.053 (.xml); the inbox's bank"
              + " folder",
          StatementImportCommand.EXTENSIONS,
          Permission.WORK_RECONCILIATIONS,
          (services, actor, file, monitor) ->
              ImportKind.outcome(
                  services
                      .area(ReconServices.class)
                      .statements()
                      .importFiles(actor, List.of(file), false, monitor)
                      .get(0),
                  "statement entries",
                  r -> describe(r.fileName(), r.record())));

  static final ImportKind CONFIRMATIONS =
      inputKind(
          "broker-confirmations",
          "Broker confirmations",
          "A broker's confirmation file (CSV named BROKER_YYYYMMDD.csv; the inbox's confirmations"
              + " folder)",
          ReconInputs::confirmationFiles);

  static final ImportKind HOLDINGS =
      inputKind(
          "custodian-holdings",
          "Custodian holdings",
          "A custodian's holdings file (CSV; the inbox's custody folder)",
          ReconInputs::holdingFiles);

  static final InboxFolder CONFIRMATIONS_FOLDER =
      inputFolder(
          "confirmations",
          "broker confirmations",
          InputKind.CONFIRMATIONS,
          ReconInputs::confirmationFiles);

  static final InboxFolder CUSTODY_FOLDER =
      inputFolder("custody", "custodian holdings", InputKind.HOLDINGS, ReconInputs::holdingFiles);

  static final InboxFolder BANK_FOLDER =
      new InboxFolder(
          "bank",
          "bank statements",
          "statement entries",
          Permission.WORK_RECONCILIATIONS,
          StatementImportCommand.EXTENSIONS,
          (services, actor, files) ->
              services.area(ReconServices.class).statements().importFiles(actor, files, true));

  /** What a statement file's import stored, in a sentence. */
  private static String describe(String fileName, StatementImport i) {
    return String.format(
        Locale.ROOT,
        "Imported %s: %,d %s, %,d %s (import %d)%s.",
        fileName,
        i.statements(),
        i.statements() == 1 ? "statement" : "statements",
        i.entries(),
        i.entries() == 1 ? "entry" : "entries",
        i.id(),
        i.discontinuities() == 0
            ? ""
            : String.format(
                Locale.ROOT,
                "; %,d stored and flagged: not following the account's statement before",
                i.discontinuities()));
  }

  private static ImportKind inputKind(
      String id, String title, String hint, Function<ReconInputs, InputFiles<?, ?>> kindOf) {
    return new ImportKind(
        id,
        title,
        hint,
        InboxFolder.CSV,
        Permission.WORK_RECONCILIATIONS,
        (services, actor, file, monitor) -> {
          InputFiles<?, ?> kind = kindOf.apply(services.area(ReconServices.class).inputs());
          InputImportResult r = kind.importFiles(actor, List.of(file), false, monitor).get(0);
          return ImportKind.outcome(
              r,
              kind.kind().noun(),
              done ->
                  String.format(
                      Locale.ROOT,
                      "Imported %s: %,d %s (import %d).",
                      done.fileName(),
                      done.record().lines(),
                      kind.kind().noun(),
                      done.record().id()));
        });
  }

  private static InboxFolder inputFolder(
      String folder, String kind, InputKind input, Function<ReconInputs, InputFiles<?, ?>> kindOf) {
    return new InboxFolder(
        folder,
        kind,
        input.noun(),
        Permission.WORK_RECONCILIATIONS,
        InboxFolder.CSV,
        (services, actor, files) ->
            kindOf
                .apply(services.area(ReconServices.class).inputs())
                .importFiles(actor, files, true));
  }
}
