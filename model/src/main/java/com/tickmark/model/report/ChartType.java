package com.tickmark.model.report;

/** How a chart shows its data. */
public enum ChartType {
  /** One line per series across the categories (a time series of P&amp;L, for instance). */
  LINE,
  /** Bars per category, one bar per series side by side. */
  BAR,
  /** Slices of one series, each category's share of the whole; values must not be negative. */
  PIE
}
