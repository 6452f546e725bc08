package com.tickmark.reports.excel;

import com.tickmark.model.report.ColumnKind;
import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportLine;
import com.tickmark.model.report.ReportParameter;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.ReportSection;
import com.tickmark.reports.PaperSize;
import com.tickmark.reports.ReportFiles;
import com.tickmark.reports.ValueFormat;
import com.tickmark.reports.excel.ExcelStyles.Emphasis;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.Header;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Renders a {@link Report} to an Excel workbook (.xlsx) that an accountant can work in.
 *
 * <p>A "Parameters" sheet comes first (title, subtitle, parameters, notes, links to the sections),
 * then one sheet per section, then one sheet per chart holding the chart's data and a native Excel
 * chart of it. Section sheets are streamed through a window of rows ({@link SXSSFWorkbook}), so a
 * section of a million rows is written without holding it in memory.
 *
 * <p>On a section sheet, row 1 is a bold, frozen header with an auto-filter over the header and the
 * data. Cells are typed: numbers are numbers and dates are dates, each with its format (money in
 * the column's or the row's currency, negatives red and in brackets). Subtotals are {@code
 * SUBTOTAL(9, range)} formulas over their group's rows; the grand total is {@code SUBTOTAL(9, all
 * rows)} when there are subtotals (SUBTOTAL skips nested subtotals, so nothing is counted twice)
 * and {@code SUM(all rows)} otherwise. Formulas carry their computed value, so viewers that do not
 * recalculate still show the totals, and Excel recalculates on open, so a user's edit of a cell
 * updates them.
 *
 * <p>Instances are immutable and may be shared; each call renders independently.
 */
public final class ExcelRenderer {
  /** Rows kept in memory per sheet while streaming. */
  public static final int DEFAULT_ROW_WINDOW = 500;

  /** Rows a sheet can hold, the header included. */
  public static final int MAX_SHEET_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

  /** Column widths are estimated from the header and this many data rows. */
  static final int WIDTH_SAMPLE_ROWS = 1000;

  static final int MAX_TEXT_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
  private static final int MIN_WIDTH_CHARS = 6;
  private static final int MAX_WIDTH_CHARS = 60;
  private static final long EXCEL_EPOCH_OFFSET_DAYS = 25569;
  private static final LocalDate FIRST_SAFE_DATE = LocalDate.of(1900, 3, 1);
  static final String PARAMETERS_SHEET = "Parameters";

  private final PaperSize paper;
  private final int rowWindow;

  public ExcelRenderer() {
    this(PaperSize.A4, DEFAULT_ROW_WINDOW);
  }

  public ExcelRenderer(PaperSize paper) {
    this(paper, DEFAULT_ROW_WINDOW);
  }

  public ExcelRenderer(PaperSize paper, int rowWindow) {
    this.paper = Objects.requireNonNull(paper, "paper");
    if (rowWindow < 1) {
      throw new IllegalArgumentException("The row window must hold at least one row: " + rowWindow);
    }
    this.rowWindow = rowWindow;
  }

  /**
   * Writes the workbook to a file, through a temporary file beside it, so a failed rendering never
   * leaves a half-written workbook under the wanted name.
   */
  public void render(Report report, Path file) throws IOException {
    ReportFiles.writeAtomically(file, ".xlsx", out -> render(report, out));
  }

  /** Writes the workbook to a stream, which is left open. */
  public void render(Report report, OutputStream out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "output");
    XSSFWorkbook template = new XSSFWorkbook();
    SXSSFWorkbook workbook = null;
    try {
      ExcelStyles styles = new ExcelStyles(template);
      SheetNames names = new SheetNames();
      String parametersName = names.unique(PARAMETERS_SHEET);
      List<String> sectionNames = new ArrayList<>();
      report.sections().forEach(section -> sectionNames.add(names.unique(section.name())));
      List<String> chartNames = new ArrayList<>();
      report.charts().forEach(chart -> chartNames.add(names.unique("Chart - " + chart.title())));

      writeParameters(template.createSheet(parametersName), report, sectionNames, styles);
      for (int i = 0; i < report.charts().size(); i++) {
        XSSFSheet chartSheet = template.createSheet(chartNames.get(i));
        ExcelCharts.write(chartSheet, report.charts().get(i), styles);
        printSetup(chartSheet, report, report.charts().get(i).title(), true);
        chartSheet.getPrintSetup().setFitHeight((short) 1);
      }
      // Sheets created before wrapping stay in memory (they are small); later ones stream.
      workbook = new StreamingWorkbook(template, rowWindow);
      for (int i = 0; i < report.sections().size(); i++) {
        SXSSFSheet sheet = workbook.createSheet(sectionNames.get(i));
        new SectionWriter(report, report.sections().get(i), sheet, styles).write();
        workbook.setSheetOrder(sectionNames.get(i), 1 + i);
      }
      workbook.setActiveSheet(1);
      workbook.getSheetAt(0).setSelected(false);
      workbook.getSheetAt(1).setSelected(true);
      workbook.setForceFormulaRecalculation(true);
      workbook.write(out);
    } finally {
      if (workbook != null) {
        workbook.close();
      } else {
        template.close();
      }
    }
  }

  /**
   * Deflates at the fastest level: on a million rows that halves the time spent zipping and makes
   * the file about a third larger, a trade that suits an export a user waits for.
   */
  private static final class StreamingWorkbook extends SXSSFWorkbook {
    StreamingWorkbook(XSSFWorkbook template, int rowWindow) {
      super(template, rowWindow, false, false);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
      ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
      zip.setLevel(Deflater.BEST_SPEED);
      return zip;
    }
  }

  private void writeParameters(
      XSSFSheet sheet, Report report, List<String> sectionNames, ExcelStyles styles) {
    ValueFormat format = new ValueFormat();
    int r = 0;
    Cell title = sheet.createRow(r++).createCell(0);
    title.setCellValue(report.title());
    title.setCellStyle(styles.title());
    if (!report.subtitle().isEmpty()) {
      sheet.createRow(r++).createCell(0).setCellValue(report.subtitle());
    }
    r++;
    int labelWidth = 10;
    int valueWidth = 20;
    for (ReportParameter parameter : report.allParameters()) {
      Row row = sheet.createRow(r++);
      Cell label = row.createCell(0);
      label.setCellValue(parameter.label());
      label.setCellStyle(styles.bold());
      Cell value = row.createCell(1);
      Object v = parameter.value();
      if (v instanceof String text) {
        value.setCellValue(text);
      } else if (v instanceof Long whole) {
        setNumber(value, whole.doubleValue(), styles.parameter(ExcelStyles.INTEGER));
      } else if (v instanceof BigDecimal decimal) {
        setNumber(value, decimal.doubleValue(), styles.parameter("General"));
      } else if (v instanceof LocalDate date) {
        setDate(value, date, styles.parameter(ExcelStyles.DATE));
      } else if (v instanceof Instant instant) {
        setNumber(
            value, excelSerial(instant), styles.parameter(ExcelStyles.TIMESTAMP + " \"UTC\""));
      }
      labelWidth = Math.max(labelWidth, parameter.label().length() + 2);
      valueWidth =
          Math.max(valueWidth, Math.min(MAX_WIDTH_CHARS, format.formatValue(v).length() + 2));
    }
    if (!report.notes().isEmpty()) {
      r++;
      Cell heading = sheet.createRow(r++).createCell(0);
      heading.setCellValue("Notes");
      heading.setCellStyle(styles.bold());
      for (String note : report.notes()) {
        Row row = sheet.createRow(r++);
        Cell cell = row.createCell(0);
        cell.setCellValue(truncate(note));
        cell.setCellStyle(styles.wrapped());
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, 5));
        int lines = 1 + note.length() / 110;
        row.setHeightInPoints(Math.min(409, lines * sheet.getDefaultRowHeightInPoints()));
      }
    }
    r++;
    Cell heading = sheet.createRow(r++).createCell(0);
    heading.setCellValue("Sections");
    heading.setCellStyle(styles.bold());
    for (int i = 0; i < sectionNames.size(); i++) {
      Cell link = sheet.createRow(r++).createCell(0);
      link.setCellValue(report.sections().get(i).name());
      Hyperlink hyperlink =
          sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
      hyperlink.setAddress("'" + sectionNames.get(i).replace("'", "''") + "'!A1");
      link.setHyperlink(hyperlink);
    }
    sheet.setColumnWidth(0, Math.min(MAX_WIDTH_CHARS, labelWidth) * 256);
    sheet.setColumnWidth(1, valueWidth * 256);
    for (int c = 2; c <= 5; c++) {
      sheet.setColumnWidth(c, 16 * 256);
    }
    printSetup(sheet, report, report.title(), false);
  }

  private void printSetup(Sheet sheet, Report report, String sheetTitle, boolean landscape) {
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    PrintSetup print = sheet.getPrintSetup();
    print.setLandscape(landscape);
    print.setPaperSize(
        paper == PaperSize.LETTER ? PrintSetup.LETTER_PAPERSIZE : PrintSetup.A4_PAPERSIZE);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    Header header = sheet.getHeader();
    header.setLeft(escape(report.title()));
    header.setRight(escape(sheetTitle));
    Footer footer = sheet.getFooter();
    footer.setLeft(
        escape(
            "Run " + new ValueFormat().formatValue(report.runAt()) + " UTC by " + report.runBy()));
    footer.setRight("Page &P of &N");
  }

  /** An ampersand starts a code in headers and footers; a literal one is doubled. */
  private static String escape(String text) {
    return text.replace("&", "&&");
  }

  static String truncate(String text) {
    return text.length() <= MAX_TEXT_LENGTH
        ? text
        : text.substring(0, MAX_TEXT_LENGTH - 1) + "\u2026";
  }

  /** Days since 1899-12-30, Excel's serial date (valid from 1900-03-01). */
  static double excelSerial(LocalDate date) {
    return date.toEpochDay() + EXCEL_EPOCH_OFFSET_DAYS;
  }

  /** The serial of a UTC instant: whole days plus the fraction of the day. */
  static double excelSerial(Instant instant) {
    long seconds = instant.getEpochSecond();
    long days = Math.floorDiv(seconds, 86_400L);
    long secondOfDay = Math.floorMod(seconds, 86_400L);
    return days + EXCEL_EPOCH_OFFSET_DAYS + (secondOfDay + instant.getNano() / 1e9) / 86_400.0;
  }

  private static void setNumber(Cell cell, double value, CellStyle style) {
    cell.setCellValue(value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  /** Dates Excel cannot show as dates (before March 1900) are written as ISO text. */
  private static void setDate(Cell cell, LocalDate date, CellStyle style) {
    if (date.isBefore(FIRST_SAFE_DATE)) {
      cell.setCellValue(date.toString());
    } else {
      setNumber(cell, excelSerial(date), style);
    }
  }

  /** Writes one section to its streaming sheet. */
  private final class SectionWriter {
    private final Report report;
    private final ReportSection section;
    private final SXSSFSheet sheet;
    private final ExcelStyles styles;
    private final List<ReportColumn> columns;
    private final int width;
    private final CellStyle[] detailStyles;
    private final int[] currencyColumns;
    private final int[] widths;
    private final String[] letters;
    private final int labelColumn;
    private final ValueFormat format = new ValueFormat();

    SectionWriter(Report report, ReportSection section, SXSSFSheet sheet, ExcelStyles styles) {
      this.report = report;
      this.section = section;
      this.sheet = sheet;
      this.styles = styles;
      this.columns = section.columns();
      this.width = columns.size();
      this.detailStyles = new CellStyle[width];
      this.currencyColumns = new int[width];
      this.widths = new int[width];
      this.letters = new String[width];
      this.labelColumn = section.labelColumn();
      for (int c = 0; c < width; c++) {
        ReportColumn column = columns.get(c);
        currencyColumns[c] =
            column.hasRowCurrency() ? section.columnIndex(column.currencyColumn()) : -1;
        // A mixed-currency column's style depends on each row's currency.
        detailStyles[c] =
            column.hasRowCurrency()
                ? null
                : styles.value(
                    column.kind(), column.scale(), currencyCode(column), Emphasis.DETAIL);
        letters[c] = CellReference.convertNumToColString(c);
        widths[c] = column.name().length() + 3;
      }
    }

    private String currencyCode(ReportColumn column) {
      return column.currency();
    }

    void write() {
      Row header = sheet.createRow(0);
      for (int c = 0; c < width; c++) {
        Cell cell = header.createCell(c);
        cell.setCellValue(columns.get(c).name());
        cell.setCellStyle(
            columns.get(c).kind() == ColumnKind.TEXT ? styles.header() : styles.numericHeader());
      }
      int r = 1;
      int groupStart = 1;
      boolean inGroup = false;
      int lastDataRow = 0;
      try (Stream<ReportLine> lines = section.lines()) {
        Iterator<ReportLine> iterator = lines.iterator();
        while (iterator.hasNext()) {
          ReportLine line = iterator.next();
          if (r >= MAX_SHEET_ROWS) {
            throw new IllegalArgumentException(
                "Section '"
                    + section.name()
                    + "' has more lines than an Excel sheet holds ("
                    + (MAX_SHEET_ROWS - 1)
                    + " below the header); narrow the report's filters or split it into sections");
          }
          Row row = sheet.createRow(r);
          if (line instanceof ReportLine.Detail detail) {
            if (!inGroup) {
              groupStart = r;
              inGroup = true;
            }
            writeDetail(row, detail.row(), detail.number() <= WIDTH_SAMPLE_ROWS);
            lastDataRow = r;
          } else if (line instanceof ReportLine.Subtotal subtotal) {
            // When the group column is a mixed-currency column's currency, its value is the code.
            String groupCurrency = subtotal.groupValue() instanceof String code ? code : null;
            writeTotals(
                row,
                subtotal.label(),
                subtotal.totals(),
                "SUBTOTAL(9,",
                groupStart,
                r - 1,
                groupCurrency,
                Emphasis.SUBTOTAL);
            inGroup = false;
            lastDataRow = r;
          } else if (line instanceof ReportLine.GrandTotal total) {
            writeTotals(
                row,
                total.label(),
                total.totals(),
                section.isGrouped() ? "SUBTOTAL(9," : "SUM(",
                1,
                lastDataRow,
                null,
                Emphasis.TOTAL);
          }
          r++;
        }
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastDataRow, 1), 0, width - 1));
      for (int c = 0; c < width; c++) {
        int chars = Math.max(MIN_WIDTH_CHARS, Math.min(MAX_WIDTH_CHARS, widths[c] + 1));
        sheet.setColumnWidth(c, chars * 256);
      }
      sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
      printSetup(sheet, report, section.name(), true);
    }

    private void writeDetail(Row row, ReportRow values, boolean measure) {
      for (int c = 0; c < width; c++) {
        Object value = values.get(c);
        if (value == null) {
          continue;
        }
        Cell cell = row.createCell(c);
        CellStyle style = detailStyles[c];
        if (currencyColumns[c] >= 0) {
          ReportColumn column = columns.get(c);
          style =
              styles.value(
                  ColumnKind.MONEY,
                  column.scale(),
                  (String) values.get(currencyColumns[c]),
                  Emphasis.DETAIL);
        }
        if (value instanceof String text) {
          cell.setCellValue(truncate(text));
        } else if (value instanceof Long whole) {
          cell.setCellValue(whole.doubleValue());
        } else if (value instanceof BigDecimal decimal) {
          cell.setCellValue(decimal.doubleValue());
        } else if (value instanceof LocalDate date) {
          setDate(cell, date, null);
        } else if (value instanceof Instant instant) {
          cell.setCellValue(excelSerial(instant));
        }
        if (style != null) {
          cell.setCellStyle(style);
        }
        if (measure) {
          measure(c, value);
        }
      }
    }

    private void writeTotals(
        Row row,
        String label,
        ReportRow totals,
        String function,
        int first,
        int last,
        String groupCurrency,
        Emphasis emphasis) {
      for (int c = 0; c < width; c++) {
        Cell cell = row.createCell(c);
        Object total = totals.get(c);
        ReportColumn column = columns.get(c);
        if (c == labelColumn) {
          cell.setCellValue(label);
          cell.setCellStyle(styles.text(emphasis));
          widths[c] = Math.max(widths[c], label.length() + 1);
        } else if (total != null) {
          String currency = column.hasRowCurrency() ? groupCurrency : currencyCode(column);
          double value =
              total instanceof Long whole
                  ? whole.doubleValue()
                  : ((BigDecimal) total).doubleValue();
          if (last >= first) {
            cell.setCellFormula(
                function + letters[c] + (first + 1) + ":" + letters[c] + (last + 1) + ")");
          }
          cell.setCellValue(value);
          cell.setCellStyle(styles.value(column.kind(), column.scale(), currency, emphasis));
          measure(c, total);
        } else {
          cell.setCellStyle(styles.text(emphasis));
        }
      }
    }

    private void measure(int c, Object value) {
      ReportColumn column = columns.get(c);
      int length = format.format(column, value).length();
      if (column.kind() == ColumnKind.MONEY) {
        length += 6;
      } else if (column.kind().isNumeric()) {
        length += 1;
      }
      if (length > widths[c]) {
        widths[c] = length;
      }
    }
  }
}
