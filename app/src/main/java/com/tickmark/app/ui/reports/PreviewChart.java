package com.tickmark.app.ui.reports;

import com.tickmark.app.ui.chart.DateAxis;
import com.tickmark.model.report.ChartSeries;
import com.tickmark.model.report.ChartType;
import com.tickmark.model.report.ReportChart;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;

/**
 * A report's chart drawn on screen beside its preview: a line over dates on a date axis (a price
 * history), bars over categories, or a pie, styled like the screen's other charts.
 */
final class PreviewChart {
  private PreviewChart() {}

  static Chart of(ReportChart chart) {
    Chart drawn =
        switch (chart.type()) {
          case LINE -> isDates(chart.categories()) ? dateLine(chart) : categoryChart(chart);
          case BAR -> categoryChart(chart);
          case PIE -> pie(chart);
        };
    drawn.setTitle(chart.title());
    drawn.setAnimated(false);
    drawn.setLegendVisible(chart.series().size() > 1 || chart.type() == ChartType.PIE);
    drawn.getStyleClass().add("history-chart");
    drawn.setId("report-preview-chart");
    return drawn;
  }

  private static boolean isDates(List<String> categories) {
    try {
      categories.forEach(LocalDate::parse);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static Chart dateLine(ReportChart chart) {
    NumberAxis values = valueAxis(chart);
    LineChart<Number, Number> line = new LineChart<>(new DateAxis(), values);
    line.setCreateSymbols(false);
    line.setVerticalGridLinesVisible(false);
    List<Long> days =
        chart.categories().stream().map(d -> LocalDate.parse(d).toEpochDay()).toList();
    for (ChartSeries s : chart.series()) {
      List<XYChart.Data<Number, Number>> points = new ArrayList<>();
      for (int i = 0; i < days.size(); i++) {
        points.add(new XYChart.Data<>(days.get(i), s.values().get(i)));
      }
      line.getData().add(new XYChart.Series<>(s.name(), FXCollections.observableArrayList(points)));
    }
    return line;
  }

  private static Chart categoryChart(ReportChart chart) {
    CategoryAxis categories =
        new CategoryAxis(FXCollections.observableArrayList(chart.categories()));
    NumberAxis values = valueAxis(chart);
    XYChart<String, Number> drawn =
        chart.type() == ChartType.BAR
            ? new BarChart<>(categories, values)
            : new LineChart<>(categories, values);
    drawn.setVerticalGridLinesVisible(false);
    for (ChartSeries s : chart.series()) {
      List<XYChart.Data<String, Number>> points = new ArrayList<>();
      for (int i = 0; i < chart.categories().size(); i++) {
        points.add(new XYChart.Data<>(chart.categories().get(i), s.values().get(i)));
      }
      drawn
          .getData()
          .add(new XYChart.Series<>(s.name(), FXCollections.observableArrayList(points)));
    }
    if (chart.series().size() == 1 && drawn instanceof BarChart<String, Number> bars) {
      // one series in the theme's accent, as the screen's line charts are, not the chart palette's
      // orange
      bars.getData()
          .get(0)
          .getData()
          .forEach(d -> d.getNode().setStyle("-fx-bar-fill: -color-accent-emphasis;"));
    }
    return drawn;
  }

  private static NumberAxis valueAxis(ReportChart chart) {
    NumberAxis values = new NumberAxis();
    values.setForceZeroInRange(chart.type() != ChartType.LINE);
    values.setMinorTickVisible(false);
    values.setLabel(chart.valueAxisTitle().isEmpty() ? null : chart.valueAxisTitle());
    return values;
  }

  private static Chart pie(ReportChart chart) {
    PieChart pie = new PieChart();
    ChartSeries s = chart.series().get(0);
    for (int i = 0; i < chart.categories().size(); i++) {
      pie.getData().add(new PieChart.Data(chart.categories().get(i), s.values().get(i)));
    }
    return pie;
  }
}
