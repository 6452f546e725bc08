package com.tickmark.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.tickmark.app.AppServices;
import com.tickmark.app.cli.TickmarkCommandTest.Run;
import com.tickmark.app.demo.DemoUsers;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.marketdata.report.PriceHistoryReport;
import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.report.ColumnKind;
import com.tickmark.model.report.ExportService;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.ReportSection;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.persistence.Repositories;
import com.tickmark.persistence.workspace.Workspace;
import com.tickmark.reports.ValueFormat;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tickmark report}: the catalog from the command line, on a small demo workspace. */
class ReportCommandTest {
  static final Map<String, String> AS_DEMO_USER =
      Map.of(Session.PASSWORD_VARIABLE, DemoUsers.PASSWORD);
  static final LocalDate BUSINESS_DATE = LocalDate.of(2025, 11, 20);

  @TempDir static Path shared;
  static Path workspace;
  static List<Instrument> instruments;
  static Instrument priced;
  static List<Price> history;
  @TempDir Path out;

  @BeforeAll
  static void makeDemo() {
    workspace = shared.resolve("demo");
    Run r =
        TickmarkCommandTest.run(
            "demo",
            "--workspace",
            workspace.toString(),
            "--days",
            "1",
            "--trades-per-day",
            "20",
            "--history-days",
            "30",
            "--business-date",
            BUSINESS_DATE.toString(),
            "--seed",
            "11");
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (Workspace w = Workspace.open(workspace)) {
      Repositories repositories = Repositories.of(w);
      instruments = repositories.referenceData().instruments();
      priced =
          instruments.stream()
              .filter(i -> i.assetClass() == AssetClass.EQUITY)
              .min(Comparator.comparing(Instrument::symbol))
              .orElseThrow();
      history =
          repositories
              .marketData()
              .priceHistory(priced.id(), LocalDate.of(2025, 11, 1), BUSINESS_DATE);
    }
    assertThat(history).hasSizeGreaterThan(5);
  }

  private static Run report(String user, String... args) {
    List<String> all = new ArrayList<>(List.of("report"));
    all.addAll(List.of(args));
    all.addAll(List.of("--workspace", workspace.toString(), "--user", user));
    return TickmarkCommandTest.run(AS_DEMO_USER, all.toArray(String[]::new));
  }

  @Test
  void listsEveryReportWithItsParametersAndDefaults() {
    Run r = TickmarkCommandTest.run("report", "list");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "instrument-master    Instrument master",
            "counterparty-list    Counterparty list",
            "price-history        Price history",
            "fails-aging          Fails aging",
            "open-breaks          Open breaks with aging",
            "recon-summary        Recon summary by day",
            "resolved-breaks      Resolved breaks log",
            "--param recon=NAME",
            "Default: every recon.",
            "--param fails=open|all",
            "--param asset-class=all|equity|etf|fx-spot",
            "--param role=all|broker|custodian|bank",
            "--param instrument=SYMBOL",
            "Required.",
            "--param from=YYYY-MM-DD",
            "Default: 250 business days before 'to'.",
            "--param to=YYYY-MM-DD",
            "Default: the business date.");
    assertThat(TickmarkCommandTest.run("--help").out()).contains("report");
  }

  @Test
  void runsTheInstrumentMasterToAWorkbookWithTypedCellsAndAnAuditRecord() throws IOException {
    Path file = out.resolve("instruments.xlsx");
    Run r = report("clerk", "run", "instrument-master", "--out", file.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Wrote Instrument master (" + instruments.size() + " rows) to " + file);
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
      Sheet sheet = workbook.getSheet("Instruments");
      Row header = sheet.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Asset class");
      assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Symbol");
      assertThat(header.getCell(10).getStringCellValue()).isEqualTo("Count");
      List<String> symbols = new ArrayList<>();
      List<String> totals = new ArrayList<>();
      for (int i = 1; i <= sheet.getLastRowNum(); i++) {
        Row row = sheet.getRow(i);
        String first = row.getCell(0).getStringCellValue();
        if (first.startsWith("Total") || first.equals("Grand total")) {
          totals.add(first + " " + (long) row.getCell(10).getNumericCellValue());
        } else {
          symbols.add(row.getCell(1).getStringCellValue());
          assertThat(row.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
        }
      }
      assertThat(symbols)
          .containsExactlyInAnyOrderElementsOf(
              instruments.stream().map(Instrument::symbol).toList());
      long equities = instruments.stream().filter(i -> i.assetClass() == AssetClass.EQUITY).count();
      assertThat(totals).contains("Total Equity " + equities, "Grand total " + instruments.size());
    }
    AuditRecord export = exportTo(file);
    assertThat(export.event().actor()).isEqualTo("clerk");
    assertThat(export.event().entityId()).isEqualTo("Instrument master");
    assertThat(export.event().after())
        .contains(
            "\"format\":\"xlsx\"",
            "\"rows\":" + instruments.size(),
            "\"Asset class\":\"All asset classes\"");
  }

  @Test
  void runsThePriceHistoryOfAPeriodToAPdf() throws IOException {
    Path file = out.resolve("history.pdf");
    Run r =
        report(
            "accountant",
            "run",
            "price-history",
            "--param",
            "instrument=" + priced.symbol().toLowerCase(),
            "--param",
            "from=2025-11-01",
            "--param",
            "to=" + BUSINESS_DATE,
            "--format",
            "pdf",
            "--out",
            file.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).as("POI and PDFBox log quietly").isEmpty();
    String text;
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      text = new PDFTextStripper().getText(pdf);
    }
    Price last = history.get(history.size() - 1);
    assertThat(text)
        .contains(
            "Price history",
            priced.symbol() + " \u00b7 " + priced.name(),
            "2025-11-01",
            last.date().toString(),
            plain(last.close()),
            "Page 1 of");
    assertThat(exportTo(file).event().after())
        .contains(
            "\"format\":\"pdf\"",
            "\"rows\":" + history.size(),
            "\"Instrument\":\"" + priced.symbol() + "\"");
  }

  @Test
  void aViewerMayNotExportAndNothingIsWritten() {
    Path file = out.resolve("refused.xlsx");
    Run r = report("viewer", "run", "counterparty-list", "--out", file.toString());
    assertThat(r.exitCode()).isEqualTo(TickmarkCommand.USER_ERROR);
    assertThat(r.err()).contains("viewer", "EXPORT_DATA");
    assertThat(file).doesNotExist();
    assertThat(exportsTo(file)).isEmpty();
  }

  @Test
  void unknownReportsParametersAndBadValuesAreUserErrorsThatSayWhatToDo() {
    Path file = out.resolve("never.xlsx");
    Run unknown = report("clerk", "run", "var-backtest", "--out", file.toString());
    assertThat(unknown.exitCode()).isEqualTo(TickmarkCommand.USER_ERROR);
    assertThat(unknown.err())
        .contains(
            "There is no report 'var-backtest'; the reports are account-statement, balance-sheet,"
                + " cash-ladder, counterparty-list, csdr-penalties, fails-aging, income-statement,"
                + " instrument-master, netting, open-breaks, pnl, price-history, recon-summary,"
                + " resolved-breaks, trial-balance.");

    Run parameter =
        report(
            "clerk", "run", "counterparty-list", "--param", "country=US", "--out", file.toString());
    assertThat(parameter.exitCode()).isEqualTo(TickmarkCommand.USER_ERROR);
    assertThat(parameter.err())
        .contains(
            "Report 'counterparty-list' has no parameter 'country'; its parameters are role.");

    Run date =
        report(
            "clerk",
            "run",
            "price-history",
            "--param",
            "instrument=" + priced.symbol(),
            "--param",
            "from=1 Nov",
            "--out",
            file.toString());
    assertThat(date.exitCode()).isEqualTo(TickmarkCommand.USER_ERROR);
    assertThat(date.err())
        .contains("Parameter 'from': '1 Nov' is not a date; write it as YYYY-MM-DD");

    Run missing = report("clerk", "run", "price-history", "--out", file.toString());
    assertThat(missing.err()).contains("needs the parameter 'instrument'");

    Run format =
        report("clerk", "run", "counterparty-list", "--out", out.resolve("list.txt").toString());
    assertThat(format.exitCode()).isEqualTo(TickmarkCommand.USER_ERROR);
    assertThat(format.err()).contains("--format xlsx or --format pdf");
    assertThat(file).doesNotExist();
  }

  @Test
  void theWorkbookOpensInLibreOfficeWithTheSameValues() throws Exception {
    Path soffice = LibreOffice.onPath();
    if (soffice == null) {
      String reason =
          "soffice (LibreOffice) is not on the PATH; install it (Debian: libreoffice-calc-nogui) to"
              + " run this check";
      System.out.println(
          "Skipped the LibreOffice round trip of a catalog workbook: " + reason + ".");
      assumeTrue(false, reason);
    }
    Path file = out.resolve("history.xlsx");
    String[] parameters = {
      "instrument=" + priced.symbol(), "from=2025-11-01", "to=" + BUSINESS_DATE
    };
    Run r =
        report(
            "clerk",
            "run",
            "price-history",
            "--param",
            parameters[0],
            "--param",
            parameters[1],
            "--param",
            parameters[2],
            "--out",
            file.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();

    List<List<String>> shown =
        LibreOffice.sheetAsShown(soffice, file, "Prices", out.resolve("libreoffice"));

    ReportSection section;
    try (Workspace w = Workspace.open(workspace)) {
      Actor clerk = new Actor(new UserId(2), "clerk", Set.of(Role.CLERK));
      Map<String, String> given =
          Map.of(
              "instrument", priced.symbol(), "from", "2025-11-01", "to", BUSINESS_DATE.toString());
      section =
          new PriceHistoryReport()
              .build(given, AppServices.of(w, Clock.systemUTC()).reportContext(clerk))
              .sections()
              .get(0);
    }
    ValueFormat format = new ValueFormat();
    List<List<String>> expected = new ArrayList<>();
    try (Stream<ReportRow> rows = section.rows()) {
      rows.forEach(
          row -> {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
              ReportColumn column = section.columns().get(c);
              String text = format.format(column, row.get(c));
              cells.add(column.kind() == ColumnKind.MONEY ? text + " " + column.currency() : text);
            }
            expected.add(cells);
          });
    }
    assertThat(shown.get(0)).containsExactly("Date", "Close", "Volume", "Change");
    assertThat(shown.subList(1, shown.size()))
        .as("the data rows as LibreOffice shows them")
        .isEqualTo(expected);
    assertThat(expected).hasSize(history.size());
  }

  private static String plain(BigDecimal close) {
    return close
        .setScale(Math.max(2, close.stripTrailingZeros().scale()), RoundingMode.HALF_EVEN)
        .toPlainString();
  }

  private static AuditRecord exportTo(Path file) {
    List<AuditRecord> records = exportsTo(file);
    assertThat(records).hasSize(1);
    return records.get(0);
  }

  private static List<AuditRecord> exportsTo(Path file) {
    try (Workspace w = Workspace.open(workspace)) {
      return Repositories.of(w)
          .audit()
          .search(
              new AuditFilter(
                  null, ExportService.ENTITY, null, AuditAction.EXPORT, null, null, 1000))
          .stream()
          .filter(
              a -> a.event().after().contains("\"destination\":\"" + file.toAbsolutePath() + "\""))
          .toList();
    }
  }
}
