package com.tickmark.reports.pdf;

import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportChart;
import com.tickmark.model.report.ReportParameter;
import com.tickmark.model.report.ReportSection;
import com.tickmark.reports.ReportFiles;
import com.tickmark.reports.ValueFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Renders a {@link Report} to PDF for printing and sending: the title, subtitle, parameters and
 * notes at the top of the first page; each section as a table that breaks across pages repeating
 * its header row, numbers right-aligned and formatted as in the Excel rendering (money negatives in
 * brackets), subtotal and total rows in bold under a rule; then the charts, drawn as vector
 * graphics. Every page carries a running header (the title and the section) and a footer with when
 * and by whom the report was run (from the report, not the wall clock) and "Page X of Y".
 *
 * <p>Text uses the standard Helvetica fonts; characters they cannot show are replaced rather than
 * failing the rendering. Instances are immutable and may be shared.
 */
public final class PdfRenderer {
  private static final float CHART_HEIGHT = 220;
  private static final float CHART_GAP = 18;

  private final PdfOptions options;

  public PdfRenderer() {
    this(PdfOptions.a4Landscape());
  }

  public PdfRenderer(PdfOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Writes the PDF to a file, through a temporary file, so a failure never leaves half a file. */
  public void render(Report report, Path file) throws IOException {
    ReportFiles.writeAtomically(file, ".pdf", out -> render(report, out));
  }

  /** Writes the PDF to a stream, which is left open. */
  public void render(Report report, OutputStream out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "output");
    try (PDDocument document = new PDDocument()) {
      PdfFonts fonts = new PdfFonts();
      PdfPages pages = new PdfPages(document, options, fonts);
      pages.newPage();
      drawTitleBlock(pages, report);
      for (ReportSection section : report.sections()) {
        new PdfTable(pages, section).draw();
      }
      drawCharts(pages, report.charts());
      ValueFormat format = new ValueFormat();
      pages.finish(
          report.title(),
          "Run " + format.formatValue(report.runAt()) + " UTC by " + report.runBy());
      describe(document.getDocumentInformation(), report);
      document.save(out);
    }
  }

  private static void describe(PDDocumentInformation information, Report report) {
    information.setTitle(report.title());
    if (!report.subtitle().isEmpty()) {
      information.setSubject(report.subtitle());
    }
    information.setAuthor(report.runBy());
    information.setCreator("Tickmark");
    information.setProducer("Tickmark");
    Calendar runAt = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    runAt.setTimeInMillis(report.runAt().toEpochMilli());
    information.setCreationDate(runAt);
    information.setModificationDate(runAt);
  }

  private void drawTitleBlock(PdfPages pages, Report report) throws IOException {
    PdfFonts fonts = pages.fonts();
    float left = pages.left();
    pages.moveDown(4);
    pages.text(
        fonts.bold,
        16,
        left,
        pages.y() - 16,
        PdfFonts.fit(fonts.bold, 16, fonts.safe(report.title()), pages.width()),
        PdfPages.TEXT);
    pages.moveDown(22);
    if (!report.subtitle().isEmpty()) {
      pages.text(
          fonts.regular,
          10,
          left,
          pages.y() - 10,
          PdfFonts.fit(fonts.regular, 10, fonts.safe(report.subtitle()), pages.width()),
          PdfPages.MUTED);
      pages.moveDown(16);
    }
    pages.moveDown(4);
    // Parameters in a grid of label/value pairs, filling rows left to right.
    ValueFormat format = new ValueFormat();
    List<ReportParameter> parameters = report.allParameters();
    int perRow = pages.width() > 600 ? 3 : 2;
    float cell = pages.width() / perRow;
    float labelWidth = 0;
    for (ReportParameter parameter : parameters) {
      labelWidth =
          Math.max(labelWidth, PdfFonts.width(fonts.bold, 8, fonts.safe(parameter.label())));
    }
    labelWidth = Math.min(labelWidth + 8, cell * 0.45f);
    float lineHeight = 11.5f;
    for (int i = 0; i < parameters.size(); i++) {
      ReportParameter parameter = parameters.get(i);
      float x = left + (i % perRow) * cell;
      float baseline = pages.y() - 8;
      String label = PdfFonts.fit(fonts.bold, 8, fonts.safe(parameter.label()), labelWidth - 6);
      pages.text(fonts.bold, 8, x, baseline, label, PdfPages.MUTED);
      String value =
          fonts.safe(
              format.formatValue(parameter.value())
                  + (parameter.value() instanceof Instant ? " UTC" : ""));
      pages.text(
          fonts.regular,
          8,
          x + labelWidth,
          baseline,
          PdfFonts.fit(fonts.regular, 8, value, cell - labelWidth - 10),
          PdfPages.TEXT);
      if (i % perRow == perRow - 1 || i == parameters.size() - 1) {
        pages.moveDown(lineHeight);
      }
    }
    if (!report.notes().isEmpty()) {
      pages.moveDown(4);
      for (String note : report.notes()) {
        for (String line : wrap(fonts, fonts.safe(note), 7.5f, pages.width())) {
          pages.ensure(10);
          pages.text(fonts.italic, 7.5f, left, pages.y() - 7.5f, line, PdfPages.MUTED);
          pages.moveDown(10);
        }
      }
    }
    pages.moveDown(4);
    pages.line(left, pages.y(), pages.right(), pages.y(), 0.8f, PdfPages.TEXT);
    pages.moveDown(8);
  }

  /** Breaks text into lines that fit a width, at spaces where possible. */
  static List<String> wrap(PdfFonts fonts, String text, float size, float width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" +")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (PdfFonts.width(fonts.italic, size, candidate) <= width || line.isEmpty()) {
        line.setLength(0);
        line.append(candidate);
      } else {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    List<String> fitted = new ArrayList<>();
    for (String each : lines) {
      fitted.add(PdfFonts.fit(fonts.italic, size, each, width));
    }
    return fitted;
  }

  /** Charts two to a row on wide pages, one to a row on narrow ones. */
  private void drawCharts(PdfPages pages, List<ReportChart> charts) throws IOException {
    if (charts.isEmpty()) {
      return;
    }
    int perRow = pages.width() > 600 && charts.size() > 1 ? 2 : 1;
    float chartWidth = (pages.width() - (perRow - 1) * CHART_GAP) / perRow;
    PdfCharts drawer = new PdfCharts(pages);
    pages.section("Charts");
    for (int i = 0; i < charts.size(); i += perRow) {
      pages.ensure(CHART_HEIGHT + 8);
      pages.section("Charts");
      pages.moveDown(8);
      for (int j = 0; j < perRow && i + j < charts.size(); j++) {
        drawer.draw(
            charts.get(i + j),
            pages.left() + j * (chartWidth + CHART_GAP),
            pages.y(),
            chartWidth,
            CHART_HEIGHT);
      }
      pages.moveDown(CHART_HEIGHT + 8);
    }
  }
}
