package com.tickmark.model.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A chart as data: a title, category labels and named series of numbers. Renderers draw it (PDF) or
 * write its data where a spreadsheet user can chart it (Excel).
 *
 * @param valueAxisTitle the title of the value axis, such as "USD", or empty
 */
public record ReportChart(
    String title,
    ChartType type,
    List<String> categories,
    List<ChartSeries> series,
    String valueAxisTitle) {
  public ReportChart {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("A chart needs a title");
    }
    Objects.requireNonNull(type, "type of chart " + title);
    categories = List.copyOf(Objects.requireNonNull(categories, "categories of chart " + title));
    series = List.copyOf(Objects.requireNonNull(series, "series of chart " + title));
    valueAxisTitle = valueAxisTitle == null ? "" : valueAxisTitle;
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("Chart '" + title + "' needs at least one category");
    }
    if (series.isEmpty()) {
      throw new IllegalArgumentException("Chart '" + title + "' needs at least one series");
    }
    for (ChartSeries one : series) {
      if (one.values().size() != categories.size()) {
        throw new IllegalArgumentException(
            "Chart '"
                + title
                + "': series '"
                + one.name()
                + "' has "
                + one.values().size()
                + " values for "
                + categories.size()
                + " categories");
      }
    }
    if (type == ChartType.PIE) {
      if (series.size() != 1) {
        throw new IllegalArgumentException(
            "Pie chart '" + title + "' shows exactly one series, not " + series.size());
      }
      double sum = 0;
      for (int i = 0; i < categories.size(); i++) {
        double value = series.get(0).values().get(i);
        if (value < 0) {
          throw new IllegalArgumentException(
              "Pie chart '"
                  + title
                  + "' cannot show the negative value "
                  + value
                  + " of '"
                  + categories.get(i)
                  + "'");
        }
        sum += value;
      }
      if (sum <= 0) {
        throw new IllegalArgumentException(
            "Pie chart '" + title + "' has nothing to show: its values add up to zero");
      }
    }
  }

  public static Builder line(String title) {
    return new Builder(title, ChartType.LINE);
  }

  public static Builder bar(String title) {
    return new Builder(title, ChartType.BAR);
  }

  public static Builder pie(String title) {
    return new Builder(title, ChartType.PIE);
  }

  /** Builds a chart: categories first, then one or more series. */
  public static final class Builder {
    private final String title;
    private final ChartType type;
    private final List<String> categories = new ArrayList<>();
    private final List<ChartSeries> series = new ArrayList<>();
    private String valueAxisTitle = "";

    private Builder(String title, ChartType type) {
      this.title = title;
      this.type = type;
    }

    public Builder categories(String... labels) {
      categories.addAll(List.of(labels));
      return this;
    }

    public Builder categories(List<String> labels) {
      categories.addAll(labels);
      return this;
    }

    public Builder series(String name, double... values) {
      series.add(ChartSeries.of(name, values));
      return this;
    }

    public Builder series(String name, List<? extends Number> values) {
      series.add(ChartSeries.of(name, values));
      return this;
    }

    public Builder valueAxisTitle(String axisTitle) {
      valueAxisTitle = axisTitle;
      return this;
    }

    public ReportChart build() {
      return new ReportChart(title, type, categories, series, valueAxisTitle);
    }
  }
}
