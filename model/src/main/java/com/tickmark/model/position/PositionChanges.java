package com.tickmark.model.position;

import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a set of trade and settlement writes does to positions, summed per {@link PositionKey} and
 * date so that a load of a million trades becomes a few thousand {@link PositionDay}s to post. A
 * trade counts on its trade date unless it is cancelled; a settled part counts on the date it
 * settled.
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

  /** The changes of newly stored trades. */
  public static PositionChanges ofTrades(Collection<Trade> trades) {
    PositionChanges changes = new PositionChanges();
    trades.forEach(changes::add);
    return changes;
  }

  /** The changes of a trade's version {@code next} replacing {@code previous}. */
  public static PositionChanges ofChange(Trade previous, Trade next) {
    PositionChanges changes = new PositionChanges();
    changes.remove(previous);
    changes.add(next);
    return changes;
  }

  /** Adds a stored trade. */
  public PositionChanges add(Trade trade) {
    trade(trade, 1);
    return this;
  }

  /** Takes away a trade's earlier terms. */
  public PositionChanges remove(Trade trade) {
    trade(trade, -1);
    return this;
  }

  private void trade(Trade trade, int sign) {
    if (trade.status() == TradeStatus.CANCELLED) {
      return;
    }
    Sums s = sums(PositionKey.of(trade), trade.tradeDate());
    BigDecimal quantity = signed(trade.quantity(), sign);
    if (trade.side() == Side.BUY) {
      s.bought = s.bought.add(quantity);
    } else {
      s.sold = s.sold.add(quantity);
    }
    s.tradedCash = s.tradedCash.subtract(signed(trade.netCashOut(), sign));
  }

  /**
   * Adds a settled part of {@code trade}: {@code quantity} delivered or received on {@code date}
   * against {@code amount} of cash (both positive; the side says which way each moved).
   */
  public PositionChanges settle(
      Trade trade, LocalDate date, BigDecimal quantity, BigDecimal amount) {
    Sums s = sums(PositionKey.of(trade), date);
    if (trade.side() == Side.BUY) {
      s.received = s.received.add(quantity);
      s.settledCash = s.settledCash.subtract(amount);
    } else {
      s.delivered = s.delivered.add(quantity);
      s.settledCash = s.settledCash.add(amount);
    }
    return this;
  }

  private Sums sums(PositionKey key, LocalDate date) {
    return sums.computeIfAbsent(new DayKey(key, date), k -> new Sums());
  }

  private static BigDecimal signed(BigDecimal value, int sign) {
    return sign < 0 ? value.negate() : value;
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
