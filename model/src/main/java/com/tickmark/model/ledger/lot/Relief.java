package com.tickmark.model.ledger.lot;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one trade took out of the open lots. Every figure is signed from the lots' side, so one
 * formula serves longs and shorts: realized = proceeds − cost.
 *
 * <p>A sale of 10 from a long lot that cost 1,000, for 1,200: quantity 10, cost 1,000, proceeds
 * 1,200, realized 200. A cover of 10 from a short lot sold for 1,200, bought back for 1,000:
 * quantity −10, cost −1,200, proceeds −1,000, realized 200.
 *
 * @param quantity the lot quantity relieved: positive when long lots were sold, negative when short
 *     lots were covered
 * @param cost the cost of the lots relieved, with the quantity's sign
 * @param proceeds what the relieving trade's part brought in (a sale, positive) or paid out (a
 *     cover, negative), on its gross amount: commission and fees are expenses, not part of it
 * @param realized proceeds − cost: the realized gain (positive) or loss
 */
public record Relief(
    BigDecimal quantity, BigDecimal cost, BigDecimal proceeds, BigDecimal realized) {
  /** Nothing relieved: a trade that only opened lots. */
  public static final Relief NONE =
      new Relief(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

  public Relief {
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(proceeds, "proceeds");
    Objects.requireNonNull(realized, "realized");
  }

  /** The relief of {@code quantity} lots that cost {@code cost} for {@code proceeds}. */
  public static Relief of(BigDecimal quantity, BigDecimal cost, BigDecimal proceeds) {
    return new Relief(quantity, cost, proceeds, proceeds.subtract(cost));
  }

  public Relief plus(Relief other) {
    return new Relief(
        quantity.add(other.quantity),
        cost.add(other.cost),
        proceeds.add(other.proceeds),
        realized.add(other.realized));
  }
}
