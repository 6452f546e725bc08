package com.tickmark.model.ledger.lot;

import com.tickmark.model.trade.TradeId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * The open lots of one book's holding of one instrument, as its trades open and relieve them in
 * order. A trade in the direction of the holding (or into a flat one) opens a lot; a trade against
 * it relieves lots, and what it trades beyond the holding opens a lot the other way.
 *
 * <p>Amounts are exact. The cost relieved from a lot is its cost in proportion to the quantity
 * relieved, rounded to the currency's minor units (half-even), except that relieving what remains
 * of a lot takes exactly its remaining cost: the cost of every lot is relieved to the last minor
 * unit, never more nor less. A trade that relieves several lots splits its amount the same way.
 */
public final class LotBook {
  private final LotMethod method;
  private final int minorUnits;
  private final Deque<Lot> lots = new ArrayDeque<>();
  private BigDecimal quantity = BigDecimal.ZERO;
  private BigDecimal cost = BigDecimal.ZERO;
  private BigDecimal realized = BigDecimal.ZERO;

  /**
   * @param minorUnits the decimals of the instrument's currency, to which relieved costs round
   */
  public LotBook(LotMethod method, int minorUnits) {
    this.method = Objects.requireNonNull(method, "method");
    if (minorUnits < 0) {
      throw new IllegalArgumentException("Minor units must not be negative: " + minorUnits);
    }
    this.minorUnits = minorUnits;
  }

  /**
   * Books a trade (or an opening holding) against the lots.
   *
   * @param trade the trade, kept on the lot it opens; null for a holding of the opening book
   * @param quantity positive for a buy, negative for a sale
   * @param value what it cost with the quantity's sign: the gross amount of a buy, minus the gross
   *     amount of a sale
   * @return what it relieved; {@link Relief#NONE} when it only opened a lot
   */
  public Relief apply(TradeId trade, LocalDate date, BigDecimal quantity, BigDecimal value) {
    if (quantity.signum() == 0) {
      throw new IllegalArgumentException("A trade of no quantity opens and relieves nothing");
    }
    Relief relief = Relief.NONE;
    BigDecimal rest = quantity;
    BigDecimal restValue = value;
    while (rest.signum() != 0 && this.quantity.signum() == -rest.signum()) {
      Lot lot = lots.peekFirst();
      BigDecimal take = rest.abs().min(lot.quantity().abs());
      BigDecimal lotCost = share(lot.cost(), take, lot.quantity().abs());
      BigDecimal partValue = share(restValue, take, rest.abs());
      BigDecimal lotQuantity = take.multiply(BigDecimal.valueOf(lot.quantity().signum()));
      relief = relief.plus(Relief.of(lotQuantity, lotCost, partValue.negate()));
      lots.pollFirst();
      if (take.compareTo(lot.quantity().abs()) < 0) {
        lots.addFirst(
            new Lot(
                lot.trade(),
                lot.opened(),
                lot.quantity().subtract(lotQuantity),
                lot.cost().subtract(lotCost)));
      }
      this.quantity = this.quantity.subtract(lotQuantity);
      this.cost = this.cost.subtract(lotCost);
      rest = rest.add(lotQuantity);
      restValue = restValue.subtract(partValue);
    }
    if (rest.signum() != 0) {
      open(new Lot(trade, date, rest, restValue));
    }
    realized = realized.add(relief.realized());
    return relief;
  }

  private void open(Lot lot) {
    if (method == LotMethod.AVERAGE_COST && !lots.isEmpty()) {
      Lot pool = lots.pollFirst();
      lots.addFirst(
          new Lot(
              pool.trade(),
              pool.opened(),
              pool.quantity().add(lot.quantity()),
              pool.cost().add(lot.cost())));
    } else {
      lots.addLast(lot);
    }
    quantity = quantity.add(lot.quantity());
    cost = cost.add(lot.cost());
  }

  /** {@code amount} × {@code part} / {@code whole}, rounded; all of it when the part is whole. */
  private BigDecimal share(BigDecimal amount, BigDecimal part, BigDecimal whole) {
    if (part.compareTo(whole) == 0) {
      return amount;
    }
    return amount.multiply(part).divide(whole, minorUnits, RoundingMode.HALF_EVEN);
  }

  public LotMethod method() {
    return method;
  }

  /** The open quantity: positive long, negative short, zero flat. */
  public BigDecimal quantity() {
    return quantity;
  }

  /** The cost of the open lots, with the quantity's sign. */
  public BigDecimal cost() {
    return cost;
  }

  /** The realized P&amp;L of every relief so far. */
  public BigDecimal realized() {
    return realized;
  }

  /** The open lots, oldest first (one pooled lot under average cost). */
  public List<Lot> lots() {
    return List.copyOf(lots);
  }
}
