package com.tickmark.model.risk;

import static com.tickmark.model.risk.RiskFixtures.EQUITIES;
import static com.tickmark.model.risk.RiskFixtures.MACRO;
import static com.tickmark.model.risk.RiskFixtures.portfolio;
import static com.tickmark.model.risk.RiskFixtures.stock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.tickmark.model.refdata.InstrumentId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonteCarloSimulationTest {
  private static final RiskFactor A = RiskFactor.price(new InstrumentId(1));
  private static final RiskFactor B = RiskFactor.price(new InstrumentId(2));
  // The two-asset case of ParametricVarTest: σ_P = 17,320.51, 99 % VaR 40,293.52, ES 46,162.86.
  private static final RiskPortfolio TWO =
      portfolio(stock(EQUITIES, 1, 10_000, 100), stock(MACRO, 2, 5_000, 100));
  private static final FactorCovariance COV =
      FactorCovariance.of(List.of(A, B), new double[][] {{1e-4, 1e-4}, {1e-4, 4e-4}});

  @Test
  void normalShocksConvergeToTheParametricFigures() {
    MonteCarloSimulation simulation =
        MonteCarloSimulation.run(TWO, COV, MonteCarloSettings.normal().withPaths(200_000));

    VarEstimate parametric = ParametricVar.estimate(TWO, COV, 0.99, 10);
    VarEstimate monteCarlo = simulation.estimate(0.99, 10);

    assertThat(monteCarlo.method()).isEqualTo(VarMethod.MONTE_CARLO);
    // Linear positions without FX: the simulated P&L is exactly normal, so only sampling error
    // (about 0.4 % at 200,000 paths) separates the two.
    assertThat(monteCarlo.var()).isCloseTo(parametric.var(), within(0.015 * parametric.var()));
    assertThat(monteCarlo.expectedShortfall())
        .isCloseTo(parametric.expectedShortfall(), within(0.015 * parametric.expectedShortfall()));
    assertThat(standardDeviation(simulation.pnl())).isCloseTo(17_320.51, within(0.01 * 17_320.51));
  }

  @Test
  void theSameSeedGivesTheSameFiguresAndAnotherSeedOthers() {
    MonteCarloSettings settings = MonteCarloSettings.normal().withPaths(2_000);

    double[] first = MonteCarloSimulation.run(TWO, COV, settings).pnl();
    double[] again = MonteCarloSimulation.run(TWO, COV, settings).pnl();
    double[] other = MonteCarloSimulation.run(TWO, COV, settings.withSeed(99)).pnl();

    assertThat(again).containsExactly(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void studentTShocksKeepTheVarianceAndFattenTheTail() {
    MonteCarloSimulation t =
        MonteCarloSimulation.run(TWO, COV, MonteCarloSettings.studentT(4).withPaths(200_000));

    // Scaled to unit variance, the t with 4 degrees of freedom has its 99 % quantile at
    // 3.747 × √(2/4) = 2.649 standard deviations against the normal's 2.326.
    assertThat(standardDeviation(t.pnl())).isCloseTo(17_320.51, within(0.03 * 17_320.51));
    assertThat(t.estimate(0.99, 1).var()).isCloseTo(2.649 * 17_320.51, within(0.03 * 45_882));
    assertThat(t.estimate(0.99, 1).var())
        .isGreaterThan(1.05 * ParametricVar.estimate(TWO, COV, 0.99, 1).var());
  }

  @Test
  void refusesStudentTShocksWithoutAVariance() {
    assertThatThrownBy(() -> MonteCarloSettings.studentT(2))
        .hasMessageContaining("more than 2 degrees of freedom");
  }

  @Test
  void handlesTheSingularCovarianceOfMoreFactorsThanDays() {
    RiskPortfolio portfolio = RiskFixtures.randomPortfolio(30, 3);
    FactorCovariance fewDays =
        FactorCovariance.sample(RiskFixtures.randomReturns(portfolio.factors(), 10, 0.01, 3));

    VarEstimate var =
        MonteCarloSimulation.run(portfolio, fewDays, MonteCarloSettings.normal().withPaths(50_000))
            .estimate(0.99, 1);

    VarEstimate parametric = ParametricVar.estimate(portfolio, fewDays, 0.99, 1);
    assertThat(var.var()).isCloseTo(parametric.var(), within(0.05 * parametric.var()));
  }

  private static double standardDeviation(double[] values) {
    double mean = Arrays.stream(values).average().orElseThrow();
    double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
    return Math.sqrt(squares / (values.length - 1));
  }
}
