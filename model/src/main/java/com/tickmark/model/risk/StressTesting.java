package com.tickmark.model.risk;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Stress tests of today's portfolio, fully revalued: hypothetical shock sets, the worst days of the
 * history replayed, and a named episode (a date range) replayed as one move.
 */
public final class StressTesting {
  private StressTesting() {}

  /** The P&amp;L if the shocks happened today. */
  public static StressResult apply(RiskPortfolio portfolio, ShockSet shocks, int top) {
    return revalue(shocks.name(), portfolio, shocks.factorMoves(portfolio), top);
  }

  /**
   * The {@code n} worst days of a historical simulation, worst first, each named "Worst day DATE".
   */
  public static List<StressResult> worstDays(HistoricalSimulation simulation, int n, int top) {
    return Arrays.stream(LossQuantile.worst(simulation.pnl(), n))
        .mapToObj(
            d ->
                StressResult.of(
                    "Worst day " + simulation.dates().get(d),
                    simulation.portfolio(),
                    simulation.scenario(d),
                    top))
        .toList();
  }

  /**
   * The P&amp;L of today's positions had the factors moved as they did from the close of the
   * business day before {@code from} to the close of {@code to} (see {@link
   * MarketHistory#moveOver}).
   */
  public static StressResult episode(
      RiskPortfolio portfolio,
      MarketHistory history,
      String name,
      LocalDate from,
      LocalDate to,
      int top) {
    return revalue(name, portfolio, history.moveOver(portfolio.factors(), from, to), top);
  }

  private static StressResult revalue(
      String name, RiskPortfolio portfolio, double[] factorMoves, int top) {
    double[] pnl = new double[portfolio.positions().size()];
    for (int i = 0; i < pnl.length; i++) {
      pnl[i] = portfolio.pnl(i, factorMoves);
    }
    return StressResult.of(name, portfolio, pnl, top);
  }
}
