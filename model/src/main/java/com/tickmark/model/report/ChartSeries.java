package com.tickmark.model.report;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A named series of numbers, one per category of its chart. Charts show, they do not book: doubles.
 */
public record ChartSeries(String name, List<Double> values) {
  public ChartSeries {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A chart series needs a name");
    }
    values = List.copyOf(Objects.requireNonNull(values, "values of series " + name));
    for (int i = 0; i < values.size(); i++) {
      if (!Double.isFinite(values.get(i))) {
        throw new IllegalArgumentException(
            "Series '" + name + "' has no finite value at point " + (i + 1) + ": " + values.get(i));
      }
    }
  }

  public static ChartSeries of(String name, double... values) {
    return new ChartSeries(name, Arrays.stream(values).boxed().toList());
  }

  /** A series from any numbers, BigDecimal amounts included. */
  public static ChartSeries of(String name, List<? extends Number> values) {
    return new ChartSeries(name, values.stream().map(Number::doubleValue).toList());
  }
}
