package com.tickmark.model.risk;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Delta-normal VaR: each position maps to its market value on its price factor and on its
 * currency's FX factor (summed over positions: w, in the reporting currency), the portfolio's daily
 * standard deviation is σ_P = √(wᵀΣw), and with z_c the standard normal quantile at confidence c:
 *
 * <ul>
 *   <li>VaR = z_c · σ_P · √h
 *   <li>ES = σ_P · φ(z_c) / (1 − c) · √h
 * </ul>
 *
 * <p>Euler allocation: position i, with exposures x_i (so that Σ_i x_i = w), contributes x_iᵀ(Σw) /
 * σ_P · z_c · √h to the VaR and x_iᵀ(Σw) / σ_P · φ(z_c) / (1 − c) · √h to the ES; the contributions
 * sum to the totals.
 */
public final class ParametricVar {
  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

  private ParametricVar() {}

  /** The standard normal quantile z_c (2.326 at 99 %). */
  public static double z(double confidence) {
    VarEstimate.requireConfidence(confidence);
    return STANDARD_NORMAL.inverseCumulativeProbability(confidence);
  }

  /** σ_P: the portfolio's daily standard deviation of P&amp;L, in the reporting currency. */
  public static double sigma(RiskPortfolio portfolio, FactorCovariance covariance) {
    double[] w = portfolio.factorExposures();
    return Math.sqrt(Math.max(0, dot(w, sigmaTimes(portfolio, covariance, w))));
  }

  public static VarEstimate estimate(
      RiskPortfolio portfolio, FactorCovariance covariance, double confidence, int horizonDays) {
    return allocate(portfolio, covariance, confidence, horizonDays).total();
  }

  public static VarAllocation allocate(
      RiskPortfolio portfolio, FactorCovariance covariance, double confidence, int horizonDays) {
    VarEstimate.requireHorizon(horizonDays);
    double z = z(confidence);
    double root = Math.sqrt(horizonDays);
    double varPerSigma = z * root;
    double esPerSigma = STANDARD_NORMAL.density(z) / (1 - confidence) * root;
    double[] w = portfolio.factorExposures();
    double[] sigmaW = sigmaTimes(portfolio, covariance, w);
    double sigma = Math.sqrt(Math.max(0, dot(w, sigmaW)));
    List<VarContribution> positions = new ArrayList<>();
    for (int i = 0; i < portfolio.positions().size(); i++) {
      RiskPosition p = portfolio.positions().get(i);
      double share = 0;
      if (sigma > 0) {
        if (portfolio.priceIndex(i) >= 0) {
          share += sigmaW[portfolio.priceIndex(i)];
        }
        if (portfolio.fxIndex(i) >= 0) {
          share += sigmaW[portfolio.fxIndex(i)];
        }
        share *= p.marketValue() / sigma;
      }
      positions.add(
          new VarContribution(
              p.book(), p, p.marketValue(), share * varPerSigma, share * esPerSigma));
    }
    VarEstimate total =
        new VarEstimate(
            VarMethod.PARAMETRIC, confidence, horizonDays, sigma * varPerSigma, sigma * esPerSigma);
    return new VarAllocation(total, positions, VarAllocation.byBook(portfolio, positions));
  }

  private static double[] sigmaTimes(
      RiskPortfolio portfolio, FactorCovariance covariance, double[] w) {
    return w.length == 0 ? w : covariance.alignedTo(portfolio.factors()).operate(w);
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
