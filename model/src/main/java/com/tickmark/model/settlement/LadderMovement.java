package com.tickmark.model.settlement;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The cash one obligation still has to move on a day of the cash ladder: what a ladder figure is
 * made of, and what a screen drills to.
 *
 * @param line the obligation, with how much of it has settled
 * @param amount the cash still to move, in the currency's scale: positive receives, negative pays
 */
public record LadderMovement(ObligationLine line, BigDecimal amount) {
  public LadderMovement {
    Objects.requireNonNull(line, "obligation");
    Objects.requireNonNull(amount, "amount");
  }

  public Obligation obligation() {
    return line.obligation();
  }

  public boolean isReceipt() {
    return amount.signum() > 0;
  }
}
