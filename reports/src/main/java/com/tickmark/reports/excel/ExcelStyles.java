package com.tickmark.reports.excel;

import com.tickmark.model.report.ColumnKind;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The workbook's cell styles, created once each: a workbook holds at most 64,000 of them. */
final class ExcelStyles {
  /**
   * How a row stands out: data rows plain, subtotals bold with a rule above, totals double-ruled.
   */
  enum Emphasis {
    DETAIL,
    SUBTOTAL,
    TOTAL
  }

  static final String INTEGER = "#,##0";
  static final String DATE = "yyyy-mm-dd";
  static final String TIMESTAMP = "yyyy-mm-dd hh:mm:ss";

  private final Workbook workbook;
  private final Font regular;
  private final Font bold;
  private final Map<String, CellStyle> cache = new HashMap<>();

  ExcelStyles(XSSFWorkbook workbook) {
    this.workbook = workbook;
    // The default font names Calibri through the theme's "minor" scheme, but the workbook has no
    // theme: LibreOffice then falls back to its own font. Name the font plainly.
    // Every style also says to apply its font: LibreOffice otherwise shows such cells in the font
    // of
    // its own default cell style.
    this.regular = workbook.getFontAt(0);
    workbook.getFontAt(0).setScheme(FontScheme.NONE);
    workbook.getCellStyleAt(0).setFont(regular);
    this.bold = workbook.createFont();
    bold.setBold(true);
  }

  /** The Excel number format of a kind of column; currency only for money. */
  static String numberFormat(ColumnKind kind, int scale, String currency) {
    String digits = "#,##0" + (scale == 0 ? "" : "." + "0".repeat(scale));
    return switch (kind) {
      case TEXT -> "@";
      case INTEGER -> INTEGER;
      case DECIMAL -> digits;
      case MONEY -> digits + "_) \"" + currency + "\";[Red](" + digits + ") \"" + currency + "\"";
      case PERCENTAGE -> "0" + (scale == 0 ? "" : "." + "0".repeat(scale)) + "%";
      case DATE -> DATE;
      case TIMESTAMP -> TIMESTAMP;
    };
  }

  CellStyle header() {
    return cache.computeIfAbsent(
        "header",
        key -> {
          CellStyle style = workbook.createCellStyle();
          style.setFont(bold);
          style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
          style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
          style.setBorderBottom(BorderStyle.THIN);
          style.setVerticalAlignment(VerticalAlignment.CENTER);
          style.setWrapText(true);
          return style;
        });
  }

  /** The header of a numeric column, right-aligned over its numbers. */
  CellStyle numericHeader() {
    CellStyle header = header();
    return cache.computeIfAbsent(
        "numericHeader",
        key -> {
          CellStyle style = workbook.createCellStyle();
          style.cloneStyleFrom(header);
          style.setAlignment(HorizontalAlignment.RIGHT);
          return style;
        });
  }

  CellStyle title() {
    return cache.computeIfAbsent(
        "title",
        key -> {
          Font font = workbook.createFont();
          font.setBold(true);
          font.setFontHeightInPoints((short) 14);
          CellStyle style = workbook.createCellStyle();
          style.setFont(font);
          return style;
        });
  }

  CellStyle bold() {
    return cache.computeIfAbsent(
        "bold",
        key -> {
          CellStyle style = workbook.createCellStyle();
          style.setFont(bold);
          return style;
        });
  }

  CellStyle wrapped() {
    return cache.computeIfAbsent(
        "wrapped",
        key -> {
          CellStyle style = workbook.createCellStyle();
          style.setFont(regular);
          style.setWrapText(true);
          style.setVerticalAlignment(VerticalAlignment.TOP);
          return style;
        });
  }

  /** A parameter's value on the Parameters sheet: left-aligned under its neighbours' text. */
  CellStyle parameter(String format) {
    return cache.computeIfAbsent(
        "parameter|" + format,
        key -> {
          CellStyle style = workbook.createCellStyle();
          style.setFont(regular);
          style.setDataFormat(workbook.createDataFormat().getFormat(format));
          style.setAlignment(HorizontalAlignment.LEFT);
          return style;
        });
  }

  /** A text or empty cell of a row. */
  CellStyle text(Emphasis emphasis) {
    return cache.computeIfAbsent(
        "text|" + emphasis,
        key -> {
          CellStyle style = workbook.createCellStyle();
          style.setFont(regular);
          return emphasise(style, emphasis);
        });
  }

  /** A value cell of a kind, scale and (for money) currency. */
  CellStyle value(ColumnKind kind, int scale, String currency, Emphasis emphasis) {
    if (kind == ColumnKind.TEXT) {
      return text(emphasis);
    }
    String format = numberFormat(kind, scale, currency);
    return cache.computeIfAbsent(
        format + "|" + emphasis,
        key -> {
          CellStyle style = workbook.createCellStyle();
          style.setFont(regular);
          style.setDataFormat(workbook.createDataFormat().getFormat(format));
          return emphasise(style, emphasis);
        });
  }

  private CellStyle emphasise(CellStyle style, Emphasis emphasis) {
    if (emphasis != Emphasis.DETAIL) {
      style.setFont(bold);
      style.setBorderTop(BorderStyle.THIN);
    }
    if (emphasis == Emphasis.TOTAL) {
      style.setBorderBottom(BorderStyle.DOUBLE);
    }
    return style;
  }
}
