package com.tickmark.model.risk;

import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RectangularCholeskyDecomposition;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;

/**
 * Monte Carlo VaR: daily factor returns drawn with covariance Σ and today's positions fully
 * revalued under each draw (as in {@link HistoricalSimulation}); VaR and ES of the simulated
 * P&amp;Ls by {@link LossQuantile}'s convention, 1-day figures scaled by √h.
 *
 * <p>Draws are r = B·ε with B Bᵀ = Σ (Hipparchus' pivoted Cholesky, which also takes the
 * semi-definite matrices a sample covariance over few days gives). Normal shocks: ε standard
 * normal. Student-t shocks: multivariate t with ν degrees of freedom, ε = z · √((ν − 2) / W) with z
 * standard normal and one W ~ χ²(ν) per path, so every factor keeps its variance and the factors
 * their covariance, with fatter, jointly occurring tails.
 */
public final class MonteCarloSimulation {
  private final RiskPortfolio portfolio;
  private final double[] pnl;

  private MonteCarloSimulation(RiskPortfolio portfolio, double[] pnl) {
    this.portfolio = portfolio;
    this.pnl = pnl;
  }

  public static MonteCarloSimulation run(
      RiskPortfolio portfolio, FactorCovariance covariance, MonteCarloSettings settings) {
    int k = portfolio.factors().size();
    double[] pnl = new double[settings.paths()];
    if (k == 0) {
      return new MonteCarloSimulation(portfolio, pnl);
    }
    double[][] columns = rootColumns(covariance.alignedTo(portfolio.factors()));
    RandomDataGenerator random = RandomDataGenerator.of(new Well19937c(settings.seed()));
    boolean studentT = settings.shocks() == MonteCarloSettings.Shocks.STUDENT_T;
    double nu = settings.degreesOfFreedom();
    int n = portfolio.positions().size();
    double[] returns = new double[k];
    for (int path = 0; path < pnl.length; path++) {
      double scale = studentT ? Math.sqrt((nu - 2) / random.nextGamma(nu / 2, 2)) : 1;
      java.util.Arrays.fill(returns, 0);
      for (double[] column : columns) {
        double e = random.nextGaussian() * scale;
        for (int f = 0; f < k; f++) {
          returns[f] += e * column[f];
        }
      }
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += portfolio.pnl(i, returns);
      }
      pnl[path] = sum;
    }
    return new MonteCarloSimulation(portfolio, pnl);
  }

  /** The columns of B (B Bᵀ = Σ), each indexed by factor. */
  private static double[][] rootColumns(RealMatrix sigma) {
    double largest = 0;
    for (int f = 0; f < sigma.getRowDimension(); f++) {
      largest = Math.max(largest, sigma.getEntry(f, f));
    }
    if (largest == 0) {
      return new double[0][];
    }
    RealMatrix root = new RectangularCholeskyDecomposition(sigma, largest * 1e-12).getRootMatrix();
    return root.transpose().getData();
  }

  public RiskPortfolio portfolio() {
    return portfolio;
  }

  /** The simulated 1-day P&amp;Ls, in the order drawn. */
  public double[] pnl() {
    return pnl.clone();
  }

  public VarEstimate estimate(double confidence, int horizonDays) {
    return LossQuantile.estimate(VarMethod.MONTE_CARLO, pnl, confidence, horizonDays);
  }
}
