package com.tickmark.app.settlement;

import com.tickmark.app.area.ImportKind;
import com.tickmark.model.intake.ImportMode;
import com.tickmark.model.intake.Intake;
import com.tickmark.model.position.OpeningImportResult;
import com.tickmark.model.security.Permission;
import com.tickmark.model.settlement.status.StatusImport;
import com.tickmark.model.settlement.status.StatusImportResult;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The settlement area's files on the Import screen: the custodians' settlement status files (as
 * {@code import settlements} reads one) and a firm's opening balances ({@code import opening}).
 */
final class SettlementImportKinds {
  private SettlementImportKinds() {}

  static final ImportKind STATUS_FILE =
      new ImportKind(
          "settlement-status",
          "Settlement status file",
          "A custodian's settlement status file (CSV; the inbox's settlement folder)",
          Permission.WORK_SETTLEMENTS,
          (services, actor, file, monitor) -> {
            StatusImportResult r =
                services
                    .area(SettlementServices.class)
                    .statusImports()
                    .importFiles(actor, List.of(file), false, monitor)
                    .get(0);
            StatusImport earlier = r.earlier();
            if (earlier != null) {
              Intake.refuseRepeat(
                  r.fileName(),
                  Optional.of(
                      new Intake.Earlier(
                          earlier.id(),
                          earlier.fileName(),
                          earlier.importedBy(),
                          earlier.importedAt(),
                          earlier.lines())),
                  ImportMode.ALL_OR_NOTHING,
                  "status lines");
            }
            StatusImport i = r.record();
            return new ImportKind.Outcome(
                r.location(),
                r.problems(),
                i == null
                    ? ""
                    : String.format(
                        Locale.ROOT,
                        "Imported %s: %,d status lines, %,d with an unknown reference, %,d settled"
                            + " parts recorded (import %d).",
                        r.fileName(),
                        i.lines(),
                        i.unknownLines(),
                        i.settledParts(),
                        i.id()));
          });

  static final ImportKind OPENING_BALANCES =
      new ImportKind(
          "opening-balances",
          "Opening balances",
          "A firm's opening positions and cash balances (CSV: type,as_of,book,custody_account,…)",
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
