package com.tickmark.app.ui.refdata;

import java.time.LocalDate;
import java.time.Period;

/**
 * How much of a price or rate history the chart and table show, counted back from the last
 * observation.
 */
public enum HistoryRange {
  ONE_MONTH("1M", Period.ofMonths(1)),
  THREE_MONTHS("3M", Period.ofMonths(3)),
  SIX_MONTHS("6M", Period.ofMonths(6)),
  ONE_YEAR("1Y", Period.ofYears(1)),
  ALL("All", null);

  private final String label;
  private final Period period;

  HistoryRange(String label, Period period) {
    this.label = label;
    this.period = period;
  }

  public String label() {
    return label;
  }

  /** True when {@code date} falls in the range that ends on {@code last}. */
  public boolean includes(LocalDate date, LocalDate last) {
    return period == null || date.isAfter(last.minus(period));
  }
}
