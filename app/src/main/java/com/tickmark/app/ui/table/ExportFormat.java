package com.tickmark.app.ui.table;

import com.tickmark.model.report.Report;
import com.tickmark.reports.PaperSize;
import com.tickmark.reports.excel.ExcelRenderer;
import com.tickmark.reports.pdf.PdfOptions;
import com.tickmark.reports.pdf.PdfRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The files an export writes: an Excel workbook to work in, or a PDF to print and send. */
public enum ExportFormat {
  XLSX("xlsx", "Excel workbook"),
  PDF("pdf", "PDF document");

  /** Tables wider than this are printed in landscape. */
  private static final int PORTRAIT_COLUMNS = 6;

  private final String extension;
  private final String description;

  ExportFormat(String extension, String description) {
    this.extension = extension;
    this.description = description;
  }

  /** "xlsx", as the audit record and file names have it. */
  public String extension() {
    return extension;
  }

  /** "Excel workbook", for file choosers. */
  public String description() {
    return description;
  }

  /** {@code name} with this format's extension, unless it has it already. */
  public String fileName(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith("." + extension) ? name : name + "." + extension;
  }

  /**
   * Writes the report to {@code file} on A4 (through a temporary file, so a failure or a
   * cancellation leaves nothing under the name). PDFs are landscape when a table has more than six
   * columns.
   */
  public void render(Report report, Path file) throws IOException {
    if (this == XLSX) {
      new ExcelRenderer(PaperSize.A4).render(report, file);
    } else {
      boolean wide =
          report.sections().stream().anyMatch(s -> s.columns().size() > PORTRAIT_COLUMNS);
      new PdfRenderer(new PdfOptions(PaperSize.A4, wide)).render(report, file);
    }
  }
}
