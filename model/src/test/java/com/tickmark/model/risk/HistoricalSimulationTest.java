package com.tickmark.model.risk;

import static com.tickmark.model.risk.RiskFixtures.EQUITIES;
import static com.tickmark.model.risk.RiskFixtures.EUR;
import static com.tickmark.model.risk.RiskFixtures.MACRO;
import static com.tickmark.model.risk.RiskFixtures.USD;
import static com.tickmark.model.risk.RiskFixtures.portfolio;
import static com.tickmark.model.risk.RiskFixtures.position;
import static com.tickmark.model.risk.RiskFixtures.stock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.tickmark.model.marketdata.FxRate;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.InstrumentId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class HistoricalSimulationTest {
  private static final RiskFactor A = RiskFactor.price(new InstrumentId(1));

  /** Twenty daily returns of one stock, in per cent. */
  private static final double[] TWENTY_DAYS_PERCENT = {
    0.5, -1.2, 0.3, -3.1, 1.8, -0.4, 2.2, -2.5, 0.9, -0.7, 1.1, -4.0, 0.2, -1.9, 0.6, -0.1, 1.4,
    -2.8, 0.8, -0.3
  };

  private static HistoricalSimulation twentyScenarios() {
    double[] r = Arrays.stream(TWENTY_DAYS_PERCENT).map(p -> p / 100).toArray();
    return HistoricalSimulation.run(
        portfolio(stock(EQUITIES, 1, 1_000, 100)),
        RiskFixtures.returns(List.of(A), new double[][] {r}));
  }

  @Test
  void picksTheKthWorstLossOfTwentyScenarios() {
    // $100,000 of stock: P&Ls are 1,000 × the returns in per cent. The losses, worst first:
    // 4,000, 3,100, 2,800, 2,500, 1,900, ...
    HistoricalSimulation simulation = twentyScenarios();

    // 95 %: k = ⌈0.05 × 20⌉ = 1: the worst loss.
    assertThat(simulation.estimate(0.95, 1).var()).isCloseTo(4_000, within(1e-6));
    assertThat(simulation.estimate(0.95, 1).expectedShortfall()).isCloseTo(4_000, within(1e-6));
    // 90 %: k = 2: VaR the 2nd worst, ES the mean of the two worst.
    assertThat(simulation.estimate(0.90, 1).var()).isCloseTo(3_100, within(1e-6));
    assertThat(simulation.estimate(0.90, 1).expectedShortfall()).isCloseTo(3_550, within(1e-6));
    // 80 %: k = 4: (4,000 + 3,100 + 2,800 + 2,500) / 4 = 3,100.
    assertThat(simulation.estimate(0.80, 1).var()).isCloseTo(2_500, within(1e-6));
    assertThat(simulation.estimate(0.80, 1).expectedShortfall()).isCloseTo(3_100, within(1e-6));
    // 10 days: × √10.
    assertThat(simulation.estimate(0.90, 10).var()).isCloseTo(9_803.06, within(0.01));
    assertThat(simulation.estimate(0.90, 10).horizonDays()).isEqualTo(10);
  }

  @Test
  void listsEveryScenarioDayWithItsPnlAndTheWorstFirst() {
    HistoricalSimulation simulation = twentyScenarios();

    assertThat(simulation.scenarios()).hasSize(20);
    assertThat(simulation.scenarios().get(0).pnl()).isCloseTo(500, within(1e-6));
    assertThat(simulation.scenarios().get(19).date()).isEqualTo(RiskFixtures.TODAY);
    assertThat(simulation.worst(3).stream().mapToDouble(ScenarioPnl::pnl).toArray())
        .containsExactly(new double[] {-4_000, -3_100, -2_800}, within(1e-9));
    assertThat(simulation.worst(1).get(0).date()).isEqualTo(simulation.dates().get(11));
  }

  @Test
  void ninetyNinePercentOfFiveHundredScenariosIsTheFifthWorst() {
    assertThat(LossQuantile.tailCount(500, 0.99)).isEqualTo(5);
    assertThat(LossQuantile.tailCount(500, 0.95)).isEqualTo(25);
    assertThat(LossQuantile.tailCount(250, 0.99)).isEqualTo(3);
    assertThat(LossQuantile.tailCount(20, 0.999)).isEqualTo(1);
  }

  @Test
  void revaluesAForeignStockUnderItsPriceAndCurrencyMoves() {
    // 100 shares of a EUR stock at €50, EUR/USD 1.20 today. History: closes and rates on three
    // days; the scenario P&L is today's value revalued with both moves, computed here from the
    // closes.
    List<LocalDate> days = RiskFixtures.businessDays(3);
    InstrumentId id = new InstrumentId(1);
    double[] closes = {40, 42, 39.9};
    double[] rates = {1.10, 1.045, 1.0659};
    List<Price> prices = new ArrayList<>();
    List<FxRate> fx = new ArrayList<>();
    for (int d = 0; d < 3; d++) {
      prices.add(new Price(id, days.get(d), BigDecimal.valueOf(closes[d]), 0));
      fx.add(new FxRate(days.get(d), EUR, USD, BigDecimal.valueOf(rates[d])));
    }
    MarketHistory history =
        MarketHistory.builder(USD, days).prices(id, prices).fxRates(EUR, fx).build();
    RiskPortfolio german =
        portfolio(position(EQUITIES, 1, AssetClass.EQUITY, "Industrials", EUR, 100, 50, 1.20));

    HistoricalSimulation simulation =
        HistoricalSimulation.run(german, history.returns(german.factors(), 500));

    double today = 100 * 50 * 1.20;
    double[] expected = new double[2];
    for (int d = 1; d < 3; d++) {
      double price = 50 * closes[d] / closes[d - 1];
      double rate = 1.20 * rates[d] / rates[d - 1];
      expected[d - 1] = 100 * price * rate - today;
    }
    assertThat(simulation.dates()).containsExactly(days.get(1), days.get(2));
    assertThat(simulation.pnl()[0]).isCloseTo(expected[0], within(1e-9));
    assertThat(simulation.pnl()[1]).isCloseTo(expected[1], within(1e-9));
    // Full revaluation, not delta: the cross term of the two moves is in.
    assertThat(simulation.pnl()[0]).isCloseTo(6_000 * (1.05 * 0.95 - 1), within(1e-9));
  }

  @Test
  void refusesReturnsThatLackAFactorOfThePortfolio() {
    RiskPortfolio portfolio = portfolio(stock(EQUITIES, 2, 10, 10));
    FactorReturns onlyA = RiskFixtures.returns(List.of(A), new double[][] {{0.01}});

    assertThatThrownBy(() -> HistoricalSimulation.run(portfolio, onlyA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PRICE:2");
  }

  @Test
  void allocatesVarToThePositionsLossesInTheVarScenario() {
    RiskPortfolio two = portfolio(stock(EQUITIES, 1, 1_000, 100), stock(MACRO, 2, -500, 100));
    // Portfolio P&Ls: 1,000 × a − 500 × b (in per cent): day 0: −1,000 + 500 = −500;
    // day 1: −3,000 − 1,000 = −4,000; day 2: 2,000 + 0 = 2,000; day 3: −2,000 − 500 = −2,500.
    FactorReturns returns =
        RiskFixtures.returns(
            List.of(A, RiskFactor.price(new InstrumentId(2))),
            new double[][] {{-0.01, -0.03, 0.02, -0.02}, {-0.01, 0.02, 0, 0.01}});
    HistoricalSimulation simulation = HistoricalSimulation.run(two, returns);

    // 50 %: k = 2: VaR is the loss of day 3 (2,500), ES the mean of days 1 and 3 (3,250).
    VarAllocation allocation = simulation.allocate(0.5, 1);

    assertThat(allocation.total().var()).isCloseTo(2_500, within(1e-9));
    assertThat(allocation.positions().stream().mapToDouble(VarContribution::componentVar).toArray())
        .containsExactly(new double[] {2_000, 500}, within(1e-9));
    assertThat(allocation.positions().get(0).componentEs()).isCloseTo(2_500, within(1e-9));
    assertThat(allocation.positions().get(1).componentEs()).isCloseTo(750, within(1e-9));
    assertThat(allocation.books())
        .extracting(VarContribution::book)
        .containsExactly(EQUITIES, MACRO);
  }

  @Test
  void aBooksStandaloneVarComesFromItsOwnPositions() {
    RiskPortfolio two = portfolio(stock(EQUITIES, 1, 1_000, 100), stock(MACRO, 2, -500, 100));
    FactorReturns returns =
        RiskFixtures.returns(
            List.of(A, RiskFactor.price(new InstrumentId(2))),
            new double[][] {{-0.01, -0.03}, {-0.01, 0.02}});

    VarEstimate macro = HistoricalSimulation.run(two.forBook(MACRO), returns).estimate(0.99, 1);

    assertThat(macro.var()).isCloseTo(1_000, within(1e-9));
  }

  @Property(tries = 30)
  void varIsAnIndependentQuantileOfTheScenarioVector(
      @ForAll @IntRange(min = 1, max = 600) int days,
      @ForAll @IntRange(min = 900, max = 999) int confidencePerMille,
      @ForAll long seed) {
    RiskPortfolio portfolio = RiskFixtures.randomPortfolio(5, seed);
    HistoricalSimulation simulation =
        HistoricalSimulation.run(
            portfolio, RiskFixtures.randomReturns(portfolio.factors(), days, 0.02, seed));

    // Losses largest first; k = ⌈(1000 − c‰) × N / 1000⌉ in integers.
    double[] losses = Arrays.stream(simulation.pnl()).map(p -> -p).sorted().toArray();
    int k = Math.max(1, ((1000 - confidencePerMille) * days + 999) / 1000);
    double expectedVar = losses[days - k];
    double expectedEs = Arrays.stream(losses, days - k, days).average().orElseThrow();

    VarEstimate var = simulation.estimate(confidencePerMille / 1000.0, 1);
    assertThat(var.var()).isEqualTo(expectedVar);
    assertThat(var.expectedShortfall()).isCloseTo(expectedEs, within(1e-6));
  }

  @Property(tries = 30)
  void varDoesNotFallAsConfidenceRises(
      @ForAll @IntRange(min = 500, max = 989) int lowerPerMille,
      @ForAll @IntRange(min = 1, max = 10) int stepPerMille,
      @ForAll long seed) {
    RiskPortfolio portfolio = RiskFixtures.randomPortfolio(6, seed);
    HistoricalSimulation simulation =
        HistoricalSimulation.run(
            portfolio, RiskFixtures.randomReturns(portfolio.factors(), 500, 0.02, seed));

    VarEstimate lower = simulation.estimate(lowerPerMille / 1000.0, 1);
    VarEstimate higher = simulation.estimate((lowerPerMille + stepPerMille) / 1000.0, 1);

    assertThat(higher.var()).isGreaterThanOrEqualTo(lower.var());
    assertThat(higher.expectedShortfall()).isGreaterThanOrEqualTo(lower.expectedShortfall());
  }

  @Property(tries = 30)
  void varDoesNotDependOnTheOrderOfTheScenarios(
      @ForAll @IntRange(min = 20, max = 300) int days, @ForAll long seed) {
    RiskPortfolio portfolio = RiskFixtures.randomPortfolio(8, seed);
    FactorReturns returns = RiskFixtures.randomReturns(portfolio.factors(), days, 0.02, seed);
    List<Integer> order = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      order.add(d);
    }
    Collections.shuffle(order, new Random(seed));
    double[][] shuffled = new double[returns.factors().size()][days];
    for (int f = 0; f < shuffled.length; f++) {
      for (int d = 0; d < days; d++) {
        shuffled[f][d] = returns.returns()[f][order.get(d)];
      }
    }

    VarEstimate original = HistoricalSimulation.run(portfolio, returns).estimate(0.99, 1);
    VarEstimate reordered =
        HistoricalSimulation.run(
                portfolio, new FactorReturns(returns.factors(), returns.dates(), shuffled))
            .estimate(0.99, 1);

    assertThat(reordered.var()).isEqualTo(original.var());
    assertThat(reordered.expectedShortfall()).isCloseTo(original.expectedShortfall(), within(1e-6));
  }

  @Property(tries = 30)
  void componentsSumToVarAndEsAndEsIsAtLeastVar(
      @ForAll @IntRange(min = 1, max = 30) int positions,
      @ForAll @IntRange(min = 90, max = 995) int confidencePerMille,
      @ForAll long seed) {
    RiskPortfolio portfolio = RiskFixtures.randomPortfolio(positions, seed);
    HistoricalSimulation simulation =
        HistoricalSimulation.run(
            portfolio, RiskFixtures.randomReturns(portfolio.factors(), 250, 0.02, seed));

    VarAllocation allocation = simulation.allocate(confidencePerMille / 1000.0, 10);

    VarEstimate total = allocation.total();
    assertThat(total.expectedShortfall()).isGreaterThanOrEqualTo(total.var() - 1e-9);
    assertThat(allocation.positions().stream().mapToDouble(VarContribution::componentVar).sum())
        .isCloseTo(total.var(), within(1e-6 * Math.max(1, Math.abs(total.var()))));
    assertThat(allocation.books().stream().mapToDouble(VarContribution::componentEs).sum())
        .isCloseTo(
            total.expectedShortfall(),
            within(1e-6 * Math.max(1, Math.abs(total.expectedShortfall()))));
  }
}
