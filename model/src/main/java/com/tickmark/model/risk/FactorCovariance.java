package com.tickmark.model.risk;

import java.util.List;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.BlockRealMatrix;
import org.hipparchus.linear.RealMatrix;

/** The covariance matrix of daily factor returns, rows and columns indexed as {@code factors}. */
public final class FactorCovariance {
  /** RiskMetrics' decay for daily returns. */
  public static final double RISKMETRICS_LAMBDA = 0.94;

  private final List<RiskFactor> factors;

  /** Null when there are no factors (Hipparchus has no empty matrix). */
  private final RealMatrix matrix;

  private FactorCovariance(List<RiskFactor> factors, RealMatrix matrix) {
    this.factors = List.copyOf(factors);
    this.matrix = matrix;
  }

  /** A covariance given directly (a textbook case, or one computed elsewhere). */
  public static FactorCovariance of(List<RiskFactor> factors, double[][] covariance) {
    if (covariance.length != factors.size()) {
      throw new IllegalArgumentException("The covariance needs one row per factor");
    }
    for (double[] row : covariance) {
      if (row.length != factors.size()) {
        throw new IllegalArgumentException("The covariance must be square, one column per factor");
      }
    }
    return new FactorCovariance(
        factors, factors.isEmpty() ? null : new Array2DRowRealMatrix(covariance, true));
  }

  /**
   * The sample covariance: returns less their mean, cross products divided by N − 1 (the same
   * figures as Hipparchus' {@code Covariance}, which takes seconds for 500 factors where one matrix
   * product takes a tenth of that).
   */
  public static FactorCovariance sample(FactorReturns returns) {
    int n = returns.days();
    if (n < 2) {
      throw new IllegalArgumentException(
          "A sample covariance needs at least two days of returns, not " + n);
    }
    int k = returns.factors().size();
    if (k == 0) {
      return of(List.of(), new double[0][0]);
    }
    double root = Math.sqrt(1.0 / (n - 1));
    double[][] centred = new double[k][n];
    for (int f = 0; f < k; f++) {
      double[] r = returns.returns()[f];
      double mean = 0;
      for (double v : r) {
        mean += v;
      }
      mean /= n;
      for (int d = 0; d < n; d++) {
        centred[f][d] = (r[d] - mean) * root;
      }
    }
    return new FactorCovariance(returns.factors(), crossProduct(centred));
  }

  /**
   * The exponentially weighted (RiskMetrics) covariance with decay {@code lambda}, zero mean: Σ =
   * Σ_d w_d · r_d r_dᵀ with weight w_d = (1 − λ) λ^a / (1 − λ^N) for the return a days before the
   * newest (a = 0 for the newest), normalised to sum to 1 over the N days of the window.
   */
  public static FactorCovariance ewma(FactorReturns returns, double lambda) {
    if (!(lambda > 0 && lambda < 1)) {
      throw new IllegalArgumentException("The EWMA decay must be between 0 and 1: " + lambda);
    }
    int n = returns.days();
    if (n < 1) {
      throw new IllegalArgumentException("An EWMA covariance needs at least one day of returns");
    }
    int k = returns.factors().size();
    if (k == 0) {
      return of(List.of(), new double[0][0]);
    }
    double norm = (1 - lambda) / (1 - Math.pow(lambda, n));
    double[][] weighted = new double[k][n];
    for (int d = 0; d < n; d++) {
      double root = Math.sqrt(norm * Math.pow(lambda, n - 1 - d));
      for (int f = 0; f < k; f++) {
        weighted[f][d] = returns.returns()[f][d] * root;
      }
    }
    return new FactorCovariance(returns.factors(), crossProduct(weighted));
  }

  /** X Xᵀ. */
  private static RealMatrix crossProduct(double[][] x) {
    RealMatrix m = new BlockRealMatrix(x);
    return m.multiplyTransposed(m);
  }

  public List<RiskFactor> factors() {
    return factors;
  }

  /** The matrix (a copy). */
  public double[][] matrix() {
    return matrix == null ? new double[0][0] : matrix.getData();
  }

  /**
   * The covariance re-indexed as {@code wanted} (not empty), which must all be among {@link
   * #factors()}.
   */
  RealMatrix alignedTo(List<RiskFactor> wanted) {
    if (wanted.equals(factors)) {
      return matrix;
    }
    int[] index = new int[wanted.size()];
    for (int i = 0; i < index.length; i++) {
      index[i] = factors.indexOf(wanted.get(i));
      if (index[i] < 0) {
        throw new IllegalArgumentException("The covariance has no " + wanted.get(i));
      }
    }
    return matrix.getSubMatrix(index, index);
  }
}
