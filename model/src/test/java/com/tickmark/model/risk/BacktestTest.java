package com.tickmark.model.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BacktestTest {
  @Test
  void kupiecStatisticForEightExceptionsInTwoHundredFiftyDaysAtNinetyNinePercent() {
    // LR = −2 ln(0.99^242 × 0.01^8) + 2 ln(0.968^242 × 0.032^8)
    //    = −2 (−2.43218 − 36.84136) + 2 (−7.87062 − 27.53615) = 7.7336; P(χ²₁ ≥ 7.7336) = 0.00542.
    Kupiec kupiec = Kupiec.test(250, 8, 0.99);

    assertThat(kupiec.statistic()).isCloseTo(7.7336, within(1e-4));
    assertThat(kupiec.pValue()).isCloseTo(0.00542, within(1e-5));
    assertThat(kupiec.expectedRate()).isCloseTo(0.01, within(1e-15));
  }

  @Test
  void kupiecAcceptsUpToSixExceptionsInTwoHundredFiftyDaysAtFivePercentSignificance() {
    // Jorion's table of the POF test: at p = 1 % and T = 250, do not reject while N < 7.
    assertThat(Kupiec.test(250, 6, 0.99).pValue()).isGreaterThan(0.05);
    assertThat(Kupiec.test(250, 7, 0.99).pValue()).isLessThan(0.05);
    // Exactly the expected rate: nothing to reject.
    assertThat(Kupiec.test(500, 25, 0.95).statistic()).isCloseTo(0, within(1e-9));
    // No exception at all: LR = −2 × 250 × ln 0.99 = 5.0252.
    assertThat(Kupiec.test(250, 0, 0.99).statistic()).isCloseTo(5.0252, within(1e-4));
  }

  @Test
  void trafficLightZonesChangeAtFiveAndTenExceptions() {
    assertThat(TrafficLight.of(0)).isEqualTo(TrafficLight.GREEN);
    assertThat(TrafficLight.of(4)).isEqualTo(TrafficLight.GREEN);
    assertThat(TrafficLight.of(5)).isEqualTo(TrafficLight.YELLOW);
    assertThat(TrafficLight.of(9)).isEqualTo(TrafficLight.YELLOW);
    assertThat(TrafficLight.of(10)).isEqualTo(TrafficLight.RED);
  }

  @Test
  void marksDaysWhoseLossExceedsThePreviousDaysVarAndZonesTheLastTwoHundredFiftyDays() {
    // 300 days with a VaR of 1,000: losses of 1,500 on days 10–19 (before the last 250) and on
    // 5 of the last 250 days; a loss of exactly 1,000 is not an exception.
    List<Backtest.Day> days = new ArrayList<>();
    LocalDate date = LocalDate.of(2025, 1, 1);
    for (int i = 0; i < 300; i++) {
      boolean early = i >= 10 && i < 20;
      boolean late = i >= 100 && i % 40 == 0 && i < 300;
      double pnl = early || late ? -1_500 : i == 50 ? -1_000 : 200;
      days.add(new Backtest.Day(date.plusDays(i), pnl, 1_000));
    }

    Backtest backtest = Backtest.of(days, 0.99);

    assertThat(backtest.days().get(10).exception()).isTrue();
    assertThat(backtest.days().get(50).exception()).isFalse();
    assertThat(backtest.exceptions()).isEqualTo(15);
    assertThat(backtest.kupiec().observations()).isEqualTo(300);
    assertThat(backtest.zoneDays()).isEqualTo(250);
    assertThat(backtest.zoneExceptions()).isEqualTo(5);
    assertThat(backtest.zone()).isEqualTo(TrafficLight.YELLOW);
  }

  @Test
  void refusesDaysOutOfOrder() {
    LocalDate d = LocalDate.of(2025, 1, 2);
    List<Backtest.Day> days = List.of(new Backtest.Day(d, 0, 1), new Backtest.Day(d, 0, 1));

    assertThatThrownBy(() -> Backtest.of(days, 0.99)).hasMessageContaining("in date order");
  }
}
