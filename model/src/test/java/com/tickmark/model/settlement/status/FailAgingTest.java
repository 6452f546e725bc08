package com.tickmark.model.settlement.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.calendar.MarketCalendars;
import com.tickmark.model.refdata.SettlementDateCalculator;
import com.tickmark.model.settlement.Aging;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A fail's age: business days past its intended date on its place of settlement's calendars. */
class FailAgingTest {
  private final SettlementDateCalculator calendars =
      new SettlementDateCalculator(MarketCalendars.standard(2024, 2027));

  private int age(List<String> calendarCodes, String intended, String asOf) {
    return calendars.businessDaysAfter(
        calendarCodes, LocalDate.parse(intended), LocalDate.parse(asOf));
  }

  @Test
  void aFailDueOnFridayIsOneDayOldOnMondayNotThree() {
    assertThat(age(List.of(MarketCalendars.XNYS), "2025-11-14", "2025-11-17")).isEqualTo(1);
    assertThat(age(List.of(MarketCalendars.XNYS), "2025-11-14", "2025-11-16")).isZero();
    assertThat(age(List.of(MarketCalendars.XNYS), "2025-11-14", "2025-11-14")).isZero();
  }

  @Test
  void thanksgivingIsNotCountedInNewYorkButIsInLondon() {
    // 2025-11-26 (Wed) to 2025-12-01 (Mon): Thu 27 is closed in New York, not in London
    assertThat(age(List.of(MarketCalendars.XNYS), "2025-11-26", "2025-12-01")).isEqualTo(2);
    assertThat(age(List.of(MarketCalendars.XLON), "2025-11-26", "2025-12-01")).isEqualTo(3);
  }

  @Test
  void aDayClosedOnAnyOfTheCalendarsDoesNotCount() {
    // Christmas week: 25 and 26 December are closed in London and on TARGET, 25 only in New York
    assertThat(age(List.of(MarketCalendars.XNYS), "2025-12-24", "2025-12-29")).isEqualTo(2);
    assertThat(age(List.of(MarketCalendars.XLON), "2025-12-24", "2025-12-29")).isEqualTo(1);
    assertThat(
            age(List.of(MarketCalendars.TARGET, MarketCalendars.USNY), "2025-12-24", "2025-12-29"))
        .isEqualTo(1);
  }

  @Test
  void agesFallIntoTheIssuesBuckets() {
    assertThat(List.of(0, 1, 2, 3, 5, 6, 10, 11, 40).stream().map(Aging::bucket))
        .containsExactly("0", "1-2", "1-2", "3-5", "3-5", "6-10", "6-10", ">10", ">10");
  }
}
