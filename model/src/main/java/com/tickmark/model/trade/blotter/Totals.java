package com.tickmark.model.trade.blotter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The totals of a set of trades: how many, their quantity, notional and commission (in the
 * reporting currency, exact to the cent) and their same-day affirmation rate.
 */
public final class Totals {
  private long count;
  private final ExactSum quantity = new ExactSum();
  private final ExactSum notional = new ExactSum();
  private final ExactSum commission = new ExactSum();
  private long withoutRate;
  private long affirmationCounted;
  private long affirmedSameDay;

  /** The totals of the given rows of {@code table} (the user's selection). */
  public static Totals of(TradeTable table, int[] rows) {
    Totals t = new Totals();
    Adder adder = new Adder(table);
    for (int row : rows) {
      adder.add(t, row);
    }
    return t;
  }

  /** Adds rows to totals, reading the table's arrays once. */
  static final class Adder {
    private final long[] quantities;
    private final long[] notionals;
    private final long[] commissions;
    private final int[] sameDay;
    private final int yes;
    private final int notCounted;

    Adder(TradeTable table) {
      quantities = table.numbers(BlotterColumn.QUANTITY);
      notionals = table.numbers(BlotterColumn.NOTIONAL_BASE);
      commissions = table.numbers(BlotterColumn.COMMISSION_BASE);
      sameDay = table.codes(BlotterColumn.SAME_DAY);
      yes = table.dictionary(BlotterColumn.SAME_DAY).find(SameDayAffirmation.Verdict.YES.label());
      notCounted =
          table
              .dictionary(BlotterColumn.SAME_DAY)
              .find(SameDayAffirmation.Verdict.NOT_COUNTED.label());
    }

    void add(Totals t, int row) {
      t.count++;
      t.quantity.add(quantities[row]);
      long n = notionals[row];
      if (n == BlotterReference.NO_RATE) {
        t.withoutRate++;
      } else {
        t.notional.add(n);
        t.commission.add(commissions[row]);
      }
      int verdict = sameDay[row];
      if (verdict != notCounted) {
        t.affirmationCounted++;
        if (verdict == yes) {
          t.affirmedSameDay++;
        }
      }
    }
  }

  public long count() {
    return count;
  }

  public BigDecimal quantity() {
    return strip(quantity.value(TradeTable.QUANTITY_SCALE));
  }

  /** The notional in the reporting currency, over the trades that have a rate. */
  public BigDecimal notional() {
    return notional.value(BlotterReference.BASE_SCALE);
  }

  public BigDecimal commission() {
    return commission.value(BlotterReference.BASE_SCALE);
  }

  /** Trades left out of the notional and commission because their currency had no rate. */
  public long withoutRate() {
    return withoutRate;
  }

  /** Trades that count for the same-day affirmation rate (all but cancelled ones). */
  public long affirmationCounted() {
    return affirmationCounted;
  }

  public long affirmedSameDay() {
    return affirmedSameDay;
  }

  /**
   * The share affirmed the same day, as a fraction to four decimals (0.9731); empty when none
   * count.
   */
  public Optional<BigDecimal> sameDayRate() {
    if (affirmationCounted == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(affirmedSameDay)
            .divide(BigDecimal.valueOf(affirmationCounted), 4, RoundingMode.HALF_EVEN));
  }

  private static BigDecimal strip(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
