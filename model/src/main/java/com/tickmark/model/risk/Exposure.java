package com.tickmark.model.risk;

/**
 * Market values in the reporting currency of a group of positions: long is the sum of the positive
 * ones, short the sum of the negative ones (≤ 0), net = long + short, gross = long − short.
 *
 * @param key the group (see {@link ExposureDimension}); "FIRM" for the whole portfolio
 * @param positions how many positions the group holds
 */
public record Exposure(String key, int positions, double longValue, double shortValue) {
  public double net() {
    return longValue + shortValue;
  }

  public double gross() {
    return longValue - shortValue;
  }

  Exposure plus(double marketValue) {
    return new Exposure(
        key,
        positions + 1,
        longValue + Math.max(0, marketValue),
        shortValue + Math.min(0, marketValue));
  }
}
