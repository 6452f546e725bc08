package com.tickmark.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarketCalendarsTest {
  private static final Map<String, HolidayCalendar> CALENDARS =
      MarketCalendars.standard(2015, 2035);

  private static List<LocalDate> holidayDates(String code, int year) {
    return CALENDARS.get(code).holidays(year).stream().map(Holiday::date).toList();
  }

  private static List<LocalDate> dates(String... isoDates) {
    return Arrays.stream(isoDates).map(LocalDate::parse).toList();
  }

  private static String nameOn(String code, String isoDate) {
    LocalDate date = LocalDate.parse(isoDate);
    return CALENDARS.get(code).holidays(date.getYear()).stream()
        .filter(h -> h.date().equals(date))
        .map(Holiday::name)
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " has no holiday on " + isoDate));
  }

  // Easter

  @ParameterizedTest
  @CsvSource({
    "2015, 2015-04-05", "2016, 2016-03-27", "2017, 2017-04-16", "2018, 2018-04-01",
    "2019, 2019-04-21", "2020, 2020-04-12", "2021, 2021-04-04", "2022, 2022-04-17",
    "2023, 2023-04-09", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05",
    "2027, 2027-03-28", "2028, 2028-04-16", "2029, 2029-04-01", "2030, 2030-04-21",
    // the extremes: the earliest (22 March) and latest (25 April) possible dates
    "1818, 1818-03-22", "2285, 2285-03-22", "1943, 1943-04-25", "2038, 2038-04-25"
  })
  void computesEasterSundayByTheGregorianComputus(int year, LocalDate easter) {
    assertThat(MarketCalendars.easterSunday(year)).isEqualTo(easter);
  }

  @Test
  void easterIsAlwaysASundayBetween22MarchAnd25April() {
    for (int year = 1583; year <= 4099; year++) {
      LocalDate easter = MarketCalendars.easterSunday(year);
      assertThat(easter.getDayOfWeek()).as("Easter %d", year).isEqualTo(DayOfWeek.SUNDAY);
      assertThat(easter)
          .as("Easter %d", year)
          .isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
    }
  }

  // XNYS

  @Test
  void nyseHolidaysIn2025() {
    assertThat(holidayDates("XNYS", 2025))
        .containsExactlyElementsOf(
            dates(
                "2025-01-01",
                "2025-01-09",
                "2025-01-20",
                "2025-02-17",
                "2025-04-18",
                "2025-05-26",
                "2025-06-19",
                "2025-07-04",
                "2025-09-01",
                "2025-11-27",
                "2025-12-25"));
  }

  @Test
  void nyseHolidaysIn2026() {
    assertThat(holidayDates("XNYS", 2026))
        .containsExactlyElementsOf(
            dates(
                "2026-01-01",
                "2026-01-19",
                "2026-02-16",
                "2026-04-03",
                "2026-05-25",
                "2026-06-19",
                "2026-07-03",
                "2026-09-07",
                "2026-11-26",
                "2026-12-25"));
  }

  @Test
  void nyseClosesForCarterDayOfMourningIn2025() {
    assertThat(CALENDARS.get("XNYS").isBusinessDay(LocalDate.of(2025, 1, 9))).isFalse();
    assertThat(nameOn("XNYS", "2025-01-09")).contains("Carter");
  }

  @Test
  void nyseClosedForPresidentBushDayOfMourningIn2018() {
    assertThat(nameOn("XNYS", "2018-12-05")).contains("Bush");
  }

  @Test
  void nyseObservesSaturdayIndependenceDayOnTheFridayBefore() {
    assertThat(nameOn("XNYS", "2026-07-03")).isEqualTo("Independence Day (observed)");
  }

  @Test
  void nyseDoesNotObserveNewYearsDayFallingOnASaturday() {
    // 1 January 2022 and 2033 are Saturdays: the exchange stays open on the Friday before.
    assertThat(CALENDARS.get("XNYS").isBusinessDay(LocalDate.of(2021, 12, 31))).isTrue();
    assertThat(CALENDARS.get("XNYS").isBusinessDay(LocalDate.of(2032, 12, 31))).isTrue();
    assertThat(holidayDates("XNYS", 2022))
        .doesNotContain(LocalDate.of(2021, 12, 31), LocalDate.of(2022, 1, 3));
  }

  @Test
  void nyseObservesSundayNewYearsDayOnMonday() {
    assertThat(nameOn("XNYS", "2023-01-02")).isEqualTo("New Year's Day (observed)");
  }

  @Test
  void nyseObservesJuneteenthFrom2022Only() {
    assertThat(CALENDARS.get("XNYS").isBusinessDay(LocalDate.of(2021, 6, 18))).isTrue();
    assertThat(nameOn("XNYS", "2022-06-20"))
        .isEqualTo("Juneteenth National Independence Day (observed)");
  }

  @Test
  void nyseObservesSaturdayChristmasOnTheFridayBefore() {
    assertThat(nameOn("XNYS", "2021-12-24")).isEqualTo("Christmas Day (observed)");
  }

  // USNY

  @Test
  void federalReserveHolidaysIn2025() {
    assertThat(holidayDates("USNY", 2025))
        .containsExactlyElementsOf(
            dates(
                "2025-01-01",
                "2025-01-20",
                "2025-02-17",
                "2025-05-26",
                "2025-06-19",
                "2025-07-04",
                "2025-09-01",
                "2025-10-13",
                "2025-11-11",
                "2025-11-27",
                "2025-12-25"));
  }

  @Test
  void federalReserveHolidaysIn2026LeaveSaturdayIndependenceDayUnobserved() {
    assertThat(holidayDates("USNY", 2026))
        .containsExactlyElementsOf(
            dates(
                "2026-01-01",
                "2026-01-19",
                "2026-02-16",
                "2026-05-25",
                "2026-06-19",
                "2026-09-07",
                "2026-10-12",
                "2026-11-11",
                "2026-11-26",
                "2026-12-25"));
    assertThat(CALENDARS.get("USNY").isBusinessDay(LocalDate.of(2026, 7, 3))).isTrue();
  }

  @Test
  void federalReserveMovesSundayHolidaysToMonday() {
    assertThat(nameOn("USNY", "2022-12-26")).isEqualTo("Christmas Day (observed)");
    assertThat(nameOn("USNY", "2029-11-12")).isEqualTo("Veterans Day (observed)");
  }

  @Test
  void federalReserveIsOpenOnGoodFridayWhileNyseIsClosed() {
    LocalDate goodFriday = LocalDate.of(2025, 4, 18);
    assertThat(CALENDARS.get("USNY").isBusinessDay(goodFriday)).isTrue();
    assertThat(CALENDARS.get("XNYS").isBusinessDay(goodFriday)).isFalse();
  }

  // XLON

  @Test
  void londonHolidaysIn2025() {
    assertThat(holidayDates("XLON", 2025))
        .containsExactlyElementsOf(
            dates(
                "2025-01-01",
                "2025-04-18",
                "2025-04-21",
                "2025-05-05",
                "2025-05-26",
                "2025-08-25",
                "2025-12-25",
                "2025-12-26"));
  }

  @Test
  void londonHolidaysIn2026HaveBoxingDaySubstituteOnMonday28() {
    assertThat(holidayDates("XLON", 2026))
        .containsExactlyElementsOf(
            dates(
                "2026-01-01",
                "2026-04-03",
                "2026-04-06",
                "2026-05-04",
                "2026-05-25",
                "2026-08-31",
                "2026-12-25",
                "2026-12-28"));
    assertThat(nameOn("XLON", "2026-12-28")).isEqualTo("Boxing Day (substitute day)");
  }

  @Test
  void londonMovedEarlyMayBankHolidayToVeDayIn2020() {
    assertThat(holidayDates("XLON", 2020))
        .containsExactlyElementsOf(
            dates(
                "2020-01-01",
                "2020-04-10",
                "2020-04-13",
                "2020-05-08",
                "2020-05-25",
                "2020-08-31",
                "2020-12-25",
                "2020-12-28"));
    assertThat(CALENDARS.get("XLON").isBusinessDay(LocalDate.of(2020, 5, 4))).isTrue();
  }

  @Test
  void londonHad2022PlatinumJubileeAndQueensFuneralAndChristmasSubstitute() {
    assertThat(holidayDates("XLON", 2022))
        .containsExactlyElementsOf(
            dates(
                "2022-01-03",
                "2022-04-15",
                "2022-04-18",
                "2022-05-02",
                "2022-06-02",
                "2022-06-03",
                "2022-08-29",
                "2022-09-19",
                "2022-12-26",
                "2022-12-27"));
    assertThat(CALENDARS.get("XLON").isBusinessDay(LocalDate.of(2022, 5, 30))).isTrue();
    assertThat(nameOn("XLON", "2022-06-03")).contains("Platinum Jubilee");
    assertThat(nameOn("XLON", "2022-09-19")).contains("Queen Elizabeth II");
    // Christmas on a Sunday: Boxing Day keeps Monday 26 and Christmas moves to Tuesday 27.
    assertThat(nameOn("XLON", "2022-12-26")).isEqualTo("Boxing Day");
    assertThat(nameOn("XLON", "2022-12-27")).isEqualTo("Christmas Day (substitute day)");
  }

  @Test
  void londonClosedForCoronationIn2023() {
    assertThat(holidayDates("XLON", 2023))
        .containsExactlyElementsOf(
            dates(
                "2023-01-02",
                "2023-04-07",
                "2023-04-10",
                "2023-05-01",
                "2023-05-08",
                "2023-05-29",
                "2023-08-28",
                "2023-12-25",
                "2023-12-26"));
    assertThat(nameOn("XLON", "2023-05-08")).contains("Coronation");
  }

  @Test
  void londonMovesSaturdayChristmasToMonday27AndSundayBoxingDayToTuesday28() {
    assertThat(nameOn("XLON", "2021-12-27")).isEqualTo("Christmas Day (substitute day)");
    assertThat(nameOn("XLON", "2021-12-28")).isEqualTo("Boxing Day (substitute day)");
  }

  // TARGET and XETR

  @Test
  void targetHolidaysIn2025() {
    assertThat(holidayDates("TARGET", 2025))
        .containsExactlyElementsOf(
            dates(
                "2025-01-01",
                "2025-04-18",
                "2025-04-21",
                "2025-05-01",
                "2025-12-25",
                "2025-12-26"));
  }

  @Test
  void targetHolidaysIn2026HaveNoSubstituteForSaturday26December() {
    assertThat(holidayDates("TARGET", 2026))
        .containsExactlyElementsOf(
            dates("2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01", "2026-12-25"));
    assertThat(CALENDARS.get("TARGET").isBusinessDay(LocalDate.of(2026, 12, 28))).isTrue();
  }

  @Test
  void xetraHolidaysIn2025() {
    assertThat(holidayDates("XETR", 2025))
        .containsExactlyElementsOf(
            dates(
                "2025-01-01",
                "2025-04-18",
                "2025-04-21",
                "2025-05-01",
                "2025-12-24",
                "2025-12-25",
                "2025-12-26",
                "2025-12-31"));
  }

  @Test
  void xetraHolidaysIn2026() {
    assertThat(holidayDates("XETR", 2026))
        .containsExactlyElementsOf(
            dates(
                "2026-01-01",
                "2026-04-03",
                "2026-04-06",
                "2026-05-01",
                "2026-12-24",
                "2026-12-25",
                "2026-12-31"));
  }

  // CATO

  @Test
  void torontoHolidaysIn2025() {
    assertThat(holidayDates("CATO", 2025))
        .containsExactlyElementsOf(
            dates(
                "2025-01-01",
                "2025-02-17",
                "2025-04-18",
                "2025-05-19",
                "2025-07-01",
                "2025-08-04",
                "2025-09-01",
                "2025-09-30",
                "2025-10-13",
                "2025-11-11",
                "2025-12-25",
                "2025-12-26"));
  }

  @Test
  void torontoMovesWeekendHolidaysToTheNextFreeWeekday() {
    assertThat(nameOn("CATO", "2023-07-03")).isEqualTo("Canada Day (observed)");
    assertThat(nameOn("CATO", "2023-10-02"))
        .isEqualTo("National Day for Truth and Reconciliation (observed)");
    assertThat(nameOn("CATO", "2023-11-13")).isEqualTo("Remembrance Day (observed)");
    assertThat(nameOn("CATO", "2021-12-27")).isEqualTo("Christmas Day (observed)");
    assertThat(nameOn("CATO", "2021-12-28")).isEqualTo("Boxing Day (observed)");
  }

  @Test
  void victoriaDayIsTheMondayBefore25May() {
    assertThat(nameOn("CATO", "2026-05-18")).isEqualTo("Victoria Day");
    // 25 May 2020 was a Monday, so Victoria Day was the Monday a week before.
    assertThat(nameOn("CATO", "2020-05-18")).isEqualTo("Victoria Day");
  }

  @Test
  void torontoObservesTruthAndReconciliationDayFrom2021Only() {
    assertThat(CALENDARS.get("CATO").isBusinessDay(LocalDate.of(2020, 9, 30))).isTrue();
    assertThat(CALENDARS.get("CATO").isBusinessDay(LocalDate.of(2021, 9, 30))).isFalse();
  }

  // All calendars

  @Test
  void standardCalendarsAreKeyedByCodeInAlphabeticalOrderWithHumanNames() {
    assertThat(CALENDARS.keySet())
        .containsExactly("CATO", "TARGET", "USNY", "XETR", "XLON", "XNYS");
    assertThat(CALENDARS.get("XNYS").name()).isEqualTo("New York Stock Exchange");
    CALENDARS.forEach(
        (code, calendar) -> {
          assertThat(calendar.code()).isEqualTo(code);
          assertThat(calendar.name()).isNotBlank().isNotEqualTo(code);
        });
  }

  @Test
  void everyHolidayIsANamedWeekdayInsideTheRequestedYears() {
    CALENDARS
        .values()
        .forEach(
            calendar ->
                calendar
                    .holidays()
                    .forEach(
                        h -> {
                          assertThat(h.name()).as("%s %s", calendar.code(), h.date()).isNotBlank();
                          assertThat(HolidayCalendar.isWeekend(h.date()))
                              .as("%s %s", calendar.code(), h.date())
                              .isFalse();
                          assertThat(h.date().getYear()).isBetween(2015, 2035);
                        }));
  }

  @Test
  void generatesOnlyTheYearsAskedFor() {
    HolidayCalendar xnys = MarketCalendars.xnys(2025, 2025);
    assertThat(xnys.holidays()).hasSize(11).allMatch(h -> h.date().getYear() == 2025);
  }

  @Test
  void rejectsYearsOutsideTheSupportedRange() {
    assertThatThrownBy(() -> MarketCalendars.standard(2014, 2020))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2015 to 2035");
    assertThatThrownBy(() -> MarketCalendars.xlon(2020, 2036))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XLON");
  }

  @Test
  void rejectsAnEmptyYearRange() {
    assertThatThrownBy(() -> MarketCalendars.target(2026, 2025))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026 is after last year 2025");
  }
}
