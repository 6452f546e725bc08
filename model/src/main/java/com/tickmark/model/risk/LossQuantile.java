package com.tickmark.model.risk;

import java.util.Arrays;

/**
 * The quantile convention of the simulation methods (historical and Monte Carlo), applied to a
 * vector of N scenario P&amp;Ls (gains positive, losses negative).
 *
 * <p>With k = ⌈(1 − c) · N⌉ (at least 1): <b>VaR</b> is the loss of the k-th worst scenario and
 * <b>expected shortfall</b> is the average loss of the k worst scenarios (the k-th included). At 99
 * % over 500 scenarios k = 5: VaR is the 5th worst loss, ES the mean of the 5 worst. No
 * interpolation. The figures depend only on the set of P&amp;Ls, not on their order.
 *
 * <p><b>Horizon</b>: an h-day figure is the 1-day figure × √h (square-root-of-time scaling, which
 * assumes independent, identically distributed daily returns), for VaR and ES alike.
 */
public final class LossQuantile {
  private LossQuantile() {}

  /** k = ⌈(1 − c) · N⌉, at least 1 (a hair of tolerance keeps 0.01 × 500 at exactly 5). */
  public static int tailCount(int scenarios, double confidence) {
    VarEstimate.requireConfidence(confidence);
    if (scenarios < 1) {
      throw new IllegalArgumentException("VaR needs at least one scenario");
    }
    return Math.max(1, (int) Math.ceil((1 - confidence) * scenarios - 1e-9));
  }

  /** VaR and ES of {@code pnl} by the convention above. */
  public static VarEstimate estimate(
      VarMethod method, double[] pnl, double confidence, int horizonDays) {
    VarEstimate.requireHorizon(horizonDays);
    int k = tailCount(pnl.length, confidence);
    double[] sorted = pnl.clone();
    Arrays.sort(sorted);
    double tail = 0;
    for (int i = 0; i < k; i++) {
      tail += sorted[i];
    }
    double scale = Math.sqrt(horizonDays);
    // + 0.0 turns the −0.0 of a portfolio that never moves into 0.
    return new VarEstimate(
        method, confidence, horizonDays, -sorted[k - 1] * scale + 0.0, -tail / k * scale + 0.0);
  }

  /**
   * The indices of the k worst scenarios, worst first; equal P&amp;Ls keep their order (earlier
   * scenario first), so the k-th (the VaR scenario) is well defined.
   */
  static int[] worst(double[] pnl, int k) {
    if (k < 0) {
      throw new IllegalArgumentException("The number of worst scenarios cannot be negative: " + k);
    }
    Integer[] order = new Integer[pnl.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(pnl[a], pnl[b]));
    int[] worst = new int[Math.min(k, pnl.length)];
    for (int i = 0; i < worst.length; i++) {
      worst[i] = order[i];
    }
    return worst;
  }
}
