package com.tickmark.reports.pdf;

import com.tickmark.model.report.ChartSeries;
import com.tickmark.model.report.ChartType;
import com.tickmark.model.report.ReportChart;
import com.tickmark.reports.ChartPalette;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws charts as vector graphics: a title, axes with gridlines and labels, the data and a legend.
 */
final class PdfCharts {
  private static final int GRID = 0xE1E5EA;
  private static final int AXIS = 0x8C96A3;
  private static final float LABEL_SIZE = 7f;
  private static final float TITLE_SIZE = 9.5f;
  private static final float LEGEND_SIZE = 7.5f;

  private final PdfPages pages;
  private final PdfFonts fonts;

  PdfCharts(PdfPages pages) {
    this.pages = pages;
    this.fonts = pages.fonts();
  }

  /** Draws a chart in the box whose top-left corner is (x, top). */
  void draw(ReportChart chart, float x, float top, float width, float height) throws IOException {
    pages.line(x, top, x + width, top, 0.5f, AXIS);
    String title = PdfFonts.fit(fonts.bold, TITLE_SIZE, fonts.safe(chart.title()), width);
    pages.textCentred(fonts.bold, TITLE_SIZE, x + width / 2, top - 14, title, PdfPages.TEXT);
    float plotTop = top - 24;
    if (chart.type() == ChartType.PIE) {
      drawPie(chart, x, plotTop, width, height - 24);
    } else {
      List<String> names = chart.series().stream().map(ChartSeries::name).toList();
      float legendHeight = legend(names, x, top - height, width, false);
      drawAxes(chart, x, plotTop, width, height - 24 - legendHeight);
    }
  }

  /**
   * Draws the legend centred along the bottom of the box, wrapping as needed; returns its height.
   */
  private float legend(List<String> labels, float x, float bottom, float width, boolean measureOnly)
      throws IOException {
    float swatch = 7;
    float gap = 12;
    List<List<Integer>> rows = new ArrayList<>();
    List<Float> rowWidths = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    float currentWidth = 0;
    for (int i = 0; i < labels.size(); i++) {
      float item =
          swatch + 4 + PdfFonts.width(fonts.regular, LEGEND_SIZE, fonts.safe(labels.get(i)));
      if (!current.isEmpty() && currentWidth + gap + item > width) {
        rows.add(current);
        rowWidths.add(currentWidth);
        current = new ArrayList<>();
        currentWidth = 0;
      }
      currentWidth += (current.isEmpty() ? 0 : gap) + item;
      current.add(i);
    }
    rows.add(current);
    rowWidths.add(currentWidth);
    float lineHeight = 11;
    float height = rows.size() * lineHeight + 4;
    if (measureOnly) {
      return height;
    }
    for (int r = 0; r < rows.size(); r++) {
      float baseline = bottom + height - (r + 1) * lineHeight + 2;
      float cursor = x + (width - Math.min(width, rowWidths.get(r))) / 2;
      for (int i : rows.get(r)) {
        pages.fill(cursor, baseline, swatch, swatch, ChartPalette.rgb(i));
        cursor += swatch + 4;
        String label = fonts.safe(labels.get(i));
        pages.text(fonts.regular, LEGEND_SIZE, cursor, baseline + 0.5f, label, PdfPages.TEXT);
        cursor += PdfFonts.width(fonts.regular, LEGEND_SIZE, label) + gap;
      }
    }
    return height;
  }

  private void drawAxes(ReportChart chart, float x, float top, float width, float height)
      throws IOException {
    double min = 0;
    double max = 0;
    for (ChartSeries series : chart.series()) {
      for (double value : series.values()) {
        min = Math.min(min, value);
        max = Math.max(max, value);
      }
    }
    if (min == max) {
      max = 1;
    }
    Ticks ticks = Ticks.of(min, max, 5);
    List<String> tickLabels = new ArrayList<>();
    float labelWidth = 0;
    for (int i = 0; i <= ticks.count(); i++) {
      String label = ticks.label(i);
      tickLabels.add(label);
      labelWidth = Math.max(labelWidth, PdfFonts.width(fonts.regular, LABEL_SIZE, label));
    }
    boolean axisTitle = !chart.valueAxisTitle().isEmpty();
    float plotLeft = x + labelWidth + 6 + (axisTitle ? 12 : 0);
    float plotRight = x + width - 6;
    float plotBottom = top - height + 16;
    float plotTop = top - 4;
    float plotWidth = plotRight - plotLeft;
    float plotHeight = plotTop - plotBottom;
    if (plotWidth <= 10 || plotHeight <= 10) {
      return;
    }
    // Gridlines and value labels.
    for (int i = 0; i <= ticks.count(); i++) {
      float ty =
          (float)
              (plotBottom
                  + (ticks.value(i) - ticks.low()) / (ticks.high() - ticks.low()) * plotHeight);
      pages.line(plotLeft, ty, plotRight, ty, 0.4f, GRID);
      pages.textRight(
          fonts.regular, LABEL_SIZE, plotLeft - 4, ty - 2.5f, tickLabels.get(i), PdfPages.MUTED);
    }
    float zero =
        (float) (plotBottom + (0 - ticks.low()) / (ticks.high() - ticks.low()) * plotHeight);
    if (axisTitle) {
      PDPageContentStream content = pages.content();
      content.beginText();
      content.setFont(fonts.regular, LABEL_SIZE);
      pages.colour(PdfPages.MUTED);
      String title = fonts.safe(chart.valueAxisTitle());
      float titleWidth = PdfFonts.width(fonts.regular, LABEL_SIZE, title);
      content.setTextMatrix(
          Matrix.getRotateInstance(Math.PI / 2, x + 7, plotBottom + (plotHeight - titleWidth) / 2));
      content.showText(title);
      content.endText();
    }
    int categories = chart.categories().size();
    float slot = plotWidth / categories;
    if (chart.type() == ChartType.BAR) {
      int seriesCount = chart.series().size();
      float group = slot * 0.72f;
      float bar = group / seriesCount;
      for (int s = 0; s < seriesCount; s++) {
        List<Double> values = chart.series().get(s).values();
        for (int i = 0; i < categories; i++) {
          float value =
              (float)
                  ((values.get(i) - ticks.low()) / (ticks.high() - ticks.low()) * plotHeight
                      + plotBottom);
          float bx = plotLeft + i * slot + (slot - group) / 2 + s * bar;
          pages.fill(
              bx + 0.5f,
              Math.min(zero, value),
              Math.max(0.5f, bar - 1f),
              Math.abs(value - zero),
              ChartPalette.rgb(s));
        }
      }
    } else {
      PDPageContentStream content = pages.content();
      for (int s = 0; s < chart.series().size(); s++) {
        List<Double> values = chart.series().get(s).values();
        int rgb = ChartPalette.rgb(s);
        content.setStrokingColor(PdfPages.red(rgb), PdfPages.green(rgb), PdfPages.blue(rgb));
        content.setLineWidth(1.6f);
        content.setLineJoinStyle(1);
        content.setLineCapStyle(1);
        for (int i = 0; i < categories; i++) {
          float px = plotLeft + i * slot + slot / 2;
          float py =
              (float)
                  ((values.get(i) - ticks.low()) / (ticks.high() - ticks.low()) * plotHeight
                      + plotBottom);
          if (i == 0) {
            content.moveTo(px, py);
          } else {
            content.lineTo(px, py);
          }
        }
        if (categories == 1) {
          float px = plotLeft + slot / 2;
          float py =
              (float)
                  ((values.get(0) - ticks.low()) / (ticks.high() - ticks.low()) * plotHeight
                      + plotBottom);
          content.lineTo(px + 0.1f, py);
        }
        content.stroke();
      }
    }
    pages.line(plotLeft, zero, plotRight, zero, 0.8f, AXIS);
    pages.line(plotLeft, plotBottom, plotLeft, plotTop, 0.6f, AXIS);
    // Category labels, thinned out when they would overlap.
    float widest = 0;
    for (String category : chart.categories()) {
      widest = Math.max(widest, PdfFonts.width(fonts.regular, LABEL_SIZE, fonts.safe(category)));
    }
    int every = Math.max(1, (int) Math.ceil((widest + 4) / slot));
    for (int i = 0; i < categories; i += every) {
      float centre = plotLeft + i * slot + slot / 2;
      String label =
          PdfFonts.fit(
              fonts.regular, LABEL_SIZE, fonts.safe(chart.categories().get(i)), slot * every - 2);
      pages.textCentred(fonts.regular, LABEL_SIZE, centre, plotBottom - 10, label, PdfPages.MUTED);
    }
  }

  private void drawPie(ReportChart chart, float x, float top, float width, float height)
      throws IOException {
    List<Double> values = chart.series().get(0).values();
    double sum = values.stream().mapToDouble(Double::doubleValue).sum();
    DecimalFormat percent =
        new DecimalFormat("0.0%", DecimalFormatSymbols.getInstance(Locale.ROOT));
    List<String> labels = new ArrayList<>();
    float legendWidth = 0;
    for (int i = 0; i < values.size(); i++) {
      String label =
          fonts.safe(chart.categories().get(i)) + " " + percent.format(values.get(i) / sum);
      labels.add(label);
      legendWidth = Math.max(legendWidth, 11 + PdfFonts.width(fonts.regular, LEGEND_SIZE, label));
    }
    legendWidth = Math.min(legendWidth, width * 0.45f);
    float radius = Math.max(10, Math.min((width - legendWidth - 24) / 2, (height - 8) / 2));
    float centreX = x + (width - legendWidth - 16) / 2;
    float centreY = top - 4 - radius;
    PDPageContentStream content = pages.content();
    double angle = Math.PI / 2;
    for (int i = 0; i < values.size(); i++) {
      double sweep = -values.get(i) / sum * 2 * Math.PI;
      if (sweep == 0) {
        continue;
      }
      pages.colour(ChartPalette.rgb(i));
      content.setStrokingColor(1f, 1f, 1f);
      content.setLineWidth(1f);
      content.moveTo(centreX, centreY);
      content.lineTo(
          (float) (centreX + radius * Math.cos(angle)),
          (float) (centreY + radius * Math.sin(angle)));
      arc(content, centreX, centreY, radius, angle, angle + sweep);
      content.closePath();
      content.fillAndStroke();
      angle += sweep;
    }
    float legendX = x + width - legendWidth;
    float lineHeight = 12;
    float legendTop = centreY + values.size() * lineHeight / 2;
    for (int i = 0; i < labels.size(); i++) {
      float baseline = legendTop - (i + 1) * lineHeight + 3;
      pages.fill(legendX, baseline, 7, 7, ChartPalette.rgb(i));
      pages.text(
          fonts.regular,
          LEGEND_SIZE,
          legendX + 11,
          baseline + 0.5f,
          PdfFonts.fit(fonts.regular, LEGEND_SIZE, labels.get(i), legendWidth - 11),
          PdfPages.TEXT);
    }
  }

  /** An arc from one angle to another as cubic Bézier curves of at most a quarter turn each. */
  private static void arc(
      PDPageContentStream content, float cx, float cy, float r, double from, double to)
      throws IOException {
    int pieces = (int) Math.ceil(Math.abs(to - from) / (Math.PI / 2) - 1e-9);
    double step = (to - from) / Math.max(1, pieces);
    for (int p = 0; p < Math.max(1, pieces); p++) {
      double a1 = from + p * step;
      double a2 = a1 + step;
      double k = 4.0 / 3.0 * Math.tan((a2 - a1) / 4);
      double x1 = Math.cos(a1);
      double y1 = Math.sin(a1);
      double x2 = Math.cos(a2);
      double y2 = Math.sin(a2);
      content.curveTo(
          (float) (cx + r * (x1 - k * y1)), (float) (cy + r * (y1 + k * x1)),
          (float) (cx + r * (x2 + k * y2)), (float) (cy + r * (y2 - k * x2)),
          (float) (cx + r * x2), (float) (cy + r * y2));
    }
  }

  /** Round axis ticks: 1, 2 or 5 times a power of ten, covering the data and zero. */
  record Ticks(double low, double high, double step) {
    static Ticks of(double min, double max, int wanted) {
      double rough = (max - min) / wanted;
      double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
      double fraction = rough / magnitude;
      double nice =
          fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
      double step = nice * magnitude;
      return new Ticks(Math.floor(min / step) * step, Math.ceil(max / step) * step, step);
    }

    int count() {
      return (int) Math.round((high - low) / step);
    }

    double value(int i) {
      return low + i * step;
    }

    /** A tick's label, shortened with k or M for thousands and millions. */
    String label(int i) {
      double value = value(i);
      double span = Math.max(Math.abs(low), Math.abs(high));
      String suffix = "";
      double divisor = 1;
      if (span >= 1_000_000) {
        suffix = "M";
        divisor = 1_000_000;
      } else if (span >= 10_000) {
        suffix = "k";
        divisor = 1_000;
      }
      BigDecimal shown =
          BigDecimal.valueOf(value / divisor)
              .setScale(Math.max(0, decimals(step / divisor)), RoundingMode.HALF_UP);
      String digits =
          new DecimalFormat(
                  "#,##0" + (shown.scale() > 0 ? "." + "0".repeat(shown.scale()) : ""),
                  DecimalFormatSymbols.getInstance(Locale.ROOT))
              .format(shown);
      return digits + suffix;
    }

    private static int decimals(double step) {
      int places = 0;
      while (places < 6
          && Math.abs(step * Math.pow(10, places) - Math.rint(step * Math.pow(10, places)))
              > 1e-9) {
        places++;
      }
      return places;
    }
  }
}
