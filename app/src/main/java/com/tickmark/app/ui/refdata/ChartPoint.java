package com.tickmark.app.ui.refdata;

import java.time.LocalDate;

/**
 * One point of a line chart over dates: x is the day (epoch day), y the value. Display only, hence
 * double.
 */
public record ChartPoint(long epochDay, double value) {
  public LocalDate date() {
    return LocalDate.ofEpochDay(epochDay);
  }
}
