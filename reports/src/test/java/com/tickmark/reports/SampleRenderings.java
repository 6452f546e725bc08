package com.tickmark.reports;

import com.tickmark.reports.excel.ExcelRenderer;
import com.tickmark.reports.pdf.PdfOptions;
import com.tickmark.reports.pdf.PdfRenderer;
import java.io.IOException;
import java.nio.file.Path;

/** Writes the sample report as PDF and Excel for the documentation; see reports/make-samples.sh. */
public final class SampleRenderings {
  private SampleRenderings() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : ".");
    new PdfRenderer(PdfOptions.a4Portrait())
        .render(SampleReports.pnlByBook(), folder.resolve("report-sample.pdf"));
    new ExcelRenderer().render(SampleReports.pnlByBook(), folder.resolve("report-sample.xlsx"));
  }
}
