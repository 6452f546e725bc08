package com.tickmark.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The business days of one market or settlement system (XNYS, XLON, XETR, TARGET): every day but
 * Saturdays, Sundays and its holidays. A retired calendar is no longer offered for new settlement
 * conventions; the instruments that name it still count their days on it.
 */
public final class HolidayCalendar {
  private final String code;
  private final String name;
  private final NavigableMap<LocalDate, Holiday> holidays = new TreeMap<>();
  private final boolean retired;

  public HolidayCalendar(String code, String name, Collection<Holiday> holidays) {
    this(code, name, holidays, false);
  }

  public HolidayCalendar(String code, String name, Collection<Holiday> holidays, boolean retired) {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("Calendar code must not be empty");
    }
    this.code = code;
    this.name = Objects.requireNonNull(name, "name");
    for (Holiday h : holidays) {
      this.holidays.put(h.date(), h);
    }
    this.retired = retired;
  }

  public HolidayCalendar withName(String newName) {
    return new HolidayCalendar(code, newName, holidays.values(), retired);
  }

  public HolidayCalendar withRetired(boolean nowRetired) {
    return new HolidayCalendar(code, name, holidays.values(), nowRetired);
  }

  /** This calendar with {@code holiday} added, or its day's name replaced. */
  public HolidayCalendar withHoliday(Holiday holiday) {
    NavigableMap<LocalDate, Holiday> days = new TreeMap<>(holidays);
    days.put(holiday.date(), holiday);
    return new HolidayCalendar(code, name, days.values(), retired);
  }

  /** This calendar without a holiday on {@code date}. */
  public HolidayCalendar withoutHoliday(LocalDate date) {
    NavigableMap<LocalDate, Holiday> days = new TreeMap<>(holidays);
    days.remove(date);
    return new HolidayCalendar(code, name, days.values(), retired);
  }

  public boolean retired() {
    return retired;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  /** All holidays, in date order. */
  public List<Holiday> holidays() {
    return List.copyOf(holidays.values());
  }

  public List<Holiday> holidays(int year) {
    return List.copyOf(
        holidays.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).values());
  }

  public static boolean isWeekend(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }

  public boolean isHoliday(LocalDate date) {
    return holidays.containsKey(date);
  }

  public boolean isBusinessDay(LocalDate date) {
    return !isWeekend(date) && !isHoliday(date);
  }

  /** The first business day strictly after {@code date}. */
  public LocalDate nextBusinessDay(LocalDate date) {
    LocalDate d = date.plusDays(1);
    while (!isBusinessDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** The last business day strictly before {@code date}. */
  public LocalDate previousBusinessDay(LocalDate date) {
    LocalDate d = date.minusDays(1);
    while (!isBusinessDay(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  /**
   * {@code date} moved by {@code n} business days (negative moves back); {@code n = 0} rolls
   * forward to a business day.
   */
  public LocalDate plusBusinessDays(LocalDate date, int n) {
    LocalDate d = date;
    if (n == 0) {
      return isBusinessDay(d) ? d : nextBusinessDay(d);
    }
    for (int i = 0; i < Math.abs(n); i++) {
      d = n > 0 ? nextBusinessDay(d) : previousBusinessDay(d);
    }
    return d;
  }

  /** The business days from {@code from} to {@code to}, both included. */
  public List<LocalDate> businessDays(LocalDate from, LocalDate to) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (isBusinessDay(d)) {
        days.add(d);
      }
    }
    return days;
  }

  /**
   * The {@code count} business days ending on the last business day on or before {@code end},
   * oldest first.
   */
  public List<LocalDate> businessDaysEndingOn(LocalDate end, int count) {
    List<LocalDate> days = new ArrayList<>(count);
    LocalDate d = isBusinessDay(end) ? end : previousBusinessDay(end);
    while (days.size() < count) {
      days.add(d);
      d = previousBusinessDay(d);
    }
    Collections.reverse(days);
    return days;
  }

  /** Equal when code, name, holidays and retirement are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof HolidayCalendar c
        && code.equals(c.code)
        && name.equals(c.name)
        && retired == c.retired
        && holidays.equals(c.holidays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, name, retired, holidays);
  }

  @Override
  public String toString() {
    return code + " (" + holidays.size() + " holidays)";
  }
}
