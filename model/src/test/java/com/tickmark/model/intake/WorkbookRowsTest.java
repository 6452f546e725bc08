package com.tickmark.model.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookRowsTest {
  @TempDir Path dir;

  /**
   * Row 1 a header; row 2 every kind of value; row 3 empty (no row at all); row 4 a short row; row
   * 5 formulas; rows 6-7 absent; row 8 a last row. Columns: text, date, time, number, number,
   * formula.
   */
  private static void fill(Workbook wb) {
    CreationHelper help = wb.getCreationHelper();
    CellStyle date = wb.createCellStyle();
    date.setDataFormat(help.createDataFormat().getFormat("dd/mm/yyyy"));
    CellStyle builtInDate = wb.createCellStyle();
    builtInDate.setDataFormat((short) 14); // m/d/yy, shown in the reader's locale
    CellStyle time = wb.createCellStyle();
    time.setDataFormat(help.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss.000"));
    CellStyle grouped = wb.createCellStyle();
    grouped.setDataFormat(help.createDataFormat().getFormat("#,##0.00"));
    Sheet s = wb.createSheet("Trades");
    wb.createSheet("Other").createRow(0).createCell(0).setCellValue("other sheet");
    Row h = s.createRow(0);
    String[] header = {
      "exec_id", "trade_date", "execution_time", "price", "quantity", "gross", "note"
    };
    for (int i = 0; i < header.length; i++) {
      h.createCell(i).setCellValue(header[i]);
    }
    Row r = s.createRow(1);
    r.createCell(0).setCellValue("E-1");
    r.createCell(1).setCellValue(LocalDate.of(2025, 11, 20));
    r.getCell(1).setCellStyle(date);
    r.createCell(2).setCellValue(LocalDateTime.of(2025, 11, 20, 14, 31, 5, 123_000_000));
    r.getCell(2).setCellStyle(time);
    r.createCell(3).setCellValue(0.1);
    r.createCell(4).setCellValue(1234567.891);
    r.getCell(4).setCellStyle(grouped); // shown 1,234,567.89: the value is written, not the display
    r.createCell(5).setCellValue(1e20);
    r.createCell(6).setCellValue("Smith, \"Bob\"\nsecond line");
    Row shortRow = s.createRow(3);
    shortRow.createCell(0).setCellValue("E-2");
    shortRow.createCell(1).setCellValue(LocalDate.of(2025, 1, 2));
    shortRow.getCell(1).setCellStyle(builtInDate);
    shortRow.createCell(3).setCellValue(-42);
    Row f = s.createRow(4);
    f.createCell(0).setCellFormula("\"E-\"&(1+2)");
    f.createCell(1).setCellFormula("DATE(2025,11,19)");
    f.getCell(1).setCellStyle(date);
    f.createCell(3).setCellFormula("0.1+0.2");
    f.createCell(4).setCellFormula("D2*3");
    f.createCell(5).setCellFormula("1/0");
    f.createCell(6).setCellFormula("D2>0");
    s.createRow(7).createCell(0).setCellValue("last");
    wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
  }

  private Path xlsx(String name) throws IOException {
    Path file = dir.resolve(name);
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      fill(wb);
      wb.write(out);
    }
    return file;
  }

  private Path xls(String name) throws IOException {
    Path file = dir.resolve(name);
    try (HSSFWorkbook wb = new HSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      fill(wb);
      wb.write(out);
    }
    return file;
  }

  /** Each row read, as {@code LINE: row as a line of the layout}. */
  private static List<String> lines(Path workbook, String sheet, IntakeLayout layout)
      throws IOException {
    return lines(workbook, sheet, layout, ImportMonitor.NONE);
  }

  private static List<String> lines(
      Path workbook, String sheet, IntakeLayout layout, ImportMonitor monitor) throws IOException {
    List<String> lines = new ArrayList<>();
    new WorkbookRows(workbook, sheet, layout, monitor)
        .read(row -> lines.add(row.line() + ": " + row.raw()));
    return lines;
  }

  static final List<String> EXPECTED =
      List.of(
          "1: exec_id,trade_date,execution_time,price,quantity,gross,note",
          "2: E-1,2025-11-20,2025-11-20T14:31:05.123Z,0.1,1234567.891,100000000000000000000,"
              + "\"Smith, \"\"Bob\"\" second line\"",
          "4: E-2,2025-01-02,,-42,,,",
          "5: E-3,2025-11-19,,0.3,0.3,#DIV/0!,TRUE",
          "8: last,,,,,,");

  @Test
  void readsEachRowWithValuesNotTheirDisplayAndRowNumbersAsLineNumbers() throws IOException {
    assertThat(lines(xlsx("trades.xlsx"), null, IntakeLayout.csv()))
        .containsExactlyElementsOf(EXPECTED);
  }

  @Test
  void readsAnXlsWorkbookTheSameWay() throws IOException {
    assertThat(lines(xls("trades.xls"), null, IntakeLayout.csv()))
        .containsExactlyElementsOf(EXPECTED);
  }

  @Test
  void givesCellsAsTypedValues() throws IOException {
    List<Object[]> rows = new ArrayList<>();
    new WorkbookRows(xlsx("typed.xlsx"), null, IntakeLayout.csv(), ImportMonitor.NONE)
        .read(r -> rows.add(new Object[] {r.value(1), r.value(2), r.value(3), r.value(4)}));
    assertThat(rows.get(1))
        .containsExactly(
            LocalDate.of(2025, 11, 20),
            LocalDateTime.of(2025, 11, 20, 14, 31, 5, 123_000_000),
            new BigDecimal("0.1"),
            new BigDecimal("1234567.891"));
    assertThat(rows.get(2)[0]).isEqualTo(LocalDate.of(2025, 1, 2));
  }

  @Test
  void writesDatesNumbersAndDelimitersInTheLayoutAsked() throws IOException {
    IntakeLayout german =
        new IntakeLayout(
            ';',
            ',',
            DateTimeFormatter.ofPattern("dd.MM.yyyy"),
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss"));
    List<String> lines = lines(xlsx("de.xlsx"), "trades", german);
    assertThat(lines.get(1))
        .isEqualTo(
            "2: E-1;20.11.2025;20.11.2025 14:31:05;0,1;1234567,891;100000000000000000000;\"Smith,"
                + " \"\"Bob\"\" second line\"");
    assertThat(lines.get(2)).isEqualTo("4: E-2;02.01.2025;;-42;;;");
  }

  @Test
  void roundsBinaryNoiseToExcelsFifteenDigits() {
    IntakeLayout csv = IntakeLayout.csv();
    assertThat(csv.text(WorkbookRows.decimal(0.1 + 0.2))).isEqualTo("0.3");
    assertThat(WorkbookRows.decimal(0.1 + 0.2)).isEqualTo(new BigDecimal("0.3"));
    assertThat(csv.text(WorkbookRows.decimal(1234567.891))).isEqualTo("1234567.891");
    assertThat(csv.text(WorkbookRows.decimal(100.0))).isEqualTo("100");
    assertThat(csv.text(WorkbookRows.decimal(1e-7))).isEqualTo("0.0000001");
    assertThat(csv.text(WorkbookRows.decimal(-0.0))).isEqualTo("0");
    IntakeLayout comma =
        new IntakeLayout(';', ',', DateTimeFormatter.ISO_LOCAL_DATE, IntakeLayout.ISO_UTC);
    assertThat(comma.text(WorkbookRows.decimal(12.5))).isEqualTo("12,5");
  }

  @Test
  void readsANamedSheetAndNamesTheSheetsWhenTheOneAskedForIsMissing() throws IOException {
    Path file = xlsx("two.xlsx");
    assertThat(lines(file, "other", IntakeLayout.csv())).containsExactly("1: other sheet");
    assertThatThrownBy(() -> lines(file, "Fills", IntakeLayout.csv()))
        .isInstanceOf(WorkbookException.class)
        .hasMessage("two.xlsx has no sheet 'Fills'; its sheets are Trades, Other.");
    Path old = xls("two.xls");
    assertThatThrownBy(() -> lines(old, "Fills", IntakeLayout.csv()))
        .isInstanceOf(WorkbookException.class)
        .hasMessage("two.xls has no sheet 'Fills'; its sheets are Trades, Other.");
  }

  @Test
  void theFirstRowWithAValueIsTheHeader() throws IOException {
    Path file = dir.resolve("late-header.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet s = wb.createSheet();
      s.createRow(0); // an empty row
      Row h = s.createRow(2);
      h.createCell(1).setCellValue("Qty");
      h.createCell(2).setCellValue("Px, EUR");
      s.createRow(3).createCell(1).setCellValue(5);
      wb.write(out);
    }
    assertThat(WorkbookRows.firstRow(file, null, IntakeLayout.csv())).isEqualTo(",Qty,\"Px, EUR\"");
  }

  @Test
  void aFileThatIsNotAWorkbookIsRefusedWithItsName() throws IOException {
    Path text =
        Files.writeString(
            dir.resolve("trades.xlsx"), "exec_id,book\nE-1,EQ\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> lines(text, null, IntakeLayout.csv()))
        .isInstanceOf(WorkbookException.class)
        .hasMessageStartingWith("trades.xlsx is not an Excel workbook that Tickmark can read");
    Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
    assertThatThrownBy(() -> lines(empty, null, IntakeLayout.csv()))
        .isInstanceOf(WorkbookException.class)
        .hasMessageStartingWith("empty.xlsx is not an Excel workbook that Tickmark can read");
    Path page =
        Files.writeString(
            dir.resolve("export.xls"),
            "<html><body><table><tr><td>1</td></tr></table></body></html>");
    assertThatThrownBy(() -> lines(page, null, IntakeLayout.csv()))
        .isInstanceOf(WorkbookException.class)
        .hasMessageStartingWith("export.xls is not an Excel workbook but a web page");
    Path zip = dir.resolve("archive.zip");
    try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("readme.txt"));
      out.write("hello".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(WorkbookRows.isWorkbook(zip))
        .as("a ZIP container is read as a workbook, to be refused with a message")
        .isTrue();
    assertThatThrownBy(() -> lines(zip, null, IntakeLayout.csv()))
        .isInstanceOf(WorkbookException.class)
        .hasMessageStartingWith("archive.zip is not an Excel workbook that Tickmark can read");
  }

  @Test
  void aWorkbookProtectedWithAPasswordIsRefusedWithItsName() throws Exception {
    Path plain = xlsx("plain.xlsx");
    Path locked = dir.resolve("locked.xlsx");
    EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
    Encryptor encryptor = info.getEncryptor();
    encryptor.confirmPassword("secret");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      try (OutputStream os = encryptor.getDataStream(fs)) {
        Files.copy(plain, os);
      }
      try (OutputStream out = Files.newOutputStream(locked)) {
        fs.writeFilesystem(out);
      }
    }
    assertThat(WorkbookRows.isWorkbook(locked)).isTrue();
    assertThatThrownBy(() -> lines(locked, null, IntakeLayout.csv()))
        .isInstanceOf(WorkbookException.class)
        .hasMessageStartingWith("locked.xlsx is protected with a password");
  }

  @Test
  void onlyWorkbooksAreReadAsWorkbooks() throws IOException {
    assertThat(WorkbookRows.isWorkbook(Files.writeString(dir.resolve("t.csv"), "a,b\n"))).isFalse();
    assertThat(WorkbookRows.isWorkbook(Files.writeString(dir.resolve("empty.csv"), ""))).isFalse();
    assertThat(WorkbookRows.isWorkbook(xlsx("named.csv")))
        .as("by content, whatever the name")
        .isTrue();
    assertThat(WorkbookRows.isWorkbook(xls("old.XLS"))).isTrue();
  }

  @Test
  void streamsALargeSheetRowByRowAndStopsWhenCancelled() throws IOException {
    int rows = 100_000;
    Path file = dir.resolve("large.xlsx");
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
        OutputStream out = Files.newOutputStream(file)) {
      Sheet s = wb.createSheet("Trades");
      s.createRow(0).createCell(0).setCellValue("exec_id");
      for (int i = 1; i <= rows; i++) {
        Row r = s.createRow(i);
        r.createCell(0).setCellValue("L-" + i);
        r.createCell(1).setCellValue(i + 0.25);
      }
      wb.write(out);
      wb.dispose();
    }
    long[] seen = new long[2];
    List<String> lines =
        lines(
            file,
            null,
            IntakeLayout.csv(),
            new ImportMonitor() {
              @Override
              public void progress(long done, long total) {
                seen[0] = done;
                seen[1] = total;
              }

              @Override
              public boolean isCancelled() {
                return false;
              }
            });
    assertThat(lines).hasSize(rows + 1);
    assertThat(lines.get(1)).isEqualTo("2: L-1,1.25");
    assertThat(lines.get(rows)).isEqualTo((rows + 1) + ": L-" + rows + "," + rows + ".25");
    assertThat(seen[0]).as("progress reaches the end of the sheet").isPositive().isEqualTo(seen[1]);

    assertThatThrownBy(
            () ->
                lines(
                    file,
                    null,
                    IntakeLayout.csv(),
                    new ImportMonitor() {
                      @Override
                      public void progress(long done, long total) {
                        // not watched
                      }

                      @Override
                      public boolean isCancelled() {
                        return true;
                      }
                    }))
        .isInstanceOf(CancellationException.class);
  }
}
