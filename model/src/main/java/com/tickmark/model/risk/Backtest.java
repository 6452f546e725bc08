package com.tickmark.model.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Each day's actual P&amp;L against the 1-day VaR computed at the previous day's close: an
 * exception is a day whose loss exceeds that VaR (−P&amp;L &gt; VaR, strictly).
 *
 * @param days oldest first
 * @param kupiec the proportion-of-failures test over all the days
 * @param zoneDays the days the traffic light counts: the last {@value TrafficLight#DAYS}, or all if
 *     fewer
 * @param zoneExceptions the exceptions among those days
 * @param zone the Basel zone of {@code zoneExceptions} (meaningful for a 99 % VaR over 250 days)
 */
public record Backtest(
    double confidence,
    List<Day> days,
    Kupiec kupiec,
    int zoneDays,
    int zoneExceptions,
    TrafficLight zone) {

  /**
   * One day of the backtest.
   *
   * @param pnl the day's actual P&amp;L, losses negative
   * @param var the previous business day's 1-day VaR, a positive loss
   */
  public record Day(LocalDate date, double pnl, double var) {
    public Day {
      Objects.requireNonNull(date, "date");
    }

    public boolean exception() {
      return -pnl > var;
    }
  }

  public Backtest {
    days = List.copyOf(days);
  }

  /**
   * @param days each day's P&amp;L and the prior day's VaR at {@code confidence}, oldest first
   */
  public static Backtest of(List<Day> days, double confidence) {
    if (days.isEmpty()) {
      throw new IllegalArgumentException("A backtest needs at least one day");
    }
    for (int i = 1; i < days.size(); i++) {
      if (!days.get(i).date().isAfter(days.get(i - 1).date())) {
        throw new IllegalArgumentException(
            "Backtest days must be in date order: "
                + days.get(i - 1).date()
                + ", "
                + days.get(i).date());
      }
    }
    int exceptions = (int) days.stream().filter(Day::exception).count();
    int zoneDays = Math.min(TrafficLight.DAYS, days.size());
    int zoneExceptions =
        (int)
            days.subList(days.size() - zoneDays, days.size()).stream()
                .filter(Day::exception)
                .count();
    return new Backtest(
        confidence,
        days,
        Kupiec.test(days.size(), exceptions, confidence),
        zoneDays,
        zoneExceptions,
        TrafficLight.of(zoneExceptions));
  }

  public int exceptions() {
    return kupiec.exceptions();
  }
}
