package com.tickmark.model.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.calendar.MarketCalendars;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettlementDateCalculatorTest {
  private static final CurrencyCode CAD = CurrencyCode.of("CAD");
  private final SettlementDateCalculator calculator =
      new SettlementDateCalculator(MarketCalendars.standard(2024, 2027));

  private LocalDate settle(SettlementConvention convention, String tradeDate) {
    return calculator.settlementDate(convention, LocalDate.parse(tradeDate));
  }

  @Test
  void usEquityTradedWednesdaySettlesThursday() {
    assertThat(settle(SettlementConventions.forListing(Mic.XNYS), "2025-07-02"))
        .isEqualTo("2025-07-03");
  }

  @Test
  void usEquityTradedBeforeIndependenceDaySettlesTheNextMonday() {
    assertThat(settle(SettlementConventions.forListing(Mic.XNAS), "2025-07-03"))
        .isEqualTo("2025-07-07");
  }

  @Test
  void usEquityTradedBeforeCarterDayOfMourningSettlesTheDayAfter() {
    assertThat(settle(SettlementConventions.forListing(Mic.XNYS), "2025-01-08"))
        .isEqualTo("2025-01-10");
  }

  @Test
  void ukEquityTradedBeforeEasterSkipsGoodFridayAndEasterMonday() {
    assertThat(settle(SettlementConventions.forListing(Mic.XLON), "2025-04-17"))
        .isEqualTo("2025-04-23");
  }

  @Test
  void germanEquitySettlesOnTargetDaysSkippingLabourDay() {
    assertThat(settle(SettlementConventions.forListing(Mic.XETR), "2025-04-30"))
        .isEqualTo("2025-05-05");
  }

  @Test
  void eurUsdTradedBeforeVeteransDaySkipsTheDayUsnyIsClosed() {
    SettlementConvention eurUsd =
        SettlementConventions.forFxSpot(CurrencyCode.EUR, CurrencyCode.USD);
    assertThat(eurUsd).isEqualTo(SettlementConvention.of(2, "TARGET", "USNY"));
    assertThat(settle(eurUsd, "2025-11-07")).isEqualTo("2025-11-12");
  }

  @Test
  void eurGbpSkipsTheUkSummerBankHoliday() {
    SettlementConvention eurGbp =
        SettlementConventions.forFxSpot(CurrencyCode.EUR, CurrencyCode.GBP);
    // Friday 22 August 2025: Monday 25 is a UK bank holiday, so spot is Wednesday 27.
    assertThat(settle(eurGbp, "2025-08-22")).isEqualTo("2025-08-27");
  }

  @Test
  void usdCadSettlesNextDayOpenInBothNewYorkAndToronto() {
    SettlementConvention usdCad = SettlementConventions.forFxSpot(CurrencyCode.USD, CAD);
    assertThat(settle(usdCad, "2025-06-26")).isEqualTo("2025-06-27");
    // Canada Day, Tuesday 1 July, closes Toronto.
    assertThat(settle(usdCad, "2025-06-30")).isEqualTo("2025-07-02");
    // Independence Day, Friday 4 July, closes New York.
    assertThat(settle(usdCad, "2025-07-03")).isEqualTo("2025-07-07");
  }

  @Test
  void zeroDayConventionOnAClosedDaySettlesOnTheNextOpenDay() {
    SettlementConvention sameDay = SettlementConvention.of(0, "XNYS");
    assertThat(settle(sameDay, "2025-07-04")).isEqualTo("2025-07-07");
    assertThat(settle(sameDay, "2025-07-03")).isEqualTo("2025-07-03");
  }

  @Test
  void unknownCalendarCodeGivesAClearError() {
    SettlementDateCalculator onlyNewYork =
        new SettlementDateCalculator(Map.of("XNYS", MarketCalendars.xnys(2025, 2025)));
    assertThatThrownBy(
            () ->
                onlyNewYork.settlementDate(
                    SettlementConvention.of(2, "XLON"), LocalDate.of(2025, 3, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'XLON'")
        .hasMessageContaining("[XNYS]");
  }
}
