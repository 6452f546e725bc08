package com.tickmark.model.risk;

import java.util.Objects;

/**
 * A VaR and expected shortfall: positive amounts in the reporting currency are losses (a negative
 * figure would mean the portfolio gains even in its tail).
 *
 * @param confidence the probability the loss does not exceed {@code var}, such as 0.99
 * @param horizonDays 1, or 10 for the 10-day figure (the 1-day figure × √10)
 */
public record VarEstimate(
    VarMethod method, double confidence, int horizonDays, double var, double expectedShortfall) {
  public VarEstimate {
    Objects.requireNonNull(method, "method");
    requireConfidence(confidence);
    requireHorizon(horizonDays);
  }

  static void requireConfidence(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException(
          "Confidence must be between 0 and 1 (0.99 for 99 %): " + confidence);
    }
  }

  static void requireHorizon(int horizonDays) {
    if (horizonDays < 1) {
      throw new IllegalArgumentException("The horizon must be at least one day: " + horizonDays);
    }
  }
}
