package com.tickmark.model.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.calendar.MarketCalendars;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettlementDateCalculatorTest {
  private static final CurrencyCode CAD = CurrencyCode.of("CAD");
  private final SettlementDateCalculator calculator = new SettlementDateCalculator(CALENDARS);

  private static final Map<String, HolidayCalendar> CALENDARS =
      MarketCalendars.standard(2024, 2027);
  private static final Instrument US_SHARE = SettlementConventionsTest.share(Mic.XNYS, "T+1 XNYS");
  private static final Instrument UK_SHARE = SettlementConventionsTest.share(Mic.XLON, "T+2 XLON");
  private static final Instrument GERMAN_SHARE =
      SettlementConventionsTest.share(Mic.XETR, "T+2 TARGET");

  private LocalDate settle(SettlementConvention convention, String tradeDate) {
    return calculator.settlementDate(convention, date(tradeDate));
  }

  private LocalDate settle(Instrument instrument, String tradeDate) {
    return calculator.settlementDate(instrument, date(tradeDate));
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  private static void assertClosed(String calendar, String... days) {
    for (String day : days) {
      assertThat(CALENDARS.get(calendar).isHoliday(date(day))).as(calendar + " " + day).isTrue();
    }
  }

  @Test
  void usTradeOnTheFridayBeforeMemorialDay2024SettlesTPlusTwoAndTheFirstTPlusOneTradeTheSameDay() {
    assertClosed("XNYS", "2024-05-27");
    assertThat(settle(US_SHARE, "2024-05-23")).isEqualTo("2024-05-28");
    assertThat(settle(US_SHARE, "2024-05-24")).isEqualTo("2024-05-29");
    assertThat(settle(US_SHARE, "2024-05-28")).isEqualTo("2024-05-29");
    assertThat(settle(US_SHARE, "2024-05-29")).isEqualTo("2024-05-30");
  }

  @Test
  void usTradeBeforeGoodFriday2027SettlesTPlusOneTheMondayAfter() {
    assertClosed("XNYS", "2027-03-26");
    assertThat(settle(US_SHARE, "2027-03-25")).isEqualTo("2027-03-29");
  }

  @Test
  void ukTradeOnFriday8October2027SettlesTPlusTwoAndOnMonday11TPlusOne() {
    assertThat(settle(UK_SHARE, "2027-10-07")).isEqualTo("2027-10-11");
    assertThat(settle(UK_SHARE, "2027-10-08")).isEqualTo("2027-10-12");
    assertThat(settle(UK_SHARE, "2027-10-11")).isEqualTo("2027-10-12");
    assertThat(settle(UK_SHARE, "2027-10-12")).isEqualTo("2027-10-13");
  }

  @Test
  void euroTradeOnFriday8October2027SettlesTPlusTwoAndOnMonday11TPlusOne() {
    assertThat(settle(GERMAN_SHARE, "2027-10-07")).isEqualTo("2027-10-11");
    assertThat(settle(GERMAN_SHARE, "2027-10-08")).isEqualTo("2027-10-12");
    assertThat(settle(GERMAN_SHARE, "2027-10-11")).isEqualTo("2027-10-12");
  }

  @Test
  void ukTradeBeforeEaster2027SettlesTPlusTwoSkippingGoodFridayAndEasterMonday() {
    assertClosed("XLON", "2027-03-26", "2027-03-29");
    assertThat(settle(UK_SHARE, "2027-03-25")).isEqualTo("2027-03-31");
  }

  @Test
  void christmasEve2027SettlesTPlusOneAfterTheUkSubstituteDaysButOnTheTargetMonday() {
    // Christmas and Boxing Day 2027 fall on a weekend: London closes Monday 27 and Tuesday 28
    // instead; TARGET does not substitute.
    assertClosed("XLON", "2027-12-27", "2027-12-28");
    assertThat(CALENDARS.get("TARGET").isBusinessDay(date("2027-12-27"))).isTrue();
    assertThat(settle(UK_SHARE, "2027-12-24")).isEqualTo("2027-12-29");
    assertThat(settle(GERMAN_SHARE, "2027-12-24")).isEqualTo("2027-12-27");
  }

  @Test
  void anExplicitConventionKeepsItsLagAfterTheSwitch() {
    Instrument lagging = SettlementConventionsTest.share(Mic.XLON, "T+2 XLON,TARGET");
    assertThat(settle(lagging, "2027-10-11")).isEqualTo("2027-10-13");
  }

  @Test
  void fxSpotAroundColumbusAndCanadianThanksgiving2027() {
    assertClosed("USNY", "2027-10-11");
    assertClosed("CATO", "2027-10-11");
    SettlementConvention eurUsd =
        SettlementConventions.forFxSpot(CurrencyCode.EUR, CurrencyCode.USD);
    assertThat(settle(eurUsd, "2027-10-07")).isEqualTo("2027-10-12");
    SettlementConvention usdCad = SettlementConventions.forFxSpot(CurrencyCode.USD, CAD);
    assertThat(settle(usdCad, "2027-10-08")).isEqualTo("2027-10-12");
    SettlementConvention gbpUsd =
        SettlementConventions.forFxSpot(CurrencyCode.GBP, CurrencyCode.USD);
    assertThat(settle(gbpUsd, "2027-10-11")).isEqualTo("2027-10-13");
  }

  @Test
  void usEquityTradedWednesdaySettlesThursday() {
    assertThat(settle(SettlementConventions.forListing(Mic.XNYS, date("2025-07-02")), "2025-07-02"))
        .isEqualTo("2025-07-03");
  }

  @Test
  void usEquityTradedBeforeIndependenceDaySettlesTheNextMonday() {
    assertThat(settle(SettlementConventions.forListing(Mic.XNAS, date("2025-07-03")), "2025-07-03"))
        .isEqualTo("2025-07-07");
  }

  @Test
  void usEquityTradedBeforeCarterDayOfMourningSettlesTheDayAfter() {
    assertThat(settle(SettlementConventions.forListing(Mic.XNYS, date("2025-01-08")), "2025-01-08"))
        .isEqualTo("2025-01-10");
  }

  @Test
  void ukEquityTradedBeforeEasterSkipsGoodFridayAndEasterMonday() {
    assertThat(settle(SettlementConventions.forListing(Mic.XLON, date("2025-04-17")), "2025-04-17"))
        .isEqualTo("2025-04-23");
  }

  @Test
  void germanEquitySettlesOnTargetDaysSkippingLabourDay() {
    assertThat(settle(SettlementConventions.forListing(Mic.XETR, date("2025-04-30")), "2025-04-30"))
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
