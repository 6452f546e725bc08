package com.tickmark.reports.excel;

import com.tickmark.model.report.ChartSeries;
import com.tickmark.model.report.ChartType;
import com.tickmark.model.report.ColumnKind;
import com.tickmark.model.report.ReportChart;
import com.tickmark.reports.ChartPalette;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataPoint;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A chart's sheet: its data as a small table (categories down, one column per series) and a native
 * Excel chart drawn from those cells, so changing a number redraws the chart.
 */
final class ExcelCharts {
  /** The first row of the data table (after the title and a blank row). */
  static final int HEADER_ROW = 2;

  private ExcelCharts() {}

  static void write(XSSFSheet sheet, ReportChart chart, ExcelStyles styles) {
    Cell title = sheet.createRow(0).createCell(0);
    title.setCellValue(chart.title());
    title.setCellStyle(styles.title());
    Row header = sheet.createRow(HEADER_ROW);
    Cell corner = header.createCell(0);
    corner.setCellValue("Category");
    corner.setCellStyle(styles.header());
    int categories = chart.categories().size();
    CellStyle numbers = styles.value(ColumnKind.DECIMAL, 2, null, ExcelStyles.Emphasis.DETAIL);
    int widestCategory = 10;
    for (int i = 0; i < categories; i++) {
      String category = chart.categories().get(i);
      sheet.createRow(HEADER_ROW + 1 + i).createCell(0).setCellValue(category);
      widestCategory = Math.max(widestCategory, category.length() + 2);
    }
    for (int s = 0; s < chart.series().size(); s++) {
      ChartSeries series = chart.series().get(s);
      Cell name = header.createCell(s + 1);
      name.setCellValue(series.name());
      name.setCellStyle(styles.numericHeader());
      for (int i = 0; i < categories; i++) {
        Cell cell = sheet.getRow(HEADER_ROW + 1 + i).createCell(s + 1);
        cell.setCellValue(series.values().get(i));
        cell.setCellStyle(numbers);
      }
      sheet.setColumnWidth(s + 1, Math.max(14, Math.min(40, series.name().length() + 3)) * 256);
    }
    sheet.setColumnWidth(0, Math.min(40, widestCategory) * 256);
    draw(sheet, chart);
  }

  private static XDDFSolidFillProperties fill(int rgb) {
    return new XDDFSolidFillProperties(
        XDDFColor.from(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}));
  }

  private static XDDFLineProperties line(int rgb, double widthPoints) {
    XDDFLineProperties line = new XDDFLineProperties(fill(rgb));
    line.setWidth(widthPoints);
    return line;
  }

  private static void draw(XSSFSheet sheet, ReportChart chart) {
    int categories = chart.categories().size();
    int seriesCount = chart.series().size();
    int left = seriesCount + 2;
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFClientAnchor anchor =
        drawing.createAnchor(0, 0, 0, 0, left, HEADER_ROW, left + 10, HEADER_ROW + 22);
    XSSFChart excelChart = drawing.createChart(anchor);
    excelChart.setTitleText(chart.title());
    excelChart.setTitleOverlay(false);
    excelChart
        .getOrAddLegend()
        .setPosition(chart.type() == ChartType.PIE ? LegendPosition.RIGHT : LegendPosition.BOTTOM);
    CellRangeAddress categoryCells =
        new CellRangeAddress(HEADER_ROW + 1, HEADER_ROW + categories, 0, 0);
    XDDFDataSource<String> labels =
        XDDFDataSourcesFactory.fromStringCellRange(sheet, categoryCells);
    XDDFChartData data;
    if (chart.type() == ChartType.PIE) {
      data = excelChart.createData(ChartTypes.PIE, null, null);
      data.setVaryColors(true);
    } else {
      XDDFCategoryAxis categoryAxis = excelChart.createCategoryAxis(AxisPosition.BOTTOM);
      XDDFValueAxis valueAxis = excelChart.createValueAxis(AxisPosition.LEFT);
      valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
      categoryAxis.setTickLabelPosition(AxisTickLabelPosition.LOW);
      valueAxis.getOrAddMajorGridProperties().setLineProperties(line(0xD9D9D9, 0.5));
      if (!chart.valueAxisTitle().isEmpty()) {
        valueAxis.setTitle(chart.valueAxisTitle());
      }
      if (chart.type() == ChartType.BAR) {
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        data = excelChart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        ((XDDFBarChartData) data).setBarDirection(BarDirection.COL);
      } else {
        data = excelChart.createData(ChartTypes.LINE, categoryAxis, valueAxis);
      }
      data.setVaryColors(false);
    }
    for (int s = 0; s < seriesCount; s++) {
      CellRangeAddress valueCells =
          new CellRangeAddress(HEADER_ROW + 1, HEADER_ROW + categories, s + 1, s + 1);
      XDDFNumericalDataSource<Double> values =
          XDDFDataSourcesFactory.fromNumericCellRange(sheet, valueCells);
      XDDFChartData.Series series = data.addSeries(labels, values);
      series.setTitle(
          chart.series().get(s).name(),
          new CellReference(sheet.getSheetName(), HEADER_ROW, s + 1, true, true));
      if (series instanceof XDDFLineChartData.Series line) {
        line.setSmooth(false);
        line.setMarkerStyle(MarkerStyle.NONE);
        line.setLineProperties(line(ChartPalette.rgb(s), 2.0));
      } else if (chart.type() == ChartType.PIE) {
        for (int i = 0; i < categories; i++) {
          XDDFDataPoint point = series.getDataPoint(i);
          point.setFillProperties(fill(ChartPalette.rgb(i)));
          point.setLineProperties(line(0xFFFFFF, 1.0));
        }
      } else {
        series.setFillProperties(fill(ChartPalette.rgb(s)));
      }
    }
    excelChart.plot(data);
  }
}
