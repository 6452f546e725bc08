package com.tickmark.app.ui.chart;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.ValueAxis;

/**
 * A chart axis over dates, with values in epoch days (what {@link LocalDate#toEpochDay()} gives).
 * It spans exactly the data, first day to last, and puts its ticks on calendar boundaries a reader
 * expects (Mondays, month starts, quarters, years), labelled in ISO form: {@code 2025-03-14},
 * {@code 2025-03}, {@code 2025}. It picks the finest step whose labels still fit the axis length.
 */
public final class DateAxis extends ValueAxis<Number> {
  /** Room each tick label needs, in pixels. */
  private static final double TICK_SPACING = 90;

  /** The spacing of ticks, finest first. */
  enum Step {
    DAY(0, 1, "day"),
    WEEK(0, 7, "day"),
    TWO_WEEKS(0, 14, "day"),
    MONTH(1, 0, "month"),
    TWO_MONTHS(2, 0, "month"),
    QUARTER(3, 0, "month"),
    HALF_YEAR(6, 0, "month"),
    YEAR(12, 0, "year"),
    TWO_YEARS(24, 0, "year"),
    FIVE_YEARS(60, 0, "year"),
    DECADE(120, 0, "year");

    private final int months;
    private final int days;
    private final String labelKind;

    Step(int months, int days, String labelKind) {
      this.months = months;
      this.days = days;
      this.labelKind = labelKind;
    }

    /** The tick dates from {@code from} to {@code to}, both included, on this step's boundaries. */
    List<LocalDate> ticks(LocalDate from, LocalDate to) {
      List<LocalDate> ticks = new ArrayList<>();
      if (days == 1) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
          ticks.add(d);
        }
      } else if (days > 0) {
        for (LocalDate d = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            !d.isAfter(to);
            d = d.plusDays(days)) {
          ticks.add(d);
        }
      } else {
        LocalDate d = from.withDayOfMonth(1);
        if (d.isBefore(from)) {
          d = d.plusMonths(1);
        }
        while (monthIndex(d) % months != 0) {
          d = d.plusMonths(1);
        }
        for (; !d.isAfter(to); d = d.plusMonths(months)) {
          ticks.add(d);
        }
      }
      return ticks;
    }

    /** Months counted from year 0, so that quarters start in January, April, July and October. */
    private static long monthIndex(LocalDate d) {
      return d.getYear() * 12L + d.getMonthValue() - 1;
    }

    String label(LocalDate date) {
      return switch (labelKind) {
        case "day" -> date.toString();
        case "month" -> date.toString().substring(0, 7);
        default -> Integer.toString(date.getYear());
      };
    }

    /** The finest step that puts at most {@code maxTicks} ticks between the dates. */
    static Step fitting(LocalDate from, LocalDate to, int maxTicks) {
      for (Step s : values()) {
        if (s.ticks(from, to).size() <= maxTicks) {
          return s;
        }
      }
      return DECADE;
    }
  }

  private Step step = Step.MONTH;

  public DateAxis() {
    setAutoRanging(true);
    setMinorTickVisible(false);
  }

  @Override
  protected Object autoRange(double minValue, double maxValue, double length, double labelSize) {
    double lower = Math.floor(minValue);
    double upper = Math.max(Math.ceil(maxValue), lower + 1);
    return new double[] {lower, upper, calculateNewScale(length, lower, upper)};
  }

  @Override
  protected void setRange(Object range, boolean animate) {
    double[] r = (double[]) range;
    setLowerBound(r[0]);
    setUpperBound(r[1]);
    currentLowerBound.set(r[0]);
    setScale(r[2]);
  }

  @Override
  protected Object getRange() {
    return new double[] {getLowerBound(), getUpperBound(), getScale()};
  }

  @Override
  protected List<Number> calculateTickValues(double length, Object range) {
    double[] r = (double[]) range;
    if (!(r[1] > r[0]) || length <= 0) {
      return List.of();
    }
    LocalDate from = LocalDate.ofEpochDay((long) Math.ceil(r[0]));
    LocalDate to = LocalDate.ofEpochDay((long) Math.floor(r[1]));
    step = Step.fitting(from, to, Math.max(2, (int) (length / TICK_SPACING)));
    List<Number> values = new ArrayList<>();
    for (LocalDate d : step.ticks(from, to)) {
      values.add(d.toEpochDay());
    }
    return values;
  }

  @Override
  protected String getTickMarkLabel(Number value) {
    return step.label(LocalDate.ofEpochDay(Math.round(value.doubleValue())));
  }

  @Override
  protected List<Number> calculateMinorTickMarks() {
    return List.of();
  }
}
