package com.tickmark.model.refdata;

import com.tickmark.model.calendar.HolidayCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Computes intended settlement dates: trade date plus the convention's lag, counted in days that
 * are business days on every calendar the convention names (a EUR/USD spot trade needs both TARGET
 * and the US settlement calendar open). The result is always a business day on all of them, even
 * for a T+0 convention on a trade dated on a closed day.
 */
public final class SettlementDateCalculator {
  private final Map<String, HolidayCalendar> calendars;

  public SettlementDateCalculator(Map<String, HolidayCalendar> calendars) {
    this.calendars = Map.copyOf(calendars);
  }

  /**
   * The intended settlement date of a trade of {@code instrument} on {@code tradeDate}, by the
   * convention in force on that date ({@link SettlementConventions#inForce}): the one place a
   * trade's settlement date is computed.
   */
  public LocalDate settlementDate(Instrument instrument, LocalDate tradeDate) {
    return settlementDate(SettlementConventions.inForce(instrument, tradeDate), tradeDate);
  }

  public LocalDate settlementDate(SettlementConvention convention, LocalDate tradeDate) {
    List<HolidayCalendar> needed = convention.calendars().stream().map(this::calendar).toList();
    LocalDate date = tradeDate;
    for (int i = 0; i < convention.lagDays(); i++) {
      date = date.plusDays(1);
      while (!isBusinessDayOnAll(needed, date)) {
        date = date.plusDays(1);
      }
    }
    // A T+0 trade booked on a closed day settles on the next open day, never on the closed day.
    while (!isBusinessDayOnAll(needed, date)) {
      date = date.plusDays(1);
    }
    return date;
  }

  /**
   * How many days after {@code from}, up to and including {@code to}, are business days on every
   * one of {@code calendarCodes}: the age of a settlement fail intended for {@code from}, as of
   * {@code to} (0 when {@code to} is not after {@code from}).
   */
  public int businessDaysAfter(List<String> calendarCodes, LocalDate from, LocalDate to) {
    List<HolidayCalendar> needed = calendarCodes.stream().map(this::calendar).toList();
    int days = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isBusinessDayOnAll(needed, d)) {
        days++;
      }
    }
    return days;
  }

  private HolidayCalendar calendar(String code) {
    HolidayCalendar calendar = calendars.get(code);
    if (calendar == null) {
      throw new IllegalArgumentException(
          "No holiday calendar '"
              + code
              + "' in this workspace; known: "
              + new TreeSet<>(calendars.keySet()));
    }
    return calendar;
  }

  private static boolean isBusinessDayOnAll(List<HolidayCalendar> calendars, LocalDate date) {
    for (HolidayCalendar c : calendars) {
      if (!c.isBusinessDay(date)) {
        return false;
      }
    }
    return true;
  }
}
