package com.tickmark.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The standard market and settlement calendars, generated from their holiday rules for a range of
 * years.
 *
 * <ul>
 *   <li>{@code XNYS}: New York Stock Exchange trading days.
 *   <li>{@code USNY}: US Federal Reserve Bank holidays, used for USD cash settlement.
 *   <li>{@code XLON}: London Stock Exchange, which follows the England and Wales bank holidays.
 *   <li>{@code TARGET}: the euro settlement system (TARGET2, now T2).
 *   <li>{@code XETR}: Xetra trading days (Deutsche Börse).
 *   <li>{@code CATO}: Toronto, Canadian bank holidays (Ontario), used for CAD settlement.
 * </ul>
 *
 * <p>A calendar lists only the weekdays it is closed: a holiday that falls on a weekend and is not
 * observed on another day adds nothing, because weekends are never business days anyway. Observed
 * days carry the holiday's name with "(observed)" or, in the UK, "(substitute day)".
 *
 * <p>Years from {@value #FIRST_YEAR} to {@value #LAST_YEAR} are supported. One-off closures (state
 * funerals, days of mourning, royal events) are included for the years known; any announced after
 * this code was written must be added here.
 */
public final class MarketCalendars {
  public static final int FIRST_YEAR = 2015;
  public static final int LAST_YEAR = 2035;

  public static final String XNYS = "XNYS";
  public static final String USNY = "USNY";
  public static final String XLON = "XLON";
  public static final String TARGET = "TARGET";
  public static final String XETR = "XETR";
  public static final String CATO = "CATO";

  private MarketCalendars() {}

  /**
   * All the standard calendars for {@code fromYear} to {@code toYear} (both included), by code in
   * alphabetical order.
   */
  public static Map<String, HolidayCalendar> standard(int fromYear, int toYear) {
    NavigableMap<String, HolidayCalendar> calendars = new TreeMap<>();
    for (HolidayCalendar c :
        List.of(
            xnys(fromYear, toYear),
            usny(fromYear, toYear),
            xlon(fromYear, toYear),
            target(fromYear, toYear),
            xetr(fromYear, toYear),
            cato(fromYear, toYear))) {
      calendars.put(c.code(), c);
    }
    return Collections.unmodifiableNavigableMap(calendars);
  }

  /**
   * New York Stock Exchange (NYSE Rule 7.2). A holiday on a Saturday closes the Friday before and
   * one on a Sunday closes the Monday after, except New Year's Day: on a Saturday it is not
   * observed, since the Friday before ends the accounting year.
   */
  public static HolidayCalendar xnys(int fromYear, int toYear) {
    return generate(
        XNYS,
        "New York Stock Exchange",
        "observed",
        fromYear,
        toYear,
        (year, days) -> {
          days.sundayToMonday(LocalDate.of(year, 1, 1), "New Year's Day");
          days.add(nth(year, Month.JANUARY, 3, DayOfWeek.MONDAY), "Martin Luther King Jr. Day");
          days.add(nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY), "Washington's Birthday");
          days.add(easterSunday(year).minusDays(2), "Good Friday");
          days.add(last(year, Month.MAY, DayOfWeek.MONDAY), "Memorial Day");
          if (year >= 2022) {
            days.nearestWeekday(LocalDate.of(year, 6, 19), "Juneteenth National Independence Day");
          }
          days.nearestWeekday(LocalDate.of(year, 7, 4), "Independence Day");
          days.add(nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY), "Labor Day");
          days.add(nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY), "Thanksgiving Day");
          days.nearestWeekday(LocalDate.of(year, 12, 25), "Christmas Day");
          days.oneOff(
              LocalDate.of(2018, 12, 5), "National Day of Mourning for President George H.W. Bush");
          days.oneOff(
              LocalDate.of(2025, 1, 9), "National Day of Mourning for President Jimmy Carter");
        });
  }

  /**
   * US Federal Reserve Banks, the calendar of USD settlement. A holiday on a Sunday is observed on
   * the Monday after; one on a Saturday is not moved (the Reserve Banks open on the Friday before).
   * Juneteenth is observed from 2022.
   */
  public static HolidayCalendar usny(int fromYear, int toYear) {
    return generate(
        USNY,
        "US Federal Reserve Banks (USD settlement)",
        "observed",
        fromYear,
        toYear,
        (year, days) -> {
          days.sundayToMonday(LocalDate.of(year, 1, 1), "New Year's Day");
          days.add(nth(year, Month.JANUARY, 3, DayOfWeek.MONDAY), "Martin Luther King Jr. Day");
          days.add(nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY), "Washington's Birthday");
          days.add(last(year, Month.MAY, DayOfWeek.MONDAY), "Memorial Day");
          if (year >= 2022) {
            days.sundayToMonday(LocalDate.of(year, 6, 19), "Juneteenth National Independence Day");
          }
          days.sundayToMonday(LocalDate.of(year, 7, 4), "Independence Day");
          days.add(nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY), "Labor Day");
          days.add(nth(year, Month.OCTOBER, 2, DayOfWeek.MONDAY), "Columbus Day");
          days.sundayToMonday(LocalDate.of(year, 11, 11), "Veterans Day");
          days.add(nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY), "Thanksgiving Day");
          days.sundayToMonday(LocalDate.of(year, 12, 25), "Christmas Day");
        });
  }

  /**
   * London Stock Exchange: the England and Wales bank holidays. A fixed-date holiday on a weekend
   * moves to the next weekday that is not already a holiday (Christmas on a Saturday gives Monday
   * 27 and Boxing Day Tuesday 28).
   */
  public static HolidayCalendar xlon(int fromYear, int toYear) {
    return generate(
        XLON,
        "London Stock Exchange",
        "substitute day",
        fromYear,
        toYear,
        (year, days) -> {
          LocalDate easter = easterSunday(year);
          days.withSubstitute(LocalDate.of(year, 1, 1), "New Year's Day");
          days.add(easter.minusDays(2), "Good Friday");
          days.add(easter.plusDays(1), "Easter Monday");
          if (year == 2020) {
            days.add(LocalDate.of(2020, 5, 8), "Early May bank holiday (VE Day)");
          } else {
            days.add(nth(year, Month.MAY, 1, DayOfWeek.MONDAY), "Early May bank holiday");
          }
          if (year == 2022) {
            days.add(LocalDate.of(2022, 6, 2), "Spring bank holiday");
            days.add(LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday");
          } else {
            days.add(last(year, Month.MAY, DayOfWeek.MONDAY), "Spring bank holiday");
          }
          days.add(last(year, Month.AUGUST, DayOfWeek.MONDAY), "Summer bank holiday");
          days.withSubstitute(LocalDate.of(year, 12, 25), "Christmas Day");
          days.withSubstitute(LocalDate.of(year, 12, 26), "Boxing Day");
          days.oneOff(LocalDate.of(2022, 9, 19), "State Funeral of Queen Elizabeth II");
          days.oneOff(LocalDate.of(2023, 5, 8), "Coronation of King Charles III");
        });
  }

  /**
   * TARGET (TARGET2, T2 since March 2023), the euro settlement system. Holidays are never moved.
   */
  public static HolidayCalendar target(int fromYear, int toYear) {
    return generate(
        TARGET,
        "TARGET euro settlement (T2)",
        "observed",
        fromYear,
        toYear,
        (year, days) -> {
          LocalDate easter = easterSunday(year);
          days.add(LocalDate.of(year, 1, 1), "New Year's Day");
          days.add(easter.minusDays(2), "Good Friday");
          days.add(easter.plusDays(1), "Easter Monday");
          days.add(LocalDate.of(year, 5, 1), "Labour Day");
          days.add(LocalDate.of(year, 12, 25), "Christmas Day");
          days.add(LocalDate.of(year, 12, 26), "Christmas Holiday");
        });
  }

  /** Xetra trading days (Deutsche Börse). Holidays are never moved. */
  public static HolidayCalendar xetr(int fromYear, int toYear) {
    return generate(
        XETR,
        "Xetra (Deutsche Börse)",
        "observed",
        fromYear,
        toYear,
        (year, days) -> {
          LocalDate easter = easterSunday(year);
          days.add(LocalDate.of(year, 1, 1), "New Year's Day");
          days.add(easter.minusDays(2), "Good Friday");
          days.add(easter.plusDays(1), "Easter Monday");
          days.add(LocalDate.of(year, 5, 1), "Labour Day");
          days.add(LocalDate.of(year, 12, 24), "Christmas Eve");
          days.add(LocalDate.of(year, 12, 25), "Christmas Day");
          days.add(LocalDate.of(year, 12, 26), "Boxing Day");
          days.add(LocalDate.of(year, 12, 31), "New Year's Eve");
        });
  }

  /**
   * Toronto: Canadian bank holidays as observed in Ontario, the calendar of CAD settlement. A
   * fixed-date holiday on a weekend moves to the next weekday that is not already a holiday.
   * National Day for Truth and Reconciliation is observed from 2021.
   */
  public static HolidayCalendar cato(int fromYear, int toYear) {
    return generate(
        CATO,
        "Toronto (Canadian bank holidays)",
        "observed",
        fromYear,
        toYear,
        (year, days) -> {
          days.withSubstitute(LocalDate.of(year, 1, 1), "New Year's Day");
          days.add(nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY), "Family Day");
          days.add(easterSunday(year).minusDays(2), "Good Friday");
          days.add(
              LocalDate.of(year, 5, 25).with(TemporalAdjusters.previous(DayOfWeek.MONDAY)),
              "Victoria Day");
          days.withSubstitute(LocalDate.of(year, 7, 1), "Canada Day");
          days.add(nth(year, Month.AUGUST, 1, DayOfWeek.MONDAY), "Civic Holiday");
          days.add(nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY), "Labour Day");
          if (year >= 2021) {
            days.withSubstitute(
                LocalDate.of(year, 9, 30), "National Day for Truth and Reconciliation");
          }
          days.add(nth(year, Month.OCTOBER, 2, DayOfWeek.MONDAY), "Thanksgiving");
          days.withSubstitute(LocalDate.of(year, 11, 11), "Remembrance Day");
          days.withSubstitute(LocalDate.of(year, 12, 25), "Christmas Day");
          days.withSubstitute(LocalDate.of(year, 12, 26), "Boxing Day");
        });
  }

  /**
   * Easter Sunday in the Gregorian calendar, by the anonymous Gregorian algorithm
   * (Meeus/Jones/Butcher).
   */
  public static LocalDate easterSunday(int year) {
    if (year < 1583) {
      throw new IllegalArgumentException(
          "Easter is computed for Gregorian years from 1583: " + year);
    }
    int goldenNumber = year % 19;
    int century = year / 100;
    int yearOfCentury = year % 100;
    int leapCenturies = century / 4;
    int centuryRemainder = century % 4;
    int lunarCorrection = (century + 8) / 25;
    int solarCorrection = (century - lunarCorrection + 1) / 3;
    int epact = (19 * goldenNumber + century - leapCenturies - solarCorrection + 15) % 30;
    int leapYears = yearOfCentury / 4;
    int yearRemainder = yearOfCentury % 4;
    int weekday = (32 + 2 * centuryRemainder + 2 * leapYears - epact - yearRemainder) % 7;
    int correction = (goldenNumber + 11 * epact + 22 * weekday) / 451;
    int n = epact + weekday - 7 * correction + 114;
    return LocalDate.of(year, n / 31, n % 31 + 1);
  }

  private static LocalDate nth(int year, Month month, int n, DayOfWeek day) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
  }

  private static LocalDate last(int year, Month month, DayOfWeek day) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(day));
  }

  private static HolidayCalendar generate(
      String code,
      String name,
      String observedLabel,
      int fromYear,
      int toYear,
      BiConsumer<Integer, YearHolidays> rules) {
    if (fromYear > toYear) {
      throw new IllegalArgumentException(
          "Calendar " + code + ": first year " + fromYear + " is after last year " + toYear);
    }
    if (fromYear < FIRST_YEAR || toYear > LAST_YEAR) {
      throw new IllegalArgumentException(
          "Calendar "
              + code
              + " is known for "
              + FIRST_YEAR
              + " to "
              + LAST_YEAR
              + " only (one-off closures outside those years are not recorded); asked for "
              + fromYear
              + " to "
              + toYear);
    }
    List<Holiday> holidays = new ArrayList<>();
    for (int year = fromYear; year <= toYear; year++) {
      YearHolidays days = new YearHolidays(code, year, " (" + observedLabel + ")");
      rules.accept(year, days);
      holidays.addAll(days.holidays());
    }
    return new HolidayCalendar(code, name, holidays);
  }

  /** The closed weekdays of one calendar in one year, built rule by rule. */
  private static final class YearHolidays {
    private final String code;
    private final int year;
    private final String observedSuffix;
    private final NavigableMap<LocalDate, Holiday> days = new TreeMap<>();
    private final List<Holiday> awaitingSubstitute = new ArrayList<>();

    YearHolidays(String code, int year, String observedSuffix) {
      this.code = code;
      this.year = year;
      this.observedSuffix = observedSuffix;
    }

    /** Closed on {@code date} if it is a weekday; a weekend date is not observed. */
    void add(LocalDate date, String name) {
      if (HolidayCalendar.isWeekend(date)) {
        return;
      }
      Holiday previous = days.putIfAbsent(date, new Holiday(date, name));
      if (previous != null) {
        throw new IllegalStateException(
            code + " rules give two holidays on " + date + ": " + previous.name() + " and " + name);
      }
    }

    /** Closed on {@code date} only in the year being built (state funerals, coronations). */
    void oneOff(LocalDate date, String name) {
      if (date.getYear() == year) {
        add(date, name);
      }
    }

    /** Saturday is observed on the Friday before, Sunday on the Monday after. */
    void nearestWeekday(LocalDate date, String name) {
      switch (date.getDayOfWeek()) {
        case SATURDAY -> add(date.minusDays(1), name + observedSuffix);
        case SUNDAY -> add(date.plusDays(1), name + observedSuffix);
        default -> add(date, name);
      }
    }

    /** Sunday is observed on the Monday after; Saturday is not observed. */
    void sundayToMonday(LocalDate date, String name) {
      if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
        add(date.plusDays(1), name + observedSuffix);
      } else {
        add(date, name);
      }
    }

    /**
     * A weekend date is observed on the next weekday that is not already a holiday. The substitutes
     * are placed after every rule has run, so a holiday that falls on its own weekday keeps it
     * (Christmas on a Sunday: Boxing Day stays Monday 26 and Christmas moves to Tuesday 27).
     */
    void withSubstitute(LocalDate date, String name) {
      if (HolidayCalendar.isWeekend(date)) {
        awaitingSubstitute.add(new Holiday(date, name));
      } else {
        add(date, name);
      }
    }

    List<Holiday> holidays() {
      for (Holiday h : awaitingSubstitute.stream().sorted().toList()) {
        LocalDate d = h.date().plusDays(1);
        while (HolidayCalendar.isWeekend(d) || days.containsKey(d)) {
          d = d.plusDays(1);
        }
        add(d, h.name() + observedSuffix);
      }
      awaitingSubstitute.clear();
      return List.copyOf(days.values());
    }
  }
}
