package com.tickmark.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A trade file in the built-in layout as an Excel user would have it: quantities, prices,
 * commission and fees as number cells, the trade date as a date cell and the execution time as a
 * date-time cell (each when its text parses; anything else stays text), the rest as text.
 */
public final class TradeWorkbook {
  private static final Set<Integer> NUMBERS = Set.of(7, 8, 9, 10);
  private static final int TRADE_DATE = 12;
  private static final int EXECUTION_TIME = 13;

  private TradeWorkbook() {}

  /**
   * Writes {@code lines} (CSV, no quoted commas) to the sheet {@code sheet}; an empty line leaves
   * its row out.
   */
  public static Path write(Path file, String sheet, List<String> lines, String... sheetsBefore)
      throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      for (String other : sheetsBefore) {
        wb.createSheet(other).createRow(0).createCell(0).setCellValue("Trades for " + other);
      }
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      CellStyle time = wb.createCellStyle();
      time.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss.000"));
      CellStyle price = wb.createCellStyle();
      price.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
      Sheet s = wb.createSheet(sheet);
      for (int r = 0; r < lines.size(); r++) {
        if (lines.get(r).isEmpty()) {
          continue;
        }
        Row row = s.createRow(r);
        String[] cells = lines.get(r).split(",", -1);
        for (int c = 0; c < cells.length; c++) {
          String v = cells[c];
          if (v.isEmpty()) {
            continue;
          }
          Cell cell = row.createCell(c);
          if (r > 0 && NUMBERS.contains(c) && isNumber(v)) {
            cell.setCellValue(Double.parseDouble(v));
            cell.setCellStyle(price); // shown rounded and grouped; the value is what counts
          } else if (r > 0 && c == TRADE_DATE && isDate(v)) {
            cell.setCellValue(LocalDate.parse(v));
            cell.setCellStyle(date);
          } else if (r > 0 && c == EXECUTION_TIME && isInstant(v)) {
            cell.setCellValue(Instant.parse(v).atOffset(ZoneOffset.UTC).toLocalDateTime());
            cell.setCellStyle(time);
          } else {
            cell.setCellValue(v);
          }
        }
      }
      wb.write(out);
    }
    return file;
  }

  private static boolean isNumber(String v) {
    try {
      new BigDecimal(v);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isDate(String v) {
    try {
      LocalDate.parse(v);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isInstant(String v) {
    try {
      Instant.parse(v);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
