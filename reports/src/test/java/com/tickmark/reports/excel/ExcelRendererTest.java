package com.tickmark.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportDataException;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.ReportSection;
import com.tickmark.reports.PaperSize;
import com.tickmark.reports.SampleReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelRendererTest {

  static XSSFWorkbook render(Report report) throws IOException {
    return render(report, new ExcelRenderer());
  }

  static XSSFWorkbook render(Report report, ExcelRenderer renderer) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(report, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  static XSSFCell cell(XSSFSheet sheet, String reference) {
    CellReference ref = new CellReference(reference);
    Row row = sheet.getRow(ref.getRow());
    return row == null ? null : (XSSFCell) row.getCell(ref.getCol());
  }

  /** Sums the plain (non-formula) numeric cells of a column between two rows, 1-based inclusive. */
  static double sumOfDataCells(XSSFSheet sheet, int column, int firstRow, int lastRow) {
    double sum = 0;
    for (int r = firstRow - 1; r <= lastRow - 1; r++) {
      Cell cell = sheet.getRow(r).getCell(column);
      if (cell != null && cell.getCellType() == CellType.NUMERIC) {
        sum += cell.getNumericCellValue();
      }
    }
    return sum;
  }

  @Test
  void writesAParametersSheetThenOneSheetPerSectionThenTheCharts() throws IOException {
    try (XSSFWorkbook workbook = render(SampleReports.pnlByBook())) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
      assertThat(
              List.of(
                  workbook.getSheetName(0),
                  workbook.getSheetName(1),
                  workbook.getSheetName(2),
                  workbook.getSheetName(3),
                  workbook.getSheetName(4),
                  workbook.getSheetName(5)))
          .containsExactly(
              "Parameters",
              "Positions",
              "Cash by currency",
              "Chart - P&L by book (USD)",
              "Chart - Daily P&L, March 2026 (",
              "Chart - Gross market value by b");
      assertThat(workbook.getActiveSheetIndex()).isEqualTo(1);
    }
  }

  @Test
  void parametersSheetCarriesTitleParametersWithTypedValuesAndNotes() throws IOException {
    try (XSSFWorkbook workbook = render(SampleReports.pnlByBook())) {
      XSSFSheet sheet = workbook.getSheet("Parameters");
      assertThat(cell(sheet, "A1").getStringCellValue()).isEqualTo("P&L by book");
      assertThat(workbook.getFontAt(cell(sheet, "A1").getCellStyle().getFontIndex()).getBold())
          .isTrue();
      assertThat(cell(sheet, "A2").getStringCellValue())
          .isEqualTo("Northwind Capital LLP — month-end close, March 2026");
      assertThat(cell(sheet, "A4").getStringCellValue()).isEqualTo("As of");
      XSSFCell asOf = cell(sheet, "B4");
      assertThat(asOf.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(asOf)).isTrue();
      assertThat(asOf.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(SampleReports.AS_OF);
      assertThat(cell(sheet, "A9").getStringCellValue()).isEqualTo("Positions");
      assertThat(cell(sheet, "B9").getNumericCellValue()).isEqualTo(12.0);
      assertThat(cell(sheet, "A10").getStringCellValue()).isEqualTo("Run by");
      assertThat(cell(sheet, "B10").getStringCellValue()).isEqualTo("a.lovelace");
      assertThat(cell(sheet, "A11").getStringCellValue()).isEqualTo("Run at");
      assertThat(cell(sheet, "B11").getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2026, 3, 31, 18, 5, 12));
      assertThat(cell(sheet, "B11").getCellStyle().getDataFormatString())
          .isEqualTo("yyyy-mm-dd hh:mm:ss \"UTC\"");
      assertThat(cell(sheet, "A13").getStringCellValue()).isEqualTo("Notes");
      assertThat(cell(sheet, "A14").getStringCellValue())
          .startsWith("Market values at the official close");
      assertThat(cell(sheet, "A18").getStringCellValue()).isEqualTo("Positions");
      assertThat(cell(sheet, "A18").getHyperlink().getAddress()).isEqualTo("'Positions'!A1");
    }
  }

  @Test
  void sectionSheetHasABoldFrozenHeaderAndAFilterOverHeaderAndData() throws IOException {
    try (XSSFWorkbook workbook = render(SampleReports.pnlByBook())) {
      XSSFSheet sheet = workbook.getSheet("Positions");
      Row header = sheet.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Book");
      assertThat(header.getCell(9).getStringCellValue()).isEqualTo("Last trade");
      for (int c = 0; c < 10; c++) {
        assertThat(workbook.getFontAt(header.getCell(c).getCellStyle().getFontIndex()).getBold())
            .as("header %d bold", c)
            .isTrue();
      }
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isZero();
      // Header, 12 positions and 3 subtotals; the grand total on row 17 stays out of the filter.
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J16");
      assertThat(sheet.getColumnWidth(2))
          .as("instrument names are wider than tickers")
          .isGreaterThan(sheet.getColumnWidth(1));
      assertThat(sheet.getColumnWidth(5)).isBetween(14 * 256, 60 * 256);
    }
  }

  @Test
  void cellsAreTypedWithTheirFormats() throws IOException {
    try (XSSFWorkbook workbook = render(SampleReports.pnlByBook())) {
      XSSFSheet sheet = workbook.getSheet("Positions");
      assertThat(cell(sheet, "A2").getCellType()).isEqualTo(CellType.STRING);
      assertThat(cell(sheet, "C2").getStringCellValue()).isEqualTo("AstraZeneca plc ADR");
      XSSFCell quantity = cell(sheet, "D3");
      assertThat(quantity.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(quantity.getNumericCellValue()).isEqualTo(-25_000.0);
      assertThat(quantity.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
      assertThat(cell(sheet, "E2").getNumericCellValue()).isEqualTo(71.42);
      assertThat(cell(sheet, "E2").getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
      XSSFCell marketValue = cell(sheet, "F3");
      assertThat(marketValue.getNumericCellValue()).isEqualTo(-854_500.0);
      assertThat(marketValue.getCellStyle().getDataFormatString())
          .isEqualTo("#,##0.00_) \"USD\";[Red](#,##0.00) \"USD\"");
      XSSFCell returnCell = cell(sheet, "I2");
      assertThat(returnCell.getNumericCellValue()).isEqualTo(0.0049);
      assertThat(returnCell.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
      XSSFCell lastTrade = cell(sheet, "J2");
      assertThat(lastTrade.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(lastTrade)).isTrue();
      assertThat(lastTrade.getLocalDateTimeCellValue())
          .isEqualTo(LocalDate.of(2026, 3, 28).atStartOfDay());
      assertThat(lastTrade.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
      assertThat(cell(sheet, "G11")).as("an empty cell stays empty").isNull();
    }
  }

  @Test
  void mixedCurrencyAmountsTakeTheirRowsCurrencyAndTimestampsAreUtcDates() throws IOException {
    try (XSSFWorkbook workbook = render(SampleReports.pnlByBook())) {
      XSSFSheet sheet = workbook.getSheet("Cash by currency");
      assertThat(cell(sheet, "D2").getCellStyle().getDataFormatString())
          .isEqualTo("#,##0.00_) \"EUR\";[Red](#,##0.00) \"EUR\"");
      assertThat(cell(sheet, "D5").getCellStyle().getDataFormatString()).contains("\"GBP\"");
      assertThat(cell(sheet, "A4").getStringCellValue()).isEqualTo("Total EUR");
      assertThat(cell(sheet, "D4").getCellFormula()).isEqualTo("SUBTOTAL(9,D2:D3)");
      assertThat(cell(sheet, "D4").getCellStyle().getDataFormatString()).contains("\"EUR\"");
      XSSFCell timestamp = cell(sheet, "E2");
      assertThat(DateUtil.isCellDateFormatted(timestamp)).isTrue();
      assertThat(timestamp.getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2026, 3, 31, 15, 42, 7));
      assertThat(timestamp.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm:ss");
      assertThat(sheet.getLastRowNum()).as("no grand total across currencies").isEqualTo(8);
      assertThat(cell(sheet, "A9").getStringCellValue()).isEqualTo("Total USD");
    }
  }

  @Test
  void subtotalsAndTheGrandTotalAreFormulasOverExactlyTheirRows() throws IOException {
    try (XSSFWorkbook workbook = render(SampleReports.pnlByBook())) {
      XSSFSheet sheet = workbook.getSheet("Positions");
      assertThat(cell(sheet, "A6").getStringCellValue()).isEqualTo("Total EQ-LDN");
      assertThat(cell(sheet, "F6").getCellFormula()).isEqualTo("SUBTOTAL(9,F2:F5)");
      assertThat(cell(sheet, "G12").getCellFormula()).isEqualTo("SUBTOTAL(9,G7:G11)");
      assertThat(cell(sheet, "H16").getCellFormula()).isEqualTo("SUBTOTAL(9,H13:H15)");
      assertThat(cell(sheet, "A17").getStringCellValue()).isEqualTo("Grand total");
      assertThat(cell(sheet, "F17").getCellFormula()).isEqualTo("SUBTOTAL(9,F2:F16)");
      assertThat(cell(sheet, "D6").getCellType())
          .as("quantity is not totalled")
          .isEqualTo(CellType.BLANK);
      assertThat(workbook.getFontAt(cell(sheet, "F17").getCellStyle().getFontIndex()).getBold())
          .isTrue();
      // The computed totals travel with the formulas, for viewers that do not recalculate.
      assertThat(cell(sheet, "F17").getNumericCellValue()).isEqualTo(11_462_074.00);
      assertThat(cell(sheet, "H17").getNumericCellValue()).isCloseTo(-49_485.40, within(1e-6));
    }
  }

  @Test
  void formulasEvaluateToTheSumsOfTheirRowsWithoutCountingSubtotalsTwice() throws IOException {
    try (XSSFWorkbook workbook = render(SampleReports.pnlByBook())) {
      XSSFSheet sheet = workbook.getSheet("Positions");
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      int[][] groups = {{2, 5, 6}, {7, 11, 12}, {13, 15, 16}};
      for (int column = 5; column <= 7; column++) {
        for (int[] group : groups) {
          double evaluated =
              evaluator.evaluate(sheet.getRow(group[2] - 1).getCell(column)).getNumberValue();
          assertThat(evaluated)
              .isCloseTo(sumOfDataCells(sheet, column, group[0], group[1]), within(1e-6));
        }
        double grand = evaluator.evaluate(sheet.getRow(16).getCell(column)).getNumberValue();
        assertThat(grand).isCloseTo(sumOfDataCells(sheet, column, 2, 16), within(1e-6));
      }
      assertThat(evaluator.evaluate(cell(sheet, "G17")).getNumberValue())
          .isCloseTo(77_935.45, within(1e-6));
    }
  }

  @Test
  void editingACellUpdatesTheTotals() throws IOException {
    try (XSSFWorkbook workbook = render(SampleReports.pnlByBook())) {
      assertThat(workbook.getForceFormulaRecalculation()).isTrue();
      XSSFSheet sheet = workbook.getSheet("Positions");
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      cell(sheet, "F2").setCellValue(857_040.00 + 1_000);
      evaluator.clearAllCachedResultValues();
      assertThat(evaluator.evaluate(cell(sheet, "F6")).getNumberValue())
          .isCloseTo(1_650_640.00, within(1e-6));
      assertThat(evaluator.evaluate(cell(sheet, "F17")).getNumberValue())
          .isCloseTo(11_463_074.00, within(1e-6));
    }
  }

  @Test
  void anUngroupedSectionIsTotalledWithSum() throws IOException {
    Report report =
        Report.builder("Fees")
            .runBy("tester", SampleReports.RUN_AT)
            .section(
                ReportSection.builder("Fees")
                    .columns(
                        ReportColumn.text("Broker"),
                        ReportColumn.money("Fee", "GBP", 4),
                        ReportColumn.integer("Tickets"))
                    .row("Alpha", new BigDecimal("12.3456"), 3L)
                    .row("Beta", new BigDecimal("-2.0001"), 4L)
                    .totals("Fee", "Tickets")
                    .build())
            .build();
    try (XSSFWorkbook workbook = render(report)) {
      XSSFSheet sheet = workbook.getSheet("Fees");
      assertThat(cell(sheet, "A4").getStringCellValue()).isEqualTo("Total");
      assertThat(cell(sheet, "B4").getCellFormula()).isEqualTo("SUM(B2:B3)");
      assertThat(cell(sheet, "C4").getCellFormula()).isEqualTo("SUM(C2:C3)");
      assertThat(cell(sheet, "B2").getCellStyle().getDataFormatString())
          .isEqualTo("#,##0.0000_) \"GBP\";[Red](#,##0.0000) \"GBP\"");
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      assertThat(evaluator.evaluate(cell(sheet, "B4")).getNumberValue())
          .isCloseTo(10.3455, within(1e-9));
      assertThat(evaluator.evaluate(cell(sheet, "C4")).getNumberValue()).isEqualTo(7.0);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C3");
    }
  }

  @Test
  void groupsByADateColumn() throws IOException {
    Report report =
        Report.builder("Fills by day")
            .runBy("tester", SampleReports.RUN_AT)
            .section(
                ReportSection.builder("Fills")
                    .columns(ReportColumn.date("Day"), ReportColumn.integer("Fills"))
                    .row(LocalDate.of(2026, 3, 30), 3L)
                    .row(LocalDate.of(2026, 3, 30), 4L)
                    .row(LocalDate.of(2026, 3, 31), 5L)
                    .groupBy("Day")
                    .totals("Fills")
                    .build())
            .build();
    try (XSSFWorkbook workbook = render(report)) {
      XSSFSheet sheet = workbook.getSheet("Fills");
      assertThat(cell(sheet, "A4").getStringCellValue()).isEqualTo("Total 2026-03-30");
      assertThat(cell(sheet, "B4").getCellFormula()).isEqualTo("SUBTOTAL(9,B2:B3)");
      assertThat(cell(sheet, "B7").getCellFormula()).isEqualTo("SUBTOTAL(9,B2:B6)");
      assertThat(
              workbook
                  .getCreationHelper()
                  .createFormulaEvaluator()
                  .evaluate(cell(sheet, "B7"))
                  .getNumberValue())
          .isEqualTo(12.0);
    }
  }

  @Test
  void streamsALargeGroupedSectionWithCorrectRanges() throws IOException {
    Report report = SampleReports.generatedReport(5_000, 1_000);
    try (XSSFWorkbook workbook = render(report, new ExcelRenderer(PaperSize.LETTER, 100))) {
      XSSFSheet sheet = workbook.getSheet("Trades");
      // 5,000 rows, 5 subtotals, the header and the grand total.
      assertThat(sheet.getLastRowNum()).isEqualTo(5_006);
      assertThat(cell(sheet, "A1002").getStringCellValue()).isEqualTo("Total BOOK-1");
      assertThat(cell(sheet, "H1002").getCellFormula()).isEqualTo("SUBTOTAL(9,H2:H1001)");
      assertThat(cell(sheet, "H2003").getCellFormula()).isEqualTo("SUBTOTAL(9,H1003:H2002)");
      assertThat(cell(sheet, "A5007").getStringCellValue()).isEqualTo("Grand total");
      assertThat(cell(sheet, "H5007").getCellFormula()).isEqualTo("SUBTOTAL(9,H2:H5006)");
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J5006");
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      BigDecimal expected = BigDecimal.ZERO;
      long quantity = 0;
      for (long i = 1; i <= 5_000; i++) {
        ReportRow row = SampleReports.generatedRow(i);
        expected = expected.add((BigDecimal) row.get(7));
        quantity += (Long) row.get(5);
      }
      assertThat(evaluator.evaluate(cell(sheet, "H5007")).getNumberValue())
          .isCloseTo(expected.doubleValue(), within(1e-3));
      assertThat(cell(sheet, "H5007").getNumericCellValue())
          .isCloseTo(expected.doubleValue(), within(1e-3));
      assertThat(evaluator.evaluate(cell(sheet, "F5007")).getNumberValue())
          .isEqualTo((double) quantity);
      assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.LETTER_PAPERSIZE);
      XSSFCell executed = cell(sheet, "E2");
      Instant expectedInstant = (Instant) SampleReports.generatedRow(1).get(4);
      assertThat(executed.getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.ofInstant(expectedInstant, ZoneOffset.UTC));
    }
  }

  @Test
  void printsLandscapeOnePageWideRepeatingTheHeaderWithPageNumbers() throws IOException {
    try (XSSFWorkbook workbook = render(SampleReports.pnlByBook())) {
      XSSFSheet sheet = workbook.getSheet("Positions");
      PrintSetup print = sheet.getPrintSetup();
      assertThat(print.getLandscape()).isTrue();
      assertThat(sheet.getFitToPage()).isTrue();
      assertThat(print.getFitWidth()).isEqualTo((short) 1);
      assertThat(print.getFitHeight()).isZero();
      assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
      assertThat(sheet.getRepeatingRows().getFirstRow()).isZero();
      assertThat(sheet.getRepeatingRows().getLastRow()).isZero();
      assertThat(sheet.getFooter().getRight()).isEqualTo("Page &P of &N");
      assertThat(sheet.getFooter().getLeft())
          .isEqualTo("Run 2026-03-31 18:05:12 UTC by a.lovelace");
      assertThat(sheet.getHeader().getLeft())
          .as("an ampersand is doubled in headers")
          .isEqualTo("P&&L by book");
      assertThat(sheet.getHeader().getRight()).isEqualTo("Positions");
    }
  }

  @Test
  void chartSheetsHoldTheDataAndANativeChart() throws IOException {
    try (XSSFWorkbook workbook = render(SampleReports.pnlByBook())) {
      XSSFSheet sheet = workbook.getSheet("Chart - P&L by book (USD)");
      assertThat(cell(sheet, "A3").getStringCellValue()).isEqualTo("Category");
      assertThat(cell(sheet, "B3").getStringCellValue()).isEqualTo("Realised");
      assertThat(cell(sheet, "A5").getStringCellValue()).isEqualTo("EQ-NY");
      assertThat(cell(sheet, "C5").getNumericCellValue()).isEqualTo(-38_660.00);
      assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(1);
      assertThat(sheet.getDrawingPatriarch().getCharts().get(0).getTitleText().getString())
          .isEqualTo("P&L by book (USD)");
    }
  }

  @Test
  void cutsTextLongerThanACellHoldsAndWritesAncientDatesAsText() throws IOException {
    String tooLong = "x".repeat(40_000);
    Report report =
        Report.builder("Edge cases")
            .runBy("tester", SampleReports.RUN_AT)
            .section(
                ReportSection.builder("Edges")
                    .columns(ReportColumn.text("Text"), ReportColumn.date("Date"))
                    .row(tooLong, LocalDate.of(1899, 12, 31))
                    .build())
            .build();
    try (XSSFWorkbook workbook = render(report)) {
      XSSFSheet sheet = workbook.getSheet("Edges");
      assertThat(cell(sheet, "A2").getStringCellValue()).hasSize(32_767).endsWith("\u2026");
      assertThat(cell(sheet, "B2").getStringCellValue()).isEqualTo("1899-12-31");
    }
  }

  @Test
  void aBadRowLeavesNoFileBehind(@TempDir Path folder) throws IOException {
    Path target = folder.resolve("trades.xlsx");
    Report report =
        Report.builder("Trades")
            .runBy("tester", SampleReports.RUN_AT)
            .section(
                ReportSection.builder("Trades")
                    .column(ReportColumn.integer("Quantity"))
                    .rows(() -> Stream.of(ReportRow.of(1L), ReportRow.of("two")))
                    .build())
            .build();
    assertThatThrownBy(() -> new ExcelRenderer().render(report, target))
        .isInstanceOf(ReportDataException.class)
        .hasMessageContaining("row 2, column 'Quantity'");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).isEmpty();
    }
    new ExcelRenderer().render(SampleReports.pnlByBook(), target);
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void serialDatesMatchExcel() {
    assertThat(ExcelRenderer.excelSerial(LocalDate.of(1900, 3, 1))).isEqualTo(61.0);
    assertThat(ExcelRenderer.excelSerial(LocalDate.of(2026, 3, 31))).isEqualTo(46112.0);
    assertThat(ExcelRenderer.excelSerial(Instant.parse("2026-03-31T18:00:00Z")))
        .isEqualTo(46112.75);
    assertThat(ExcelRenderer.excelSerial(Instant.parse("1969-12-31T12:00:00Z"))).isEqualTo(25568.5);
  }
}
