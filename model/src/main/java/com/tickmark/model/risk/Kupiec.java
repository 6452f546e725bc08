package com.tickmark.model.risk;

import org.hipparchus.distribution.continuous.ChiSquaredDistribution;

/**
 * Kupiec's proportion-of-failures test: whether x exceptions in n days fit a VaR at confidence c,
 * whose expected exception rate is p = 1 − c. The likelihood ratio LR = −2 ln[(1 − p)^(n−x) p^x] +
 * 2 ln[(1 − x/n)^(n−x) (x/n)^x] is χ² with one degree of freedom under the model; the p-value is
 * P(χ²₁ ≥ LR), and a small p-value (below 0.05, say) rejects the model.
 */
public record Kupiec(
    int observations, int exceptions, double expectedRate, double statistic, double pValue) {
  private static final ChiSquaredDistribution CHI_SQUARED_1 = new ChiSquaredDistribution(1);

  public static Kupiec test(int observations, int exceptions, double confidence) {
    VarEstimate.requireConfidence(confidence);
    if (observations < 1 || exceptions < 0 || exceptions > observations) {
      throw new IllegalArgumentException(
          "Kupiec's test needs 0 ≤ exceptions ≤ days and at least one day: "
              + exceptions
              + " of "
              + observations);
    }
    double p = 1 - confidence;
    double n = observations;
    double x = exceptions;
    double observed = x / n;
    double lr =
        -2 * (xLogY(n - x, 1 - p) + xLogY(x, p))
            + 2 * (xLogY(n - x, 1 - observed) + xLogY(x, observed));
    lr = Math.max(0, lr);
    return new Kupiec(observations, exceptions, p, lr, 1 - CHI_SQUARED_1.cumulativeProbability(lr));
  }

  /** x · ln y, with 0 · ln 0 = 0. */
  private static double xLogY(double x, double y) {
    return x == 0 ? 0 : x * Math.log(y);
  }
}
