package com.tickmark.app.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.tickmark.app.cli.TradeWorkbook;
import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.fixture.SecurityFixture;
import com.tickmark.app.ui.imports.ImportViewModel.ProblemRow;
import com.tickmark.app.ui.imports.ImportViewModel.TotalRow;
import com.tickmark.app.ui.imports.QuarantineViewModel.FieldValue;
import com.tickmark.app.ui.imports.QuarantineViewModel.Row;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.imports.ImportField;
import com.tickmark.model.trade.imports.ImportProfile;
import com.tickmark.model.trade.imports.ImportRecord;
import com.tickmark.model.trade.imports.QuarantineStatus;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Import trades screen's view models over a real workspace, without a toolkit. */
class ImportViewModelTest {
  @TempDir Path dir;
  SecurityFixture fx;
  Actor clerk;
  ImportViewModel vm;
  QuarantineViewModel quarantine;

  @BeforeEach
  void setUp() {
    fx = SecurityFixture.create(dir.resolve("ws"));
    clerk = fx.user("clerk", Role.CLERK);
    DirectTaskExecutor executor = new DirectTaskExecutor();
    vm =
        new ImportViewModel(
            fx.services.tradeImports(), fx.services.referenceData(), clerk, executor, List.of());
    quarantine = new QuarantineViewModel(fx.services.tradeImports(), clerk, executor);
    vm.setOnImported(quarantine::refresh);
    vm.activate();
    quarantine.activate();
  }

  @AfterEach
  void tearDown() {
    fx.close();
  }

  Path file(String name, int rows) throws Exception {
    return TradeFiles.valid(fx.services.repositories(), dir, name, rows, name.replace(".csv", ""));
  }

  @Test
  void
      aPreviewOfAFileWithBadRowsListsEveryProblemWithLineFieldAndValueAndOffersOnlyTheExplicitQuarantine()
          throws Exception {
    Path f = file("bad.csv", 10);
    TradeFiles.withCell(f, 3, TradeFiles.QUANTITY, "-5");
    TradeFiles.withCell(f, 5, TradeFiles.BOOK, "NOPE");
    TradeFiles.withCell(f, 5, TradeFiles.PRICE, "abc");
    assertThat(vm.profileProperty().get()).isEqualTo(ImportProfile.BUILT_IN);
    vm.fileProperty().set(f);
    assertThat(vm.canPreviewProperty().get()).isTrue();
    vm.preview();

    assertThat(vm.problems().allRows())
        .extracting(ProblemRow::line, ProblemRow::field, ProblemRow::value)
        .containsExactly(
            tuple(3L, "quantity", "-5"), tuple(5L, "book", "NOPE"), tuple(5L, "price", "abc"));
    assertThat(vm.problems().allRows().get(0).message()).isEqualTo("must be positive, not -5");
    assertThat(vm.summaryProperty().get()).isEqualTo("10 rows: 8 valid, 2 refused; 3 problems");
    assertThat(vm.rows().allRows()).hasSize(8);
    assertThat(vm.rows().allRows().get(0).execId()).isEqualTo("bad-1");
    assertThat(vm.totals().allRows().stream().mapToLong(TotalRow::trades).sum()).isEqualTo(8);
    assertThat(vm.canImportAllProperty().get()).isFalse();
    assertThat(vm.canQuarantineProperty().get()).isTrue();
    assertThat(vm.quarantineLabelProperty().get()).isEqualTo("Import valid rows and quarantine 2");
    assertThat(vm.noticeProperty().get().kind()).isEqualTo(Notice.Kind.WARNING);
    assertThat(fx.services.tradeImports().imports(clerk)).as("a preview writes nothing").isEmpty();
  }

  @Test
  void beforeAFileIsPreviewedNothingSaysNoProblemsAndNothingCanBeImported() throws Exception {
    assertThat(vm.fileProperty().get()).isNull();
    assertThat(vm.canPreviewProperty().get()).isFalse();
    assertThat(vm.canImportAllProperty().get()).isFalse();
    assertThat(vm.canQuarantineProperty().get()).isFalse();
    assertThat(vm.quarantineLabelProperty().get())
        .isEqualTo("Import valid rows, quarantine the rest");
    assertThat(vm.problems().placeholderProperty().get())
        .isEqualTo("Choose a file and preview it to see its problems");
    assertThat(vm.rows().placeholderProperty().get())
        .isEqualTo("Choose a file and preview it to see the rows that would be booked");
    assertThat(vm.totals().placeholderProperty().get()).doesNotStartWith("No ");
    assertThat(vm.summaryProperty().get()).isEmpty();

    vm.fileProperty().set(file("clean.csv", 3));
    assertThat(vm.canPreviewProperty().get()).isTrue();
    assertThat(vm.problems().placeholderProperty().get())
        .isEqualTo("Preview the file to see its problems");
    assertThat(vm.canImportAllProperty().get()).isFalse();

    vm.preview();
    assertThat(vm.problems().placeholderProperty().get()).isEqualTo("No problems");
    assertThat(vm.canImportAllProperty().get()).isTrue();
    assertThat(vm.quarantineLabelProperty().get())
        .as("no count of nothing to quarantine")
        .isEqualTo("Import valid rows, quarantine the rest");
  }

  @Test
  void theTotalsAddUpTheValidRowsPerCurrency() throws Exception {
    Path f = file("sum.csv", 12);
    vm.fileProperty().set(f);
    vm.preview();
    BigDecimal quantity = BigDecimal.ZERO;
    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8).subList(1, 13)) {
      quantity = quantity.add(new BigDecimal(line.split(",")[TradeFiles.QUANTITY]));
    }
    assertThat(
            vm.totals().allRows().stream()
                .map(TotalRow::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(quantity);
    assertThat(vm.totals().allRows())
        .extracting(TotalRow::currency)
        .isSorted()
        .doesNotHaveDuplicates();
  }

  @Test
  void importAllBooksEveryRowAndTheSameFileIsThenRefused() throws Exception {
    Path f = file("good.csv", 6);
    vm.fileProperty().set(f);
    vm.preview();
    assertThat(vm.canImportAllProperty().get()).isTrue();
    assertThat(vm.canQuarantineProperty().get()).as("nothing to quarantine").isFalse();
    vm.importAll();

    ImportRecord rec = vm.resultProperty().get().record();
    assertThat(rec.rowsLoaded()).isEqualTo(6);
    assertThat(vm.noticeProperty().get().title()).startsWith("Imported good.csv");
    assertThat(vm.noticeProperty().get().text())
        .contains("6 trades, T0000000" + rec.firstTradeId() + " to ");
    assertThat(vm.canImportAllProperty().get())
        .as("an import is offered only for a fresh preview")
        .isFalse();

    vm.preview();
    assertThat(vm.previewProperty().get().importedBefore()).isTrue();
    assertThat(vm.noticeProperty().get().title())
        .isEqualTo("Already imported: this file cannot be imported again");
    assertThat(vm.noticeProperty().get().text()).contains("by clerk");
    assertThat(vm.canImportAllProperty().get()).isFalse();
    assertThat(vm.canQuarantineProperty().get()).isFalse();
  }

  @Test
  void changingTheFileOrProfileThrowsThePreviewAway() throws Exception {
    vm.fileProperty().set(file("one.csv", 3));
    vm.preview();
    assertThat(vm.canImportAllProperty().get()).isTrue();
    vm.fileProperty().set(file("two.csv", 3));
    assertThat(vm.canImportAllProperty().get()).isFalse();
    assertThat(vm.rows().allRows()).isEmpty();
    assertThat(vm.headerLineProperty().get()).isEqualTo(ImportProfile.tickmarkHeader());
  }

  @Test
  void aViewerMayPreviewButNotImport() throws Exception {
    Actor viewer = fx.user("vera", Role.VIEWER);
    ImportViewModel v =
        new ImportViewModel(
            fx.services.tradeImports(),
            fx.services.referenceData(),
            viewer,
            new DirectTaskExecutor(),
            List.of());
    v.activate();
    v.fileProperty().set(file("v.csv", 2));
    v.preview();
    assertThat(v.previewProperty().get().canImportAll()).isTrue();
    assertThat(v.canImportAllProperty().get()).isFalse();
  }

  @Test
  void eachUserIsOfferedOnlyTheKindsOfFileTheirPermissionsAllow() {
    ImportViewModel forClerk =
        new ImportViewModel(
            fx.services.tradeImports(),
            fx.services.referenceData(),
            clerk,
            new DirectTaskExecutor(),
            ImportScreen.kinds(fx.services, clerk));
    assertThat(forClerk.kinds())
        .extracting(ImportViewModel.Kind::title)
        .containsExactly(
            "Trade file",
            "Settlement status file",
            "Bank statement",
            "Broker confirmations",
            "Custodian holdings");
    assertThat(forClerk.tradeFileProperty().get()).isTrue();

    ImportViewModel forAdmin = adminImports();
    assertThat(forAdmin.kinds())
        .extracting(ImportViewModel.Kind::title)
        .containsExactly("Opening balances");
    assertThat(forAdmin.kindProperty().get().title()).isEqualTo("Opening balances");
    assertThat(forAdmin.tradeFileProperty().get()).isFalse();
    forAdmin.fileProperty().set(dir.resolve("anything.csv"));
    assertThat(forAdmin.canPreviewProperty().get()).as("only trade files are previewed").isFalse();
    assertThat(forAdmin.canImportAllProperty().get()).isTrue();
    assertThat(forAdmin.canQuarantineProperty().get()).isFalse();
  }

  private ImportViewModel adminImports() {
    return new ImportViewModel(
        fx.services.tradeImports(),
        fx.services.referenceData(),
        fx.admin,
        new DirectTaskExecutor(),
        ImportScreen.kinds(fx.services, fx.admin));
  }

  @Test
  void anOpeningBalancesFileWithProblemsListsThemAndWritesNothingThenAGoodOneIsTheOpeningBook()
      throws Exception {
    ImportViewModel v = adminImports();
    String header =
        "type,as_of,book,custody_account,instrument,quantity,cost,cash_account,balance,currency";
    Path bad =
        Files.write(
            dir.resolve("opening-bad.csv"),
            List.of(
                header,
                "POSITION,2025-11-14,NOPE,SAFE-000123,AAPL,100,22850.00,,,USD",
                "CASH,2025-11-14,,,,,,US64JPMC000099887766,1000.001,USD"),
            StandardCharsets.UTF_8);
    v.fileProperty().set(bad);
    v.importAll();

    assertThat(v.problems().allRows())
        .extracting(ProblemRow::line, ProblemRow::field)
        .containsExactly(tuple(2L, "book"), tuple(3L, "balance"));
    assertThat(v.noticeProperty().get().title()).isEqualTo("Nothing was imported");
    assertThat(v.noticeProperty().get().text())
        .contains("opening-bad.csv:2: book: 'NOPE' is not a book");
    var settlement = fx.services.area(SettlementServices.class);
    assertThat(settlement.positions().openingDate()).isEmpty();

    Path good =
        Files.write(
            dir.resolve("opening.csv"),
            List.of(
                header,
                "POSITION,2025-11-14,MOMO-US,SAFE-000123,AAPL,100,22850.00,,,USD",
                "CASH,2025-11-14,,,,,,US64JPMC000099887766,1000.00,USD"),
            StandardCharsets.UTF_8);
    v.fileProperty().set(good);
    v.importAll();

    assertThat(v.problems().allRows()).isEmpty();
    assertThat(v.noticeProperty().get().title()).isEqualTo("Opening balances imported");
    assertThat(v.noticeProperty().get().text())
        .isEqualTo(
            "Loaded the opening book from opening.csv as of 2025-11-14: 1 position, 1 cash"
                + " balance (import 1).");
    assertThat(
            settlement
                .positions()
                .asOf(fx.admin, LocalDate.parse("2025-11-20"), Optional.empty())
                .securities())
        .singleElement()
        .satisfies(p -> assertThat(p.settledQuantity()).isEqualByComparingTo("100"));
  }

  @Test
  void quarantinedRowsAreRepairedIntoTradesOrDiscardedWithAReason() throws Exception {
    Path f = file("q.csv", 5);
    String goodPrice = TradeFiles.cell(f, 2, TradeFiles.PRICE);
    TradeFiles.withCell(f, 2, TradeFiles.PRICE, "0");
    TradeFiles.withCell(f, 4, TradeFiles.BOOK, "NOPE");
    vm.fileProperty().set(f);
    vm.preview();
    vm.importValidAndQuarantine();
    assertThat(vm.noticeProperty().get().text()).contains("3 trades", "2 rows were quarantined");

    assertThat(quarantine.rows().allRows())
        .extracting(Row::file, Row::line, Row::status)
        .containsExactly(tuple("q.csv", 2L, "Open"), tuple("q.csv", 4L, "Open"));
    assertThat(quarantine.openCountProperty().get()).isEqualTo(2);
    assertThat(fx.services.tradeImports().openQuarantineCount(clerk)).isEqualTo(2);
    Row first = quarantine.rows().allRows().get(0);
    assertThat(first.problems()).startsWith("price: must be positive");
    quarantine.selectedProperty().set(first);
    assertThat(quarantine.fields())
        .extracting(FieldValue::field)
        .contains(ImportField.EXEC_ID, ImportField.PRICE);
    FieldValue price =
        quarantine.fields().stream()
            .filter(x -> x.field() == ImportField.PRICE)
            .findFirst()
            .orElseThrow();
    assertThat(price.valueProperty().get()).isEqualTo("0");

    price.valueProperty().set("-1");
    quarantine.resubmit();
    assertThat(quarantine.repairProblems()).containsExactly("price: must be positive, not -1");
    assertThat(quarantine.rows().allRows().get(0).isOpen()).isTrue();

    price.valueProperty().set(goodPrice);
    quarantine.resubmit();
    assertThat(quarantine.noticeProperty().get().title()).isEqualTo("q.csv:2 is booked");
    Row repaired = quarantine.rows().allRows().get(0);
    assertThat(repaired.status()).isEqualTo("Repaired");
    assertThat(repaired.trade()).isEqualTo("T00000004");
    assertThat(fx.services.trades().history(clerk, new TradeId(4)))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.recordedBy() + ": " + v.reason())
                    .as("who booked it, in the trade's own history")
                    .isEqualTo(clerk.username() + ": repaired quarantined row q.csv:2 (import 1)"));
    assertThat(fx.services.trades().history(clerk, new TradeId(1)))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.recordedBy() + ": " + v.reason())
                    .isEqualTo(clerk.username() + ": imported from q.csv (import 1)"));

    quarantine.selectedProperty().set(quarantine.rows().allRows().get(1));
    assertThat(quarantine.canDiscardProperty().get()).as("a reason is required").isFalse();
    quarantine.reasonProperty().set("Book closed; the broker re-sends it");
    quarantine.discard();
    assertThat(fx.services.tradeImports().quarantine(clerk))
        .extracting(e -> e.status())
        .containsExactly(QuarantineStatus.REPAIRED, QuarantineStatus.DISCARDED);
    assertThat(quarantine.openCountProperty().get()).isZero();
    assertThat(fx.services.tradeImports().openQuarantineCount(clerk)).isZero();
  }

  @Test
  void aProfileEditorMapsAnotherBrokersHeaderAndTheSavedProfileReadsItsFile() throws Exception {
    ProfileEditorViewModel editor =
        new ProfileEditorViewModel(fx.services.tradeImports(), clerk, new DirectTaskExecutor());
    String header = "Deal No;Portfolio;Ticker;B/S;Qty;Px;Trade Date;Transact Time;Broker";
    editor.start(null, header);
    assertThat(editor.delimiterProperty().get()).isEqualTo(";");
    assertThat(editor.fileColumns()).hasSize(9);
    assertThat(editor.mapping(ImportField.QUANTITY).columnProperty().get()).isEqualTo("Qty");
    assertThat(editor.mapping(ImportField.EXECUTION_TIME).columnProperty().get())
        .isEqualTo("Transact Time");
    assertThat(editor.mapping(ImportField.EXEC_ID).columnProperty().get())
        .as("no name to match")
        .isEmpty();
    assertThat(editor.problemProperty().get()).contains("name");
    editor.nameProperty().set("msco");
    assertThat(editor.problemProperty().get()).contains("column.exec_id is required");
    editor.mapping(ImportField.EXEC_ID).columnProperty().set("Deal No");
    editor.decimalSeparatorProperty().set(",");
    editor.datePatternProperty().set("dd.MM.yyyy");
    assertThat(editor.problemProperty().get()).isEmpty();
    String[] saved = new String[1];
    editor.save(n -> saved[0] = n);
    assertThat(saved[0]).isEqualTo("msco");

    vm.loadProfiles(saved[0]);
    assertThat(vm.profileProperty().get()).isEqualTo("msco");
    assertThat(vm.mapping().allRows()).anySatisfy(m -> assertThat(m.column()).isEqualTo("Deal No"));
    Path f = dir.resolve("msco.csv");
    Files.writeString(
        f, header + "\nM-1;MOMO-US;SAP;B;10;" + "210,50;20.11.2025;2025-11-20T10:00:00Z;MSCO\n");
    vm.fileProperty().set(f);
    vm.preview();
    assertThat(vm.problems().allRows()).isEmpty();
    assertThat(vm.rows().allRows())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.instrument()).isEqualTo("SAP");
              assertThat(r.price()).isEqualByComparingTo("210.50");
              assertThat(r.broker()).isEqualTo("MSCO");
            });
  }

  @Test
  void aProfileEditorForABrokersOwnFilesNamesTheBrokerInsteadOfAColumn() throws Exception {
    ProfileEditorViewModel editor =
        new ProfileEditorViewModel(fx.services.tradeImports(), clerk, new DirectTaskExecutor());
    String header = "Deal No;Portfolio;Ticker;B/S;Qty;Px;Trade Date;Transact Time";
    editor.start(null, header);
    editor.nameProperty().set("msco-own");
    editor.mapping(ImportField.EXEC_ID).columnProperty().set("Deal No");
    editor.decimalSeparatorProperty().set(",");
    editor.datePatternProperty().set("dd.MM.yyyy");
    assertThat(editor.problemProperty().get())
        .contains("column.counterparty is required (or name the broker: broker=CODE)");
    editor.brokerProperty().set("msco");
    assertThat(editor.problemProperty().get()).isEmpty();
    String[] saved = new String[1];
    editor.save(n -> saved[0] = n);
    assertThat(fx.services.tradeImports().profile(clerk, saved[0]).broker()).isEqualTo("MSCO");

    ProfileEditorViewModel again =
        new ProfileEditorViewModel(fx.services.tradeImports(), clerk, new DirectTaskExecutor());
    again.start(fx.services.tradeImports().profile(clerk, saved[0]), header);
    assertThat(again.brokerProperty().get()).as("editing keeps the broker").isEqualTo("MSCO");

    vm.loadProfiles(saved[0]);
    Path f = dir.resolve("msco-own.csv");
    Files.writeString(
        f, header + "\nM-1;MOMO-US;SAP;B;10;" + "210,50;20.11.2025;2025-11-20T10:00:00Z\n");
    vm.fileProperty().set(f);
    vm.preview();
    assertThat(vm.problems().allRows()).isEmpty();
    assertThat(vm.rows().allRows())
        .singleElement()
        .satisfies(r -> assertThat(r.broker()).isEqualTo("MSCO"));
  }

  @Test
  void aProfileEditorMatchesSynonymsIgnoringCaseAndPunctuation() {
    assertThat(ProfileEditorViewModel.matches(ImportField.QUANTITY, "QTY")).isTrue();
    assertThat(ProfileEditorViewModel.matches(ImportField.TRADE_DATE, "Trade-Date")).isTrue();
    assertThat(ProfileEditorViewModel.matches(ImportField.PRICE, "Quantity")).isFalse();
    assertThat(ProfileEditorViewModel.guessDelimiter("a\tb\tc")).isEqualTo("tab");
    assertThat(List.of(ProfileEditorViewModel.guessDelimiter("a,b;c;d"))).containsExactly(";");
  }

  @Test
  void anExcelWorkbookIsPreviewedAndImportedLikeACsvFileUnderItsOwnName() throws Exception {
    Path csv = file("fills.csv", 6);
    List<String> lines = new ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
    String[] row3 = lines.get(2).split(",", -1);
    row3[TradeFiles.QUANTITY] = "-5";
    lines.set(2, String.join(",", row3));
    Path bad = TradeWorkbook.write(dir.resolve("fills-bad.xlsx"), "Fills", lines);
    vm.fileProperty().set(bad);
    assertThat(vm.headerLineProperty().get())
        .as("the workbook's header row, for a new profile")
        .isEqualTo(ImportProfile.tickmarkHeader());
    assertThat(vm.canPreviewProperty().get()).isTrue();
    vm.preview();
    assertThat(vm.problems().allRows())
        .extracting(ProblemRow::line, ProblemRow::field, ProblemRow::value)
        .containsExactly(tuple(3L, "quantity", "-5"));
    assertThat(vm.summaryProperty().get()).isEqualTo("6 rows: 5 valid, 1 refused; 1 problem");
    assertThat(vm.previewProperty().get().result().fileName()).isEqualTo("fills-bad.xlsx");
    assertThat(vm.rows().allRows().get(0).price())
        .isEqualByComparingTo(lines.get(1).split(",")[TradeFiles.PRICE]);

    Path good =
        TradeWorkbook.write(
            dir.resolve("fills.xlsx"), "Fills", Files.readAllLines(csv, StandardCharsets.UTF_8));
    vm.fileProperty().set(good);
    vm.preview();
    assertThat(vm.canImportAllProperty().get()).isTrue();
    vm.importAll();
    assertThat(vm.noticeProperty().get().title()).startsWith("Imported fills.xlsx");
    assertThat(fx.services.tradeImports().imports(clerk))
        .extracting(ImportRecord::fileName, ImportRecord::rowsLoaded)
        .containsExactly(tuple("fills.xlsx", 6));

    vm.preview();
    assertThat(vm.previewProperty().get().importedBefore()).as("the same workbook again").isTrue();
    assertThat(vm.canImportAllProperty().get()).isFalse();
  }

  @Test
  void aFileNamedLikeAWorkbookThatIsNotOneIsRefusedWithItsName() throws Exception {
    Path fake = Files.write(dir.resolve("broker.xlsx"), Files.readAllBytes(file("broker.csv", 2)));
    vm.fileProperty().set(fake);
    assertThat(vm.noticeProperty().get().text())
        .startsWith("broker.xlsx is not an Excel workbook that Tickmark can read");
    vm.preview();
    assertThat(vm.noticeProperty().get().title()).isEqualTo("Could not check broker.xlsx");
    assertThat(vm.noticeProperty().get().text())
        .startsWith("broker.xlsx is not an Excel workbook that Tickmark can read")
        .endsWith("Nothing was written.");
    assertThat(vm.previewProperty().get()).isNull();
    assertThat(fx.services.tradeImports().imports(clerk)).isEmpty();
  }
}
