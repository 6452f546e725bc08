package com.tickmark.model.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One business day of one cash account in the cash ladder: the balance it opens with, the cash
 * expected in and out, and the balance projected at its close.
 *
 * @param opening the previous day's projected balance; on the first day, the settled balance
 * @param movements the obligations behind the receipts and payments, in trade order
 */
public record LadderDay(LocalDate date, BigDecimal opening, List<LadderMovement> movements) {
  public LadderDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(opening, "opening balance");
    movements = List.copyOf(movements);
  }

  /** The cash expected in (zero or more). */
  public BigDecimal receipts() {
    return sum(receiptMovements());
  }

  /** The cash expected out, as a positive amount (zero or more). */
  public BigDecimal payments() {
    return sum(paymentMovements()).negate();
  }

  /** Receipts less payments. */
  public BigDecimal net() {
    return sum(movements);
  }

  /** The balance projected at the day's close: opening plus receipts less payments. */
  public BigDecimal projected() {
    return opening.add(net());
  }

  /** The obligations behind {@link #receipts()}. */
  public List<LadderMovement> receiptMovements() {
    return movements.stream().filter(LadderMovement::isReceipt).toList();
  }

  /** The obligations behind {@link #payments()}. */
  public List<LadderMovement> paymentMovements() {
    return movements.stream().filter(m -> m.amount().signum() < 0).toList();
  }

  private BigDecimal sum(List<LadderMovement> ms) {
    BigDecimal total = BigDecimal.ZERO.setScale(opening.scale());
    for (LadderMovement m : ms) {
      total = total.add(m.amount());
    }
    return total;
  }
}
