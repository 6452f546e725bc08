package com.tickmark.model.risk;

import static com.tickmark.model.risk.RiskFixtures.EQUITIES;
import static com.tickmark.model.risk.RiskFixtures.EUR;
import static com.tickmark.model.risk.RiskFixtures.MACRO;
import static com.tickmark.model.risk.RiskFixtures.portfolio;
import static com.tickmark.model.risk.RiskFixtures.position;
import static com.tickmark.model.risk.RiskFixtures.stock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.InstrumentId;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.hipparchus.stat.correlation.Covariance;
import org.junit.jupiter.api.Test;

class ParametricVarTest {
  private static final RiskFactor A = RiskFactor.price(new InstrumentId(1));
  private static final RiskFactor B = RiskFactor.price(new InstrumentId(2));

  @Test
  void reproducesHullsTenDayNinetyNinePercentVarOfTenMillionInOneStock() {
    // $10M in one stock, daily volatility 2 %: 10,000,000 × 0.02 × 2.326348 × √10 = 1,471,311.6
    // (Hull rounds z to 2.33 and quotes ≈ $1,473,000).
    RiskPortfolio tenMillion = portfolio(stock(EQUITIES, 1, 100_000, 100));
    FactorCovariance dailyVolTwoPercent =
        FactorCovariance.of(List.of(A), new double[][] {{0.0004}});

    VarEstimate var = ParametricVar.estimate(tenMillion, dailyVolTwoPercent, 0.99, 10);

    assertThat(ParametricVar.z(0.99)).isCloseTo(2.326348, within(1e-6));
    assertThat(var.var()).isCloseTo(1_471_312, within(1.0));
    assertThat(var.var()).isCloseTo(1_473_000, within(2_000.0));
    assertThat(var.method()).isEqualTo(VarMethod.PARAMETRIC);
  }

  @Test
  void twoAssetsWorkedByHandSplitIntoEqualComponents() {
    // A: $1,000,000 at 1 % a day; B: $500,000 at 2 % a day; correlation 0.5.
    // Σ = [[1e-4, 1e-4], [1e-4, 4e-4]]; w = (1,000,000, 500,000); Σw = (150, 300);
    // σ² = 1.5e8 + 1.5e8 = 3e8, σ = 17,320.51; 1-day 99 % VaR = 2.326348 × σ = 40,293.52;
    // ES = σ × φ(2.326348) / 0.01 = σ × 2.665214 = 46,162.86.
    // Components: 1,000,000 × 150 / σ × z = 500,000 × 300 / σ × z = VaR / 2.
    RiskPortfolio twoStocks =
        portfolio(stock(EQUITIES, 1, 10_000, 100), stock(MACRO, 2, 5_000, 100));
    FactorCovariance cov =
        FactorCovariance.of(List.of(A, B), new double[][] {{1e-4, 1e-4}, {1e-4, 4e-4}});

    VarAllocation allocation = ParametricVar.allocate(twoStocks, cov, 0.99, 1);

    assertThat(ParametricVar.sigma(twoStocks, cov)).isCloseTo(17_320.51, within(0.01));
    assertThat(allocation.total().var()).isCloseTo(40_293.52, within(0.01));
    assertThat(allocation.total().expectedShortfall()).isCloseTo(46_162.86, within(0.01));
    assertThat(allocation.positions())
        .extracting(VarContribution::componentVar)
        .allSatisfy(c -> assertThat(c).isCloseTo(20_146.76, within(0.01)));
    assertThat(allocation.books())
        .extracting(VarContribution::book)
        .containsExactly(EQUITIES, MACRO);
    // Marginal VaR of A: (Σw)_A / σ × z = 150 / 17,320.51 × 2.326348 = 0.020147 per dollar.
    assertThat(allocation.positions().get(0).marginalVar()).isCloseTo(0.020147, within(1e-6));
  }

  @Test
  void threeAssetsWithAShortWorkedByHand() {
    // Long $1M at 1 %, long $2M at 2 %, short $0.5M at 3 % a day; correlations 0.3 (1-2),
    // 0.5 (1-3), 0.2 (2-3). Σ = [[1e-4, 6e-5, 1.5e-4], [6e-5, 4e-4, 1.2e-4], [1.5e-4, 1.2e-4,
    // 9e-4]]; Σw = (100 + 120 − 75, 60 + 800 − 60, 150 + 240 − 450) = (145, 800, −60);
    // σ² = 1.45e8 + 1.6e9 + 3e7 = 1.775e9, σ = 42,130.75; 1-day 95 % VaR = 1.644854 σ = 69,298.92;
    // ES = σ φ(1.644854) / 0.05 = 2.062713 σ = 86,903.64. Components w_i (Σw)_i / σ × z:
    // 5,661.04, 62,466.63 and, for the short, 3e7 / σ × z = 1,171.25 (it adds risk).
    RiskFactor c = RiskFactor.price(new InstrumentId(3));
    RiskPortfolio three =
        portfolio(
            stock(EQUITIES, 1, 10_000, 100),
            stock(EQUITIES, 2, 20_000, 100),
            stock(MACRO, 3, -5_000, 100));
    FactorCovariance cov =
        FactorCovariance.of(
            List.of(A, B, c),
            new double[][] {
              {1e-4, 6e-5, 1.5e-4},
              {6e-5, 4e-4, 1.2e-4},
              {1.5e-4, 1.2e-4, 9e-4}
            });

    VarAllocation allocation = ParametricVar.allocate(three, cov, 0.95, 1);

    assertThat(allocation.total().var()).isCloseTo(69_298.92, within(0.01));
    assertThat(allocation.total().expectedShortfall()).isCloseTo(86_903.64, within(0.01));
    assertThat(allocation.positions().stream().mapToDouble(VarContribution::componentVar).toArray())
        .containsExactly(new double[] {5_661.04, 62_466.63, 1_171.25}, within(0.01));
    assertThat(allocation.books().stream().mapToDouble(VarContribution::componentVar).toArray())
        .containsExactly(new double[] {68_127.67, 1_171.25}, within(0.01));
  }

  @Test
  void aForeignStockCarriesItsPriceRiskAndItsCurrencyRisk() {
    // €1,000,000 of a German stock at EUR/USD 1.25 is $1,250,000 exposed to its price (1 % a day)
    // and to EUR (0.5 % a day), uncorrelated: σ = 1,250,000 × √(1e-4 + 0.25e-4) = 13,975.42.
    RiskPortfolio german =
        portfolio(position(EQUITIES, 1, AssetClass.EQUITY, "Industrials", EUR, 10_000, 100, 1.25));
    assertThat(german.factors()).containsExactly(A, RiskFactor.fx(EUR));
    FactorCovariance cov =
        FactorCovariance.of(german.factors(), new double[][] {{1e-4, 0}, {0, 0.25e-4}});

    assertThat(ParametricVar.sigma(german, cov)).isCloseTo(13_975.42, within(0.01));
  }

  @Test
  void aHedgedPairHasNoVarWhenPerfectlyCorrelated() {
    RiskPortfolio hedged = portfolio(stock(EQUITIES, 1, 1_000, 50), stock(EQUITIES, 2, -500, 100));
    FactorCovariance identical =
        FactorCovariance.of(List.of(A, B), new double[][] {{4e-4, 4e-4}, {4e-4, 4e-4}});

    VarAllocation allocation = ParametricVar.allocate(hedged, identical, 0.99, 1);

    assertThat(allocation.total().var()).isCloseTo(0, within(1e-6));
    assertThat(allocation.positions()).allSatisfy(c -> assertThat(c.componentVar()).isZero());
  }

  @Test
  void ewmaWeightsTheNewestReturnsMost() {
    // Two days, λ = 0.5: weights 1/3 (older) and 2/3 (newest); σ² = 1/3 × 0.01² + 2/3 × 0.04².
    FactorReturns returns = RiskFixtures.returns(List.of(A), new double[][] {{0.01, 0.04}});

    double variance = FactorCovariance.ewma(returns, 0.5).matrix()[0][0];

    assertThat(variance).isCloseTo(0.0001 / 3 + 2 * 0.0016 / 3, within(1e-15));
  }

  @Test
  void sampleCovarianceSubtractsTheMeanAndDividesByNMinusOne() {
    FactorReturns returns =
        RiskFixtures.returns(List.of(A, B), new double[][] {{0.01, 0.03}, {0.02, -0.02}});

    double[][] cov = FactorCovariance.sample(returns).matrix();

    // means 0.02 and 0; deviations (−0.01, 0.01) and (0.02, −0.02); N − 1 = 1.
    assertThat(cov[0][0]).isCloseTo(0.0002, within(1e-15));
    assertThat(cov[1][1]).isCloseTo(0.0008, within(1e-15));
    assertThat(cov[0][1]).isCloseTo(-0.0004, within(1e-15));
  }

  @Test
  void sampleCovarianceAgreesWithHipparchus() {
    FactorReturns returns =
        RiskFixtures.randomReturns(RiskFixtures.randomPortfolio(12, 5).factors(), 80, 0.02, 5);
    double[][] byDay = new double[returns.days()][returns.factors().size()];
    for (int f = 0; f < returns.factors().size(); f++) {
      for (int d = 0; d < returns.days(); d++) {
        byDay[d][f] = returns.returns()[f][d];
      }
    }

    double[][] expected = new Covariance(byDay).getCovarianceMatrix().getData();
    double[][] actual = FactorCovariance.sample(returns).matrix();

    for (int i = 0; i < expected.length; i++) {
      assertThat(actual[i]).containsExactly(expected[i], within(1e-15));
    }
  }

  @Property(tries = 50)
  void componentsSumToTheTotalForAnyPortfolio(
      @ForAll @IntRange(min = 1, max = 40) int positions, @ForAll long seed) {
    RiskPortfolio portfolio = RiskFixtures.randomPortfolio(positions, seed);
    FactorReturns returns =
        RiskFixtures.randomReturns(portfolio.factors(), 60, 0.015, seed ^ 0x5DEECE66DL);
    FactorCovariance cov = FactorCovariance.sample(returns);

    VarAllocation allocation = ParametricVar.allocate(portfolio, cov, 0.99, 10);

    double var = allocation.total().var();
    double es = allocation.total().expectedShortfall();
    double tolerance = 1e-9 * Math.max(1, var);
    assertThat(allocation.positions().stream().mapToDouble(VarContribution::componentVar).sum())
        .isCloseTo(var, within(tolerance));
    assertThat(allocation.books().stream().mapToDouble(VarContribution::componentVar).sum())
        .isCloseTo(var, within(tolerance));
    assertThat(allocation.positions().stream().mapToDouble(VarContribution::componentEs).sum())
        .isCloseTo(es, within(1e-9 * Math.max(1, es)));
  }

  @Property(tries = 50)
  void varGrowsWithConfidenceAndEsExceedsVar(
      @ForAll @DoubleRange(min = 0.8, max = 0.995) @Scale(4) double lower,
      @ForAll @DoubleRange(min = 0.0001, max = 0.004) @Scale(4) double step,
      @ForAll long seed) {
    RiskPortfolio portfolio = RiskFixtures.randomPortfolio(10, seed);
    FactorCovariance cov =
        FactorCovariance.sample(RiskFixtures.randomReturns(portfolio.factors(), 40, 0.01, seed));

    VarEstimate low = ParametricVar.estimate(portfolio, cov, lower, 1);
    VarEstimate high = ParametricVar.estimate(portfolio, cov, lower + step, 1);

    assertThat(high.var()).isGreaterThan(low.var());
    assertThat(low.expectedShortfall()).isGreaterThan(low.var());
  }
}
