package com.tickmark.model.risk;

import static com.tickmark.model.risk.RiskFixtures.EUR;
import static com.tickmark.model.risk.RiskFixtures.GBP;
import static com.tickmark.model.risk.RiskFixtures.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.tickmark.model.marketdata.FxRate;
import com.tickmark.model.marketdata.MarketDataStore;
import com.tickmark.model.marketdata.Price;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketHistoryTest {
  private static final InstrumentId ID = new InstrumentId(1);
  private static final RiskFactor A = RiskFactor.price(ID);
  // Monday 30 November to Friday 4 December 2026.
  private static final List<LocalDate> WEEK = RiskFixtures.businessDays(5);

  private static Price close(int day, String close) {
    return new Price(ID, WEEK.get(day), new BigDecimal(close), 0);
  }

  @Test
  void carriesAClosingPriceOverAHolidayAndFlagsIt() {
    // No close on Wednesday (a holiday there): Tuesday's stands in, the price does not move, and
    // Thursday's return is measured from Tuesday.
    MarketHistory history =
        MarketHistory.builder(USD, WEEK)
            .prices(
                ID, List.of(close(0, "100"), close(1, "102"), close(3, "96.9"), close(4, "96.9")))
            .build();

    FactorReturns returns = history.returns(List.of(A), 500);

    assertThat(returns.dates()).containsExactlyElementsOf(WEEK.subList(1, 5));
    assertThat(returns.returns()[0])
        .containsExactly(new double[] {0.02, 0, -0.05, 0}, within(1e-12));
    assertThat(history.gaps())
        .containsExactly(new MarketGap(A, WEEK.get(2), MarketGap.Kind.CARRIED_FORWARD));
  }

  @Test
  void aFactorDoesNotMoveBeforeItsFirstCloseAndTheDaysAreFlaggedMissing() {
    MarketHistory history =
        MarketHistory.builder(USD, WEEK)
            .prices(ID, List.of(close(2, "10"), close(3, "11")))
            .build();

    assertThat(history.returns(List.of(A), 500).returns()[0])
        .containsExactly(new double[] {0, 0, 0.1, 0}, within(1e-12));
    assertThat(history.gaps())
        .containsExactly(
            new MarketGap(A, WEEK.get(0), MarketGap.Kind.MISSING),
            new MarketGap(A, WEEK.get(1), MarketGap.Kind.MISSING),
            new MarketGap(A, WEEK.get(4), MarketGap.Kind.CARRIED_FORWARD));
  }

  @Test
  void readsARateQuotedEitherWayRoundPreferringTheDirectQuote() {
    // EUR/USD 1.25 on Monday; only USD/EUR 0.8 (so EUR/USD 1.25) on Tuesday... and 0.5 on
    // Wednesday alongside a direct EUR/USD 1.30, which wins.
    MarketHistory history =
        MarketHistory.builder(USD, WEEK.subList(0, 3))
            .fxRates(
                EUR,
                List.of(
                    new FxRate(WEEK.get(0), EUR, USD, new BigDecimal("1.25")),
                    new FxRate(WEEK.get(1), USD, EUR, new BigDecimal("0.8")),
                    new FxRate(WEEK.get(2), USD, EUR, new BigDecimal("0.5")),
                    new FxRate(WEEK.get(2), EUR, USD, new BigDecimal("1.30"))))
            .build();

    assertThat(history.levels(RiskFactor.fx(EUR)))
        .containsExactly(new double[] {1.25, 1.25, 1.30}, within(1e-12));
  }

  @Test
  void refusesARateOfAnotherPairAndTheReportingCurrency() {
    MarketHistory.Builder builder = MarketHistory.builder(USD, WEEK);
    FxRate gbpEur = new FxRate(WEEK.get(0), GBP, EUR, BigDecimal.ONE);

    assertThatThrownBy(() -> builder.fxRates(EUR, List.of(gbpEur)))
        .hasMessageContaining("GBP/EUR is not a rate of EUR against USD");
    assertThatThrownBy(() -> builder.fxRates(USD, List.of()))
        .hasMessageContaining("reporting currency");
  }

  @Test
  void keepsTheLastDaysOfTheWindow() {
    MarketHistory history =
        MarketHistory.builder(USD, WEEK)
            .prices(
                ID,
                List.of(close(0, "1"), close(1, "2"), close(2, "3"), close(3, "6"), close(4, "3")))
            .build();

    FactorReturns lastTwo = history.returns(List.of(A), 2);

    assertThat(lastTwo.dates()).containsExactly(WEEK.get(3), WEEK.get(4));
    assertThat(lastTwo.returns()[0]).containsExactly(1.0, -0.5);
  }

  @Test
  void measuresAnEpisodeFromTheCloseBeforeItStarts() {
    MarketHistory history =
        MarketHistory.builder(USD, WEEK)
            .prices(
                ID,
                List.of(
                    close(0, "100"),
                    close(1, "90"),
                    close(2, "80"),
                    close(3, "75"),
                    close(4, "85")))
            .build();

    // Tuesday to Thursday: from Monday's close (100) to Thursday's (75).
    assertThat(history.moveOver(List.of(A), WEEK.get(1), WEEK.get(3))[0])
        .isCloseTo(-0.25, within(1e-12));
    assertThatThrownBy(() -> history.moveOver(List.of(A), WEEK.get(0), WEEK.get(3)))
        .hasMessageContaining("does not cover");
  }

  @Test
  void loadsClosesAndBothQuotesOfARateFromTheStoreIncludingACloseBeforeTheWindow() {
    LocalDate lastFriday = WEEK.get(0).minusDays(3);
    MarketDataStore store =
        new MarketDataStore() {
          @Override
          public List<Price> priceHistory(InstrumentId instrument, LocalDate from, LocalDate to) {
            assertThat(from).isBeforeOrEqualTo(lastFriday);
            return List.of(new Price(ID, lastFriday, BigDecimal.TEN, 0), close(2, "11"));
          }

          @Override
          public List<FxRate> fxHistory(
              CurrencyCode base, CurrencyCode quote, LocalDate from, LocalDate to) {
            return base.equals(USD)
                ? List.of(new FxRate(WEEK.get(0), USD, EUR, new BigDecimal("0.8")))
                : List.of();
          }

          @Override
          public List<String> fxPairs() {
            return List.of();
          }
        };

    MarketHistory history = MarketHistory.load(store, USD, WEEK, List.of(A, RiskFactor.fx(EUR)));

    assertThat(history.levels(A)).containsExactly(10, 10, 11, 11, 11);
    assertThat(history.levels(RiskFactor.fx(EUR))[4]).isCloseTo(1.25, within(1e-12));
    // The price carries last Friday's close into Monday and Tuesday and Wednesday's into Thursday
    // and Friday; EUR carries Monday's rate into the other four days.
    assertThat(history.gaps()).hasSize(4 + 4);
  }
}
