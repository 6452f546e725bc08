package com.tickmark.reports.pdf;

import com.tickmark.model.report.ColumnKind;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportLine;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.ReportSection;
import com.tickmark.reports.ValueFormat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws a section as a table that breaks across pages, repeating its header row on each. Column
 * widths follow the content of the first {@value #SAMPLE_LINES} lines (all of them in a report of
 * ordinary size): numbers and dates keep their natural width, text shares what is left and is cut
 * with an ellipsis when it does not fit; when even the numbers do not fit, the font shrinks. A
 * number is never cut: one wider than its column is shrunk, or shown as ####.
 */
final class PdfTable {
  static final int SAMPLE_LINES = 500;
  private static final float BASE_SIZE = 8f;
  private static final float[] SIZES = {8f, 7.5f, 7f, 6.5f, 6f};
  private static final float PADDING = 3f;
  private static final float MIN_TEXT_WIDTH = 36f;
  private static final float MIN_NUMBER_SIZE = 4f;
  private static final int HEADER_FILL = 0xE3E8EF;
  private static final int STRIPE_FILL = 0xF5F7FA;
  private static final int SUBTOTAL_FILL = 0xEDF0F4;
  private static final int NEGATIVE = 0xB00020;

  private final PdfPages pages;
  private final PdfFonts fonts;
  private final ReportSection section;
  private final List<ReportColumn> columns;
  private final ValueFormat format = new ValueFormat();
  private final String[] headers;
  private final int labelColumn;
  private float size = BASE_SIZE;
  private float rowHeight;
  private float[] widths;
  private float[] lefts;
  private int detailCount;

  PdfTable(PdfPages pages, ReportSection section) {
    this.pages = pages;
    this.fonts = pages.fonts();
    this.section = section;
    this.columns = section.columns();
    this.labelColumn = section.labelColumn();
    this.headers = new String[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      ReportColumn column = columns.get(c);
      String header =
          column.currency() == null
              ? column.name()
              : column.name() + " (" + column.currency() + ")";
      headers[c] = fonts.safe(header);
    }
  }

  void draw() throws IOException {
    try (Stream<ReportLine> lines = section.lines()) {
      Iterator<ReportLine> iterator = lines.iterator();
      List<ReportLine> sample = new ArrayList<>();
      while (sample.size() < SAMPLE_LINES && iterator.hasNext()) {
        sample.add(iterator.next());
      }
      layOut(sample, !iterator.hasNext());
      float heading = 22;
      pages.ensure(heading + rowHeight * 3);
      pages.section(section.name());
      pages.moveDown(6);
      pages.text(
          fonts.bold, 11, pages.left(), pages.y() - 11, fonts.safe(section.name()), PdfPages.TEXT);
      pages.moveDown(heading - 6);
      drawHeader();
      if (sample.stream().noneMatch(line -> line instanceof ReportLine.Detail)) {
        drawEmpty();
      }
      for (ReportLine line : sample) {
        drawLine(line);
      }
      while (iterator.hasNext()) {
        drawLine(iterator.next());
      }
      pages.moveDown(10);
    }
  }

  private void layOut(List<ReportLine> sample, boolean complete) {
    int n = columns.size();
    float[] natural = new float[n];
    for (int c = 0; c < n; c++) {
      natural[c] = PdfFonts.width(fonts.bold, BASE_SIZE, headers[c]);
    }
    for (ReportLine line : sample) {
      if (line instanceof ReportLine.Detail detail) {
        measure(natural, detail.row(), fonts.regular);
      } else if (line instanceof ReportLine.Subtotal subtotal) {
        measure(natural, subtotal.totals(), fonts.bold);
      } else if (line instanceof ReportLine.GrandTotal total) {
        measure(natural, total.totals(), fonts.bold);
      }
    }
    for (int c = 0; c < n; c++) {
      if (!complete && section.isTotalled(c)) {
        natural[c] += PdfFonts.width(fonts.bold, BASE_SIZE, "000,000");
      }
      natural[c] += 2 * PADDING;
    }
    float available = pages.width();
    float fixed = 0;
    float flexible = 0;
    for (int c = 0; c < n; c++) {
      if (columns.get(c).kind() == ColumnKind.TEXT) {
        flexible += Math.min(natural[c], MIN_TEXT_WIDTH);
      } else {
        fixed += natural[c];
      }
    }
    float all = 0;
    for (float width : natural) {
      all += width;
    }
    // Prefer a slightly smaller font to cutting text; below 7 points, cut text rather than shrink.
    size = 0;
    for (float candidate : SIZES) {
      if (size == 0 && candidate >= 7f && all * candidate / BASE_SIZE <= available) {
        size = candidate;
      }
    }
    for (float candidate : SIZES) {
      if (size == 0 && (fixed + flexible) * candidate / BASE_SIZE <= available) {
        size = candidate;
      }
    }
    if (size == 0) {
      size = SIZES[SIZES.length - 1];
    }
    float scale = size / BASE_SIZE;
    rowHeight = size * 1.55f;
    widths = new float[n];
    float total = 0;
    for (int c = 0; c < n; c++) {
      widths[c] = natural[c] * scale;
      total += widths[c];
    }
    if (total <= available) {
      for (int c = 0; c < n; c++) {
        widths[c] *= available / total;
      }
    } else {
      shrinkText(available, scale);
    }
    lefts = new float[n];
    float x = pages.left();
    for (int c = 0; c < n; c++) {
      lefts[c] = x;
      x += widths[c];
    }
  }

  /** Text columns share the width the others leave, in proportion to their content. */
  private void shrinkText(float available, float scale) {
    float fixed = 0;
    float text = 0;
    for (int c = 0; c < widths.length; c++) {
      if (columns.get(c).kind() == ColumnKind.TEXT) {
        text += widths[c];
      } else {
        fixed += widths[c];
      }
    }
    float left = available - fixed;
    if (left <= 0 || text == 0) {
      float all = fixed + text;
      for (int c = 0; c < widths.length; c++) {
        widths[c] *= available / all;
      }
      return;
    }
    // Each text column first gets its minimum (or its content, if narrower); what is left is
    // shared in proportion to how much more each one's content needs.
    float minimum = MIN_TEXT_WIDTH * scale;
    float floors = 0;
    float wants = 0;
    float[] floor = new float[widths.length];
    for (int c = 0; c < widths.length; c++) {
      if (columns.get(c).kind() == ColumnKind.TEXT) {
        floor[c] = Math.min(widths[c], minimum);
        floors += floor[c];
        wants += widths[c] - floor[c];
      }
    }
    float spare = Math.max(0, left - floors);
    float squeeze = floors > left ? left / floors : 1;
    for (int c = 0; c < widths.length; c++) {
      if (columns.get(c).kind() == ColumnKind.TEXT) {
        float want = widths[c] - floor[c];
        widths[c] = floor[c] * squeeze + (wants == 0 ? 0 : spare * want / wants);
      }
    }
  }

  private void measure(float[] natural, ReportRow row, PDFont font) {
    for (int c = 0; c < natural.length; c++) {
      Object value = row.get(c);
      if (value != null) {
        float width =
            PdfFonts.width(font, BASE_SIZE, fonts.safe(format.format(columns.get(c), value)));
        if (width > natural[c]) {
          natural[c] = width;
        }
      }
    }
  }

  private float baseline(float rowTop) {
    return rowTop - rowHeight + (rowHeight - size * 0.72f) / 2f;
  }

  private void drawHeader() throws IOException {
    float top = pages.y();
    pages.fill(pages.left(), top - rowHeight, pages.width(), rowHeight, HEADER_FILL);
    for (int c = 0; c < columns.size(); c++) {
      String text = PdfFonts.fit(fonts.bold, size, headers[c], widths[c] - 2 * PADDING);
      if (columns.get(c).kind() == ColumnKind.TEXT) {
        pages.text(fonts.bold, size, lefts[c] + PADDING, baseline(top), text, PdfPages.TEXT);
      } else {
        pages.textRight(
            fonts.bold, size, lefts[c] + widths[c] - PADDING, baseline(top), text, PdfPages.TEXT);
      }
    }
    pages.line(pages.left(), top - rowHeight, pages.right(), top - rowHeight, 0.6f, PdfPages.RULE);
    pages.moveDown(rowHeight);
  }

  private void drawEmpty() throws IOException {
    pages.ensure(rowHeight);
    pages.text(
        fonts.italic,
        size,
        pages.left() + PADDING,
        baseline(pages.y()),
        "No rows.",
        PdfPages.MUTED);
    pages.moveDown(rowHeight);
  }

  private void drawLine(ReportLine line) throws IOException {
    float needed = line instanceof ReportLine.GrandTotal ? rowHeight + 3 : rowHeight;
    if (pages.ensure(needed)) {
      pages.section(section.name());
      drawHeader();
    }
    float top = pages.y();
    if (line instanceof ReportLine.Detail detail) {
      if (detailCount++ % 2 == 1) {
        pages.fill(pages.left(), top - rowHeight, pages.width(), rowHeight, STRIPE_FILL);
      }
      drawCells(detail.row(), fonts.regular, top);
    } else if (line instanceof ReportLine.Subtotal subtotal) {
      pages.fill(pages.left(), top - rowHeight, pages.width(), rowHeight, SUBTOTAL_FILL);
      pages.line(pages.left(), top, pages.right(), top, 0.5f, PdfPages.RULE);
      drawLabel(subtotal.label(), subtotal.totals(), top);
      drawCells(subtotal.totals(), fonts.bold, top);
      detailCount = 0;
    } else if (line instanceof ReportLine.GrandTotal total) {
      pages.line(pages.left(), top, pages.right(), top, 0.8f, PdfPages.TEXT);
      drawLabel(total.label(), total.totals(), top);
      drawCells(total.totals(), fonts.bold, top);
      float bottom = top - rowHeight;
      pages.line(pages.left(), bottom, pages.right(), bottom, 0.5f, PdfPages.TEXT);
      pages.line(pages.left(), bottom - 1.6f, pages.right(), bottom - 1.6f, 0.5f, PdfPages.TEXT);
      pages.moveDown(3);
    }
    pages.moveDown(rowHeight);
  }

  /** A totals label may run on over the empty cells to its right. */
  private void drawLabel(String label, ReportRow totals, float top) throws IOException {
    if (labelColumn < 0) {
      return;
    }
    int end = labelColumn + 1;
    while (end < columns.size() && totals.get(end) == null) {
      end++;
    }
    float room =
        (end < columns.size() ? lefts[end] : pages.right()) - lefts[labelColumn] - 2 * PADDING;
    pages.text(
        fonts.bold,
        size,
        lefts[labelColumn] + PADDING,
        baseline(top),
        PdfFonts.fit(fonts.bold, size, fonts.safe(label), room),
        PdfPages.TEXT);
  }

  private void drawCells(ReportRow row, PDFont font, float top) throws IOException {
    float baseline = baseline(top);
    for (int c = 0; c < columns.size(); c++) {
      Object value = row.get(c);
      if (value == null) {
        continue;
      }
      ReportColumn column = columns.get(c);
      float room = widths[c] - 2 * PADDING;
      String text = fonts.safe(format.format(column, value));
      if (column.kind() == ColumnKind.TEXT) {
        pages.text(
            font,
            size,
            lefts[c] + PADDING,
            baseline,
            PdfFonts.fit(font, size, text, room),
            PdfPages.TEXT);
      } else {
        // A number cut short would mislead: shrink it to fit, or show #### as a spreadsheet does.
        float cellSize = size;
        float width = PdfFonts.width(font, size, text);
        if (width > room) {
          cellSize = Math.max(MIN_NUMBER_SIZE, size * room / width);
          if (PdfFonts.width(font, cellSize, text) > room) {
            text = "#".repeat(Math.max(1, (int) (room / PdfFonts.width(font, size, "#"))));
            cellSize = size;
          }
        }
        int colour =
            column.kind() == ColumnKind.MONEY && text.startsWith("(") ? NEGATIVE : PdfPages.TEXT;
        pages.textRight(font, cellSize, lefts[c] + widths[c] - PADDING, baseline, text, colour);
      }
    }
  }
}
