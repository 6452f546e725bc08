package com.tickmark.model.risk;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
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
  private final double[] pnl;

  private MonteCarloSimulation(double[] pnl) {
    this.pnl = pnl;
  }

  public static MonteCarloSimulation run(
      RiskPortfolio portfolio, FactorCovariance covariance, MonteCarloSettings settings) {
    int k = portfolio.factors().size();
    double[] pnl = new double[settings.paths()];
    Root root = k == 0 ? null : Root.of(covariance.alignedTo(portfolio.factors()));
    if (root == null) {
      return new MonteCarloSimulation(pnl);
    }
    RandomDataGenerator random = RandomDataGenerator.of(new Well19937c(settings.seed()));
    boolean studentT = settings.shocks() == MonteCarloSettings.Shocks.STUDENT_T;
    double nu = settings.degreesOfFreedom();
    int n = portfolio.positions().size();
    double[] permuted = new double[k];
    double[] returns = new double[k];
    for (int path = 0; path < pnl.length; path++) {
      double scale = studentT ? Math.sqrt((nu - 2) / random.nextGamma(nu / 2, 2)) : 1;
      Arrays.fill(permuted, 0);
      for (int r = 0; r < root.columns.length; r++) {
        double e = random.nextGaussian() * scale;
        double[] column = root.columns[r];
        for (int p = root.start[r]; p < k; p++) {
          permuted[p] += e * column[p];
        }
      }
      for (int p = 0; p < k; p++) {
        returns[root.factor[p]] = permuted[p];
      }
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += portfolio.pnl(i, returns);
      }
      pnl[path] = sum;
    }
    return new MonteCarloSimulation(pnl);
  }

  /**
   * B with B Bᵀ = Σ, its rows (factors) reordered so that it is lower triangular: the pivoted
   * Cholesky leaves each factor with no entries after the column it was pivoted in, so sorting the
   * factors by that column leaves each column r with entries from position {@code start[r]} on.
   * This halves the work of drawing.
   *
   * @param factor the factor at each position
   * @param columns the columns of B, each indexed by position
   */
  private record Root(int[] factor, double[][] columns, int[] start) {
    /** Null when Σ is zero (nothing moves). */
    static Root of(RealMatrix sigma) {
      int k = sigma.getRowDimension();
      double largest = 0;
      for (int f = 0; f < k; f++) {
        largest = Math.max(largest, sigma.getEntry(f, f));
      }
      if (largest == 0) {
        return null;
      }
      double[][] b =
          new RectangularCholeskyDecomposition(sigma, largest * 1e-12).getRootMatrix().getData();
      int rank = b[0].length;
      int[] last = new int[k];
      for (int f = 0; f < k; f++) {
        last[f] = -1;
        for (int r = 0; r < rank; r++) {
          if (b[f][r] != 0) {
            last[f] = r;
          }
        }
      }
      int[] factor =
          IntStream.range(0, k)
              .boxed()
              .sorted(Comparator.comparingInt(f -> last[f]))
              .mapToInt(Integer::intValue)
              .toArray();
      double[][] columns = new double[rank][k];
      int[] start = new int[rank];
      for (int r = 0; r < rank; r++) {
        start[r] = k;
        for (int p = k - 1; p >= 0; p--) {
          columns[r][p] = b[factor[p]][r];
          if (last[factor[p]] >= r) {
            start[r] = p;
          }
        }
      }
      return new Root(factor, columns, start);
    }
  }

  /** The simulated 1-day P&amp;Ls, in the order drawn. */
  public double[] pnl() {
    return pnl.clone();
  }

  public VarEstimate estimate(double confidence, int horizonDays) {
    return LossQuantile.estimate(VarMethod.MONTE_CARLO, pnl, confidence, horizonDays);
  }
}
