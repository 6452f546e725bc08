package com.tickmark.reports.excel;

import com.tickmark.model.report.ColumnKind;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The workbook's cell styles, created once each: a workbook holds at most 64,000 of them. */
final class ExcelStyles {
  /** How a row stands out: data rows plain, subtotals bold with a rule above, totals double-ruled. */
  enum Emphasis { DETAIL, SUBTOTAL, TOTAL }

  static final String INTEGER = "#,##0";
  static final String DATE = "yyyy-mm-dd";
  static final String TIMESTAMP = "yyyy-mm-dd hh:mm:ss";

  private final Workbook workbook;
  private final Font bold;
  private final Map<String, CellStyle> cache = new HashMap<>();

  ExcelStyles(Workbook workbook) {
    this.workbook = workbook;
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
    return cache.computeIfAbsent("header", key -> {
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
    return cache.computeIfAbsent("numericHeader", key -> {
      CellStyle style = workbook.createCellStyle();
      style.cloneStyleFrom(header);
      style.setAlignment(HorizontalAlignment.RIGHT);
      return style;
    });
  }

  CellStyle title() {
    return cache.computeIfAbsent("title", key -> {
      Font font = workbook.createFont();
      font.setBold(true);
      font.setFontHeightInPoints((short) 14);
      CellStyle style = workbook.createCellStyle();
      style.setFont(font);
      return style;
    });
  }

  CellStyle bold() {
    return cache.computeIfAbsent("bold", key -> {
      CellStyle style = workbook.createCellStyle();
      style.setFont(bold);
      return style;
    });
  }

  CellStyle wrapped() {
    return cache.computeIfAbsent("wrapped", key -> {
      CellStyle style = workbook.createCellStyle();
      style.setWrapText(true);
      style.setVerticalAlignment(VerticalAlignment.TOP);
      return style;
    });
  }

  /** A parameter's value on the Parameters sheet: left-aligned under its neighbours' text. */
  CellStyle parameter(String format) {
    return cache.computeIfAbsent("parameter|" + format, key -> {
      CellStyle style = workbook.createCellStyle();
      style.setDataFormat(workbook.createDataFormat().getFormat(format));
      style.setAlignment(HorizontalAlignment.LEFT);
      return style;
    });
  }

  /** A text or empty cell of a row; null (the default style) for plain data text. */
  CellStyle text(Emphasis emphasis) {
    if (emphasis == Emphasis.DETAIL) {
      return null;
    }
    return cache.computeIfAbsent("text|" + emphasis, key -> emphasise(workbook.createCellStyle(), emphasis));
  }

  /** A value cell of a kind, scale and (for money) currency. */
  CellStyle value(ColumnKind kind, int scale, String currency, Emphasis emphasis) {
    if (kind == ColumnKind.TEXT) {
      return text(emphasis);
    }
    String format = numberFormat(kind, scale, currency);
    return cache.computeIfAbsent(format + "|" + emphasis, key -> {
      CellStyle style = workbook.createCellStyle();
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
