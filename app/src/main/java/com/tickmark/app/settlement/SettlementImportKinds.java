package com.tickmark.app.settlement;

import com.tickmark.app.area.ImportKind;
import com.tickmark.app.area.InboxFolder;
import com.tickmark.model.position.OpeningImportResult;
import com.tickmark.model.security.Permission;
import java.util.List;
import java.util.Locale;

/**
 * The settlement area's files on the Import screen: the custodians' settlement status files (as
 * {@code import settlements} reads one) and a firm's opening balances ({@code import opening}); and
 * its folder of the inbox ({@code import inbox}).
 */
final class SettlementImportKinds {
  private SettlementImportKinds() {}

  static final ImportKind STATUS_FILE =
      new ImportKind(
          "settlement-status",
          "Settlement status file",
          "A custodian's settlement status file (CSV; the inbox's settlement folder)",
          InboxFolder.CSV,
          Permission.WORK_SETTLEMENTS,
          (services, actor, file, monitor) ->
              ImportKind.outcome(
                  services
                      .area(SettlementServices.class)
                      .statusImports()
                      .importFiles(actor, List.of(file), false, monitor)
                      .get(0),
                  "status lines",
                  r ->
                      String.format(
                          Locale.ROOT,
                          "Imported %s: %,d status lines, %,d with an unknown reference, %,d"
                              + " settled parts recorded (import %d).",
                          r.fileName(),
                          r.record().lines(),
                          r.record().unknownLines(),
                          r.record().settledParts(),
                          r.record().id())));

  /**
   * The inbox's settlement/ folder: the custodians' status files, as {@code import inbox} reads it.
   */
  static final InboxFolder STATUS_FOLDER =
      new InboxFolder(
          "settlement",
          "settlement status files",
          "status lines",
          Permission.WORK_SETTLEMENTS,
          InboxFolder.CSV,
          (services, actor, files) ->
              services
                  .area(SettlementServices.class)
                  .statusImports()
                  .importFiles(actor, files, true));

  static final ImportKind OPENING_BALANCES =
      new ImportKind(
          "opening-balances",
          "Opening balances",
          "A firm's opening positions and cash balances (CSV: type,as_of,book,custody_account,…)",
          InboxFolder.CSV,
          Permission.ADMINISTER_WORKSPACE,
          (services, actor, file, monitor) -> {
            OpeningImportResult r =
                services
                    .area(SettlementServices.class)
                    .openingBook()
                    .importFile(actor, file, monitor);
            return new ImportKind.Outcome(
                r.location(), r.problems(), r.written() ? r.record().describe() : "");
          });
}
