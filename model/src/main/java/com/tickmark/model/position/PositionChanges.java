package com.tickmark.model.position;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a set of trade and settlement writes does to positions, summed per {@link PositionKey} and
 * date so that a load of a million trades becomes a few thousand {@link PositionDay}s to post. The
 * trade area says what each trade and settlement adds ({@code TradePositions}).
 */
public final class PositionChanges {
  private record DayKey(PositionKey key, LocalDate date) {}

  /** Sums in the order of {@link PositionDay}'s amounts. */
  private static final class Sums {
    BigDecimal bought = BigDecimal.ZERO;
    BigDecimal sold = BigDecimal.ZERO;
    BigDecimal tradedCash = BigDecimal.ZERO;
    BigDecimal received = BigDecimal.ZERO;
    BigDecimal delivered = BigDecimal.ZERO;
    BigDecimal settledCash = BigDecimal.ZERO;
  }

  private final Map<DayKey, Sums> sums = new HashMap<>();

  /**
   * Adds what a trade does on its trade date: {@code bought} and {@code sold} quantities and the
   * cash it moves (negative for cash paid); negative figures take away a trade's earlier terms.
   */
  public PositionChanges traded(
      PositionKey key, LocalDate date, BigDecimal bought, BigDecimal sold, BigDecimal cash) {
    Sums s = sums(key, date);
    s.bought = s.bought.add(bought);
    s.sold = s.sold.add(sold);
    s.tradedCash = s.tradedCash.add(cash);
    return this;
  }

  /**
   * Adds a settlement on {@code date}: quantities {@code received} and {@code delivered} and the
   * cash it moved (negative for cash paid).
   */
  public PositionChanges settled(
      PositionKey key, LocalDate date, BigDecimal received, BigDecimal delivered, BigDecimal cash) {
    Sums s = sums(key, date);
    s.received = s.received.add(received);
    s.delivered = s.delivered.add(delivered);
    s.settledCash = s.settledCash.add(cash);
    return this;
  }

  private Sums sums(PositionKey key, LocalDate date) {
    return sums.computeIfAbsent(new DayKey(key, date), k -> new Sums());
  }

  public boolean isEmpty() {
    return days().isEmpty();
  }

  /** The changes, one per key and date that moved, in date order. */
  public List<PositionDay> days() {
    List<PositionDay> days = new ArrayList<>(sums.size());
    sums.forEach(
        (k, s) -> {
          PositionDay day =
              new PositionDay(
                  k.key(),
                  k.date(),
                  s.bought,
                  s.sold,
                  s.tradedCash,
                  s.received,
                  s.delivered,
                  s.settledCash);
          if (!day.isZero()) {
            days.add(day);
          }
        });
    days.sort(Comparator.comparing(PositionDay::date));
    return days;
  }
}
