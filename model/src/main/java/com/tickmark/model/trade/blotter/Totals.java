package com.tickmark.model.trade.blotter;

import com.tickmark.model.trade.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The totals of a set of trades: how many, their quantities by unit, notional and commission (in
 * the reporting currency, exact to the cent) and their same-day affirmation rate.
 */
public final class Totals {
  /**
   * The quantity of one unit traded: bought less sold, and bought and sold together. Shares and
   * each FX base currency count apart; they never add up.
   *
   * @param unit {@link TradeTable#SHARES}, or a currency code for FX trades
   */
  public record Quantity(String unit, BigDecimal net, BigDecimal gross) {}

  private long count;
  private Dictionary units;
  private ExactSum[] net = new ExactSum[0];
  private ExactSum[] gross = new ExactSum[0];
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
    private final int[] sides;
    private final int sell;
    private final int[] unitCodes;
    private final Dictionary units;
    private final long[] notionals;
    private final long[] commissions;
    private final int[] sameDay;
    private final int yes;
    private final int notCounted;

    Adder(TradeTable table) {
      quantities = table.numbers(BlotterColumn.QUANTITY);
      sides = table.codes(BlotterColumn.SIDE);
      sell = table.dictionary(BlotterColumn.SIDE).find(Side.SELL.name());
      unitCodes = table.unitCodes();
      units = table.units();
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
      long q = quantities[row];
      t.addQuantity(units, unitCodes[row], sides[row] == sell ? -q : q, q);
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

  private void addQuantity(Dictionary unitNames, int unit, long signed, long unsigned) {
    units = unitNames;
    if (unit >= net.length) {
      int was = net.length;
      net = Arrays.copyOf(net, unit + 1);
      gross = Arrays.copyOf(gross, unit + 1);
      for (int u = was; u <= unit; u++) {
        net[u] = new ExactSum();
        gross[u] = new ExactSum();
      }
    }
    net[unit].add(signed);
    gross[unit].add(unsigned);
  }

  public long count() {
    return count;
  }

  /** The quantities traded, one per unit: shares first, then FX base currencies A to Z. */
  public List<Quantity> quantities() {
    List<Quantity> all = new ArrayList<>();
    for (int u = 0; u < gross.length; u++) {
      BigDecimal g = gross[u].value(TradeTable.QUANTITY_SCALE);
      if (g.signum() != 0) {
        all.add(
            new Quantity(units.label(u), strip(net[u].value(TradeTable.QUANTITY_SCALE)), strip(g)));
      }
    }
    all.sort(
        Comparator.comparing((Quantity q) -> !q.unit().equals(TradeTable.SHARES))
            .thenComparing(Quantity::unit));
    return List.copyOf(all);
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
