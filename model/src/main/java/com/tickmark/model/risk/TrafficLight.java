package com.tickmark.model.risk;

/**
 * The Basel traffic-light zone of a 99 % VaR model by its exceptions over the last 250 business
 * days: green 0–4, yellow 5–9, red 10 or more.
 */
public enum TrafficLight {
  GREEN,
  YELLOW,
  RED;

  /** The number of days the zones are defined over. */
  public static final int DAYS = 250;

  public static TrafficLight of(int exceptions) {
    if (exceptions < 0) {
      throw new IllegalArgumentException("Exceptions cannot be negative: " + exceptions);
    }
    return exceptions <= 4 ? GREEN : exceptions <= 9 ? YELLOW : RED;
  }
}
