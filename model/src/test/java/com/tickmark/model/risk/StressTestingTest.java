package com.tickmark.model.risk;

import static com.tickmark.model.risk.RiskFixtures.EQUITIES;
import static com.tickmark.model.risk.RiskFixtures.EUR;
import static com.tickmark.model.risk.RiskFixtures.MACRO;
import static com.tickmark.model.risk.RiskFixtures.USD;
import static com.tickmark.model.risk.RiskFixtures.portfolio;
import static com.tickmark.model.risk.RiskFixtures.position;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.tickmark.model.marketdata.Price;
import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.InstrumentId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StressTestingTest {
  // Equities book: $100,000 of a US tech stock, €50,000 (×1.2 = $60,000) of a German bank,
  // short $40,000 of a tech ETF. Macro book: €100,000 cash ($120,000), long $30,000 of the bank.
  private static final RiskPosition US_TECH =
      position(EQUITIES, 1, AssetClass.EQUITY, "Technology", USD, 1_000, 100, 1);
  private static final RiskPosition DE_BANK =
      position(EQUITIES, 2, AssetClass.EQUITY, "Financials", EUR, 1_000, 50, 1.2);
  private static final RiskPosition TECH_ETF =
      position(EQUITIES, 3, AssetClass.ETF, "Technology", USD, -400, 100, 1);
  private static final RiskPosition EUR_CASH = RiskPosition.cash(MACRO, EUR, 100_000, 1.2);
  private static final RiskPosition MACRO_BANK =
      position(MACRO, 2, AssetClass.EQUITY, "Financials", EUR, 500, 50, 1.2);
  private static final RiskPortfolio BOOKS =
      portfolio(US_TECH, DE_BANK, TECH_ETF, EUR_CASH, MACRO_BANK);

  @Test
  void equitiesDownTwentyPercentHitsStocksAndEtfsButNotCash() {
    StressResult result = StressTesting.apply(BOOKS, ShockSet.equities(-0.20), 3);

    // −20 % of (100,000 + 60,000 − 40,000) and of 30,000.
    assertThat(result.name()).isEqualTo("Equities −20%");
    assertThat(result.pnl()).isCloseTo(-30_000, within(1e-6));
    assertThat(result.pnlByBook().get(EQUITIES)).isCloseTo(-24_000, within(1e-6));
    assertThat(result.pnlByBook().get(MACRO)).isCloseTo(-6_000, within(1e-6));
    assertThat(result.topLosers())
        .extracting(StressResult.PositionPnl::position)
        .containsExactly(US_TECH, DE_BANK, MACRO_BANK);
  }

  @Test
  void aCurrencyUpTenPercentRevaluesEverythingHeldInIt() {
    StressResult result = StressTesting.apply(BOOKS, ShockSet.currency(EUR, 0.10), 10);

    // 10 % of 60,000 + 120,000 + 30,000; nothing loses.
    assertThat(result.pnl()).isCloseTo(21_000, within(1e-6));
    assertThat(result.topLosers()).isEmpty();
  }

  @Test
  void aSectorShockAndACurrencyShockCompound() {
    ShockSet financialsAndEuro =
        new ShockSet(
            "Euro banks", List.of(Shock.sector("financials", -0.30), Shock.currency(EUR, -0.10)));

    StressResult result = StressTesting.apply(BOOKS, financialsAndEuro, 10);

    // Banks: 90,000 × (0.7 × 0.9 − 1) = −33,300; cash: 120,000 × −0.1 = −12,000.
    assertThat(result.pnl()).isCloseTo(-45_300, within(1e-6));
    assertThat(result.pnlByBook().get(EQUITIES)).isCloseTo(-22_200, within(1e-6));
  }

  @Test
  void shockingTheReportingCurrencyMovesEveryOtherCurrencyTheOtherWay() {
    StressResult result = StressTesting.apply(BOOKS, ShockSet.currency(USD, 0.25), 10);

    // EUR is worth 1 / 1.25 − 1 = −20 % in dollars: −20 % of 210,000.
    assertThat(result.pnl()).isCloseTo(-42_000, within(1e-6));
  }

  @Test
  void aShockOnOneInstrumentMovesItInEveryBook() {
    StressResult result =
        StressTesting.apply(
            BOOKS,
            new ShockSet("Bank default", List.of(Shock.instrument(new InstrumentId(2), -0.9))),
            1);

    assertThat(result.pnl()).isCloseTo(-81_000, within(1e-6));
    assertThat(result.topLosers())
        .extracting(StressResult.PositionPnl::position)
        .containsExactly(DE_BANK);
  }

  @Test
  void refusesAShockOfMoreThanEverythingOrOnAnAssetClassThatDoesNotExist() {
    assertThatThrownBy(() -> Shock.sector("Technology", -1.5)).hasMessageContaining("−100 %");
    assertThatThrownBy(() -> new Shock(Shock.Target.ASSET_CLASS, "bonds", -0.1))
        .hasMessageContaining("There is no asset class 'bonds'");
  }

  @Test
  void readsAUserDefinedShockSetWrittenInLowerCase() {
    ShockSet typed =
        new ShockSet(
            "Typed",
            List.of(
                new Shock(Shock.Target.ASSET_CLASS, "etf", -0.5),
                new Shock(Shock.Target.CURRENCY, " eur ", 0.1)));

    // The short ETF gains 20,000; EUR holdings gain 21,000.
    assertThat(StressTesting.apply(BOOKS, typed, 0).pnl()).isCloseTo(41_000, within(1e-6));
  }

  @Test
  void replaysTheWorstDaysOfTheHistoryWorstFirst() {
    RiskPortfolio tech = portfolio(US_TECH, TECH_ETF);
    FactorReturns returns =
        RiskFixtures.returns(
            tech.factors(), new double[][] {{-0.05, 0.01, -0.02}, {-0.05, -0.03, 0.01}});
    // P&Ls: −5,000 + 2,000 = −3,000; 1,000 + 1,200 = 2,200; −2,000 − 400 = −2,400.

    List<StressResult> worst =
        StressTesting.worstDays(HistoricalSimulation.run(tech, returns), 2, 1);

    assertThat(worst)
        .extracting(StressResult::name)
        .containsExactly(
            "Worst day " + returns.dates().get(0), "Worst day " + returns.dates().get(2));
    assertThat(worst.get(0).pnl()).isCloseTo(-3_000, within(1e-6));
    assertThat(worst.get(0).topLosers().get(0).pnl()).isCloseTo(-5_000, within(1e-6));
  }

  @Test
  void replaysANamedEpisodeOnTodaysPositions() {
    List<LocalDate> days = RiskFixtures.businessDays(4);
    InstrumentId id = new InstrumentId(1);
    double[] closes = {200, 180, 150, 160};
    MarketHistory.Builder builder = MarketHistory.builder(USD, days);
    builder.prices(
        id,
        List.of(
            new Price(id, days.get(0), BigDecimal.valueOf(closes[0]), 0),
            new Price(id, days.get(1), BigDecimal.valueOf(closes[1]), 0),
            new Price(id, days.get(2), BigDecimal.valueOf(closes[2]), 0),
            new Price(id, days.get(3), BigDecimal.valueOf(closes[3]), 0)));
    RiskPortfolio stock = portfolio(US_TECH);

    StressResult selloff =
        StressTesting.episode(stock, builder.build(), "Sell-off", days.get(1), days.get(2), 5);

    // From 200 to 150: −25 % of $100,000.
    assertThat(selloff.name()).isEqualTo("Sell-off");
    assertThat(selloff.pnl()).isCloseTo(-25_000, within(1e-6));
  }
}
