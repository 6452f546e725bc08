package com.tickmark.model.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Historical simulation: today's positions fully revalued under each past day's factor returns
 * (prices and FX together), one scenario per day of the window. VaR and ES follow {@link
 * LossQuantile}'s convention.
 */
public final class HistoricalSimulation {
  /** The default window: the last 500 daily returns. */
  public static final int DEFAULT_WINDOW = 500;

  private final RiskPortfolio portfolio;
  private final List<LocalDate> dates;
  private final double[][] byPosition;
  private final double[] total;

  private HistoricalSimulation(
      RiskPortfolio portfolio, List<LocalDate> dates, double[][] byPosition, double[] total) {
    this.portfolio = portfolio;
    this.dates = dates;
    this.byPosition = byPosition;
    this.total = total;
  }

  /**
   * Revalues {@code portfolio} under every day of {@code returns}, which must hold every factor of
   * the portfolio (take them from {@link MarketHistory#returns}{@code (portfolio.factors(),
   * window)}).
   */
  public static HistoricalSimulation run(RiskPortfolio portfolio, FactorReturns returns) {
    List<RiskFactor> factors = portfolio.factors();
    Map<RiskFactor, Integer> rows = new HashMap<>();
    for (int f = 0; f < returns.factors().size(); f++) {
      rows.put(returns.factors().get(f), f);
    }
    double[][] factorRows = new double[factors.size()][];
    for (int f = 0; f < factors.size(); f++) {
      Integer row = rows.get(factors.get(f));
      if (row == null) {
        throw new IllegalArgumentException("There are no returns of " + factors.get(f));
      }
      factorRows[f] = returns.returns()[row];
    }
    int days = returns.days();
    int n = portfolio.positions().size();
    double[][] byPosition = new double[n][days];
    double[] total = new double[days];
    for (int i = 0; i < n; i++) {
      RiskPosition p = portfolio.positions().get(i);
      double[] price = portfolio.priceIndex(i) < 0 ? null : factorRows[portfolio.priceIndex(i)];
      double[] fx = portfolio.fxIndex(i) < 0 ? null : factorRows[portfolio.fxIndex(i)];
      double[] pnl = byPosition[i];
      for (int d = 0; d < days; d++) {
        pnl[d] = p.pnl(price == null ? 0 : price[d], fx == null ? 0 : fx[d]);
        total[d] += pnl[d];
      }
    }
    return new HistoricalSimulation(portfolio, returns.dates(), byPosition, total);
  }

  public RiskPortfolio portfolio() {
    return portfolio;
  }

  /** The scenario days, oldest first: scenario d replays the returns of {@code dates().get(d)}. */
  public List<LocalDate> dates() {
    return dates;
  }

  /** The portfolio's P&amp;L under each scenario, indexed as {@link #dates()}. */
  public double[] pnl() {
    return total.clone();
  }

  /** Each scenario day with the portfolio's P&amp;L, oldest first (the CLI's scenario list). */
  public List<ScenarioPnl> scenarios() {
    List<ScenarioPnl> list = new ArrayList<>(dates.size());
    for (int d = 0; d < dates.size(); d++) {
      list.add(new ScenarioPnl(dates.get(d), total[d]));
    }
    return list;
  }

  /** The {@code n} worst scenario days, worst first. */
  public List<ScenarioPnl> worst(int n) {
    return Arrays.stream(LossQuantile.worst(total, n))
        .mapToObj(d -> new ScenarioPnl(dates.get(d), total[d]))
        .toList();
  }

  /** Position P&amp;Ls under scenario day {@code d} (for a replayed worst day's breakdown). */
  double[] scenario(int d) {
    double[] pnl = new double[byPosition.length];
    for (int i = 0; i < pnl.length; i++) {
      pnl[i] = byPosition[i][d];
    }
    return pnl;
  }

  /** The portfolio's VaR and ES over the window. */
  public VarEstimate estimate(double confidence, int horizonDays) {
    return LossQuantile.estimate(VarMethod.HISTORICAL, total, confidence, horizonDays);
  }

  /**
   * VaR and ES split by conditional expectation at the VaR scenario: a position's component VaR is
   * its loss in the k-th worst scenario (the one that sets the VaR) and its component ES its
   * average loss over the k worst; both sum to the portfolio's figures exactly, since the
   * portfolio's P&amp;L is the sum of its positions'.
   */
  public VarAllocation allocate(double confidence, int horizonDays) {
    VarEstimate total = estimate(confidence, horizonDays);
    int k = LossQuantile.tailCount(this.total.length, confidence);
    int[] worst = LossQuantile.worst(this.total, k);
    double scale = Math.sqrt(horizonDays);
    List<VarContribution> positions = new ArrayList<>();
    for (int i = 0; i < byPosition.length; i++) {
      double tail = 0;
      for (int d : worst) {
        tail += byPosition[i][d];
      }
      RiskPosition p = portfolio.positions().get(i);
      positions.add(
          new VarContribution(
              p.book(),
              p,
              p.marketValue(),
              -byPosition[i][worst[k - 1]] * scale,
              -tail / k * scale));
    }
    return new VarAllocation(total, positions, VarAllocation.byBook(portfolio, positions));
  }
}
