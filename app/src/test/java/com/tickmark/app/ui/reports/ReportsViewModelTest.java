package com.tickmark.app.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.AppServices;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.reports.ReportsViewModel.MessageKind;
import com.tickmark.app.ui.table.ColumnSpec;
import com.tickmark.app.ui.table.ExportFormat;
import com.tickmark.app.ui.table.Exporter;
import com.tickmark.app.ui.table.TableModel;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.report.ChartType;
import com.tickmark.model.report.ExportService;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.catalog.ReportDefinition;
import com.tickmark.model.report.catalog.ReportParameterSpec;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.persistence.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Reports screen without a toolkit: work runs on the test thread through the direct executor.
 */
class ReportsViewModelTest {
  static final Actor CLERK = new Actor(new UserId(2), "clerk", Set.of(Role.CLERK));
  static final Actor VIEWER = new Actor(new UserId(6), "viewer", Set.of(Role.VIEWER));

  @TempDir static Path dir;
  static Workspace workspace;
  static AppServices services;
  @TempDir Path out;

  @BeforeAll
  static void openFixture() {
    workspace = RefDataFixture.create(dir.resolve("ws"), 260);
    services = RefDataFixture.services(workspace);
  }

  @AfterAll
  static void closeFixture() {
    workspace.close();
  }

  private static ReportsViewModel viewModel(Actor actor) {
    DirectTaskExecutor executor = new DirectTaskExecutor();
    return new ReportsViewModel(
        services.reportCatalog(),
        () -> services.reportContext(actor),
        executor,
        new Exporter(services.exports(), actor, executor));
  }

  private static void pick(ReportsViewModel vm, String name) {
    vm.selectedProperty().set(vm.catalog().get(name));
  }

  @Test
  void listsTheCatalogAndPicksTheLastReportUsed() {
    ReportsViewModel vm = viewModel(CLERK);
    assertThat(vm.reports())
        .extracting(ReportDefinition::name)
        .containsExactly(
            "account-statement",
            "balance-sheet",
            "cash-ladder",
            "counterparty-list",
            "csdr-penalties",
            "fails-aging",
            "income-statement",
            "instrument-master",
            "netting",
            "open-breaks",
            "pnl",
            "price-history",
            "recon-summary",
            "resolved-breaks",
            "trial-balance");
    vm.activate("price-history");
    assertThat(vm.selectedProperty().get().name()).isEqualTo("price-history");
    ReportsViewModel fresh = viewModel(CLERK);
    fresh.activate("gone-report");
    assertThat(fresh.selectedProperty().get().name()).isEqualTo("account-statement");
  }

  @Test
  void theFormOffersTheInstrumentsAndFillsTheDefaultsTheContextDecides() {
    ReportsViewModel vm = viewModel(CLERK);
    pick(vm, "price-history");

    assertThat(vm.fields())
        .extracting(f -> f.spec().name())
        .containsExactly("instrument", "from", "to");
    assertThat(vm.field("instrument").choices())
        .extracting(ReportParameterSpec.Choice::value)
        .containsExactly("AAPL", "EURUSD", "JPM", "MSFT", "SAP", "SPY", "VOD");
    assertThat(vm.field("to").valueProperty().get())
        .isEqualTo(RefDataFixture.BUSINESS_DATE.toString());
    assertThat(vm.field("from").valueProperty().get())
        .as("worked out by the report, so left empty")
        .isEmpty();
    assertThat(vm.field("from").hint()).isEqualTo("Empty for 250 business days before 'to'.");
    assertThat(vm.field("instrument").hint())
        .as("an example the workspace holds")
        .isEqualTo("The symbol of the instrument. For example AAPL. Required.");

    pick(vm, "instrument-master");
    assertThat(vm.field("asset-class").valueProperty().get()).isEqualTo("all");
  }

  @Test
  void theInstrumentHintNamesAnInstrumentOfTheWorkspaceNotAMadeUpOne() {
    ReportsViewModel vm = viewModel(CLERK);
    pick(vm, "price-history");
    var instrument = vm.field("instrument");
    instrument.choices().setAll(List.of(new ReportParameterSpec.Choice("SAP", "SAP · SAP SE")));
    assertThat(instrument.hintProperty().get())
        .isEqualTo("The symbol of the instrument. For example SAP. Required.");
    instrument.choices().clear();
    assertThat(instrument.hint())
        .as("no instruments: no example")
        .isEqualTo("The symbol of the instrument. Required.");
  }

  @Test
  void previewsTheNewestRowsOfTheFirstTableFirstWithItsChart() {
    ReportsViewModel vm = viewModel(CLERK);
    pick(vm, "price-history");
    vm.field("instrument").valueProperty().set("SAP");
    vm.field("from").valueProperty().set("2025-11-17");
    vm.preview();

    TableModel<ReportRow> table = vm.previewTableProperty().get();
    assertThat(table.columns())
        .extracting(ColumnSpec::title)
        .containsExactly("Date", "Close (EUR)", "Volume", "Change");
    assertThat(table.allRows())
        .extracting(r -> r.get(0))
        .containsExactly(
            LocalDate.of(2025, 11, 20),
            LocalDate.of(2025, 11, 19),
            LocalDate.of(2025, 11, 18),
            LocalDate.of(2025, 11, 17));
    assertThat(table.columns().get(3).displayOfRow(table.allRows().get(3))).isEqualTo("1.00%");
    assertThat(table.columns().get(1).displayOfRow(table.allRows().get(0))).isEqualTo("210.50");
    assertThat(vm.previewCaptionProperty().get()).isEqualTo("Prices: all 4 rows, newest first.");
    assertThat(vm.previewChartProperty().get().type()).isEqualTo(ChartType.LINE);
    assertThat(vm.messageProperty().get()).isEmpty();
  }

  @Test
  void aPreviewShowsTheNewestTwoHundredRowsAndSaysHowManyThereAre() {
    ReportsViewModel vm = viewModel(CLERK);
    pick(vm, "price-history");
    vm.field("instrument").valueProperty().set("AAPL");
    vm.field("from").valueProperty().set("2024-01-01");
    vm.preview();
    var history =
        services
            .repositories()
            .marketData()
            .priceHistory(
                RefDataFixture.AAPL, LocalDate.of(2024, 1, 1), RefDataFixture.BUSINESS_DATE);
    assertThat(history).hasSize(260);
    List<ReportRow> shown = vm.previewTableProperty().get().allRows();
    assertThat(shown).hasSize(ReportsViewModel.PREVIEW_ROWS);
    assertThat(shown.get(0).get(0)).as("the newest first").isEqualTo(history.get(259).date());
    assertThat(shown.get(199).get(0))
        .as("the oldest shown: the 200th newest")
        .isEqualTo(history.get(60).date());
    assertThat(vm.previewCaptionProperty().get())
        .isEqualTo("Prices: the newest 200 of 260 rows, newest first. Export for all of them.");
  }

  @Test
  void aPreviewOfATableNotInTimeOrderShowsItsFirstRows() {
    ReportsViewModel vm = viewModel(CLERK);
    pick(vm, "instrument-master");
    vm.preview();
    assertThat(vm.previewCaptionProperty().get()).isEqualTo("Instruments: all 7 rows.");
  }

  @Test
  void aBadParameterIsNamedAndItsFieldMarked() {
    ReportsViewModel vm = viewModel(CLERK);
    pick(vm, "price-history");
    vm.field("instrument").valueProperty().set("APPL");
    vm.preview();

    assertThat(vm.messageKindProperty().get()).isEqualTo(MessageKind.ERROR);
    assertThat(vm.messageProperty().get())
        .isEqualTo(
            "Parameter 'instrument': there is no instrument with the symbol 'APPL'. Did you mean"
                + " AAPL?");
    assertThat(vm.field("instrument").invalidProperty().get()).isTrue();
    assertThat(vm.field("from").invalidProperty().get()).isFalse();
    assertThat(vm.previewingProperty().get()).isFalse();

    vm.field("instrument").valueProperty().set("AAPL");
    assertThat(vm.field("instrument").invalidProperty().get())
        .as("editing the field clears the mark")
        .isFalse();
  }

  @Test
  void exportsTheWholeReportAndRecordsTheExport() throws Exception {
    ReportsViewModel vm = viewModel(CLERK);
    pick(vm, "counterparty-list");
    vm.field("role").valueProperty().set("bank");
    assertThat(vm.suggestedFileName(ExportFormat.PDF)).isEqualTo("counterparty-list.pdf");
    Path file = out.resolve("banks.pdf");
    vm.export(ExportFormat.PDF, file);

    assertThat(vm.messageKindProperty().get())
        .as(vm.messageProperty().get())
        .isEqualTo(MessageKind.SUCCESS);
    assertThat(vm.messageProperty().get())
        .isEqualTo("Exported Counterparty list (2 rows) to " + file.toAbsolutePath());
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("Counterparty list", "Banks", "JPMorgan Chase Bank, N.A.", "Barclays Bank PLC")
          .doesNotContain("Goldman");
    }
    List<AuditRecord> records =
        services
            .repositories()
            .audit()
            .search(
                new AuditFilter(
                    "clerk",
                    ExportService.ENTITY,
                    "Counterparty list",
                    AuditAction.EXPORT,
                    null,
                    null,
                    10))
            .stream()
            .filter(r -> r.event().after().contains(file.toAbsolutePath().toString()))
            .toList();
    assertThat(records)
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.event().after())
                    .contains("\"format\":\"pdf\"", "\"rows\":2", "\"Role\":\"Banks\""));
    assertThat(vm.exportingProperty().get()).isFalse();
  }

  @Test
  void theExportedWorkbookHoldsNumbersAsNumbers() throws Exception {
    ReportsViewModel vm = viewModel(CLERK);
    pick(vm, "price-history");
    vm.field("instrument").valueProperty().set("SAP");
    assertThat(vm.suggestedFileName(ExportFormat.XLSX)).isEqualTo("price-history-SAP.xlsx");
    Path file = out.resolve("sap.xlsx");
    vm.export(ExportFormat.XLSX, file);

    try (var workbook = new XSSFWorkbook(Files.newInputStream(file))) {
      var sheet = workbook.getSheet("Prices");
      assertThat(sheet.getLastRowNum()).isEqualTo(RefDataFixture.SAP_PRICES.size());
      assertThat(BigDecimal.valueOf(sheet.getRow(5).getCell(1).getNumericCellValue()))
          .isEqualByComparingTo("210.50");
      assertThat(sheet.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(2_345_678.0);
      assertThat(sheet.getRow(5).getCell(0).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2025, 11, 20));
    }
  }

  @Test
  void aViewerMayPreviewButNotExport() {
    ReportsViewModel vm = viewModel(VIEWER);
    pick(vm, "instrument-master");
    assertThat(vm.canPreviewProperty().get()).isTrue();
    assertThat(vm.canExportProperty().get()).isFalse();
    assertThat(vm.mayExport()).isFalse();
    assertThat(vm.exportRefusal()).contains("EXPORT_DATA");
    vm.preview();
    assertThat(vm.previewTableProperty().get().allRows()).hasSize(7);
    assertThat(vm.export(ExportFormat.XLSX, dir.resolve("never.xlsx"))).isNull();
    assertThat(dir.resolve("never.xlsx")).doesNotExist();
  }
}
